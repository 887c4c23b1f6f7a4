import { eventually } from '../support/eventually';
import type { SlackRequester } from '../support/slackRequests';
import { testDatabaseProvider } from '../support/testDatabase';
import { type FaultRig, startFaultRig } from './faultProcess';

/**
 * Two Tandem processes serving one SQLite file (issue #15): each takes `/lead` at 8 a second for
 * 10 seconds while the other writes too. Every command is acknowledged, answered as saved and saved
 * exactly once: a process waiting for the other's write lock must not hold its connection thread,
 * and with it the acks and work of its own commands, while it waits (nor give up on the lock).
 * PostgreSQL has row locks and a pool of connections; the file lock is SQLite's alone.
 */
jest.setTimeout(120_000);

const PER_SECOND = 8;
const SECONDS = 10;

const sqliteOnly = testDatabaseProvider() === 'sqlite' ? describe : describe.skip;

type Sent = { company: string; responseUrl: string; outcome: string };

sqliteOnly('two processes on one SQLite file', () => {
  let rig: FaultRig;

  beforeAll(async () => {
    rig = await startFaultRig();
  });

  afterAll(async () => {
    await rig.close();
  });

  async function send(slack: SlackRequester, company: string, delayMs: number): Promise<Sent> {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const responseUrl = rig.fake.responseUrl();
    const result = await slack
      .sendCommand({
        command: '/lead',
        text: `"${company}" source:seo`,
        fields: { response_url: responseUrl },
      })
      .then(
        (answer) => `${answer.status} ${JSON.stringify(answer.body)}`,
        (error: unknown) => String(error),
      );
    return { company, responseUrl, outcome: result };
  }

  it(`saves every /lead sent at ${PER_SECOND}/s to each process for ${SECONDS} s exactly once`, async () => {
    const instances = [rig.slack, await rig.startSecondInstance()];
    const sends = instances.flatMap((slack, instance) =>
      Array.from({ length: PER_SECOND * SECONDS }, (_, index) =>
        send(slack, `Process ${instance + 1} Co ${index + 1}`, (index * 1000) / PER_SECOND),
      ),
    );
    const sent = await Promise.all(sends);

    // Answered by the process that took it, or by the other one's sweep once its lease ran out.
    const answers = (one: Sent) =>
      rig.fake
        .callsTo('response_url')
        .filter((call) => call.url === one.responseUrl)
        .map((call) => call.allText())
        .join('\n');
    await eventually(() => sent.every((one) => answers(one) !== '') || undefined, {
      timeoutMs: 30_000,
    }).catch(() => undefined);

    const counts = await rig.database.prisma.lead.groupBy({ by: ['company'], _count: { _all: true } });
    const saved = new Map(counts.map((row) => [row.company, row._count._all]));
    const wrong = sent.flatMap((one) => {
      const text = answers(one);
      const toldSaved = text.includes(`*${one.company}*`) || text.includes('was saved');
      const acked = one.outcome === '200 ""';
      return acked && toldSaved && saved.get(one.company) === 1
        ? []
        : [{ ...one, saved: saved.get(one.company), answer: text.slice(0, 200) }];
    });
    expect(wrong).toEqual([]);
    expect(counts).toHaveLength(sent.length);
  });
});
