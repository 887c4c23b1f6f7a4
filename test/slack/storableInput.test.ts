import { ActionIds, FeedbackModalBlocks, INPUT_ACTION_ID, SpendModalBlocks } from '../../src/slack/ids';
import { ALICE, SALES } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import type { StateValuesMap } from '../support/viewState';
import { run, teamId } from './pipelineSupport';

/**
 * Input every engine can keep: a NUL pasted into a form (PostgreSQL refuses it in text) is dropped
 * rather than failing the save again and again, and a period past the years Tandem keeps is
 * refused with a clear message instead of failing in the database. Both engines run this file.
 */
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

async function submitForm(command: string, text: string, values: StateValuesMap) {
  const sent = await t.slack.sendCommand({ command, text, userId: ALICE, channelId: SALES });
  const opened = await t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id);
  const submitted = await t.slack.submitView(opened, values, { userId: ALICE });
  expect(submitted.body).toBe('');
  return t.fake.waitFor('chat.postEphemeral', (call) => call.body.user === ALICE);
}

describe('input every engine can keep', () => {
  it('drops a NUL pasted into a spend note', async () => {
    await submitForm('/spend', '', {
      [SpendModalBlocks.channel]: { [INPUT_ACTION_ID]: { selected: 'events' } },
      [SpendModalBlocks.amount]: { [INPUT_ACTION_ID]: '4500' },
      [SpendModalBlocks.currency]: { [INPUT_ACTION_ID]: 'PLN' },
      [SpendModalBlocks.firstDay]: { [INPUT_ACTION_ID]: { date: '2026-11-10' } },
      [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-12' } },
      [SpendModalBlocks.note]: { [INPUT_ACTION_ID]: 'Black\u0000 Friday' },
    });
    const rows = await t.database.prisma.spend.findMany({ where: { teamId: await teamId(t) } });
    expect(rows.map((row) => row.note)).toEqual(['Black Friday']);
  });

  it('drops a NUL pasted into client feedback', async () => {
    await run(t, '/lead', 'Acme');
    await submitForm('/feedback', '', {
      [FeedbackModalBlocks.kind]: { [ActionIds.feedbackKindSelect]: { selected: 'praise' } },
      [FeedbackModalBlocks.text]: { [INPUT_ACTION_ID]: 'Great\u0000 rollout' },
      [FeedbackModalBlocks.client]: { [ActionIds.feedbackClientSelect]: { selected: 'L-1' } },
      [FeedbackModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'support' } },
    });
    const rows = await t.database.prisma.feedback.findMany({ where: { teamId: await teamId(t) } });
    expect(rows.map((row) => row.text)).toEqual(['Great rollout']);
  });

  it.each([
    ['en', '“9999-12-31” is outside the years Tandem keeps (1970–2999)'],
    ['pl', '„9999-12-31” wykracza poza lata, które zapisuje Tandem (1970–2999)'],
  ] as const)('refuses spend in year 9999 with a clear message (%s)', async (language, message) => {
    await t.database.prisma.team.update({ where: { id: await teamId(t) }, data: { locale: language } });
    const refused = await run(t, '/spend', 'paid_search 100 PLN period:9999-12-31');
    expect(refused.text).toContain(message);
    expect(refused.text).toContain('/spend paid_search 100 PLN period:9999-12-31');
    expect(await t.database.prisma.spend.count()).toBe(0);
  });
});
