import { ActionIds } from '../../src/slack/ids';
import { spendFormValues, spendFormView } from '../support/spendForm';
import { ALICE, MARKETING, SALES } from '../support/fixtures';
import { encodeRunValue } from '../../src/views/messages/runButton';
import { command, twoTeams } from './teamsSupport';
import { buttonAction } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import { buttonValue, run } from './pipelineSupport';

/**
 * Acknowledged means kept once: a replayed signed command, a double or triple click and a double
 * or triple form submission — sent at once — change nothing twice (docs/SECURITY.md → Replays).
 */
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

/** The same signed command sent `times` times at once, as a replay would (same trigger_id and response_url). */
async function replay(command: string, text: string, times: number) {
  const fields = { trigger_id: t.fake.mintTriggerId(), response_url: t.fake.responseUrl() };
  return Promise.all(
    Array.from({ length: times }, () => t.slack.sendCommand({ command, text, channelId: SALES, fields })),
  );
}

describe('replayed signed commands', () => {
  it('stores a replayed /spend, /feedback and /icp note once, and answers the replay', async () => {
    await run(t, '/lead', 'Acme Corp');
    const spend = await replay('/spend', 'paid_search 4500 PLN period:2026-11-01..2026-11-14', 3);
    const feedback = await replay('/feedback', 'complaint L-1 "delivery took three weeks"', 2);
    const note = await replay('/icp', 'note three logistics wins came from the fair', 2);
    await t.settled();

    expect(await t.database.prisma.spend.count()).toBe(1);
    expect(await t.database.prisma.feedback.count()).toBe(1);
    expect(await t.database.prisma.icpNote.count()).toBe(1);
    for (const answers of [spend, feedback, note]) {
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      const replies = answers
        .filter((answer) => answer.body !== '')
        .map((answer) => JSON.stringify(answer.body));
      expect(replies).toHaveLength(answers.length - 1);
      for (const reply of replies) expect(reply).toContain('was received already and is kept once');
    }

    // Later, the same request again (still inside the signature's 5 minutes): still once.
    t.clock.advance(60_000);
    const [late] = await replay('/spend', 'paid_search 4500 PLN period:2026-11-01..2026-11-14', 1);
    expect(late?.status).toBe(200);
    await t.settled();
    // A fresh trigger_id is a new command: the one above was a new request, not a replay.
    expect(await t.database.prisma.spend.count()).toBe(2);
  });
});

describe('double and triple clicks', () => {
  it('adds a lead once when "Add anyway" is clicked three times at once', async () => {
    await run(t, '/lead', 'Acme Corp');
    const warned = await run(t, '/lead', 'ACME corp source:seo');
    const value = buttonValue(warned, ActionIds.leadAddAnyway);
    const message = { ts: '1700000000.000200', blocks: warned.blocks };
    await Promise.all(
      [1, 2, 3].map(() =>
        t.slack.sendBlockActions({
          actions: buttonAction(ActionIds.leadAddAnyway, { value }),
          message,
          ephemeral: true,
        }),
      ),
    );
    await t.settled();
    expect(await t.database.prisma.lead.count()).toBe(2);
    expect(await t.database.prisma.draft.count()).toBe(0);
    const added = t.fake.callsTo('response_url').filter((call) => call.allText().includes('Added `L-2`'));
    expect(added).toHaveLength(1);
  });

  it('creates one deal when the choice among several leads is clicked twice at once', async () => {
    await run(t, '/lead', 'Hooli Sp. z o.o.');
    const warned = await run(t, '/lead', 'Hooli');
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.leadAddAnyway, { value: buttonValue(warned, ActionIds.leadAddAnyway) }),
      message: { ts: '1700000000.000250', blocks: warned.blocks },
      ephemeral: true,
    });
    await t.fake.waitFor('response_url', (call) => call.allText().includes('Added `L-2`'));
    const asked = await run(t, '/deal', 'HOOLI qualified');
    const choice = asked.blocks
      .flatMap((block) => block.elements ?? [])
      .find((each) => each.action_id === ActionIds.dealRun && JSON.stringify(each).includes('L-2'));
    expect(choice?.value).toBeDefined();
    const message = { ts: '1700000000.000300', blocks: asked.blocks };
    await Promise.all(
      [1, 2].map((each) =>
        t.slack.sendBlockActions({
          actions: buttonAction(ActionIds.dealRun, { value: choice?.value ?? '', text: `click ${each}` }),
          message,
          ephemeral: true,
        }),
      ),
    );
    await t.settled();
    expect(await t.database.prisma.deal.count()).toBe(1);
    expect(await t.database.prisma.stageEvent.count()).toBe(1);
    const created = t.fake.callsTo('response_url').filter((call) => call.allText().includes('Created `D-1`'));
    expect(created).toHaveLength(1);
  });
});

describe('buttons carry their Tandem team', () => {
  it('opens the D-1 of the team the reminder DM names, not the user’s default team’s D-1', async () => {
    const { main, emea } = await twoTeams(t);
    await command(t, '/lead', 'Main Lead Co', { userId: ALICE, channelId: SALES });
    await command(t, '/deal', 'L-1 qualified', { userId: ALICE, channelId: SALES });
    await command(t, '/lead', 'Emea Lead Co', { userId: ALICE, channelId: MARKETING });
    await command(t, '/deal', 'L-1 qualified', { userId: ALICE, channelId: MARKETING });
    expect(main).not.toBe(emea);

    // The pre-digest reminder's Move…, in Alice's DM with Tandem (a DM is bound to no team).
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.dealMove, { value: encodeRunValue({ text: '1', teamId: emea }) }),
      message: { ts: '1700000000.000400', blocks: [] },
      channelId: 'D0ALICEDM',
    });
    const form = await t.fake.waitFor('views.open', () => true);
    expect(form.allText()).toContain('Emea Lead Co');
    expect(form.allText()).not.toContain('Main Lead Co');
  });
});

describe('double and triple form submissions', () => {
  const spendForm = spendFormView('V0SPEND2');
  const values = spendFormValues();

  it('saves the spend form once when it is submitted three times at once, and closes it each time', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() => t.slack.submitView(spendForm, values, { userId: ALICE })),
    );
    await t.settled();
    // Each is closed at once, or (a repeat waiting for the first under load) shown "Saving…" then "Saved".
    for (const answer of answers) {
      if (answer.body !== '') expect(JSON.stringify(answer.body)).toContain('Saving…');
    }
    const late = answers.filter((answer) => answer.body !== '').length;
    const saved = t.fake.callsTo('views.update').filter((call) => call.allText().includes('Saved.'));
    expect(saved).toHaveLength(late);
    expect(await t.database.prisma.spend.count()).toBe(1);
    const confirmations = [...t.fake.callsTo('chat.postEphemeral'), ...t.fake.callsTo('chat.postMessage')];
    expect(confirmations).toHaveLength(1);
  });

  it('saves a changed submission of the same form again (other values, other key)', async () => {
    await t.slack.submitView(spendForm, values);
    const changed = spendFormValues('4600');
    await t.slack.submitView(spendForm, changed);
    await t.settled();
    expect(await t.database.prisma.spend.count()).toBe(2);
  });
});
