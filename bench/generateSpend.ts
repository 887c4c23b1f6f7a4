import type { BulkSpendRow } from '../src/store/db/bulk';
import { BENCH_CURRENCY, DEFAULT_DATA_END, DEFAULT_SEED, benchReps } from './generate';
import { SeededRandom } from './random';

/**
 * Marketing spend over the same two years as the leads: each paid channel runs campaigns whose
 * spend rows follow one another (a week, two weeks or a calendar-month-like 30 days each), as
 * calendar dates stored as UTC midnights. The number of campaigns grows with the team (one per
 * channel at 10 k leads, 50 at a million), so spend rows stay about 2 % of leads.
 */

export type SpendOptions = { teamId: string; leads: number; seed?: number; end?: Date; currency?: string };

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 730;
const PAID_CHANNELS = [
  'paid_search',
  'paid_social',
  'seo',
  'content',
  'email',
  'events',
  'partners',
  'outbound',
];
const PERIOD_DAYS = [7, 14, 30];
/** Spend per lead the team buys, in minor units, which sets the size of the amounts. */
const COST_PER_LEAD_MINOR = 8_000;

export function generateSpend(options: SpendOptions): BulkSpendRow[] {
  // A different stream from the leads', so adding spend never changes the pipeline rows.
  const random = new SeededRandom((options.seed ?? DEFAULT_SEED) ^ 0x5bd1e995);
  const end = options.end ?? DEFAULT_DATA_END;
  const lastDay = Math.floor(end.getTime() / DAY_MS);
  const firstDay = lastDay - HISTORY_DAYS;
  const campaigns = Math.max(1, Math.round(options.leads / 20_000));
  const dailyMinor = (options.leads / HISTORY_DAYS) * COST_PER_LEAD_MINOR;
  const marketer = benchReps(options.leads)[0] ?? 'U0000MARKETER';
  const rows: BulkSpendRow[] = [];
  for (const channel of PAID_CHANNELS) {
    for (let campaign = 0; campaign < campaigns; campaign += 1) {
      for (let day = firstDay + random.integer(0, 6); day < lastDay;) {
        const days = random.pick(PERIOD_DAYS);
        const share = random.next() * 2;
        rows.push({
          id: random.rowId(),
          teamId: options.teamId,
          channel,
          amountMinor: Math.round((dailyMinor * days * share) / (PAID_CHANNELS.length * campaigns)),
          currency: random.chance(0.05) ? 'USD' : (options.currency ?? BENCH_CURRENCY),
          periodStart: new Date(day * DAY_MS),
          periodEnd: new Date((day + days) * DAY_MS),
          note: campaigns > 1 ? `campaign ${campaign + 1}` : null,
          createdById: marketer,
          // Entered on the morning the period starts.
          createdAt: new Date(day * DAY_MS + 9 * 3_600_000),
        });
        day += days;
      }
    }
  }
  return rows;
}
