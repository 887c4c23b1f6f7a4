import type { StageMovePlan } from '../../../src/domain/stageMove';
import type { Language } from '../../../src/i18n/locales';
import type { StageGroup } from '../../../src/views/messages/dealList';
import type { IcpOverview } from '../../../src/services/icpService';
import type { DealRecord, DealWithLead, StageEventRecord } from '../../../src/store/repos/dealStore';
import type { FeedbackRecord } from '../../../src/store/repos/feedbackStore';
import type { IcpVersionRecord } from '../../../src/store/repos/icpStore';
import type { LeadRecord } from '../../../src/store/repos/leadStore';
import type { SpendRecord } from '../../../src/store/repos/spendStore';

/** Records as the stores return them, for rendering reply builders without a database. */

/** The Slack locale each language's replies are rendered for. */
export const LOCALES: Record<Language, string> = { en: 'en-US', pl: 'pl-PL', ru: 'ru-RU' };
export const ZONE = 'Europe/Warsaw';
export const CREATED = new Date('2026-11-20T09:00:00Z');
export const NOW = new Date('2026-11-25T10:00:00Z');
const DAY = 86_400_000;

export function leadFixture(overrides: Partial<LeadRecord> = {}): LeadRecord {
  return {
    id: 'lead-1',
    teamId: 'team-1',
    number: 12,
    company: 'Kowalski Logistyka',
    companyKey: 'kowalski logistyka',
    contactName: 'Anna Nowak',
    email: 'anna@kowalski.pl',
    source: 'paid_search',
    campaign: 'bf2026',
    industry: 'logistyka',
    segment: 'mid_market',
    companySize: '51-200',
    country: 'PL',
    heardFrom: 'webinar',
    promptedBy: 'regulacje',
    product: 'analytics',
    note: 'targi Poznań',
    ownerId: 'U0000ALICE',
    status: 'qualified',
    statusReason: 'budżet',
    statusChangedAt: CREATED,
    qualifiedAt: CREATED,
    createdById: 'U0000BOB',
    createdAt: CREATED,
    updatedAt: CREATED,
    version: 1,
    externalId: null,
    ...overrides,
  };
}

export function dealFixture(overrides: Partial<DealRecord> = {}): DealWithLead {
  return {
    id: 'deal-1',
    teamId: 'team-1',
    number: 7,
    leadId: 'lead-1',
    stage: 'NEGOTIATION',
    valueMinor: 1_234_550,
    currency: 'PLN',
    discountPct: 7.5,
    expectedCloseDate: new Date('2026-12-15T00:00:00Z'),
    problems: 'raporty',
    desiredOutcomes: 'jeden klik',
    offerRequestedAt: new Date('2026-11-10T00:00:00Z'),
    offerSentAt: new Date('2026-11-20T00:00:00Z'),
    negotiationRounds: 2,
    negotiationNotes: 'rabat roczny',
    lostReason: 'other',
    lostReasonText: 'własny system',
    ownerId: 'U0000ALICE',
    createdById: 'U0000BOB',
    createdAt: CREATED,
    updatedAt: CREATED,
    stageEnteredAt: CREATED,
    closedAt: null,
    version: 3,
    externalId: null,
    ...overrides,
    lead: leadFixture(),
  };
}

export function eventFixture(overrides: Partial<StageEventRecord> = {}): StageEventRecord {
  return {
    id: 'event-1',
    teamId: 'team-1',
    dealId: 'deal-1',
    fromStage: 'OFFER',
    toStage: 'NEGOTIATION',
    kind: 'forward',
    skipped: null,
    at: CREATED,
    byUserId: 'U0000BOB',
    valueMinor: 1_234_550,
    currency: 'PLN',
    discountPct: 10,
    reason: 'termin',
    ...overrides,
  };
}

/** Every kind of stage move the answers and the timeline describe. */
export const MOVES: StageMovePlan[] = [
  { kind: 'create', fromStage: null, toStage: 'OFFER', skipped: [] },
  { kind: 'forward', fromStage: 'OFFER', toStage: 'NEGOTIATION', skipped: [] },
  { kind: 'skip', fromStage: 'LEAD', toStage: 'OFFER', skipped: ['QUALIFIED', 'DISCOVERY'] },
  { kind: 'backward', fromStage: 'NEGOTIATION', toStage: 'OFFER', skipped: [] },
  { kind: 'reopen', fromStage: 'LOST', toStage: 'NEGOTIATION', skipped: [] },
];

export function spendFixture(days: number, overrides: Partial<SpendRecord> = {}): SpendRecord {
  const periodStart = new Date('2026-11-01T00:00:00Z');
  return {
    id: `spend-${days}`,
    teamId: 'team-1',
    channel: 'paid_search',
    amountMinor: 450_000,
    currency: 'PLN',
    periodStart,
    periodEnd: new Date(periodStart.getTime() + days * DAY),
    note: 'kampania',
    createdById: 'U0000ALICE',
    createdAt: CREATED,
    ...overrides,
  };
}

