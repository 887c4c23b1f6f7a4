import { calendarDaysBetween } from '../../domain/calendar';
import { formatAge } from '../../domain/dates';
import { STAGES, type Stage } from '../../domain/stages';
import { header, listBlocks } from '../../digest/blocks/blockKit';
import type { PipelineDeal } from '../../store/pipelineStore';
import { ActionIds, Commands } from '../ids';
import { actionItemBlocks } from '../views/actionItemMessages';
import { dealTitle, moneyText, stageLabel } from '../views/dealFormat';
import { actions, button, context, type KnownBlock, section } from '../views/message';
import { escapeMrkdwn, truncate, userMention } from '../views/text';
import { type HomeData, staleBefore } from './homeData';

/** The New lead / New deal / New feedback buttons, opening the same forms as the commands. */
export function captureButtons(): KnownBlock {
  return actions(
    button(':bust_in_silhouette: New lead', ActionIds.homeNewLead, 'new', 'primary'),
    button(':handshake: New deal', ActionIds.homeNewDeal, 'new'),
    button(':speech_balloon: New feedback', ActionIds.homeNewFeedback, 'new'),
  );
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

function dealLine(deal: PipelineDeal, data: HomeData, withStage: boolean): string {
  const inStage = calendarDaysBetween(deal.stageEnteredAt, data.now, data.timeZone);
  const stale = deal.stageEnteredAt < staleBefore(data.now, data.rep.staleDealDays) ? ' :warning:' : '';
  const stage = withStage ? `${stageLabel(deal.stage)}, ` : '';
  const value = moneyText(deal.valueMinor, deal.currency) ?? 'no value yet';
  return `• ${dealTitle(deal, deal.lead.company)} · ${stage}${days(inStage)} in stage${stale} · ${value}`;
}

function titled(title: string, lines: string[], total: number): KnownBlock[] {
  return [section(title), ...listBlocks(lines, { total, maxSections: 2 })];
}

/** Open deals grouped by stage in funnel order, each with its days in the stage. */
function dealsByStage(data: HomeData): string[] {
  const groups = new Map<Stage, PipelineDeal[]>();
  for (const deal of data.rep.openDeals.rows) {
    const stage = deal.stage as Stage;
    groups.set(stage, [...(groups.get(stage) ?? []), deal]);
  }
  return STAGES.flatMap((stage) => {
    const deals = groups.get(stage);
    return deals ? [`*${stageLabel(stage)}*`, ...deals.map((deal) => dealLine(deal, data, false))] : [];
  });
}

/** A brand-new user: what Tandem is for and how to start, instead of empty lists. */
export function welcomeBlocks(userId: string): KnownBlock[] {
  return [
    header('Welcome to Tandem'),
    section(
      `:wave: Hi ${userMention(userId)}! Tandem keeps sales and marketing on the same facts. ` +
        'Log leads, deals and client feedback as they happen; every digest turns them into KPIs, and the meeting turns the KPIs into decisions and action items.\n' +
        'Nothing is waiting for you yet: no open deals, leads to qualify or action items. Start with a lead:',
    ),
    captureButtons(),
    context(
      `Or type \`${Commands.lead} "Acme Corp" source:seo\` in any channel. \`${Commands.meeting} help\` explains meetings.`,
    ),
  ];
}

/** The rep's part: stale deals, open deals by stage, leads to qualify, their action items, capture buttons. */
export function repBlocks(data: HomeData): KnownBlock[] {
  const { rep } = data;
  const blocks: KnownBlock[] = [header('Your work'), captureButtons()];
  if (rep.staleDeals.total > 0) {
    blocks.push(
      ...titled(
        `:warning: *Stale deals* (${rep.staleDeals.total}): over ${days(rep.staleDealDays)} in one stage`,
        rep.staleDeals.rows.map((deal) => dealLine(deal, data, true)),
        rep.staleDeals.total,
      ),
    );
  }
  if (rep.openDeals.total === 0) {
    blocks.push(
      section(`*Your open deals*: none. \`${Commands.deal} L-12 qualified\` opens one for a lead.`),
    );
  } else {
    const lines = dealsByStage(data);
    blocks.push(
      ...titled(
        `*Your open deals* (${rep.openDeals.total}) by stage, longest in it first`,
        lines,
        lines.length,
      ),
    );
    const more = rep.openDeals.total - rep.openDeals.rows.length;
    if (more > 0) blocks.push(context(`…and ${more} more: \`${Commands.deal} list mine\``));
  }
  blocks.push(
    ...(rep.leadsAwaitingQualification.total > 0
      ? titled(
          `*Your leads awaiting qualification* (${rep.leadsAwaitingQualification.total})`,
          rep.leadsAwaitingQualification.rows.map(
            (lead) =>
              `• \`L-${lead.number}\` *${escapeMrkdwn(truncate(lead.company, 150))}* · added ${formatAge(lead.createdAt, data.now, data.timeZone)} · \`${Commands.lead} qualify L-${lead.number}\``,
          ),
          rep.leadsAwaitingQualification.total,
        )
      : [section('*Your leads awaiting qualification*: none.')]),
  );
  if (rep.actionItems.total === 0) {
    blocks.push(section('*Your open action items*: none.'));
  } else {
    const style = { today: data.team.today, timeZone: data.timeZone };
    blocks.push(section(`*Your open action items* (${rep.actionItems.total})`));
    blocks.push(...rep.actionItems.rows.flatMap((item) => actionItemBlocks(item, style)));
    if (rep.actionItems.total > rep.actionItems.rows.length) {
      blocks.push(
        context(
          `…and ${rep.actionItems.total - rep.actionItems.rows.length} more: \`${Commands.meeting} actions mine\``,
        ),
      );
    }
  }
  return blocks;
}
