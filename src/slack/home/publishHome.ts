import type { WebClient } from '@slack/web-api';
import { calendarDateIn, daysBetween } from '../../domain/calendar';
import { cadenceOf, nextRun } from '../../domain/digestSchedule';
import { DEFAULT_CADENCE, periodContaining, periodDates, periodLengthDays } from '../../domain/periods';
import { formatPeriod } from '../../digest/format';
import { ruleOf } from '../../scheduler/digestJobs';
import { parseLanguage } from '../../i18n/locales';
import type { SlackDependencies } from '../dependencies';
import type { TeamContext } from '../teamContext';
import { type HomeData, staleBefore, type TeamHome } from './homeData';
import { buildHomeUnavailableView, buildHomeView } from './homeView';

/** Rows per Home list; counts say how many more there are. */
const DEALS_SHOWN = 15;
const STALE_SHOWN = 10;
const LEADS_SHOWN = 10;
const MY_ITEMS_SHOWN = 10;
const TEAM_ITEMS_SHOWN = 10;

async function loadTeamHome(deps: SlackDependencies, context: TeamContext, now: Date): Promise<TeamHome> {
  const { team } = context;
  const { store } = deps;
  const schedule = await store.digestSchedules.get(team.id);
  const zone = schedule?.timeZone ?? team.timezone;
  const rule = schedule ? ruleOf(schedule) : undefined;
  // The period under way in the digest's cadence; its figures so far against the previous period.
  const period = periodContaining(now, zone, rule ? cadenceOf(rule) : DEFAULT_CADENCE);
  const today = calendarDateIn(now, team.timezone);
  const [figures, latest, openItems, counts] = await Promise.all([
    store.metrics.digestFigures(team.id, period),
    store.home.latestPostedDigest(team.id),
    store.actionItems.open(team.id, {}, TEAM_ITEMS_SHOWN),
    store.actionItems.counts(team.id, {}, today),
  ]);
  return {
    figures,
    periodDay: {
      day: daysBetween(periodDates(period).start, calendarDateIn(now, zone)) + 1,
      of: periodLengthDays(period),
    },
    latestDigest: latest && {
      periodLabel: formatPeriod(
        { start: latest.periodStart, end: latest.periodEnd, timeZone: zone },
        context.t,
      ),
      permalink: latest.permalink,
    },
    nextDigest: rule && schedule?.enabled ? { at: nextRun(rule, now).at, timeZone: zone } : undefined,
    openActionItems: { rows: openItems, total: counts.open },
    overdueActionItems: counts.overdue,
    today,
  };
}

export async function loadHomeData(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
): Promise<HomeData> {
  const { team } = context;
  const { store } = deps;
  const now = deps.clock.now();
  const [openDeals, staleDeals, leads, myItems, myCounts, teamHome, chosen] = await Promise.all([
    store.home.openDealsOf(team.id, userId, DEALS_SHOWN),
    store.home.staleDealsOf(team.id, userId, staleBefore(now, team.staleDealDays), STALE_SHOWN),
    store.home.leadsAwaitingQualification(team.id, userId, LEADS_SHOWN),
    store.actionItems.open(team.id, { ownerId: userId }, MY_ITEMS_SHOWN),
    store.actionItems.counts(team.id, { ownerId: userId }, calendarDateIn(now, team.timezone)),
    loadTeamHome(deps, context, now),
    store.teamMembers.language(team.id, userId),
  ]);
  return {
    userId,
    teamId: team.id,
    now,
    timeZone: team.timezone,
    t: context.t,
    chosenLanguage: parseLanguage(chosen),
    currency: team.currency,
    rep: {
      openDeals,
      staleDeals,
      staleDealDays: team.staleDealDays,
      leadsAwaitingQualification: leads,
      actionItems: { rows: myItems, total: myCounts.open },
    },
    team: teamHome,
  };
}

/**
 * Publishes a user's App Home in their language (`context.t`); when its data cannot be loaded, a
 * short notice instead of a blank tab.
 */
export async function publishHome(
  deps: SlackDependencies,
  client: WebClient,
  context: TeamContext,
  userId: string,
): Promise<void> {
  let view;
  try {
    view = buildHomeView(await loadHomeData(deps, context, userId));
  } catch (error) {
    deps.logger.error(`loading the App Home of ${userId} in team ${context.team.id} failed`, error);
    view = buildHomeUnavailableView(context.t);
  }
  await client.views.publish({ user_id: userId, view });
}
