import { DEFAULT_CHANNELS } from '../src/domain/channels';
import { FEEDBACK_KINDS, FEEDBACK_SOURCES, defaultSentiment } from '../src/domain/feedback';
import { COMPANY_SIZES, SEGMENTS, companyKey } from '../src/domain/lead';
import type { BulkDealRow, BulkFeedbackRow, BulkLeadRow, BulkStageEventRow } from '../src/store/db/bulk';
import { generateDealJourney } from './dealJourney';
import { SeededRandom } from './random';

/**
 * A deterministic sales team: N leads created over the two years before `end`, about 0.4 deals per
 * lead with their stage events, feedback on about one lead in eight, and (generateSpend.ts) the
 * marketing spend. The same options give the same rows, ids included. Rows come in batches of
 * whole leads (each with its deals, events and feedback) so a million leads never sit in memory
 * at once.
 */

export const BENCH_SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 } as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export const DEFAULT_SEED = 20_261_116;
/** Monday 16 November 2026, 09:00 in Warsaw: a reporting-period boundary of the default cadence. */
export const DEFAULT_DATA_END = new Date('2026-11-16T08:00:00.000Z');
export const BENCH_TIME_ZONE = 'Europe/Warsaw';
export const BENCH_CURRENCY = 'EUR';
const HISTORY_DAYS = 730;
const DAY_MS = 86_400_000;

/** The team's product list (TeamOption kind "product"); leads name them by key, label or free text. */
export const BENCH_PRODUCTS = [
  { key: 'analytics', label: 'Analytics' },
  { key: 'billing', label: 'Billing' },
  { key: 'crm_sync', label: 'CRM Sync' },
  { key: 'forecasting', label: 'Forecasting' },
  { key: 'legacy_api', label: 'Legacy API' },
] as const;

export type TeamDataOptions = {
  teamId: string;
  leads: number;
  seed?: number;
  /** The data's "now": nothing happens at or after it. */
  end?: Date;
  currency?: string;
  leadsPerBatch?: number;
};

export type TeamDataBatch = {
  leads: BulkLeadRow[];
  deals: BulkDealRow[];
  stageEvents: BulkStageEventRow[];
  feedback: BulkFeedbackRow[];
};

/** Tens of reps: about 10 for 10 k leads, 26 for 100 k, 80 for a million. */
export function benchReps(leads: number): string[] {
  const count = Math.min(80, Math.max(10, Math.round(Math.sqrt(leads) / 12)));
  return Array.from({ length: count }, (_, index) => `U${String(index + 1).padStart(8, '0')}REP`);
}

const CHANNEL_WEIGHTS: readonly (readonly [string | null, number])[] = [
  ...DEFAULT_CHANNELS.map((channel, index) => [channel.key, 10 - index] as const),
  [null, 3],
];
const INDUSTRIES = [
  'Manufacturing',
  'manufacturing ',
  'Retail',
  'Logistics',
  'Healthcare',
  'SaaS',
  'Finance',
];
const COUNTRIES = ['PL', 'DE', 'GB', 'US', 'FR', 'NL', 'SE', 'CZ'];
const FREE_TYPED_PRODUCTS = ['analytics', 'ANALYTICS', 'Mobile app', 'mobile app ', 'Consulting'];
const NAME_PARTS = [
  'North',
  'Blue',
  'Vector',
  'Oak',
  'Silver',
  'Prime',
  'Delta',
  'Nova',
  'Granite',
  'Bright',
];
const NAME_ENDINGS = ['Systems', 'Foods', 'Logistics', 'Labs', 'Works', 'Retail', 'Health', 'Capital'];
const DISQUALIFY_REASONS = ['No budget this year', 'Student project', 'Competitor research'];
const FEEDBACK_TEXTS = {
  praise: 'The weekly report saves us a day',
  complaint: 'Setup took longer than promised',
  wish: 'Export to Excel, please',
  objection: 'Too expensive for a team our size',
} as const;

/** Product as reps type it: the list's key or label (any case), free text, or nothing. */
function typedProduct(random: SeededRandom): string | null {
  const roll = random.next();
  if (roll < 0.15) return null;
  if (roll < 0.3) return random.pick(FREE_TYPED_PRODUCTS);
  // The last listed product gets no demand at all, so "priority products without demand" has one.
  const product = random.pick(BENCH_PRODUCTS.slice(0, -1));
  return random.chance(0.5) ? product.key : product.label;
}

