import type { WebClient } from '@slack/web-api';
import { formatAge, formatDay } from '../domain/dates';
import { createTranslator, type Translator } from '../i18n/translator';
import type { TeamRecord } from '../store/teamStore';
import type { SlackDependencies } from './dependencies';

/** The Tandem team a request acts on, with formatters in its time zone and languages. */
export type TeamContext = {
  team: TeamRecord;
  /** The requesting user's language (their Slack locale): ephemeral replies, modals, App Home. */
  t: Translator;
  /** The team's language (its settings): digests and anything posted in a channel. */
  teamT: Translator;
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
  channel?: { id?: string };
};

/** The origin of an interactive payload (block action, view submission, options, shortcut). */
export function payloadOrigin(body: PayloadWithTeam, client?: WebClient): RequestOrigin {
  return {
    slackTeamId: body.team?.id ?? body.user?.team_id ?? '',
    ...(body.enterprise?.id ? { enterpriseId: body.enterprise.id } : {}),
    ...(body.user?.id ? { userId: body.user.id } : {}),
    ...(body.channel?.id ? { channelId: body.channel.id } : {}),
    ...(client ? { client } : {}),
  };
}

export async function resolveTeam(deps: SlackDependencies, origin: RequestOrigin): Promise<TeamContext> {
  const team = await deps.store.teams.ensure(origin.slackTeamId);
  const teamT = createTranslator(team.locale);
  const userLocale =
    origin.client && origin.userId
      ? await deps.locales.localeOf(origin.client, origin.slackTeamId, origin.userId)
      : undefined;
  return {
    team,
    t: userLocale ? createTranslator(userLocale) : teamT,
    teamT,
    formatDate: (date) => formatDay(date, team.timezone),
    formatAge: (date) => formatAge(date, deps.clock.now(), team.timezone),
  };
}
