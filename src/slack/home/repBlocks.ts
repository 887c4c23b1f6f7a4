import { calendarDaysBetween } from '../../domain/calendar';
import { formatAge } from '../../domain/dates';
import { STAGES, type Stage } from '../../domain/stages';
import { header } from '../../blockKit/blockKit';
import { stageLabel } from '../../i18n/stageLabel';
import type { Translator } from '../../i18n/translator';
import type { PipelineDeal } from '../../store/readModel/pipelineStore';
import { ActionIds, Commands } from '../ids';
import { actionItemBlocks } from '../../views/messages/actionItemMessages';
import { dealTitle, moneyText } from '../../views/text/dealFormat';
import { actions, button, context, type KnownBlock, section } from '../../blockKit/message';
import { encodeRunValue } from '../../views/messages/runButton';
import { escapeTruncated, truncate, userMention } from '../../blockKit/text';
import { type HomeData, staleBefore } from './homeData';

/** A row's text stays well within a section's 3000 characters. */
const ROW_TEXT_LIMIT = 600;

/** The New lead / New deal / New feedback buttons, opening the same forms as the commands. */
export function captureButtons(t: Translator): KnownBlock {
  return actions(
    button(`:bust_in_silhouette: ${t.t('home.newLead')}`, ActionIds.homeNewLead, 'new', 'primary'),
    button(`:handshake: ${t.t('home.newDeal')}`, ActionIds.homeNewDeal, 'new'),
    button(`:speech_balloon: ${t.t('home.newFeedback')}`, ActionIds.homeNewFeedback, 'new'),
  );
}

function dealLine(deal: PipelineDeal, data: HomeData, withStage: boolean): string {
  const { t } = data;
  const inStage = calendarDaysBetween(deal.stageEnteredAt, data.now, data.timeZone);
  const stale = deal.stageEnteredAt < staleBefore(data.now, data.rep.staleDealDays) ? ' :warning:' : '';
  const stage = withStage ? `${stageLabel(t, deal.stage as Stage)}, ` : '';
  const days = t.t('home.inStage', { days: t.t('common.days', { count: inStage }) });
  const value = moneyText(t, deal.valueMinor, deal.currency) ?? t.t('home.noValue');
  return `• ${dealTitle(deal, deal.lead.company)} · ${stage}${days}${stale} · ${value}`;
}

/** One deal as a row with its [Move…] button, which opens the deal form. */
function dealRow(deal: PipelineDeal, data: HomeData, withStage: boolean): KnownBlock {
  const move = button(data.t.t('deals.moveButton'), ActionIds.dealMove, String(deal.number));
  return { ...section(truncate(dealLine(deal, data, withStage), ROW_TEXT_LIMIT)), accessory: move };
}

/**
 * Open deals grouped by stage in funnel order, each with its days in the stage; the stale ones
 * are left out, as they are listed just above.
 */
function dealsByStage(data: HomeData): KnownBlock[] {
  const stale = new Set(data.rep.staleDeals.rows.map((deal) => deal.id));
  const groups = new Map<Stage, PipelineDeal[]>();
  for (const deal of data.rep.openDeals.rows) {
    if (stale.has(deal.id)) continue;
    const stage = deal.stage as Stage;
    groups.set(stage, [...(groups.get(stage) ?? []), deal]);
  }
  return STAGES.flatMap((stage) => {
    const deals = groups.get(stage);
    return deals
      ? [context(`*${stageLabel(data.t, stage)}*`), ...deals.map((deal) => dealRow(deal, data, false))]
      : [];
  });
}

/** A brand-new user: what Tandem is for and how to start, instead of empty lists. */
export function welcomeBlocks(t: Translator, userId: string): KnownBlock[] {
  return [
    header(t.t('home.welcomeTitle')),
    section(t.t('home.welcome', { user: userMention(userId) })),
    captureButtons(t),
    context(
      t.t('home.welcomeHint', {
        example: `\`${Commands.lead} "Acme Corp" source:seo\``,
        help: `\`${Commands.meeting} help\``,
      }),
    ),
  ];
}

function leadLine(
  data: HomeData,
  lead: HomeData['rep']['leadsAwaitingQualification']['rows'][number],
): string {
  const { t } = data;
  const added = t.t('home.leadAdded', { age: formatAge(lead.createdAt, data.now, data.timeZone, t) });
  const company = escapeTruncated(lead.company, 150);
  return `• \`L-${lead.number}\` *${company}* · ${added}`;
}

/** One lead awaiting qualification, with its [Qualify] button. */
function leadRow(
  data: HomeData,
  lead: HomeData['rep']['leadsAwaitingQualification']['rows'][number],
): KnownBlock {
  const value = encodeRunValue({ text: String(lead.number), teamId: data.teamId });
  const qualify = button(data.t.t('flow.qualifyButton'), ActionIds.homeQualifyLead, value);
  return { ...section(truncate(leadLine(data, lead), ROW_TEXT_LIMIT)), accessory: qualify };
}

/** The rep's part: stale deals, open deals by stage, leads to qualify, their action items, capture buttons. */
export function repBlocks(data: HomeData): KnownBlock[] {
  const { rep, t } = data;
  const blocks: KnownBlock[] = [header(t.t('home.yourWork')), captureButtons(t)];
  if (rep.staleDeals.total > 0) {
    blocks.push(
      section(t.t('home.staleDeals', { total: rep.staleDeals.total, count: rep.staleDealDays })),
      ...rep.staleDeals.rows.map((deal) => dealRow(deal, data, true)),
    );
    const more = rep.staleDeals.total - rep.staleDeals.rows.length;
    if (more > 0)
      blocks.push(context(t.t('home.more', { count: more, command: `\`${Commands.deal} list mine\`` })));
  }
  if (rep.openDeals.total === 0) {
    blocks.push(section(t.t('home.openDealsNone', { example: `\`${Commands.deal} L-12 qualified\`` })));
  } else {
    blocks.push(section(t.t('home.openDeals', { total: rep.openDeals.total })), ...dealsByStage(data));
    const more = rep.openDeals.total - rep.openDeals.rows.length;
    if (more > 0)
      blocks.push(context(t.t('home.more', { count: more, command: `\`${Commands.deal} list mine\`` })));
  }
  const leads = rep.leadsAwaitingQualification;
  if (leads.total === 0) blocks.push(section(t.t('home.leadsAwaitingNone')));
  else {
    blocks.push(
      section(t.t('home.leadsAwaiting', { total: leads.total })),
      ...leads.rows.map((lead) => leadRow(data, lead)),
    );
    const more = leads.total - leads.rows.length;
    if (more > 0)
      blocks.push(context(t.t('home.more', { count: more, command: `\`${Commands.lead} list mine\`` })));
  }
  if (rep.actionItems.total === 0) {
    blocks.push(section(t.t('home.actionItemsNone')));
  } else {
    const style = { t, today: data.team.today, timeZone: data.timeZone };
    blocks.push(section(t.t('home.actionItems', { total: rep.actionItems.total })));
    blocks.push(...rep.actionItems.rows.flatMap((item) => actionItemBlocks(item, style)));
    const more = rep.actionItems.total - rep.actionItems.rows.length;
    if (more > 0) {
      blocks.push(
        context(t.t('home.more', { count: more, command: `\`${Commands.meeting} actions mine\`` })),
      );
    }
  }
  return blocks;
}
