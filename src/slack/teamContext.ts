import { z } from 'zod';
import type { WebClient } from '@slack/web-api';
import { formatAge, formatDay } from '../domain/dates';
import { createTranslator, type Translator } from '../i18n/translator';
import type { TeamPick, TeamRecord } from '../store/teamStore';
import type { SlackDependencies } from './dependencies';
import { optionalText, readMetadata } from './views/viewState';

/** The Tandem team a request acts on, with formatters in its time zone and languages. */
export type TeamContext = {
  team: TeamRecord;
  /** Why this team: the request's channel is bound to it, it is the user's default, or the workspace's. */
  pickedBy: TeamPick;
  /** The requesting user's language (their Slack locale): ephemeral replies, modals, App Home. */
  t: Translator;
  /** The team's language (its settings): digests and anything posted in a channel. */
  teamT: Translator;
  /** A day and an age ("23 Nov 2026", "5d ago") in the team's time zone and the user's language. */
  formatDate: (date: Date) => string;
  formatAge: (date: Date) => string;
};

/** Where a request came from: the workspace, and when known the user, channel and their client. */
export type RequestOrigin = {
  slackTeamId: string;
  enterpriseId?: string;
  userId?: string;
  channelId?: string;
  /** The request's own client (authorized for its workspace), used to read the user's locale. */
  client?: WebClient;
};

type PayloadWithTeam = {
  team?: { id?: string } | null;
  user?: { id?: string; team_id?: string };
  enterprise?: { id?: string } | null;
  channel?: { id?: string } | null;
  view?: { private_metadata?: string };
};

/** The part of every Tandem modal's private metadata that names the channel it was opened from. */
const modalOrigin = z.object({ channelId: optionalText });

/**
 * The channel a payload belongs to: its own, or for a modal (submission, options) the channel the
 * modal was opened from, which Tandem's modals carry as `channelId` in their private metadata, so a
 * form opened in a team's channel is saved to that team.
 */
function channelOf(body: PayloadWithTeam): string | undefined {
  if (body.channel?.id) return body.channel.id;
  return readMetadata(body.view?.private_metadata, modalOrigin)?.channelId;
}

/** The origin of an interactive payload (block action, view submission, options, shortcut). */
export function payloadOrigin(body: PayloadWithTeam, client?: WebClient): RequestOrigin {
  const channelId = channelOf(body);
  return {
    slackTeamId: body.team?.id ?? body.user?.team_id ?? '',
    ...(body.enterprise?.id ? { enterpriseId: body.enterprise.id } : {}),
    ...(body.user?.id ? { userId: body.user.id } : {}),
    ...(channelId ? { channelId } : {}),
    ...(client ? { client } : {}),
  };
}

/**
 * The one place a request's Tandem team is picked (a workspace may hold several): the team its
 * channel is bound to, else the user's default team, else the workspace's default team (created
 * on first use). Every query after this is scoped by `team.id`.
 */
export async function resolveTeam(deps: SlackDependencies, origin: RequestOrigin): Promise<TeamContext> {
  const { team, pickedBy } = await deps.teams.forRequest({
    slackTeamId: origin.slackTeamId,
    ...(origin.enterpriseId ? { enterpriseId: origin.enterpriseId } : {}),
    ...(origin.channelId ? { channelId: origin.channelId } : {}),
    ...(origin.userId ? { userId: origin.userId } : {}),
  });
  const teamT = createTranslator(team.locale);
  const userLocale =
    origin.client && origin.userId
      ? await deps.users.localeOf(origin.client, origin.slackTeamId, origin.userId)
      : undefined;
  const t = userLocale ? createTranslator(userLocale) : teamT;
  return {
    team,
    pickedBy,
    t,
    teamT,
    formatDate: (date) => formatDay(date, team.timezone, t),
    formatAge: (date) => formatAge(date, deps.clock.now(), team.timezone, t),
  };
}
