import { CallbackIds, INPUT_ACTION_ID, SpendModalBlocks } from '../../../src/slack/ids';
import { ALICE, SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { run, teamId } from '../pipelineSupport';
import { moneyAsNumber } from '../../../src/store/db/moneyColumns';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const spend = (text: string) => run(t, '/spend', text);
const spendRows = async () =>
  moneyAsNumber(
    await t.database.prisma.spend.findMany({
      where: { teamId: await teamId(t) },
      orderBy: { createdAt: 'asc' },
    }),
  );

describe('/spend quick entry and list', () => {
  it('records spend over a period and spreads it per day across a month boundary', async () => {
    const recorded = await spend(
      'paid_search 4 500 PLN period:2026-10-25..2026-11-03 note:"autumn campaign"',
    );
    expect(recorded.text).toContain(
      'Recorded *PLN\u00a04,500* on *paid_search* for 25 Oct 2026 – 3 Nov 2026 (10 days), about PLN\u00a0450 a day',
    );
    expect(await spendRows()).toEqual([
      expect.objectContaining({
        channel: 'paid_search',
        amountMinor: 450_000,
        currency: 'PLN',
        periodStart: new Date('2026-10-25T00:00:00Z'),
        periodEnd: new Date('2026-11-04T00:00:00Z'),
        note: 'autumn campaign',
        createdById: ALICE,
      }),
    ]);
    await spend('seo 1000 period:2026-11');

    const october = await spend('list 2026-10');
    expect(october.text).toContain('*Spend in 1 Oct 2026 – 31 Oct 2026: PLN\u00a03,150*, spread per day');
    expect(october.text).toContain('• *paid_search* PLN\u00a03,150');
    expect(october.text).not.toContain('seo');

    const november = await spend('list');
    expect(november.text).toContain('*Spend in 1 Nov 2026 – 30 Nov 2026: EUR\u00a01,000 + PLN\u00a01,350*');
    expect(november.text).toContain('• *paid_search* PLN\u00a01,350');
    expect(november.text).toContain('• seo EUR\u00a01,000 over 1 Nov 2026 – 30 Nov 2026 (30 days)');

    const boundary = await spend('list 2026-10-31..2026-11-01');
    expect(boundary.text).toContain('• *paid_search* PLN\u00a0900');
    expect(boundary.text).toContain('• *seo* EUR\u00a033.33');
  });

  it('shows the channel list, shared with lead sources', async () => {
    const channels = await spend('channels');
    expect(channels.text).toContain('spend and lead sources use the same list');
    for (const key of [
      'paid_search',
      'paid_social',
      'seo',
      'content',
      'email',
      'events',
      'referral',
      'partners',
      'outbound',
      'other',
    ]) {
      expect(channels.text).toContain(`\`${key}\``);
    }
    expect((await spend('help')).text).toContain('/spend paid_search 4500 PLN period:2026-11-01..2026-11-14');
    expect((await spend('list 2026-09')).text).toContain('No spend recorded for 1 Sep 2026 – 30 Sep 2026');
  });

  it.each([
    [
      'google_ads 4500 PLN period:2026-11',
      "*channel*: “google_ads” is not one of the team's channels: paid_search, paid_social, seo, content, email, events, referral, partners, outbound, other",
    ],
    [
      'seo 4500 PLN',
      '*period*: Period is required: the days the money was spent over — for example `period:2026-11-01..2026-11-14`',
    ],
    ['seo lots PLN period:2026-11', '*amount*: “lots” is not an amount'],
    ['seo 4,500 KWD period:2026-11', '*amount*: “4,500” could mean two amounts in KWD'],
    ['seo 0 PLN period:2026-11', '*amount*: Amount must be more than 0'],
    ['seo PLN period:2026-11', '*amount*: Amount is required'],
    ['seo 100 XYZ period:2026-11', '*currency*: “XYZ” is not an ISO currency code'],
    ['seo 100 PLN period:2026-11-31', '*period*: “2026-11-31” is not a period'],
    ['seo 100 PLN period:2026-11-14..2026-11-01', '*period*: “2026-11-14..2026-11-01” ends before it starts'],
    ['seo 100 PLN budget:5', '*budget*: “budget” is not a spend key'],
    ['seo 100 PLN extra period:2026-11', '*text*: “extra” after the currency is not understood'],
    ['list last-month', '*period*: “last-month” is not a period'],
  ])('rejects %s naming the field and echoing the text', async (text, expected) => {
    const answer = await spend(text);
    expect(answer.text).toContain(expected);
    expect(answer.text).toContain(`/spend ${text}`);
    expect(await spendRows()).toHaveLength(0);
  });
});

describe('/spend form', () => {
  it('records spend from the form, keeping the values when a field is wrong', async () => {
    const sent = await t.slack.sendCommand({ command: '/spend', text: '', channelId: SALES });
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
    );
    expect(opened.json<{ callback_id: string }>('view')?.callback_id).toBe(CallbackIds.spendModal);

    const values = {
      [SpendModalBlocks.channel]: { [INPUT_ACTION_ID]: { selected: 'events' } },
      [SpendModalBlocks.amount]: { [INPUT_ACTION_ID]: '12 000,50' },
      [SpendModalBlocks.currency]: { [INPUT_ACTION_ID]: 'PLN' },
      [SpendModalBlocks.firstDay]: { [INPUT_ACTION_ID]: { date: '2026-11-10' } },
      [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-09' } },
    };
    const wrong = await t.slack.submitView(opened, values);
    expect(wrong.body).toEqual({
      response_action: 'errors',
      errors: { [SpendModalBlocks.lastDay]: '“2026-11-10..2026-11-09” ends before it starts' },
    });

    const saved = await t.slack.submitView(opened, {
      ...values,
      [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-12' } },
    });
    expect(saved.status).toBe(200);
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.allText()).toContain(
      'Recorded *PLN\u00a012,000.50* on *events* for 10 Nov 2026 – 12 Nov 2026 (3 days)',
    );
    expect(await spendRows()).toEqual([
      expect.objectContaining({
        channel: 'events',
        amountMinor: 1_200_050,
        periodEnd: new Date('2026-11-13T00:00:00Z'),
      }),
    ]);
  });
});
