import type { Clock } from '../clock';
import { type CalendarRange, calendarDateIn, monthOf, parseCalendarRange } from '../domain/calendar';
import type { FieldProblem } from '../domain/inputError';
import { problem } from '../domain/inputError';
import { type SpendDraft, validateSpendDraft } from '../domain/spend';
import type { Store } from '../store';
import type { ChannelSpend, SpendRecord } from '../store/repos/spendStore';
import type { TeamRecord } from '../store/repos/teamStore';

export type AddSpendOutcome =
  { kind: 'added'; spend: SpendRecord } | { kind: 'invalid'; problems: FieldProblem[] };

export type SpendReport = { window: CalendarRange; shares: ChannelSpend[]; entries: SpendRecord[] };

export type SpendReportOutcome =
  { kind: 'report'; report: SpendReport } | { kind: 'invalid'; problems: FieldProblem[] };

const LIST_ENTRIES = 20;

/** Recording marketing spend per channel and reporting each channel's share of a period. */
export class SpendService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async add(team: TeamRecord, actorId: string, draft: SpendDraft): Promise<AddSpendOutcome> {
    const channels = await this.store.teams.options(team.id, 'channel');
    const validated = validateSpendDraft(draft, {
      channelKeys: channels.map((channel) => channel.key),
      defaultCurrency: team.currency,
    });
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    return {
      kind: 'added',
      spend: await this.store.spend.create(team.id, validated.value, actorId, this.clock.now()),
    };
  }

  /** Each channel's share of `periodText` (default: this month in the team's time zone) and the entries behind it. */
  async report(team: TeamRecord, periodText: string | undefined): Promise<SpendReportOutcome> {
    let window = monthOf(calendarDateIn(this.clock.now(), team.timezone));
    if (periodText !== undefined) {
      const parsed = parseCalendarRange(periodText);
      if (!parsed.ok)
        return { kind: 'invalid', problems: [problem('period', parsed.reason, '/spend list 2026-11')] };
      window = parsed.range;
    }
    const [shares, entries] = await Promise.all([
      this.store.spend.channelShares(team.id, window),
      this.store.spend.overlapping(team.id, window, LIST_ENTRIES),
    ]);
    return { kind: 'report', report: { window, shares, entries } };
  }
}
