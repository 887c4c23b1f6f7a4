import { calendarDaysBetween } from '../../domain/calendar';
import { formatAge } from '../../domain/dates';
import { STAGES, type Stage } from '../../domain/stages';
import { header, listBlocks } from '../../blockKit/blockKit';
import { stageLabel } from '../../i18n/stageLabel';
import type { Translator } from '../../i18n/translator';
import type { PipelineDeal } from '../../store/pipelineStore';
import { ActionIds, Commands } from '../ids';
import { actionItemBlocks } from '../views/actionItemMessages';
import { dealTitle, moneyText } from '../views/dealFormat';
import { actions, button, context, type KnownBlock, section } from '../../blockKit/message';
import { escapeMrkdwn, truncate, userMention } from '../../blockKit/text';
import { type HomeData, staleBefore } from './homeData';

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

function titled(t: Translator, title: string, lines: string[], total: number): KnownBlock[] {
  return [section(title), ...listBlocks(lines, { t, total, maxSections: 2 })];
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
    return deals
      ? [`*${stageLabel(data.t, stage)}*`, ...deals.map((deal) => dealLine(deal, data, false))]
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
  const company = escapeMrkdwn(truncate(lead.company, 150));
  return `• \`L-${lead.number}\` *${company}* · ${added} · \`${Commands.lead} qualify L-${lead.number}\``;
}

/** The rep's part: stale deals, open deals by stage, leads to qualify, their action items, capture buttons. */
export function repBlocks(data: HomeData): KnownBlock[] {
  const { rep, t } = data;
  const blocks: KnownBlock[] = [header(t.t('home.yourWork')), captureButtons(t)];
  if (rep.staleDeals.total > 0) {
    blocks.push(
      ...titled(
        t,
        t.t('home.staleDeals', { total: rep.staleDeals.total, count: rep.staleDealDays }),
        rep.staleDeals.rows.map((deal) => dealLine(deal, data, true)),
        rep.staleDeals.total,
      ),
    );
  }
  if (rep.openDeals.total === 0) {
    blocks.push(section(t.t('home.openDealsNone', { example: `\`${Commands.deal} L-12 qualified\`` })));
  } else {
    const lines = dealsByStage(data);
    blocks.push(...titled(t, t.t('home.openDeals', { total: rep.openDeals.total }), lines, lines.length));
    const more = rep.openDeals.total - rep.openDeals.rows.length;
    if (more > 0)
      blocks.push(context(t.t('home.more', { count: more, command: `\`${Commands.deal} list mine\`` })));
  }
  const leads = rep.leadsAwaitingQualification;
  blocks.push(
    ...(leads.total > 0
      ? titled(
          t,
          t.t('home.leadsAwaiting', { total: leads.total }),
          leads.rows.map((lead) => leadLine(data, lead)),
          leads.total,
        )
      : [section(t.t('home.leadsAwaitingNone'))]),
  );
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
