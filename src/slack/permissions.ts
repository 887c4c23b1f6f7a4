import type { SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { TeamPermission, TeamRole } from '../domain/teamRoles';
import type { Translator } from '../i18n/translator';
import type { TeamRecord } from '../store/repos/teamStore';
import type { SlackDependencies } from './dependencies';
import type { TeamContext } from './teamContext';
import type { SlackMessage } from '../blockKit/message';
import { buildPermissionRefusalMessage, refusalSentence } from '../views/messages/teamMessages';

/** Who is asking, as far as roles go: their workspace (for users.info) and the request's client. */
export type Requester = { slackTeamId: string; userId: string; client: WebClient };

export type PermissionRefusal = {
  /** For a private reply: who may do it, and whom to ask by mention. */
  message: SlackMessage;
  /** For a form error, which shows plain text only. */
  plainText: string;
};

/** The user's role in a team: workspace admins and owners (users.info) are admins of every team. */
export async function roleOf(deps: SlackDependencies, team: TeamRecord, who: Requester): Promise<TeamRole> {
  const standing = await deps.users.standingOf(who.client, who.slackTeamId, who.userId);
  return deps.permissions.roleOf(team.id, who.userId, standing);
}

/**
 * The one check every restricted listener makes before acting: undefined when the user's role in
 * the team allows it, else the refusal to show them. Nothing is changed on a refusal.
 */
export async function refusalFor(
  deps: SlackDependencies,
  t: Translator,
  team: TeamRecord,
  who: Requester,
  permission: TeamPermission,
): Promise<PermissionRefusal | undefined> {
  const standing = await deps.users.standingOf(who.client, who.slackTeamId, who.userId);
  const check = await deps.permissions.check(team.id, who.userId, standing, permission);
  if (check.allowed) return undefined;
  deps.logger.info(`${who.userId} (${check.role}) may not ${permission} in team ${team.id}`);
  return {
    message: buildPermissionRefusalMessage(t, { permission, team, askUserIds: check.askUserIds }),
    plainText: refusalSentence(t, permission, team.name),
  };
}

/** The requester of a slash command. */
export function commandRequester(command: SlashCommand, client: WebClient): Requester {
  return { slackTeamId: command.team_id, userId: command.user_id, client };
}

/** The requester of an interactive payload (block action, view submission). */
export function payloadRequester(
  body: { team?: { id?: string } | null; user: { id: string; team_id?: string } },
  client: WebClient,
): Requester {
  return { slackTeamId: body.team?.id ?? body.user.team_id ?? '', userId: body.user.id, client };
}

/** A restricted request's refusal in the user's language, or undefined when their role allows it. */
export async function refusalMessage(
  deps: SlackDependencies,
  context: TeamContext,
  who: Requester,
  permission: TeamPermission,
): Promise<SlackMessage | undefined> {
  return (await refusalFor(deps, context.t, context.team, who, permission))?.message;
}
