import type { WebClient } from '@slack/web-api';
import { calendarDaysBetween } from '../domain/calendar';
import { createTranslator } from '../i18n/translator';
import type { DealOutcome } from '../services/dealService';
import type { LeadRecord } from '../store/leadStore';
import type { TeamRecord } from '../store/teamStore';
import type { SlackDependencies } from './dependencies';
import { buildDealOutcomeAnnouncement, buildQualifiedLeadAnnouncement } from './views/announcementMessages';

/** The team channel: where its digest goes, else the first channel bound to it; none, no posts. */
async function teamChannel(deps: SlackDependencies, team: TeamRecord): Promise<string | undefined> {
  const schedule = await deps.store.digestSchedules.get(team.id);
  if (schedule?.channelId) return schedule.channelId;
  const teams = await deps.store.teams.inWorkspace(team.slackTeamId);
  return teams.find((each) => each.id === team.id)?.channelIds[0];
}

/**
 * Posts what a deal move means for the team channel, when the team turned announcements on in
 * `/tandem settings`: a won or lost deal, and a lead the move qualified. In the team's language.
 * A failed post is logged and never fails the move that was already saved.
 */
export async function announceDealOutcome(
  deps: SlackDependencies,
  client: WebClient,
  team: TeamRecord,
  outcome: DealOutcome,
): Promise<void> {
  if (outcome.kind !== 'moved') return;
  const { deal, event, qualifiedLead } = outcome.write;
  const closed = event.toStage === 'WON' || event.toStage === 'LOST';
  if (!closed && !qualifiedLead) return;
  try {
    const wanted = await deps.store.teamSettings.announcements(team.id);
    if (!(closed && wanted.outcomes) && !(qualifiedLead && wanted.qualified)) return;
    const channel = await teamChannel(deps, team);
    if (!channel) return;
    const t = createTranslator(team.locale);
    const channels = await deps.store.teams.options(team.id, 'channel');
    if (qualifiedLead && wanted.qualified) {
      await client.chat.postMessage({
        channel,
        ...buildQualifiedLeadAnnouncement(t, qualifiedLead, channels),
      });
    }
    if (closed && wanted.outcomes) {
      const lostReasons = await deps.store.teams.options(team.id, 'lost_reason');
      const daysToClose = calendarDaysBetween(deal.lead.createdAt, event.at, team.timezone);
      const message = buildDealOutcomeAnnouncement(t, deal, { daysToClose, channels, lostReasons });
      await client.chat.postMessage({ channel, ...message });
    }
  } catch (error) {
    deps.logger.warn(`announcing deal D-${deal.number} in team ${team.id} failed`, error);
  }
}

/** Posts a lead qualified by hand, when the team asked to hear of newly qualified leads. */
export async function announceQualifiedLead(
  deps: SlackDependencies,
  client: WebClient,
  team: TeamRecord,
  lead: LeadRecord,
): Promise<void> {
  try {
    if (!(await deps.store.teamSettings.announcements(team.id)).qualified) return;
    const channel = await teamChannel(deps, team);
    if (!channel) return;
    const channels = await deps.store.teams.options(team.id, 'channel');
    const message = buildQualifiedLeadAnnouncement(createTranslator(team.locale), lead, channels);
    await client.chat.postMessage({ channel, ...message });
  } catch (error) {
    deps.logger.warn(`announcing lead L-${lead.number} in team ${team.id} failed`, error);
  }
}
