import { LogLevel } from '@slack/bolt';
import { MODAL_WORK_BUDGET_MS } from '../../../src/slack/modalBudget';
import { CallbackIds, INPUT_ACTION_ID, SpendModalBlocks } from '../../../src/slack/ids';
import { SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeEach(async () => {
  // Answers wait for users.info longer than the form's budget, so a hung lookup outlasts the budget.
  t = await startTestApp({ now: '2026-11-23T10:00:00Z', userLocaleWaitMs: 10_000 });
});

afterEach(async () => {
  await t.close();
});

const spendForm = {
  id: 'V0SPEND',
  callback_id: CallbackIds.spendModal,
  private_metadata: JSON.stringify({ channelId: SALES }),
  blocks: [],
};
const values = {
  [SpendModalBlocks.channel]: { [INPUT_ACTION_ID]: { selected: 'paid_search' } },
  [SpendModalBlocks.amount]: { [INPUT_ACTION_ID]: '4500' },
  [SpendModalBlocks.currency]: { [INPUT_ACTION_ID]: { selected: 'PLN' } },
  [SpendModalBlocks.firstDay]: { [INPUT_ACTION_ID]: { date: '2026-11-01' } },
  [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-14' } },
};

describe('the time a form submission may take', () => {
  it('answers within Slack’s 3 seconds, keeping the form open, when its work runs out of budget', async () => {
    // Slack never answers the user lookup the team's language needs: the work cannot finish.
    const slowSlack = t.fake.holdNext('users.info');
    const started = Date.now();
    const answer = await t.slack.submitView(spendForm, values);
    const elapsed = Date.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(MODAL_WORK_BUDGET_MS);
    expect(elapsed).toBeLessThan(3000);
    expect(answer.body).toMatchObject({
      response_action: 'errors',
      errors: { [SpendModalBlocks.amount]: expect.stringContaining('Record') },
    });
    slowSlack.release();
    await t.settled();
    expect(await t.database.prisma.spend.count()).toBe(0);
    expect(t.logger.lines.filter((line) => line.level === LogLevel.ERROR)).toHaveLength(1);
  });
});