export function feedbackFixture(overrides: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    id: 'feedback-1',
    teamId: 'team-1',
    number: 5,
    kind: 'complaint',
    text: 'dostawa trwała trzy tygodnie',
    leadId: 'lead-1',
    dealId: 'deal-1',
    product: 'analytics',
    sentiment: 'negative',
    source: 'call',
    messageAuthorId: 'U0000CAROL',
    permalink: 'https://example.slack.com/archives/C1/p1',
    createdById: 'U0000ALICE',
    createdAt: CREATED,
    lead: { number: 12, company: 'Kowalski Logistyka' },
    deal: { number: 7 },
    ...overrides,
  };
}

export function icpVersionFixture(): IcpVersionRecord {
  return {
    id: 'icp-1',
    teamId: 'team-1',
    version: 2,
    sections: { industries: 'logistyka', pains: 'opóźnienia' },
    change: {
      kind: 'edit',
      sections: [
        { section: 'industries', added: ['logistyka'], moreAdded: 2, removed: [], moreRemoved: 0 },
        { section: 'pains', added: [], moreAdded: 0, removed: [], moreRemoved: 0 },
      ],
    },
    changedById: 'U0000ALICE',
    changedAt: CREATED,
  };
}

/** An overview with every part filled: values with and without enough leads, flags, signals, notes. */
export function icpOverviewFixture(): IcpOverview {
  const value = (name: string, leads: number, wins: number, inIcp: boolean | undefined) => ({
    value: name,
    leads,
    wins,
    reachedOffer: wins,
    averageDaysToOffer: 12.5,
    tooFew: leads < 5,
    shareOfWinsPct: (wins / 7) * 100,
    winRatePct: leads < 5 ? null : (wins / leads) * 100,
    lift: leads < 5 ? null : 2,
    offerRatePct: (wins / leads) * 100,
    inIcp,
  });
  return {
    written: icpVersionFixture(),
    profile: {
      window: { start: new Date(NOW.getTime() - 180 * DAY), end: NOW, days: 180 },
      minSample: 5,
      overall: {
        leads: 22,
        wins: 7,
        reachedOffer: 9,
        averageDaysToOffer: 11,
        winRatePct: 35,
        offerRatePct: 45,
      },
      attributes: [
        {
          attribute: 'industry',
          values: [value('retail', 7, 5, false), value('logistyka', 2, 1, true)],
          knownWins: 7,
          unknown: { leads: 5, wins: 0 },
        },
        {
          attribute: 'segment',
          values: [value('smb', 6, 6, false)],
          knownWins: 6,
          unknown: { leads: 0, wins: 0 },
        },
        {
          attribute: 'country',
          values: [value('PL', 22, 7, true)],
          knownWins: 7,
          unknown: { leads: 0, wins: 0 },
        },
        { attribute: 'source', values: [], knownWins: 0, unknown: { leads: 1, wins: 0 } },
      ],
      flags: [
        {
          kind: 'wins_outside_icp',
          attribute: 'segment',
          said: ['enterprise'],
          outside: [
            { value: 'smb', wins: 5 },
            { value: 'mid_market', wins: 1 },
          ],
          outsideWins: 6,
          knownWins: 7,
        },
        {
          kind: 'high_lift_outside_icp',
          attribute: 'industry',
          value: 'retail',
          lift: 2,
          wins: 5,
          leads: 7,
          winRatePct: 71.4,
          overallWinRatePct: 35,
        },
        {
          kind: 'low_lift_in_icp',
          attribute: 'country',
          value: 'PL',
          lift: 0.4,
          wins: 1,
          leads: 22,
          winRatePct: 4.5,
          overallWinRatePct: null,
        },
      ],
      salesReady: [
        {
          attribute: 'product',
          value: 'analytics',
          leads: 5,
          reachedOffer: 5,
          offerRatePct: 100,
          averageDaysToOffer: 2,
        },
        {
          attribute: 'country',
          value: 'PL',
          leads: 22,
          reachedOffer: 9,
          offerRatePct: 41,
          averageDaysToOffer: 13.3,
        },
      ],
    },
    notes: [
      {
        id: 'note-1',
        teamId: 'team-1',
        text: 'targi w Poznaniu',
        authorId: 'U0000BOB',
        createdAt: CREATED,
        discussedAt: null,
      },
    ],
    openNotes: 3,
  };
}

/** One stage of `/deal list` holding `count` deals, one of them shown. */
export function stageGroups(count: number): StageGroup[] {
  const deal = { ...dealFixture({ stage: 'OFFER' }), lead: { number: 12, company: 'Kowalski' } };
  return [
    {
      stage: 'OFFER',
      totals: [{ stage: 'OFFER', currency: 'PLN', deals: count, valueMinor: 1_200_000 }],
      deals: [deal],
    },
  ];
}
