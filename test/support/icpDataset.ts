import type { Stage } from '../../src/domain/stages';
import type { PrismaDatabase } from '../../src/store/db/database';
import { type SeedLead, seedDeal, seedLead } from './pipelineSeed';

/**
 * A small pipeline whose ideal-customer figures are worked out by hand (see the table), for the
 * store and /icp tests. "Now" is 2026-11-23T10:00Z; the 180-day window starts 2026-05-27T10:00Z.
 *
 *  #  segment     industry   country source       product    outcome (days after the lead)
 *  1  smb         retail     PL      seo          analytics  offer 10, won 15; a second deal won too
 *  2  smb         retail     PL      seo          analytics  offer 12, won 17
 *  3  smb         retail     PL      events       analytics  offer 8, won 13
 *  4  smb         retail     DE      seo          routing    offer 20, won 25
 *  5  smb         retail     PL      seo          analytics  offer 14, won 19
 *  6  smb         finance    PL      referral     analytics  skipped DISCOVERY → WON on day 6
 *  7  smb         retail     PL      seo          -          offer 16, lost 20
 *  8  smb         logistics  DE      paid_search  routing    no deal
 *  9  smb         logistics  DE      paid_search  -          no deal
 * 10  smb         -          PL      seo          -          no deal
 * 11  enterprise  logistics  DE      events       routing    offer 30, won 40
 * 12  enterprise  logistics  DE      events       routing    lost in DISCOVERY
 * 13  enterprise  logistics  DE      paid_search  routing    no deal
 * 14  enterprise  logistics  DE      outbound     -          open in QUALIFIED
 * 15  enterprise  logistics  DE      outbound     -          no deal
 * 16  enterprise  -          DE      outbound     -          no deal
 * 17  mid_market  logistics  PL      referral     -          open in OFFER since day 5
 * 18  mid_market  finance    PL      referral     -          no deal
 * 19  mid_market  -          CZ      referral     -          no deal
 * 20  -           retail     PL      seo          -          no deal
 *
 * Totals: 20 leads, 7 won (35 %), 9 reached an offer (45 %) after 121 / 9 days on average.
 * Outside the window or the team: an old won enterprise lead, and a lead of another team.
 */
export const ICP_DATASET_NOW = '2026-11-23T10:00:00Z';

type Row = Omit<SeedLead, 'company' | 'createdAt'> & {
  path?: [Stage, number][];
  secondDeal?: [Stage, number][];
};

const WON_AFTER_OFFER = (offerDay: number, wonDay: number): [Stage, number][] => [
  ['LEAD', 1],
  ['QUALIFIED', 2],
  ['DISCOVERY', 3],
  ['OFFER', offerDay],
  ['NEGOTIATION', offerDay + 2],
  ['WON', wonDay],
];

