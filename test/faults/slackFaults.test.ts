import { INPUT_ACTION_ID, SpendModalBlocks } from '../../src/slack/ids';
import type { FakeSlackApi, RecordedCall } from '../support/fakeSlackApi';
import { eventually } from '../support/eventually';
import { ALICE, BOB, SALES } from '../support/fixtures';
import { type FaultRig, startFaultRig } from './faultProcess';

/**
 * Slack's API failing while people work, against Tandem as a process on the engine under test:
 * `chat.postEphemeral` (a form's confirmation) and `views.open` (`/lead` with no text) answering
 * 500, 429 or not at all. Nothing is lost or saved twice, every author hears the truth, and
 * commands that do not need the failing method are not held behind it.
 */
jest.setTimeout(240_000);

let rig: FaultRig;

beforeAll(async () => {
  rig = await startFaultRig();
});

afterAll(async () => {
  await rig.close();
});

/** A request client tries a failing call three times (two retries) before its caller falls back. */
const TRIES = 3;

/** Scripts the fault; resolves once the first failing call reached the fake (a held one is not recorded). */
type Fault = { name: string; script(fake: FakeSlackApi, method: string): Promise<unknown> };

/** The next call to `method` the fake answers with `status`, after now. */
const nextFailed = (fake: FakeSlackApi, method: string, status: number) => {
  const since = Date.now();
  return fake.waitFor(method, (call) => call.at >= since && call.response.status === status, 60_000);
};

const FAULTS: Fault[] = [
  {
    name: '500',
    script: (fake, method) => {
      fake.failNext(method, { status: 500 }, TRIES);
      return nextFailed(fake, method, 500);
    },
  },
  {
    // Calls from a request are not retried on a rate limit (they fail at once), so one is enough.
    name: '429',
    script: (fake, method) => {
      fake.failNext(method, { status: 429, headers: { 'Retry-After': '1' } });
      return nextFailed(fake, method, 429);
    },
  },
  {
    // Never answered while the test runs (released when the fake closes); each try times out.
    name: 'hanging',
    script: (fake, method) => {
      const holds = Array.from({ length: TRIES }, () => fake.holdNext(method));
      return holds[0]!.arrived;
    },
  },
];

/** A message's text with money's no-break spaces as plain ones. */
const plain = (call: RecordedCall) => call.allText().replace(/\u00a0/g, ' ');

type Answered = { company: string; sentAt: number; answer: RecordedCall };

/** A burst of `/lead` adds, each answered through its own response_url. */
async function leadBurst(prefix: string, size = 5): Promise<Answered[]> {
  return Promise.all(
    Array.from({ length: size }, async (_, index) => {
      const company = `${prefix} Co ${index}`;
      const responseUrl = rig.fake.responseUrl();
      const sentAt = Date.now();
      const sent = await rig.slack.sendCommand({
        command: '/lead',
        text: `"${company}" source:seo`,
        fields: { response_url: responseUrl },
      });
      expect([sent.status, sent.body]).toEqual([200, '']);
      const answer = await rig.fake.waitFor('response_url', (call) => call.url === responseUrl, 30_000);
      return { company, sentAt, answer };
    }),
  );
}

const leadCount = (company: string) => rig.database.prisma.lead.count({ where: { company } });

/** Each command of the burst saved once and its author told so, in the command's conversation. */
async function expectSavedAndTold(burst: Answered[]): Promise<void> {
  for (const { company, answer } of burst) {
    expect(answer.allText()).toContain(`*${company}*`);
    expect(answer.allText()).not.toContain('not saved');
    expect(await leadCount(company)).toBe(1);
  }
}

