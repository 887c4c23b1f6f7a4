import type { PrismaDatabase } from '../../../src/store/db/database';
import { PipelineSeeder } from './pipelineSeed';

/**
 * A hand-checked team in Europe/Warsaw (currency PLN). The reported period P is 2026-11-02..15,
 * [2026-11-01T23:00Z, 2026-11-15T23:00Z); the previous period Q is 2026-10-19..11-01,
 * [2026-10-18T22:00Z, 2026-11-01T23:00Z), which contains the autumn DST change (25 Oct).
 * The expected figures, worked out by hand from these rows, are in computeDigestFigures.test.ts.
 */
export const TIME_ZONE = 'Europe/Warsaw';
export const CURRENCY = 'PLN';
export const ALICE = 'U_ALICE';
export const BOB = 'U_BOB';
export const CAROL = 'U_CAROL';

export async function seedDigestFixture(prisma: PrismaDatabase): Promise<{ teamId: string }> {
  const team = await prisma.team.create({
    data: {
      slackTeamId: 'T_METRICS',
      currency: CURRENCY,
      timezone: TIME_ZONE,
      options: {
        create: [
          { kind: 'product', key: 'analytics', label: 'Analytics', position: 0 },
          { kind: 'product', key: 'crm', label: 'CRM', position: 1 },
          { kind: 'product', key: 'billing', label: 'Billing', position: 2 },
          { kind: 'product', key: 'support', label: 'Support plan', position: 3, archived: true },
        ],
      },
    },
  });
  const seed = new PipelineSeeder(prisma, team.id, TIME_ZONE, CURRENCY);

  // --- Before the trend window and the cohort: Oldco's deal closes in Q after 118 days.
  await seed.lead(
    {
      company: 'Oldco',
      created: '2026-07-01 10:00',
      ownerId: ALICE,
      source: 'seo',
      status: 'qualified',
      qualified: '2026-07-02 10:00',
    },
    {
      ownerId: ALICE,
      negotiationRounds: 2,
      events: [
        { to: 'LEAD', at: '2026-07-01 10:00' },
        { to: 'QUALIFIED', at: '2026-07-02 10:00' },
        { to: 'DISCOVERY', at: '2026-10-19 09:00' },
        { to: 'OFFER', at: '2026-10-20 21:00', value: 80000 },
        { to: 'NEGOTIATION', at: '2026-10-21 09:00', value: 80000 },
        { to: 'WON', at: '2026-10-27 09:00', value: 76000, discountPct: 5 },
      ],
    },
  );

  // --- Earlier trend periods: Acme's first win (15 Sep), and a win reopened in P.
  await seed.lead(
    {
      company: 'Acme',
      created: '2026-09-01 10:00',
      ownerId: ALICE,
      source: 'referral',
      product: 'Analytics',
      status: 'qualified',
      qualified: '2026-09-02 10:00',
    },
    {
      ownerId: ALICE,
      events: [
        { to: 'LEAD', at: '2026-09-01 10:00' },
        { to: 'OFFER', at: '2026-09-05 10:00', kind: 'skip', skipped: 'QUALIFIED,DISCOVERY', value: 60000 },
        { to: 'WON', at: '2026-09-15 10:00', value: 60000 },
      ],
    },
  );
  await seed.lead(
    {
      company: 'Cyberdyne',
      created: '2026-10-05 10:00',
      ownerId: BOB,
      source: 'paid_social',
      product: 'crm',
      status: 'qualified',
      qualified: '2026-10-06 10:00',
    },
    {
      ownerId: BOB,
      events: [
        { to: 'LEAD', at: '2026-10-05 10:00' },
        { to: 'OFFER', at: '2026-10-06 10:00', kind: 'skip', skipped: 'QUALIFIED,DISCOVERY', value: 15000 },
        { to: 'WON', at: '2026-10-08 10:00', value: 15000 },
        { to: 'NEGOTIATION', at: '2026-11-05 10:00', kind: 'reopen', value: 15000 },
      ],
    },
  );

  // --- Q, the previous period.
  await seed.lead(
    {
      company: 'Acme',
      created: '2026-10-20 10:00',
      ownerId: ALICE,
      source: 'email',
      product: 'CRM',
      status: 'qualified',
      qualified: '2026-10-21 10:00',
    },
    {
      // Lost in Q, reopened and won in P: one win in P, no loss anywhere.
      ownerId: ALICE,
      events: [
        { to: 'LEAD', at: '2026-10-20 11:00' },
        { to: 'QUALIFIED', at: '2026-10-21 10:00' },
        { to: 'OFFER', at: '2026-10-22 10:00', kind: 'skip', skipped: 'DISCOVERY', value: 30000 },
        { to: 'LOST', at: '2026-10-23 10:00', value: 30000 },
        { to: 'OFFER', at: '2026-11-03 10:00', kind: 'reopen', value: 30000 },
        { to: 'WON', at: '2026-11-04 10:00', value: 28000, discountPct: 5 },
      ],
    },
  );
  await seed.lead(
    {
      company: 'Stark',
      created: '2026-10-25 12:00',
      ownerId: BOB,
      source: 'paid_search',
      product: 'Analytics',
      status: 'qualified',
      qualified: '2026-10-26 10:00',
    },
    {
      // In USD: counts as a win, its money stays out of PLN sums.
      ownerId: BOB,
      currency: 'USD',
      negotiationRounds: 3,
      events: [
        { to: 'QUALIFIED', at: '2026-10-25 13:00' },
        { to: 'DISCOVERY', at: '2026-10-26 10:00' },
        { to: 'OFFER', at: '2026-10-28 10:00', value: 20000 },
        { to: 'NEGOTIATION', at: '2026-10-29 10:00', value: 20000 },
        { to: 'WON', at: '2026-10-30 10:00', value: 20000, discountPct: 0 },
      ],
    },
  );
  await seed.lead({
    company: 'Tyrell',
    created: '2026-10-21 15:00',
    ownerId: BOB,
    product: 'billing',
    status: 'qualified',
    qualified: '2026-10-22 09:00',
  });
  await seed.lead(
    // Created one minute before P starts; its deal enters DISCOVERY exactly at P's first midnight.
    {
      company: 'Wayne',
      created: '2026-11-01 23:59',
      ownerId: BOB,
      source: 'seo',
      status: 'qualified',
      qualified: '2026-11-02 00:00',
    },
    {
      ownerId: BOB,
      events: [
        { to: 'LEAD', at: '2026-11-01 23:59:30' },
        { to: 'DISCOVERY', at: '2026-11-02 00:00', kind: 'skip', skipped: 'QUALIFIED' },
      ],
    },
  );

  // --- P, the reported period.
  await seed.lead(
    // Created at P's first local midnight (still 1 Nov in UTC).
    {
      company: 'Acme',
      created: '2026-11-02 00:00',
      ownerId: ALICE,
      source: 'paid_search',
      product: 'Analytics',
      status: 'qualified',
      qualified: '2026-11-03 10:00',
    },
    {
      ownerId: ALICE,
      negotiationRounds: 2,
      events: [
        { to: 'LEAD', at: '2026-11-02 09:00' },
        { to: 'QUALIFIED', at: '2026-11-03 10:00' },
        { to: 'DISCOVERY', at: '2026-11-04 10:00' },
        { to: 'OFFER', at: '2026-11-06 10:00', value: 100000 },
        { to: 'NEGOTIATION', at: '2026-11-09 10:00', value: 100000 },
        { to: 'WON', at: '2026-11-12 10:00', value: 90000, discountPct: 10 },
        // A change of terms, not a move: neither an entry nor the won value.
        { to: 'WON', at: '2026-11-13 10:00', kind: 'update', value: 95000, discountPct: 5 },
      ],
    },
  );
  await seed.lead(
    {
      company: 'Globex',
      created: '2026-11-05 12:00',
      ownerId: BOB,
      source: 'paid_search',
      product: 'analytics',
      status: 'qualified',
      qualified: '2026-11-07 12:00',
    },
    {
      // Skips to OFFER; its NEGOTIATION after P's end is in no figure of P.
      ownerId: BOB,
      events: [
        { to: 'LEAD', at: '2026-11-05 12:00' },
        { to: 'OFFER', at: '2026-11-07 12:00', kind: 'skip', skipped: 'QUALIFIED,DISCOVERY', value: 50000 },
        { to: 'NEGOTIATION', at: '2026-11-17 12:00', value: 50000 },
      ],
    },
  );
  await seed.lead(
    {
      company: 'Initech',
      created: '2026-11-06 09:00',
      ownerId: ALICE,
      source: 'seo',
      product: 'CRM',
      status: 'qualified',
      qualified: '2026-11-07 09:00',
    },
    {
      ownerId: ALICE,
      negotiationRounds: 1,
      lostReason: 'price',
      events: [
        { to: 'LEAD', at: '2026-11-06 15:00' },
        { to: 'QUALIFIED', at: '2026-11-07 09:00' },
        { to: 'DISCOVERY', at: '2026-11-09 09:00' },
        { to: 'OFFER', at: '2026-11-10 09:00', value: 40000 },
        { to: 'NEGOTIATION', at: '2026-11-11 09:00', value: 40000 },
        { to: 'LOST', at: '2026-11-13 09:00', value: 40000 },
      ],
    },
  );
  await seed.lead(
    {
      company: 'Umbrella',
      created: '2026-11-10 08:00',
      ownerId: BOB,
      source: 'referral',
      status: 'disqualified',
    },
    {
      ownerId: BOB,
      events: [
        { to: 'LEAD', at: '2026-11-10 10:00' },
        { to: 'LOST', at: '2026-11-11 10:00' },
      ],
    },
  );
  await seed.lead(
    {
      company: 'Soylent',
      created: '2026-11-03 09:00',
      ownerId: BOB,
      source: 'paid_search',
      product: ' Widgets ',
      status: 'qualified',
      qualified: '2026-11-03 10:00',
    },
    {
      // Straight from QUALIFIED to WON: reached OFFER without an offer event.
      ownerId: CAROL,
      events: [
        { to: 'QUALIFIED', at: '2026-11-03 10:00' },
        {
          to: 'WON',
          at: '2026-11-09 10:00',
          kind: 'skip',
          skipped: 'DISCOVERY,OFFER,NEGOTIATION',
          value: 20000,
        },
      ],
    },
  );
  // The last millisecond of P, and the first of the next period (15 Nov in UTC, 16 Nov in Warsaw).
  await seed.lead({
    company: 'Hooli',
    created: '2026-11-15 23:59:59.999',
    ownerId: ALICE,
    product: 'Analytics',
  });
  await seed.lead({
    company: 'Next Corp',
    created: '2026-11-16 00:00',
    ownerId: ALICE,
    source: 'seo',
    status: 'qualified',
    qualified: '2026-11-16 01:00',
  });

  // --- Spend (calendar dates [first, end)).
  await seed.spend('paid_search', 100000, '2026-11-01', '2026-12-01');
  await seed.spend('paid_search', 31000, '2026-10-01', '2026-11-01');
  await seed.spend('paid_search', 14000, '2026-10-05', '2026-10-19');
  await seed.spend('events', 70001, '2026-11-09', '2026-11-16');
  await seed.spend('paid_social', 50000, '2026-11-10', '2026-11-20', 'EUR');

  // --- Feedback.
  await seed.feedback('positive', '2026-11-03 12:00');
  await seed.feedback('positive', '2026-11-15 23:30');
  await seed.feedback('negative', '2026-11-04 12:00');
  await seed.feedback('positive', '2026-10-30 12:00');
  await seed.feedback('positive', '2026-11-16 00:00');

  // --- Another team's rows in P, which no figure may include.
  const other = await prisma.team.create({
    data: { slackTeamId: 'T_OTHER', currency: CURRENCY, timezone: TIME_ZONE },
  });
  const otherSeed = new PipelineSeeder(prisma, other.id, TIME_ZONE, CURRENCY);
  await otherSeed.lead(
    {
      company: 'Acme',
      created: '2026-11-04 10:00',
      ownerId: ALICE,
      source: 'paid_search',
      product: 'Billing',
      status: 'qualified',
      qualified: '2026-11-04 10:00',
    },
    {
      ownerId: ALICE,
      events: [
        { to: 'QUALIFIED', at: '2026-11-04 10:00' },
        { to: 'WON', at: '2026-11-05 10:00', kind: 'skip', value: 99999 },
      ],
    },
  );
  await otherSeed.spend('paid_search', 99999, '2026-11-02', '2026-11-16');
  await otherSeed.feedback('positive', '2026-11-05 10:00');

  return { teamId: team.id };
}
