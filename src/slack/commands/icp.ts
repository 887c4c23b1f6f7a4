import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { type IcpCommand, parseIcpCommand } from '../../domain/icpCommand';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { registerQuickCommand } from './quickCommand';
import type { TeamContext } from '../teamContext';
import { Commands } from '../ids';
import { commandRequester, refusalMessage } from '../permissions';
import {
  buildIcpHelpMessage,
  buildIcpHistoryMessage,
  buildIcpNoteSavedMessage,
} from '../../views/messages/icpMessages';
import { buildIcpModal } from '../../views/modals/icpModal';
import { buildIcpProfileMessage } from '../../views/messages/icpProfileMessage';
import type { SlackMessage } from '../../blockKit/message';

const HISTORY_LIMIT = 20;

/**
 * Opens the ICP form on the latest version, in the user's language; the `/icp edit` command and
 * the Edit ICP button share it.
 */
export async function openIcpEditor(
  deps: SlackDependencies,
  client: WebClient,
  input: { teamId: string; t: Translator; triggerId: string; channelId?: string | undefined },
): Promise<void> {
  const current = await deps.icp.current(input.teamId);
  await client.views.open({
    trigger_id: input.triggerId,
    view: buildIcpModal(input.t, {
      sections: current?.sections ?? {},
      metadata: {
        baseVersion: current?.version ?? 0,
        ...(input.channelId ? { channelId: input.channelId } : {}),
      },
    }),
  });
}

/** The answer to every `/icp` request that is a message (not the form). */
export async function answerIcpRequest(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<IcpCommand, { kind: 'edit' }>,
): Promise<SlackMessage> {
  const teamId = context.team.id;
  const { t } = context;
  switch (request.kind) {
    case 'help':
      return buildIcpHelpMessage(t);
    case 'show':
      return buildIcpProfileMessage(t, await deps.icp.overview(teamId), context.formatDate);
    case 'history':
      return buildIcpHistoryMessage(t, await deps.icp.history(teamId, HISTORY_LIMIT), context.formatDate);
    case 'note': {
      const { note, openNotes } = await deps.icp.addNote(teamId, userId, request.text);
      return buildIcpNoteSavedMessage(t, note, openNotes);
    }
  }
}

export function registerIcpCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.icp,
    writes: ['note'],
    rejectionTitle: 'icp.unreadable',
    parse: parseIcpCommand,
    async answer({ context, command, client, request }) {
      if (request.kind === 'edit') {
        const refusal = await refusalMessage(deps, context, commandRequester(command, client), 'editIcp');
        if (refusal) return refusal;
        await openIcpEditor(deps, client, {
          teamId: context.team.id,
          t: context.t,
          triggerId: command.trigger_id,
          channelId: command.channel_id,
        });
        return undefined;
      }
      return answerIcpRequest(deps, context, command.user_id, request);
    },
  });
}
