import { remindOverdueActionItems } from '../../src/scheduler/actionItemReminders';
import { createSlackPacer } from '../../src/runtime/slackPacing';
import { ActionIds, MeetingBlocks } from '../../src/slack/ids';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import { scenarioTeam } from '../support/digestScenario';
import { ALICE, BOB, CAROL } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

/** Warsaw is UTC+1 in December: 09:00 there is 08:00 UTC. */
const MORNING = (day: string) => new Date(`${day}T08:00:00Z`);

let t: TestApp;
let team: TeamRecord;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-30T10:00:00Z' });
  team = await scenarioTeam(t);
});

afterEach(async () => {
  await t.close();
});

async function item(
  ownerId: string,
  text: string,
  due: string,
  extra: { state?: string; snoozedUntil?: string } = {},
) {
  const meeting = await t.store.meetings.open(
    team.id,
    { start: new Date('2026-11-15T23:00:00Z'), end: new Date('2026-11-29T23:00:00Z') },
    t.clock.now(),
  );
  const created = await t.store.actionItems.create(
    team.id,
    meeting.id,
    { ownerId, text, dueDate: new Date(`${due}T00:00:00Z`) },
    ALICE,
    t.clock.now(),
  );
  return t.database.prisma.actionItem.update({
    where: { id: created.id },
    data: {
      ...(extra.state ? { state: extra.state } : {}),
      ...(extra.snoozedUntil ? { snoozedUntil: new Date(`${extra.snoozedUntil}T00:00:00Z`) } : {}),
    },
  });
}

const dmsTo = (userId: string) =>
  t.fake
    .callsTo('chat.postMessage')
    .filter((call) => call.body.channel === userId && call.response.body.ok === true);

async function tick(at: Date | string) {
  await t.app.scheduler.runDueJobs(new Date(at));
}

describe('overdue action-item reminders', () => {
  beforeEach(async () => {
    await item(BOB, 'Send Globex the offer', '2026-12-01');
    await item(BOB, 'Call Acme back', '2026-11-30');
    await item(ALICE, 'Write the SEO brief', '2026-12-05');
    await item(ALICE, 'Book the fair booth', '2026-11-30', { state: 'done' });
    await item(CAROL, 'Fix the tracking pixel', '2026-11-30', { snoozedUntil: '2026-12-04' });
  });

  it('DMs each owner their overdue items once a day, from 09:00 of the team’s zone', async () => {
    await tick('2026-12-02T07:59:00Z');
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);

    await tick(MORNING('2026-12-02'));
    expect(dmsTo(BOB)).toHaveLength(1);
    const [reminder] = dmsTo(BOB);
    expect(reminder?.allText()).toContain('2 action items are overdue');
    const text = reminder?.allText() ?? '';
    expect(text.indexOf('*Call Acme back* · due Mon 30 Nov 2026 · :warning: 2 days overdue')).toBeGreaterThan(
      -1,
    );
    expect(
      text.indexOf('*Send Globex the offer* · due Tue 1 Dec 2026 · :warning: 1 day overdue'),
    ).toBeGreaterThan(text.indexOf('Call Acme back'));
    expect(dmsTo(ALICE)).toHaveLength(0);
    expect(dmsTo(CAROL)).toHaveLength(0);

    await tick('2026-12-02T08:01:00Z');
    await tick('2026-12-02T22:59:00Z');
    expect(dmsTo(BOB)).toHaveLength(1);
    const reminded = await t.database.prisma.actionItem.findMany({ where: { ownerId: BOB } });
    expect(reminded.map((row) => row.lastRemindedOn?.toISOString())).toEqual([
      '2026-12-02T00:00:00.000Z',
      '2026-12-02T00:00:00.000Z',
    ]);

    await tick('2026-12-03T07:30:00Z');
    expect(dmsTo(BOB)).toHaveLength(1);
    await tick(MORNING('2026-12-03'));
    expect(dmsTo(BOB)).toHaveLength(2);
    expect(dmsTo(CAROL)).toHaveLength(0);

    // The snooze ends on 4 Dec: Carol's item is reminded again from that morning.
    await tick(MORNING('2026-12-04'));
    expect(dmsTo(BOB)).toHaveLength(3);
    expect(dmsTo(CAROL)).toHaveLength(1);
    expect(dmsTo(CAROL)[0]?.allText()).toContain('One action item is overdue');
  });

  it('sends one reminder when two instances run the job at the same moment', async () => {
    const deps = { store: t.store, clients: t.app.botClients, logger: t.logger, pacer: createSlackPacer() };
    await Promise.all([
      remindOverdueActionItems(deps, MORNING('2026-12-02')),
      remindOverdueActionItems(deps, MORNING('2026-12-02')),
    ]);
    expect(dmsTo(BOB)).toHaveLength(1);
    expect(dmsTo(BOB)[0]?.allText()).toContain('2 action items are overdue');
  });

  it('tries a reminder Slack refused again on the next tick', async () => {
    t.fake.failNext('chat.postMessage', { body: { ok: false, error: 'ratelimited_forever' } });
    await tick(MORNING('2026-12-02'));
    expect(dmsTo(BOB)).toHaveLength(0);
    await tick('2026-12-02T08:01:00Z');
    expect(dmsTo(BOB)).toHaveLength(1);
    await tick('2026-12-02T08:02:00Z');
    expect(dmsTo(BOB)).toHaveLength(1);
  });

  it('Done in the reminder marks that item done, rewrites its lines in the reminder and stops its reminders', async () => {
    await tick(MORNING('2026-12-02'));
    const [reminder] = dmsTo(BOB);
    const target = await t.database.prisma.actionItem.findFirstOrThrow({ where: { text: 'Call Acme back' } });
    t.clock.set('2026-12-02T09:00:00Z');
    await t.slack.sendBlockActions({
      actions: {
        type: 'button',
        action_id: ActionIds.actionItemDone,
        value: target.id,
        block_id: `${MeetingBlocks.actionItemButtonsPrefix}${target.id}`,
        action_ts: '1',
        text: { type: 'plain_text', text: 'Done' },
      },
      message: reminder!,
      userId: BOB,
    });
    const update = await t.fake.waitFor('chat.update');
    expect(update.body).toMatchObject({ channel: BOB, ts: reminder?.response.body.ts });
    expect(update.allText()).toContain(`~Call Acme back~ done by <@${BOB}> on 2 Dec 2026`);
    expect(update.allText()).toContain('*Send Globex the offer*');
    const buttonRows = update
      .json<{ type: string; block_id?: string }[]>('blocks')
      ?.filter((block) => block.type === 'actions');
    expect(buttonRows?.map((block) => block.block_id)).toEqual([
      `${MeetingBlocks.actionItemButtonsPrefix}${(await t.database.prisma.actionItem.findFirstOrThrow({ where: { text: 'Send Globex the offer' } })).id}`,
    ]);

    await tick(MORNING('2026-12-03'));
    const next = dmsTo(BOB)[1];
    expect(next?.allText()).toContain('One action item is overdue');
    expect(next?.allText()).not.toContain('Call Acme back');
  });
});
