import type { App } from '@slack/bolt';
import { isSnoozeDays } from '../../domain/actionItem';
import type { ActionItemChange } from '../../store/repos/actionItemStore';
import { refreshActionItemDm } from '../actionItemDm';
import { type ButtonRequest, registerButton } from '../button';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { meetingFormat } from '../meetingContext';
import { readerTranslator } from '../../people/readerLanguage';
import { publishHome } from '../home/publishHome';
import { replaceActionItemBlocks } from '../../views/messages/actionItemMessages';
import { type KnownBlock, section } from '../../blockKit/message';

/**
 * Shows an item's new state wherever it is: the owner's DM, the message the click came from (a
 * reminder, or the DM itself) and the App Home when the click was there.
 */
async function showChange(
  deps: SlackDependencies,
  request: ButtonRequest,
  change: ActionItemChange,
): Promise<void> {
  const { args, context } = request;
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

/**
 * Done and Snooze act on the item's own team when its owner clicks, whichever team their default
 * names (a DM belongs to no team). Both come out the same when repeated, so a click runs once per
 * click: a replay or a retry changes nothing.
 */
function itemButton(
  app: App,
  deps: SlackDependencies,
  actionId: string,
  name: string,
  change: (request: ButtonRequest, itemId: string) => Promise<ActionItemChange | undefined>,
): void {
  const itemIdOf = (value: string) => value.split(':')[0] ?? '';
  registerButton(app, deps, {
    actionId,
    name,
    writes: 'click',
    // The owner's own item names its team (their DM belongs to none); anyone else's click acts
    // in the team of the channel it was made in, as every button does.
    teamOf: (value, userId) => deps.store.actionItems.teamIdOf(itemIdOf(value), userId),
    async handle(request) {
      const changed = await change(request, itemIdOf(request.value));
      if (changed) return showChange(deps, request, changed);
      const gone = request.context.t.t('actionItems.gone');
      await request.tell({ text: gone, blocks: [section(gone)] });
    },
  });
}

export function registerActionItemActions(app: App, deps: SlackDependencies): void {
  itemButton(app, deps, ActionIds.actionItemDone, 'action item done', ({ args, context }, itemId) =>
    deps.meetings.complete(context.team, args.body.user.id, itemId),
  );
  itemButton(app, deps, ActionIds.actionItemSnooze, 'action item snooze', ({ value, context }, itemId) => {
    const daysText = value.split(':')[1] ?? '';
    const days = Number(daysText);
    if (!isSnoozeDays(days)) throw new RangeError(`not a snooze choice: ${daysText}`);
    return deps.meetings.snooze(context.team, itemId, days);
  });
}
