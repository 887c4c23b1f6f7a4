import type { App } from '@slack/bolt';
import { parseSpendCommand, type SpendCommand } from '../../domain/spendCommand';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage } from '../failures';
import { Commands } from '../ids';
import { resolveTeam, type TeamContext } from '../teamContext';
import type { SlackMessage } from '../views/message';
import { buildRejectedCommandMessage } from '../views/problemMessage';
import {
  buildSpendAddedMessage,
  buildSpendChannelsMessage,
  buildSpendHelpMessage,
  buildSpendListMessage,
} from '../views/spendMessages';
import { buildSpendModal } from '../views/spendModal';

export function registerSpendCommand(app: App, deps: SlackDependencies): void {
  app.command(Commands.spend, async ({ command, ack, respond, client }) => {
    const parsed = parseSpendCommand(command.text);
    if (!parsed.ok) {
      await ack(
        buildRejectedCommandMessage(
          "Couldn't read that spend",
          parsed.problems,
          command.command,
          command.text,
        ),
      );
      return;
    }
    await ack();
    try {
      const context = await resolveTeam(deps, command.team_id);
      if (parsed.value.kind === 'open_modal') {
        const channels = await deps.store.teams.options(context.team.id, 'channel');
        await client.views.open({
          trigger_id: command.trigger_id,
          view: buildSpendModal({
            channels,
            currency: context.team.currency,
            metadata: { channelId: command.channel_id },
          }),
        });
        return;
      }
      const message = await answerSpendCommand(deps, context, command.user_id, parsed.value, command.text);
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      const failure = buildFailureMessage(
        error,
        {
          action: `${command.command} ${parsed.value.kind}`,
          teamId: command.team_id,
          userId: command.user_id,
        },
        deps.logger,
        { command: command.command, text: command.text },
      );
      await respond({ response_type: 'ephemeral', ...failure });
    }
  });
}

async function answerSpendCommand(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<SpendCommand, { kind: 'open_modal' }>,
  typedText: string,
): Promise<SlackMessage> {
  const { team } = context;
  switch (request.kind) {
    case 'help':
      return buildSpendHelpMessage(await deps.store.teams.options(team.id, 'channel'));
    case 'channels':
      return buildSpendChannelsMessage(await deps.store.teams.options(team.id, 'channel'));
    case 'list': {
      const outcome = await deps.spend.report(team, request.period);
      if (outcome.kind === 'invalid')
        return buildRejectedCommandMessage(
          "Couldn't list that spend",
          outcome.problems,
          Commands.spend,
          typedText,
        );
      return buildSpendListMessage(outcome.report);
    }
    case 'add': {
      const outcome = await deps.spend.add(team, userId, request.draft);
      if (outcome.kind === 'invalid')
        return buildRejectedCommandMessage(
          "Couldn't record that spend",
          outcome.problems,
          Commands.spend,
          typedText,
        );
      return buildSpendAddedMessage(outcome.spend);
    }
  }
}