describe.each(FAULTS)('chat.postEphemeral answering $name', (fault) => {
  it('confirms a form by DM instead, saves it once, and answers a burst of commands meanwhile', async () => {
    const amount = 100 + FAULTS.indexOf(fault);
    const sent = await rig.slack.sendCommand({ command: '/spend', text: '', channelId: SALES });
    const opened = await rig.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
      30_000,
    );
    const ephemeralArrived = fault.script(rig.fake, 'chat.postEphemeral');

    const submitted = await rig.slack.submitView(opened, {
      [SpendModalBlocks.channel]: { [INPUT_ACTION_ID]: { selected: 'events' } },
      [SpendModalBlocks.amount]: { [INPUT_ACTION_ID]: String(amount) },
      [SpendModalBlocks.currency]: { [INPUT_ACTION_ID]: 'PLN' },
      [SpendModalBlocks.firstDay]: { [INPUT_ACTION_ID]: { date: '2026-11-10' } },
      [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-12' } },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toBe('');
    // The commands start while the form's confirmation is failing (for a hang: held).
    const burst = await Promise.all([ephemeralArrived, leadBurst(`Ephemeral ${fault.name}`)]).then(
      ([, answered]) => answered,
    );

    const dm = await rig.fake.waitFor(
      'chat.postMessage',
      (call) => call.body.channel === ALICE && plain(call).includes(`PLN ${amount}`),
      60_000,
    );
    expect(plain(dm)).toContain(`Recorded *PLN ${amount}`);
    expect(plain(dm)).toContain('*events*');
    const ephemerals = rig.fake
      .callsTo('chat.postEphemeral')
      .filter((call) => plain(call).includes(`PLN ${amount}`));
    expect(ephemerals.every((call) => call.response.status !== 200)).toBe(true);
    const spends = () => rig.database.prisma.spend.count({ where: { amountMinor: amount * 100 } });
    // Read once the test's own connection sees the write the DM reported.
    await eventually(async () => ((await spends()) > 0 ? true : undefined), { timeoutMs: 10_000 });
    expect(await spends()).toBe(1);

    await expectSavedAndTold(burst);
    if (fault.name === 'hanging') {
      // Not held behind the hung confirmation: answered before its tries ran out (three
      // request timeouts of 3 s each), whatever the machine's load.
      for (const { answer } of burst) expect(answer.at).toBeLessThan(dm.at);
    }
  });
});

describe.each(FAULTS)('views.open answering $name', (fault) => {
  it('tells the author of /lead that the form could not open and what to do, and answers other commands', async () => {
    const arrived = fault.script(rig.fake, 'views.open');
    const responseUrl = rig.fake.responseUrl();
    const sent = await rig.slack.sendCommand({
      command: '/lead',
      text: '',
      fields: { response_url: responseUrl },
    });
    expect([sent.status, sent.body]).toEqual([200, '']);
    await arrived;
    const burst = await leadBurst(`Form ${fault.name}`);

    const answer = await rig.fake.waitFor('response_url', (call) => call.url === responseUrl, 60_000);
    expect(answer.allText()).toContain('The lead form could not open');
    expect(answer.allText()).toContain('Run `/lead` again in a moment');
    expect(answer.allText()).toContain('/lead Acme Corp source:seo');
    expect(answer.allText()).not.toContain('Nothing was saved');
    await expectSavedAndTold(burst);
    if (fault.name === 'hanging') {
      for (const { answer: other } of burst) expect(other.at).toBeLessThan(answer.at);
    }
    // Still serving: the next /lead opens its form.
    const next = await rig.slack.sendCommand({ command: '/lead', text: '' });
    await rig.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === next.sent.trigger_id && call.response.status === 200,
      30_000,
    );
  });
});

it('says that the form could not open in the author’s language', async () => {
  rig.fake.setUser(BOB, { locale: 'pl-PL' });
  const failing = FAULTS[0]!.script(rig.fake, 'views.open');
  const responseUrl = rig.fake.responseUrl();
  await rig.slack.sendCommand({
    command: '/lead',
    text: '',
    userId: BOB,
    fields: { response_url: responseUrl },
  });
  await failing;
  const answer = await rig.fake.waitFor('response_url', (call) => call.url === responseUrl, 60_000);
  expect(answer.allText()).toContain('Formularz leada nie otworzył się');
  expect(answer.allText()).toContain('/lead Acme Corp source:seo');
});