export function* generateTeamData(options: TeamDataOptions): Generator<TeamDataBatch> {
  const random = new SeededRandom(options.seed ?? DEFAULT_SEED);
  const end = options.end ?? DEFAULT_DATA_END;
  const start = new Date(end.getTime() - HISTORY_DAYS * DAY_MS);
  const span = end.getTime() - start.getTime();
  const currency = options.currency ?? BENCH_CURRENCY;
  const reps = benchReps(options.leads);
  // Fewer companies than leads: clients come back, which makes repeat customers.
  const companies = Math.max(1, Math.round(options.leads * 0.6));
  const perBatch = options.leadsPerBatch ?? 2_000;
  let dealNumber = 0;
  let feedbackNumber = 0;

  for (let first = 0; first < options.leads; first += perBatch) {
    const batch: TeamDataBatch = { leads: [], deals: [], stageEvents: [], feedback: [] };
    for (let index = first; index < Math.min(first + perBatch, options.leads); index += 1) {
      const createdAt = new Date(
        start.getTime() + Math.floor((span * (index + random.next())) / options.leads),
      );
      const companyIndex = random.integer(0, companies - 1);
      const company = `${NAME_PARTS[companyIndex % NAME_PARTS.length]} ${NAME_ENDINGS[companyIndex % NAME_ENDINGS.length]} ${companyIndex}`;
      const ownerId = random.pick(reps);
      const leadId = random.rowId();
      const product = typedProduct(random);

      const dealCount = random.chance(0.36) ? (random.chance(0.1) ? 2 : 1) : 0;
      let qualifiedAt: Date | undefined;
      let dealStart = new Date(createdAt.getTime() + random.exponential(2 * DAY_MS));
      const leadDeals: string[] = [];
      for (let count = 0; count < dealCount && dealStart < end; count += 1) {
        dealNumber += 1;
        const journey = generateDealJourney(random, {
          teamId: options.teamId,
          leadId,
          number: dealNumber,
          ownerId,
          start: dealStart,
          end,
          currency,
        });
        batch.deals.push(journey.deal);
        batch.stageEvents.push(...journey.events);
        leadDeals.push(journey.dealId);
        if (journey.qualifiedLeadAt && (!qualifiedAt || journey.qualifiedLeadAt < qualifiedAt)) {
          qualifiedAt = journey.qualifiedLeadAt;
        }
        dealStart = new Date(dealStart.getTime() + random.exponential(60 * DAY_MS));
      }

      let status = qualifiedAt ? 'qualified' : 'new';
      let statusChangedAt: Date | null = qualifiedAt ?? null;
      let statusReason: string | null = null;
      if (dealCount === 0) {
        const changedAt = new Date(createdAt.getTime() + random.exponential(4 * DAY_MS));
        const roll = random.next();
        if (changedAt < end && roll < 0.2) {
          status = 'qualified';
          qualifiedAt = statusChangedAt = changedAt;
        } else if (changedAt < end && roll < 0.32) {
          status = 'disqualified';
          statusChangedAt = changedAt;
          statusReason = random.pick(DISQUALIFY_REASONS);
        }
      }

      batch.leads.push({
        id: leadId,
        teamId: options.teamId,
        number: index + 1,
        company,
        companyKey: companyKey(company),
        contactName: random.chance(0.8) ? `Contact ${index + 1}` : null,
        email: random.chance(0.7) ? `contact${index + 1}@company${companyIndex}.example` : null,
        source: random.weighted(CHANNEL_WEIGHTS),
        campaign: random.chance(0.3) ? `campaign-${random.integer(1, 12)}` : null,
        industry: random.chance(0.85) ? random.pick(INDUSTRIES) : null,
        segment: random.chance(0.8) ? random.pick(SEGMENTS) : null,
        companySize: random.chance(0.75) ? random.pick(COMPANY_SIZES) : null,
        country: random.chance(0.9) ? random.pick(COUNTRIES) : null,
        heardFrom: random.chance(0.1) ? 'A colleague' : null,
        promptedBy: random.chance(0.1) ? 'Pricing page' : null,
        product,
        note: random.chance(0.2) ? 'Wants a demo before the budget meeting' : null,
        ownerId,
        status,
        statusReason,
        statusChangedAt,
        qualifiedAt: qualifiedAt ?? null,
        createdById: random.chance(0.8) ? ownerId : random.pick(reps),
        createdAt,
        updatedAt: statusChangedAt ?? createdAt,
        version: statusChangedAt ? 2 : 1,
      });

      if (random.chance(0.12)) {
        const feedbackAt = new Date(createdAt.getTime() + random.exponential(20 * DAY_MS));
        if (feedbackAt < end) {
          feedbackNumber += 1;
          const kind = random.pick(FEEDBACK_KINDS);
          batch.feedback.push({
            id: random.rowId(),
            teamId: options.teamId,
            number: feedbackNumber,
            kind,
            text: FEEDBACK_TEXTS[kind],
            leadId,
            dealId: leadDeals.length > 0 && random.chance(0.5) ? (leadDeals[0] ?? null) : null,
            product,
            sentiment: random.chance(0.8) ? defaultSentiment(kind) : 'neutral',
            source: random.pick(FEEDBACK_SOURCES),
            messageAuthorId: null,
            permalink: null,
            createdById: ownerId,
            createdAt: feedbackAt,
          });
        }
      }
    }
    yield batch;
  }
}
