import { z } from 'zod';
import type { WebClient } from '@slack/web-api';
import { formatAge, formatDay } from '../domain/dates';
import { createTranslator, type Translator } from '../i18n/translator';
import type { TeamPick, TeamRecord } from '../store/repos/teamStore';
import type { Clock } from '../clock';
import type { SlackUsers } from '../people/slackUsers';
import type { TeamService } from '../services/teamService';
import type { Store } from '../store';
import { context as contextBlock, type SlackMessage } from '../blockKit/message';
import { escapeMrkdwn } from '../blockKit/text';
import { readerTranslator } from '../people/readerLanguage';
import { optionalText, readMetadata } from '../views/modals/viewState';

/** Slack's limit on blocks in one message. */
const MESSAGE_BLOCK_LIMIT = 50;

/** What finding a request's team and its reader's language needs. */
export type TeamLookupDependencies = { store: Store; teams: TeamService; users: SlackUsers; clock: Clock };

/** The Tandem team a request acts on, with formatters in its time zone and languages. */
export type TeamContext = {
  team: TeamRecord;
  /** Why this team: the request's channel is bound to it, it is the user's default, or the workspace's. */
  pickedBy: TeamPick;
  /** The requesting user's language (src/people/readerLanguage.ts): ephemeral replies, modals, App Home. */
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
  /**
   * The team a clicked message was about (a button carries it): it wins over the channel and the
   * default when it is one of the workspace's teams, so a click acts where the message acted.
   */
  teamId?: string;
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
export async function resolveTeam(deps: TeamLookupDependencies, origin: RequestOrigin): Promise<TeamContext> {
  const { team, pickedBy } = await pickTeam(deps, origin);
  const teamT = createTranslator(team.locale);
  const t = origin.userId ? await readerTranslator(deps, team, origin.userId, origin.client) : teamT;
  deps.users.languages.remember(
    origin.slackTeamId,
    team.locale,
    origin.userId ? { userId: origin.userId, locale: t.locale } : undefined,
  );
  return {
    team,
    pickedBy,
    t,
    teamT,
    formatDate: (date) => formatDay(date, team.timezone, t),
    formatAge: (date) => formatAge(date, deps.clock.now(), team.timezone, t),
  };
}

async function pickTeam(
  deps: TeamLookupDependencies,
  origin: RequestOrigin,
): Promise<{ team: TeamRecord; pickedBy: TeamPick }> {
  if (origin.teamId) {
    const teams = await deps.store.teams.inWorkspace(origin.slackTeamId);
    const named = teams.find((each) => each.id === origin.teamId);
    // The message's team is as good as a bound channel: the click happened in its context.
    if (named) return { team: named, pickedBy: 'channel' };
  }
  return deps.teams.forRequest({
    slackTeamId: origin.slackTeamId,
    ...(origin.enterpriseId ? { enterpriseId: origin.enterpriseId } : {}),
    ...(origin.channelId ? { channelId: origin.channelId } : {}),
    ...(origin.userId ? { userId: origin.userId } : {}),
  });
}

/**
 * A reply with the team it acted on named at its end, when the workspace has more than one
 * Tandem team (with one, naming it would only be noise). A user's default team never changes by
 * itself: when a channel's team is not their default, the reply says the default stays.
 */
export async function withTeamName(
  deps: Pick<TeamLookupDependencies, 'store' | 'teams'>,
  context: TeamContext,
  message: SlackMessage,
  userId?: string,
): Promise<SlackMessage> {
  const { team, t } = context;
  if (message.blocks.length >= MESSAGE_BLOCK_LIMIT) return message;
  // Asked after the work is done: a lookup that fails costs the reply its team line, never the reply.
  const lookups = async () => {
    if ((await deps.teams.countInWorkspace(team.slackTeamId)) < 2) return undefined;
    const userDefault =
      userId && context.pickedBy === 'channel'
        ? await deps.store.teams.defaultOf(team.slackTeamId, userId)
        : undefined;
    return { userDefault };
  };
  const found = await lookups().catch(() => undefined);
  if (!found) return message;
  const { userDefault } = found;
  const named = { team: escapeMrkdwn(team.name) };
  const note =
    userDefault && userDefault.id !== team.id
      ? t.t('flow.teamNotDefault', { ...named, default: escapeMrkdwn(userDefault.name) })
      : t.t('flow.team', named);
  return { ...message, blocks: [...message.blocks, contextBlock(note)] };
}
