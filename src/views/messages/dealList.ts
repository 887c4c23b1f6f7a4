import type { Stage } from '../../domain/stages';
import type { Translator } from '../../i18n/translator';
import type { PipelineDeal, StageTotal } from '../../store/readModel/pipelineStore';
import { Commands } from '../../slack/ids';
import { dealTitle, moneyText, stageLabel } from '../text/dealFormat';
import { context, type KnownBlock, section, type SlackMessage } from '../../blockKit/message';
import { truncate, userMention } from '../../blockKit/text';

/** One stage of `/deal list`: its totals (from SQL) and its longest-waiting deals. */
export type StageGroup = { stage: Stage; totals: StageTotal[]; deals: PipelineDeal[] };

/** What `/deal list` was asked for: one stage or every open one, everyone's or the caller's. */
export type DealListFilter = { stage?: Stage | undefined; mine: boolean };

// Two blocks per stage and a header stay far below Slack's 50 blocks per message.
const SECTION_LIMIT = 2900;

function totalsText(t: Translator, totals: StageTotal[]): string {
  const count = totals.reduce((sum, total) => sum + total.deals, 0);
  const values = totals
    .filter((total) => total.valueMinor > 0)
    .map((total) => t.money(total.valueMinor, total.currency))
    .join(' + ');
  return `${t.t('deals.count', { count })}${values ? ` · ${values}` : ''}`;
}

/** "open", "in offer owned by you": which deals the list shows. */
function filterText(t: Translator, filter: DealListFilter): string {
  const stages = filter.stage
    ? t.t('deals.listInStage', { stage: stageLabel(t, filter.stage).toLocaleLowerCase(t.locale) })
    : t.t('deals.listOpen');
  return filter.mine ? `${stages} ${t.t('deals.listMine')}` : stages;
}

export function buildDealListMessage(
  t: Translator,
  groups: StageGroup[],
  filter: DealListFilter,
  daysInStage: (deal: PipelineDeal) => number,
): SlackMessage {
  const shown = groups.filter((group) => group.deals.length > 0);
  const description = filterText(t, filter);
  if (shown.length === 0) {
    return {
      text: t.t('deals.listEmptyText', { filter: description }),
      blocks: [section(t.t('deals.listEmpty', { filter: description, command: Commands.deal }))],
    };
  }
  const blocks: KnownBlock[] = [section(t.t('deals.listHeader', { filter: description }))];
  for (const group of shown) {
    const count = group.totals.reduce((sum, total) => sum + total.deals, 0);
    const lines = group.deals.map((deal) => {
      const value = moneyText(t, deal.valueMinor, deal.currency) ?? t.t('deals.noValueYet');
      const days = t.t('deals.daysInStage', { days: daysInStage(deal), count: daysInStage(deal) });
      return `${dealTitle(deal, deal.lead.company)} · ${value} · ${days} · ${userMention(deal.ownerId)}`;
    });
    const more =
      count > group.deals.length
        ? `\n${t.t('deals.listMore', {
            count: count - group.deals.length,
            command: Commands.deal,
            stage: group.stage.toLowerCase(),
          })}`
        : '';
    blocks.push(
      section(
        truncate(
          `*${stageLabel(t, group.stage)}* · ${totalsText(t, group.totals)}\n${lines.join('\n')}`,
          SECTION_LIMIT - more.length,
        ) + more,
      ),
    );
  }
  blocks.push(context(t.t('deals.listFooter', { command: Commands.deal })));
  return { text: t.t('deals.listText', { filter: description }), blocks };
}
