import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { botClientOnDemand, type BotClients } from '../runtime/botClients';
import { addCalendarDays, reminderDayAt } from '../domain/actionItem';
import { calendarDateIn } from '../domain/calendar';
import { buildActionItemReminderMessage } from '../views/messages/actionItemMessages';
import { readerTranslator } from '../people/readerLanguage';
import type { SlackUsers } from '../people/slackUsers';
import type { Store } from '../store';
import type { ActionItemDetail, ReminderTeam } from '../store/repos/actionItemStore';
import type { SlackPacer } from '../runtime/slackPacing';

export type ActionItemReminderDependencies = {
  store: Store;
  clients: BotClients;
  logger: Logger;
  /** users.info, cached: a reminder is in its reader's language, their Slack locale included. */
  users?: SlackUsers;
  /** Keeps the DMs within Slack's limits, together with the digests (src/runtime/slackPacing.ts). */
  pacer: SlackPacer;
};

/** Items reminded per team and tick; any beyond wait for the next tick (a minute later). */
const ITEMS_PER_TEAM = 200;

function byOwner(items: ActionItemDetail[]): Map<string, ActionItemDetail[]> {
  const owners = new Map<string, ActionItemDetail[]>();
  for (const item of items) owners.set(item.ownerId, [...(owners.get(item.ownerId) ?? []), item]);
  return owners;
}

async function remindTeam(
  deps: ActionItemReminderDependencies,
  team: ReminderTeam,
  now: Date,
): Promise<number> {
  const today = reminderDayAt(now, team.timezone);
  if (!today) return 0;
  const due = await deps.store.actionItems.dueForReminder(team.id, today, ITEMS_PER_TEAM);
  const clientOf = botClientOnDemand(deps.clients, team);
  let failures = 0;
  let skipped = 0;
  for (const [ownerId, items] of byOwner(due)) {
    const taken = await deps.store.actionItems.claimReminders(
      items.map((item) => item.id),
      today,
    );
    const claimed = items.filter((item) => taken.has(item.id));
    if (claimed.length === 0) continue;
    const release = async () => {
      for (const item of claimed)
        await deps.store.actionItems.releaseReminder(item.id, today, item.lastRemindedOn);
    };
    let client: WebClient | null;
    try {
      client = await clientOf();
    } catch (error) {
      await release();
      throw error;
    }
    // Without an installation nothing can be sent; the claims stay, so the items wait for tomorrow.
    if (!client) {
      skipped += 1;
      continue;
    }
    const t = await readerTranslator(deps, team, ownerId, client);
    const message = buildActionItemReminderMessage(claimed, { t, today, timeZone: team.timezone });
    try {
      const sender = client;
      await deps.pacer.paced(
        { workspace: team.slackTeamId, method: 'chat.postMessage', channelId: ownerId },
        () => sender.chat.postMessage({ channel: ownerId, ...message }),
      );
    } catch (error) {
      failures += 1;
      deps.logger.warn(
        `overdue action-item reminder to ${ownerId} failed; it is tried again on the next tick`,
        error,
      );
      await release();
    }
  }
  if (skipped > 0)
    deps.logger.warn(
      `${skipped} overdue action-item reminder(s) of team ${team.id} skipped: Tandem has no active installation in ${team.slackTeamId}`,
    );
  return failures + skipped;
}

/**
 * DMs each owner their overdue open action items (due before today, not snoozed past today) once
 * a day, from the morning time (09:00) of the team's zone on; a later tick the same day, another
 * instance or a restart sends nothing again, because each item records the day it was reminded.
 */
export async function remindOverdueActionItems(
  deps: ActionItemReminderDependencies,
  now: Date,
): Promise<{ failures: number }> {
  let failures = 0;
  // No zone's today is later than the UTC date + 1, so this bound finds every team with an overdue item.
  const dueBefore = addCalendarDays(calendarDateIn(now, 'UTC'), 2);
  for (const team of await deps.store.actionItems.teamsWithOpenItemsDueBefore(dueBefore)) {
    try {
      failures += await remindTeam(deps, team, now);
    } catch (error) {
      failures += 1;
      deps.logger.error(`overdue action-item reminders of team ${team.id} failed`, error);
    }
  }
  return { failures };
}
