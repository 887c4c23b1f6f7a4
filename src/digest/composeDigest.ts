import { OTHER_LOST_REASON } from '../domain/deal';
import type { DigestFigures, ReportingPeriod } from '../domain/digestFigures';
import { FEEDBACK_KINDS } from '../domain/feedback';
import { previousPeriod as previousPeriodOf } from '../domain/periods';
import { computeIcpProfile } from '../services/icpProfile';
import type { Store } from '../store';
import { computeDigestFigures } from '../store/readModel/metrics';
import type { TeamRecord } from '../store/repos/teamStore';
import { teamOptionLabel } from '../i18n/teamOptionLabel';
import { createTranslator, type Translator } from '../i18n/translator';
import { buildChannelChart } from './charts/channelChart';
import { resolveChartImages, type ChartImageOptions } from './charts/chartImage';
import type { DigestChart } from './charts/digestChart';
import { buildFunnelChart } from './charts/funnelChart';
import { buildLostReasonsChart } from './charts/lostReasonsChart';
import { buildTrendChart } from './charts/trendChart';
import type { DigestContent, FeedbackDigestList } from './digestContent';
import { transitionOf } from './continuingPeriod';
import { previousPeriodDrift } from './drift';
import { readFiguresSnapshot } from './snapshot';
import type { DigestFormat } from './format';
import type { DigestLabels } from './labels';

/** Feedback entries listed per kind; the rest are counted ("and N more"). */
export const FEEDBACK_ITEMS_LISTED = 40;
export const WISH_PRODUCTS_RANKED = 10;
export const LOST_DEALS_LISTED = 30;
/** Decisions and action items of the last meeting listed; the rest are counted. */
export const LAST_MEETING_ITEMS_LISTED = 15;

export type DigestSources = { store: Store; charts: ChartImageOptions };

/** The zone a team's periods are cut in: its digest schedule's, else the team's own. */
export async function reportingTimeZone(store: Store, team: TeamRecord): Promise<string> {
  return (await store.digestSchedules.get(team.id))?.timeZone ?? team.timezone;
}

/** The team's way of writing its digest: its language (Team.locale), the period's zone, its currency. */
export function digestFormatOf(team: TeamRecord, period: ReportingPeriod): DigestFormat {
  return { t: createTranslator(team.locale), timeZone: period.timeZone, currency: team.currency };
}

/** The period's figures and the plan in force for it (a plan set during the period counts). */
export async function figuresFor(
  store: Store,
  team: TeamRecord,
  period: ReportingPeriod,
): Promise<DigestFigures> {
  const [figures, plan] = await Promise.all([
    computeDigestFigures(store.database, { teamId: team.id, period, currency: team.currency }),
    store.plans.targets(team.id, period.end),
  ]);
  return plan.length === 0 ? figures : { ...figures, plan };
}

export async function labelsFor(store: Store, teamId: string, t: Translator): Promise<DigestLabels> {
  const [channels, lostReasons, products] = await Promise.all([
    store.teams.options(teamId, 'channel'),
    store.teams.options(teamId, 'lost_reason'),
    store.teams.options(teamId, 'product'),
  ]);
  const byKey = (
    options: { key: string; label: string }[],
    name = (option: { key: string; label: string }) => option.label,
  ) => Object.fromEntries(options.map((option) => [option.key, name(option)]));
  return {
    // Built-in entries read in the digest's language; a team's own entries in its own words.
    channels: byKey(channels, (option) => teamOptionLabel(t, 'channel', option)),
    // "other" is always offered beside the team's list; the rep's own words are in the details.
    lostReasons: {
      [OTHER_LOST_REASON]: t.t('digest.otherOwnWords'),
      ...byKey(lostReasons, (option) => teamOptionLabel(t, 'lost_reason', option)),
    },
    products: byKey(products),
  };
}

async function feedbackFor(
  store: Store,
  teamId: string,
  period: ReportingPeriod,
): Promise<FeedbackDigestList[]> {
  const window = { start: period.start, end: period.end };
  const [counts, wishRanking, ...lists] = await Promise.all([
    store.feedback.countByKind(teamId, window),
    store.feedback.wishCounts(teamId, window, WISH_PRODUCTS_RANKED),
    ...FEEDBACK_KINDS.map((kind) =>
      store.feedback.list(teamId, { kind, ...window, limit: FEEDBACK_ITEMS_LISTED }),
    ),
  ]);
  return FEEDBACK_KINDS.map((kind, index) => ({
    kind,
    total: counts.get(kind) ?? 0,
    items: (lists[index] ?? []).map((entry) => ({
      text: entry.text,
      company: entry.lead?.company ?? null,
      product: entry.product,
    })),
    ...(kind === 'wish' ? { wishRanking } : {}),
  }));
}

/** The charts of a digest, in the order the message shows them; those without data are left out. */
export function digestCharts(
  figures: DigestFigures,
  labels: DigestLabels,
  style: DigestFormat,
): DigestChart[] {
  return [
    buildFunnelChart(figures, style),
    buildChannelChart(figures, labels, style),
    buildTrendChart(figures, style),
    buildLostReasonsChart(figures, labels, style),
  ].flatMap((chart) => (chart ? [chart] : []));
}

/**
 * Gathers one period's digest: the figures (SQL aggregation), the team's labels, the period's
 * feedback and lost deals, the written and data-derived ICP (as of the period end, so a re-run
 * shows the same profile), and the chart image URLs.
 */
export async function composeDigest(
  sources: DigestSources,
  team: TeamRecord,
  period: ReportingPeriod,
  figures?: DigestFigures,
): Promise<DigestContent> {
  const { store } = sources;
  const style = digestFormatOf(team, period);
  const [computed, labels, feedback, lostDeals, icp, lastMeeting, transitionalDays, previousRun] =
    await Promise.all([
      figures ?? figuresFor(store, team, period),
      labelsFor(store, team.id, style.t),
      feedbackFor(store, team.id, period),
      store.digestDetails.lostDeals(team.id, period, LOST_DEALS_LISTED),
      computeIcpProfile(store, team.id, period.end),
      store.meetings.lastBefore(team.id, period.end, LAST_MEETING_ITEMS_LISTED),
      transitionOf(store, team.id, period),
      store.digestRuns.forPeriod(team.id, previousPeriodOf(period)),
    ]);
  const previousDrift = previousRun?.snapshot
    ? previousPeriodDrift(readFiguresSnapshot(previousRun.snapshot), computed)
    : [];
  const images = await resolveChartImages(digestCharts(computed, labels, style), sources.charts);
  return {
    figures: computed,
    labels,
    style,
    images,
    feedback,
    lostDeals,
    icp: {
      written: icp.written
        ? { version: icp.written.version, sections: icp.written.sections, changedAt: icp.written.changedAt }
        : undefined,
      profile: icp.written || icp.profile.overall.leads > 0 ? icp.profile : undefined,
    },
    ...(lastMeeting ? { lastMeeting } : {}),
    ...(transitionalDays !== undefined ? { transitionalDays } : {}),
    ...(previousDrift.length > 0 ? { previousDrift } : {}),
  };
}
