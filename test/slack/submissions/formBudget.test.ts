import { LogLevel } from '@slack/bolt';
import { MODAL_WORK_BUDGET_MS } from '../../../src/slack/modalBudget';
import { spendFormValues, spendFormView } from '../../support/spendForm';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
const USER_LOCALE_WAIT_IN_TEST_MS = 10_000;

beforeEach(async () => {
  // Answers wait for users.info longer than the form's budget, so a hung lookup outlasts the budget.
  t = await startTestApp({ now: '2026-11-23T10:00:00Z', userLocaleWaitMs: USER_LOCALE_WAIT_IN_TEST_MS });
});

afterEach(async () => {
  await t.close();
});

const spendForm = spendFormView('V0SPEND');
const values = spendFormValues();

describe('the time a form submission may take', () => {
  it('answers "Saving…" within the budget and shows the real outcome when the slow save finishes', async () => {
    // Slack does not answer the user lookup the team's language needs until released: the save waits.
    const slowSlack = t.fake.holdNext('users.info');
    const started = Date.now();
    const answer = await t.slack.submitView(spendForm, values);
    const elapsed = Date.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(MODAL_WORK_BUDGET_MS);
    // Answered by the budget, not by the work (the work waits up to 10 s for users.info).
    expect(elapsed).toBeLessThan(USER_LOCALE_WAIT_IN_TEST_MS);
    // Never "press again" while the write may still happen: the form turns into "Saving…".
    expect(answer.body).toMatchObject({ response_action: 'update', view: { type: 'modal' } });
    expect(JSON.stringify(answer.body)).toContain('Saving…');
    expect(JSON.stringify(answer.body)).not.toContain('again');

    slowSlack.release();
    const outcome = await t.fake.waitFor('views.update', (call) => call.allText().includes('Saved.'), 15_000);
    expect(outcome.json<{ id?: string }>('view')).toBeDefined();
    expect(outcome.body.view_id).toBe(spendForm.id);
    await t.settled();
    expect(await t.database.prisma.spend.count()).toBe(1);
    // The confirmation still reaches the author.
    const confirmation = [...t.fake.callsTo('chat.postEphemeral'), ...t.fake.callsTo('chat.postMessage')];
    expect(confirmation).toHaveLength(1);
    expect(t.logger.lines.filter((line) => line.level === LogLevel.ERROR)).toHaveLength(0);

    // Pressing again (Slack's retry of the same submission) saves nothing twice.
    const again = await t.slack.submitView(spendForm, values);
    expect(again.body).toBe('');
    await t.settled();
    expect(await t.database.prisma.spend.count()).toBe(1);
  });
});
