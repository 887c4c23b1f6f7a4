import { formatMoney } from '../../domain/money';
import type { Stage } from '../../domain/stages';
import type { PipelineDeal, StageTotal } from '../../store/pipelineStore';
import { Commands } from '../ids';
import { dealTitle, moneyText, stageLabel } from './dealFormat';
import { context, type KnownBlock, section, type SlackMessage } from './message';
import { truncate, userMention } from './text';

/** One stage of `/deal list`: its totals (from SQL) and its longest-waiting deals. */
export type StageGroup = { stage: Stage; totals: StageTotal[]; deals: PipelineDeal[] };

// Two blocks per stage and a header stay far below Slack's 50 blocks per message.
const SECTION_LIMIT = 2900;

function totalsText(totals: StageTotal[]): string {
  const count = totals.reduce((sum, total) => sum + total.deals, 0);
  const values = totals
    .filter((total) => total.valueMinor > 0)
    .map((total) => formatMoney(total.valueMinor, total.currency))
    .join(' + ');
  return `${count} deal${count === 1 ? '' : 's'}${values ? ` · ${values}` : ''}`;
}

export function buildDealListMessage(
  groups: StageGroup[],
  description: string,
  daysInStage: (deal: PipelineDeal) => number,
): SlackMessage {
  const shown = groups.filter((group) => group.deals.length > 0);
  if (shown.length === 0) {
    return {
      text: `No deals ${description}`,
      blocks: [
        section(`No deals ${description}. Open one with \`${Commands.deal} L-12 offer value:12000\`.`),
      ],
    };
  }
  const blocks: KnownBlock[] = [section(`*Deals ${description}*, longest in their stage first`)];
  for (const group of shown) {
    const count = group.totals.reduce((sum, total) => sum + total.deals, 0);
    const lines = group.deals.map((deal) => {
      const value = moneyText(deal.valueMinor, deal.currency) ?? 'no value yet';
      const days = daysInStage(deal);
      return `${dealTitle(deal, deal.lead.company)} · ${value} · ${days} d in stage · ${userMention(deal.ownerId)}`;
    });
    const more =
      count > group.deals.length
        ? `\n_…and ${count - group.deals.length} more: \`${Commands.deal} list ${group.stage.toLowerCase()}\`_`
        : '';
    blocks.push(
      section(
        truncate(
          `*${stageLabel(group.stage)}* · ${totalsText(group.totals)}\n${lines.join('\n')}`,
          SECTION_LIMIT - more.length,
        ) + more,
      ),
    );
  }
  blocks.push(
    context(
      `\`${Commands.deal} show D-7\` for a deal's timeline · \`${Commands.deal} list offer mine\` to filter`,
    ),
  );
  return { text: `Deals ${description}`, blocks };
}
