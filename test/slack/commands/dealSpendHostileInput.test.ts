import fc from 'fast-check';
import { eventually } from '../../support/eventually';
import { hostileText } from '../../support/hostileInput';
import { startTestApp, type TestApp } from '../../support/testApp';

/**
 * Hostile /deal and /spend text through the real app: every command gets a 200 and an answer the
 * user sees (the rejection in the acknowledgement, a private reply, or the form), never a 500 or
 * silence.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  // Something for the text to hit: a lead, a deal on it, and the default channel list.
  const lead = await t.slack.sendCommand({ command: '/lead', text: 'Acme source:seo' });
  await t.fake.waitFor('response_url', (call) => call.url === lead.sent.response_url, 15_000);
  const deal = await t.slack.sendCommand({ command: '/deal', text: 'L-1 qualified value:1000' });
  await t.fake.waitFor('response_url', (call) => call.url === deal.sent.response_url, 15_000);
});

afterAll(async () => {
  await t.close();
});

/** How the command was answered; throws when it was not answered in time. */
async function answerOf(command: string, text: string): Promise<string> {
  const response = await t.slack.sendCommand({ command, text });
  expect(response.status).toBe(200);
  if (response.body !== '' && response.body !== undefined) return 'acknowledgement';
  return eventually(
    () => {
      const reply = t.fake.callsTo('response_url').find((call) => call.url === response.sent.response_url);
      if (reply) return reply.allText().trim() === '' ? 'empty reply' : 'reply';
      const form = t.fake
        .callsTo('views.open')
        .find((call) => call.body.trigger_id === response.sent.trigger_id);
      return form ? 'form' : undefined;
    },
    { timeoutMs: 15_000, what: `an answer to ${command} ${JSON.stringify(text.slice(0, 80))}` },
  );
}

const samples = (words: string[], seed: number) =>
  fc.sample(hostileText(words), { numRuns: 12, seed }).concat(['', '""', '"unclosed', 'x'.repeat(4000)]);

describe('hostile text through the real app', () => {
  it('/deal always answers the user and never fails the request', async () => {
    const texts = samples(
      ['L-1', 'D-1', 'won', 'lost', 'value:', 'reason:', 'close:', 'list', 'reopen'],
      20261124,
    );
    for (const text of texts)
      expect(['acknowledgement', 'reply', 'form']).toContain(await answerOf('/deal', text));
    expect(t.logger.lines.filter((line) => line.message.includes('unhandled error'))).toHaveLength(0);
  });

  it('/spend always answers the user and never fails the request', async () => {
    const texts = samples(
      ['seo', '4500', 'PLN', 'period:', 'note:', 'list', 'channels', '2026-11'],
      20261125,
    );
    for (const text of texts)
      expect(['acknowledgement', 'reply', 'form']).toContain(await answerOf('/spend', text));
    expect(t.logger.lines.filter((line) => line.message.includes('unhandled error'))).toHaveLength(0);
  });
});
