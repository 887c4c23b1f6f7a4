import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  OverflowAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { isSnoozeDays } from '../../domain/actionItem';
import type { ActionItemChange } from '../../store/repos/actionItemStore';
import { refreshActionItemDm } from '../actionItemDm';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ActionIds } from '../ids';
import { meetingFormat } from '../meetingContext';
import { readerTranslator } from '../../people/readerLanguage';
import { publishHome } from '../home/publishHome';
import { payloadOrigin, resolveTeam, type TeamContext } from '../teamContext';
import { replaceActionItemBlocks } from '../../views/messages/actionItemMessages';
import { type KnownBlock, section } from '../../blockKit/message';

type ItemActionArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction | OverflowAction>> &
  AllMiddlewareArgs;

/**
 * Shows an item's new state wherever it is: the owner's DM, the message the click came from (a
 * reminder, or the DM itself) and the App Home when the click was there.
 */
async function showChange(
  deps: SlackDependencies,
  args: ItemActionArgs,
  context: TeamContext,
  change: ActionItemChange,
): Promise<void> {
  const { body, client, respond } = args;
  const { item } = change;
  const ownerT = await readerTranslator(deps, context.team, item.ownerId, client);
  const format = await meetingFormat(deps.store, context.team, deps.clock.now(), ownerT);
  await refreshActionItemDm(client, item, format, deps.logger);
  if (body.view?.type === 'home') {
    await publishHome(deps, client, context, body.user.id);
    return;
  }
  const message = body.message;
  const isStoredDm = body.channel?.id === item.dmChannelId && message?.ts === item.dmTs;
  if (!message?.ts || isStoredDm) return;
  const shown = (message.blocks ?? []) as KnownBlock[];
  const blocks = replaceActionItemBlocks(shown, item, format.items);
  if (blocks === shown) return;
  if (body.container.is_ephemeral) {
    await respond({ replace_original: true, text: String(message.text ?? ''), blocks });
  } else if (body.channel?.id) {
    await client.chat.update({
      channel: body.channel.id,
      ts: message.ts,
      text: String(message.text ?? ''),
      blocks,
    });
  }
}

/** Acks, resolves the team and runs one Done or Snooze; a failure reaches the user, once logged. */
function itemAction(
  deps: SlackDependencies,
  name: string,
  change: (args: ItemActionArgs, context: TeamContext) => Promise<ActionItemChange | undefined>,
) {
  return async (args: ItemActionArgs) => {
    const { ack, body, respond, client } = args;
    await ack();
    const slackTeamId = body.team?.id ?? body.user.team_id ?? '';
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const changed = await change(args, context);
      if (changed) await showChange(deps, args, context, changed);
      else {
        const gone = context.t.t('actionItems.gone');
        if (body.response_url)
          await respond({ response_type: 'ephemeral', replace_original: false, text: gone });
        else await client.chat.postMessage({ channel: body.user.id, text: gone, blocks: [section(gone)] });
      }
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, payloadOrigin(body, client)),
        error,
        { action: name, teamId: slackTeamId, userId: body.user.id },
        deps.logger,
      );
      if (body.response_url)
        await respond({ response_type: 'ephemeral', replace_original: false, ...failure });
      else await client.chat.postMessage({ channel: body.user.id, ...failure });
    }
  };
}

export function registerActionItemActions(app: App, deps: SlackDependencies): void {
  app.action<BlockAction<ButtonAction>>(
    ActionIds.actionItemDone,
    itemAction(deps, 'action item done', ({ action, body }, { team }) =>
      deps.meetings.complete(team, body.user.id, (action as ButtonAction).value ?? ''),
    ),
  );

  app.action<BlockAction<OverflowAction>>(
    ActionIds.actionItemSnooze,
    itemAction(deps, 'action item snooze', async ({ action }, { team }) => {
      const [itemId = '', daysText = ''] = (action as OverflowAction).selected_option.value.split(':');
      const days = Number(daysText);
      if (!isSnoozeDays(days)) throw new RangeError(`not a snooze choice: ${daysText}`);
      return deps.meetings.snooze(team, itemId, days);
    }),
  );
}
