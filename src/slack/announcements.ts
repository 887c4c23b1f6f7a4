import type { WebClient } from '@slack/web-api';
import { calendarDaysBetween } from '../domain/calendar';
import type { Announcements } from '../domain/teamSettings';
import { createTranslator, type Translator } from '../i18n/translator';
import type { DealOutcome } from '../services/dealService';
import type { LeadRecord } from '../store/repos/leadStore';
import type { TeamOptionRecord, TeamRecord } from '../store/repos/teamStore';
import type { SlackDependencies } from './dependencies';
import {
  buildDealOutcomeAnnouncement,
  buildQualifiedLeadAnnouncement,
} from '../views/messages/announcementMessages';

/** The team channel: where its digest goes, else the first channel bound to it; none, no posts. */
async function teamChannel(deps: SlackDependencies, team: TeamRecord): Promise<string | undefined> {
  const schedule = await deps.store.digestSchedules.get(team.id);
  if (schedule?.channelId) return schedule.channelId;
  const teams = await deps.store.teams.inWorkspace(team.slackTeamId);
  return teams.find((each) => each.id === team.id)?.channelIds[0];
}

type Wanted = Announcements;

/**
 * Runs `post` with the team channel and the team's language when the team wants any of what the
 * event brings (`wants`) and has a channel; a failure is logged and never fails the saved change.
 */
async function postToTeamChannel(
  deps: SlackDependencies,
  team: TeamRecord,
  what: string,
  wants: (wanted: Wanted) => boolean,
  post: (input: {
    channel: string;
    wanted: Wanted;
    t: Translator;
    channels: TeamOptionRecord[];
  }) => Promise<void>,
): Promise<void> {
  try {
    const wanted = await deps.store.teamSettings.announcements(team.id);
    if (!wants(wanted)) return;
    const channel = await teamChannel(deps, team);
    if (!channel) return;
    const channels = await deps.store.teams.options(team.id, 'channel');
    await post({ channel, wanted, t: createTranslator(team.locale), channels });
  } catch (error) {
    deps.logger.warn(`announcing ${what} in team ${team.id} failed`, error);
  }
}

/**
 * Posts what a deal move means for the team channel, when the team turned announcements on in
 * `/tandem settings`: a won or lost deal, and a lead the move qualified. In the team's language.
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
  const wants = (wanted: Wanted) => (closed && wanted.outcomes) || (!!qualifiedLead && wanted.qualified);
  if (!closed && !qualifiedLead) return;
  await postToTeamChannel(
    deps,
    team,
    `deal D-${deal.number}`,
    wants,
    async ({ channel, wanted, t, channels }) => {
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
    },
  );
}

/** Posts a lead qualified by hand, when the team asked to hear of newly qualified leads. */
export async function announceQualifiedLead(
  deps: SlackDependencies,
  client: WebClient,
  team: TeamRecord,
  lead: LeadRecord,
): Promise<void> {
  await postToTeamChannel(
    deps,
    team,
    `lead L-${lead.number}`,
    (wanted) => wanted.qualified,
    async (input) => {
      await client.chat.postMessage({
        channel: input.channel,
        ...buildQualifiedLeadAnnouncement(input.t, lead, input.channels),
      });
    },
  );
}
