import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeAll(async () => {
  // One command works at a time and one more may wait: the third in a burst finds the queue full.
  // The first holds its slot on a slow views.open (answers are sent outside the slots).
  t = await startTestApp({ commandWork: { concurrency: 1, queueLimit: 1 }, slackRequestTimeoutMs: 60_000 });
});

afterAll(async () => {
  await t.close();
});

async function healthCommands(): Promise<unknown> {
  const response = await fetch(`${t.baseUrl}/healthz`);
  return ((await response.json()) as { commands: unknown }).commands;
}

describe('slash commands when too many are waiting', () => {
  it('turns the next one away in its ack with its text to resend, and saves the admitted ones', async () => {
    const slowForm = t.fake.holdNext('views.open');
    const first = await t.slack.sendCommand({ command: '/lead', text: '' });
    expect(first.body).toBe('');
    await slowForm.arrived;
    const second = await t.slack.sendCommand({ command: '/lead', text: '"Admitted Second" source:referral' });
    expect(second.body).toBe('');

    const typed = '"Turned Away Co" source:referral note:call back';
    const third = await t.slack.sendCommand({ command: '/lead', text: typed });
    expect(third.status).toBe(200);
    const answer = JSON.stringify(third.body);
    expect(answer).toContain('too many commands waiting');
    expect(answer).toContain('not saved');
    expect(answer).toContain('Turned Away Co');
    expect(answer).toContain('call back');
    expect(await healthCommands()).toEqual({ running: 1, waiting: 1, turnedAway: 1 });
    expect(t.logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: expect.stringContaining('overloaded, commands turned away: 1 (the last /lead from user'),
      }),
    );

    slowForm.release();
    await t.fake.waitForCalls('response_url', 1);
    const companies = await t.database.prisma.lead.findMany({
      select: { company: true },
      orderBy: { number: 'asc' },
    });
    expect(companies.map((lead) => lead.company)).toEqual(['Admitted Second']);
    expect(await healthCommands()).toEqual({ running: 0, waiting: 0, turnedAway: 1 });

    const later = await t.slack.sendCommand({ command: '/lead', text: '"Once Quiet Again" source:referral' });
    expect(later.body).toBe('');
    await t.fake.waitForCalls('response_url', 2);
    expect(await t.database.prisma.lead.count({ where: { company: 'Once Quiet Again' } })).toBe(1);
  });
});