const ROWS: Row[] = [
  {
    segment: 'smb',
    industry: 'retail',
    country: 'PL',
    source: 'seo',
    product: 'analytics',
    path: WON_AFTER_OFFER(10, 15),
    secondDeal: [
      ['QUALIFIED', 50],
      ['WON', 60],
    ],
  },
  {
    segment: 'smb',
    industry: 'retail',
    country: 'PL',
    source: 'seo',
    product: 'analytics',
    path: WON_AFTER_OFFER(12, 17),
  },
  {
    segment: 'smb',
    industry: 'Retail',
    country: 'PL',
    source: 'events',
    product: 'Analytics',
    path: WON_AFTER_OFFER(8, 13),
  },
  {
    segment: 'smb',
    industry: 'retail',
    country: 'DE',
    source: 'seo',
    product: 'routing',
    path: WON_AFTER_OFFER(20, 25),
  },
  {
    segment: 'smb',
    industry: 'retail',
    country: 'PL',
    source: 'seo',
    product: 'analytics',
    path: WON_AFTER_OFFER(14, 19),
  },
  {
    segment: 'smb',
    industry: 'finance',
    country: 'PL',
    source: 'referral',
    product: 'analytics',
    path: [
      ['LEAD', 1],
      ['DISCOVERY', 3],
      ['WON', 6],
    ],
  },
  {
    segment: 'smb',
    industry: 'retail',
    country: 'PL',
    source: 'seo',
    path: [
      ['LEAD', 1],
      ['QUALIFIED', 2],
      ['DISCOVERY', 4],
      ['OFFER', 16],
      ['LOST', 20],
    ],
  },
  { segment: 'smb', industry: 'logistics', country: 'DE', source: 'paid_search', product: 'routing' },
  { segment: 'smb', industry: 'logistics', country: 'DE', source: 'paid_search' },
  { segment: 'smb', country: 'PL', source: 'seo' },
  {
    segment: 'enterprise',
    industry: 'logistics',
    country: 'DE',
    source: 'events',
    product: 'routing',
    path: WON_AFTER_OFFER(30, 40),
  },
  {
    segment: 'enterprise',
    industry: 'logistics',
    country: 'DE',
    source: 'events',
    product: 'routing',
    path: [
      ['LEAD', 1],
      ['DISCOVERY', 3],
      ['LOST', 9],
    ],
  },
  { segment: 'enterprise', industry: 'logistics', country: 'DE', source: 'paid_search', product: 'routing' },
  {
    segment: 'enterprise',
    industry: 'logistics',
    country: 'DE',
    source: 'outbound',
    path: [
      ['LEAD', 1],
      ['QUALIFIED', 2],
    ],
  },
  { segment: 'enterprise', industry: 'logistics', country: 'DE', source: 'outbound' },
  { segment: 'enterprise', country: 'DE', source: 'outbound' },
  {
    segment: 'mid_market',
    industry: 'logistics',
    country: 'PL',
    source: 'referral',
    path: [
      ['QUALIFIED', 1],
      ['OFFER', 5],
    ],
  },
  { segment: 'mid_market', industry: 'finance', country: 'PL', source: 'referral' },
  { segment: 'mid_market', country: 'CZ', source: 'referral' },
  { industry: 'retail', country: 'PL', source: 'seo' },
];

const DAY_MS = 86_400_000;
const FIRST_LEAD_AT = Date.parse('2026-06-01T09:00:00Z');

function steps(createdAt: number, path: [Stage, number][]) {
  return path.map(([stage, day]) => ({ stage, at: new Date(createdAt + day * DAY_MS) }));
}

/** Seeds the table above into `teamId`, and the two rows that must not count into `otherTeamId`/the past. */
export async function seedIcpDataset(
  prisma: PrismaDatabase,
  teamId: string,
  otherTeamId: string,
): Promise<void> {
  for (const [index, row] of ROWS.entries()) {
    const createdAt = FIRST_LEAD_AT + index * DAY_MS;
    const { path, secondDeal, ...attributes } = row;
    const lead = await seedLead(prisma, teamId, {
      company: `Client ${index + 1}`,
      createdAt: new Date(createdAt),
      ...attributes,
    });
    if (path) await seedDeal(prisma, teamId, lead, steps(createdAt, path));
    if (secondDeal) await seedDeal(prisma, teamId, lead, steps(createdAt, secondDeal));
  }
  const oldCreatedAt = Date.parse('2026-04-01T09:00:00Z');
  const old = await seedLead(prisma, teamId, {
    company: 'Old Enterprise',
    createdAt: new Date(oldCreatedAt),
    segment: 'enterprise',
    industry: 'logistics',
    country: 'DE',
  });
  await seedDeal(prisma, teamId, old, steps(oldCreatedAt, WON_AFTER_OFFER(10, 200)));
  const foreign = await seedLead(prisma, otherTeamId, {
    company: 'Other Team Client',
    createdAt: new Date(FIRST_LEAD_AT),
    segment: 'smb',
    industry: 'retail',
  });
  await seedDeal(prisma, otherTeamId, foreign, steps(FIRST_LEAD_AT, WON_AFTER_OFFER(3, 4)));
}
