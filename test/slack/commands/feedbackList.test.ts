import type { FeedbackInput } from '../../../src/domain/feedback';
import { ALICE, BOB, SALES, TEAM_A } from '../../support/fixtures';
import { seedDeal, seedLead } from '../../support/pipelineSeed';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  const teamId = (await t.store.teams.ensure(TEAM_A.id)).id;
  await t.database.prisma.teamOption.create({
    data: { teamId, kind: 'product', key: 'analytics', label: 'Analytics' },
  });
  const acme = await seedLead(t.database.prisma, teamId, {
    company: 'Acme Corp',
    createdAt: '2026-09-01T10:00:00Z',
  });
  const beta = await seedLead(t.database.prisma, teamId, {
    company: 'Beta GmbH',
    createdAt: '2026-09-02T10:00:00Z',
  });
  const acmeDeal = await seedDeal(t.database.prisma, teamId, acme, [
    { stage: 'LEAD', at: '2026-09-03T10:00:00Z' },
  ]);
  const log = (
    at: string,
    input: Omit<FeedbackInput, 'client'>,
    client?: { leadId: string; dealId?: string },
  ) => t.store.feedback.create(teamId, input, client, {}, ALICE, new Date(at));
  const wish = (product: string) => ({
    kind: 'wish' as const,
    text: `please: ${product}`,
    sentiment: 'neutral' as const,
    source: 'call' as const,
    product,
  });
  await log(
    '2026-10-01T12:00:00Z',
    { kind: 'complaint', text: 'wrong invoice', sentiment: 'negative', source: 'email' },
    { leadId: beta.id },
  );
  await log('2026-10-20T12:00:00Z', wish('Excel export'), { leadId: acme.id, dealId: acmeDeal.id });
  await log('2026-11-05T12:00:00Z', wish('analytics'), { leadId: beta.id });
  await log('2026-11-10T12:00:00Z', wish('excel export'), { leadId: beta.id });
  await log(
    '2026-11-12T12:00:00Z',
    { kind: 'complaint', text: 'late delivery', sentiment: 'negative', source: 'call' },
    { leadId: acme.id },
  );
  await log('2026-11-20T12:00:00Z', wish('Excel export'), { leadId: acme.id });
  await log('2026-11-22T12:00:00Z', {
    kind: 'praise',
    text: 'great <b>onboarding</b>',
    sentiment: 'positive',
    source: 'review_site',
  });
});

afterAll(async () => {
  await t.close();
});

async function list(text: string): Promise<string> {
  const sent = await t.slack.sendCommand({ command: '/feedback', text, userId: BOB, channelId: SALES });
  return (await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url)).allText();
}

describe('/feedback list', () => {
  it('shows the last 30 days by default: counts per kind, top wishes by distinct clients, newest first', async () => {
    const answer = await list('list');
    expect(answer).toContain('*Feedback in the last 30 days*\npraise 1 · complaint 1 · wish 3 · objection 0');
    expect(answer).toContain('• *excel export* — asked for by 2 clients in the last 30 days (2 mentions)');
    expect(answer).toContain('• *Analytics* — asked for by 1 client in the last 30 days (1 mention)');
    expect(answer.indexOf('great &lt;b&gt;onboarding&lt;/b&gt;')).toBeLessThan(
      answer.indexOf('late delivery'),
    );
    expect(answer).toContain('`F-5` :warning: `L-1` *Acme Corp*: “late delivery” · negative · call');
    expect(answer).not.toContain('wrong invoice');
  });

  it('filters by kind and a period in weeks, counting a deal’s wish for its lead’s company', async () => {
    const answer = await list('list wish 6w');
    expect(answer).toContain('*Wishes in the last 6 weeks*');
    expect(answer).toContain('• *excel export* — asked for by 2 clients in the last 6 weeks (3 mentions)');
    expect(answer).toContain('`F-2` :bulb: `D-1` *Acme Corp*');
    expect(answer).not.toContain('late delivery');
  });

  it('filters by a date range, with no wish ranking for other kinds', async () => {
    const answer = await list('list complaint 2026-10-01..2026-10-31');
    expect(answer).toContain('*Complaints in 1 Oct 2026 – 31 Oct 2026*');
    expect(answer).toContain('wrong invoice');
    expect(answer).not.toContain('late delivery');
    expect(answer).not.toContain('Most requested');
  });

  it('says so when nothing matches', async () => {
    expect(await list('list objection 7d')).toContain('Nothing logged in the last 7 days.');
  });
});
