import { DealService } from '../../src/services/dealService';
import { FeedbackService } from '../../src/services/feedbackService';
import { LeadQualificationService } from '../../src/services/leadQualificationService';
import { LeadService } from '../../src/services/leadService';
import { SpendService } from '../../src/services/spendService';
import type { Stage } from '../../src/domain/stages';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import { ALICE, BOB, SALES, TEAM_A } from './fixtures';
import type { TestApp } from './testApp';

/**
 * A small team whose digest figures are known by hand. The reported period is the fortnight
 * 16–29 Nov 2026 in Warsaw (the default cadence's last full period on Monday 30 Nov):
 * - previous period: 1 lead (L-1, 5 Nov);
 * - period: 3 leads (L-2 paid_search, L-3 seo, L-4 paid_search), D-1 of L-2 won at EUR 18,000
 *   after an offer of EUR 20,000, D-2 of L-3 lost on price, EUR 1,500 paid_search spend;
 * - lead quality 2 of 3 qualified (L-2, L-3), CPL EUR 500.
 */
export const SCENARIO_NOW = '2026-11-30T08:30:00Z';
export const SCENARIO_PERIOD = '16–29 Nov 2026';

export function scenarioServices(t: TestApp) {
  return {
    leads: new LeadService(t.store, t.clock),
    deals: new DealService(t.store, t.clock),
    qualification: new LeadQualificationService(t.store, t.clock),
    spend: new SpendService(t.store, t.clock),
    feedback: new FeedbackService(t.store, t.clock),
  };
}

export async function scenarioTeam(t: TestApp): Promise<TeamRecord> {
  const team = await t.store.teams.ensure(TEAM_A.id);
  return t.database.prisma.team.update({
    where: { id: team.id },
    data: { timezone: 'Europe/Warsaw', currency: 'EUR' },
  });
}

/**
 * The scenario's schedule: every 2 weeks, Monday 09:00 Warsaw, first run Monday 30 Nov 2026
 * (reporting 16–29 Nov), saved by Alice.
 */
export async function scheduleScenarioDigest(
  t: TestApp,
  team: TeamRecord,
  options: { channelId?: string; anchorDate?: string } = {},
): Promise<void> {
  await t.store.digestSchedules.save(
    team.id,
    {
      channelId: options.channelId ?? SALES,
      weekday: 1,
      time: '09:00',
      timeZone: 'Europe/Warsaw',
      cadenceWeeks: 2,
      anchorDate: options.anchorDate ?? '2026-11-30',
      enabled: true,
    },
    ALICE,
    t.clock.now(),
  );
}

/** Runs `work` with the app's clock at `at`, then puts the clock back. */
export async function atTime<T>(t: TestApp, at: string, work: () => Promise<T>): Promise<T> {
  const before = t.clock.now();
  t.clock.set(at);
  try {
    return await work();
  } finally {
    t.clock.set(before);
  }
}

async function expectDone<T extends { kind: string }>(outcome: Promise<T>): Promise<T> {
  const done = await outcome;
  if (!['added', 'moved'].includes(done.kind))
    throw new Error(`scenario step refused: ${JSON.stringify(done)}`);
  return done;
}

export async function seedScenario(t: TestApp): Promise<TeamRecord> {
  const team = await scenarioTeam(t);
  const s = scenarioServices(t);
  const lead = (at: string, company: string, source: string, owner: string) =>
    atTime(t, at, () => expectDone(s.leads.add(team.id, owner, { company, source, ownerId: owner })));
  const move = (at: string, number: number, stage: Stage, draft: Record<string, string> = {}) =>
    atTime(t, at, () =>
      expectDone(s.deals.change(team, ALICE, { number, change: { kind: 'move', stage }, draft })),
    );
  await lead('2026-11-05T10:00:00Z', 'Early Bird', 'seo', ALICE);
  await lead('2026-11-17T10:00:00Z', 'Acme', 'paid_search', ALICE);
  await lead('2026-11-18T10:00:00Z', 'Globex', 'seo', BOB);
  await lead('2026-11-20T10:00:00Z', 'Initech', 'paid_search', BOB);
  await atTime(t, '2026-11-17T12:00:00Z', () =>
    expectDone(
      s.deals.create(team, ALICE, { leadNumber: 2, stage: 'QUALIFIED', draft: {}, allowSecondDeal: false }),
    ),
  );
  await move('2026-11-19T12:00:00Z', 1, 'OFFER', { value: '20000' });
  await move('2026-11-24T12:00:00Z', 1, 'WON', { value: '18000', discount: '10' });
  await atTime(t, '2026-11-18T12:00:00Z', () =>
    expectDone(
      s.deals.create(team, BOB, { leadNumber: 3, stage: 'QUALIFIED', draft: {}, allowSecondDeal: false }),
    ),
  );
  await move('2026-11-25T12:00:00Z', 2, 'LOST', { reason: 'price' });
  await atTime(t, '2026-11-29T12:00:00Z', () =>
    expectDone(
      s.spend.add(team, ALICE, { channel: 'paid_search', amount: '1500', period: '2026-11-16..2026-11-29' }),
    ),
  );
  await atTime(t, '2026-11-21T12:00:00Z', () =>
    expectDone(s.feedback.add(team.id, ALICE, { kind: 'wish', text: 'Export to Excel', client: 'L-2' })),
  );
  await atTime(t, '2026-11-22T12:00:00Z', () =>
    expectDone(
      s.feedback.add(team.id, BOB, { kind: 'complaint', text: 'Slow <!channel> sync', client: 'L-3' }),
    ),
  );
  return team;
}
