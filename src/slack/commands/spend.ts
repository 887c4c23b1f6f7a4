import type { App } from '@slack/bolt';
import { parseSpendCommand, type SpendCommand } from '../../domain/spendCommand';
import type { SlackDependencies } from '../dependencies';
import { registerQuickCommand } from './quickCommand';
import type { TeamContext } from '../teamContext';
import { Commands } from '../ids';
import type { SlackMessage } from '../../blockKit/message';
import { buildRejectedCommandMessage } from '../../views/messages/problemMessage';
import {
  buildSpendAddedMessage,
  buildSpendChannelsMessage,
  buildSpendHelpMessage,
  buildSpendListMessage,
} from '../../views/messages/spendMessages';
import { buildSpendModal } from '../../views/modals/spendModal';

export function registerSpendCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.spend,
    writes: ['add'],
    rejectionTitle: 'spend.unreadable',
    parse: parseSpendCommand,
    async answer({ context, command, client, request }) {
      if (request.kind === 'open_modal') {
        const channels = await deps.store.teams.options(context.team.id, 'channel');
        await client.views.open({
          trigger_id: command.trigger_id,
          view: buildSpendModal(context.t, {
            channels,
            currency: context.team.currency,
            metadata: { channelId: command.channel_id },
          }),
        });
        return undefined;
      }
      return answerSpendCommand(deps, context, command.user_id, request, command.text);
    },
  });
}

async function answerSpendCommand(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<SpendCommand, { kind: 'open_modal' }>,
  typedText: string,
): Promise<SlackMessage> {
  const { team, t } = context;
  switch (request.kind) {
    case 'help':
      return buildSpendHelpMessage(t, await deps.store.teams.options(team.id, 'channel'));
    case 'channels':
      return buildSpendChannelsMessage(t, await deps.store.teams.options(team.id, 'channel'));
    case 'list': {
      const outcome = await deps.spend.report(team, request.period);
      if (outcome.kind === 'invalid')
        return buildRejectedCommandMessage(
          t,
          t.t('spend.listRejected'),
          outcome.problems,
          Commands.spend,
          typedText,
        );
      return buildSpendListMessage(t, outcome.report);
    }
    case 'add': {
      const outcome = await deps.spend.add(team, userId, request.draft);
      if (outcome.kind === 'invalid')
        return buildRejectedCommandMessage(
          t,
          t.t('spend.addRejected'),
          outcome.problems,
          Commands.spend,
          typedText,
        );
      return buildSpendAddedMessage(t, outcome.spend);
    }
  }
}
