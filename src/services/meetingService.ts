import type { Clock } from '../clock';
import {
  addCalendarDays,
  type ActionItemDraft,
  type SnoozeDays,
  validateActionItemDraft,
} from '../domain/actionItem';
import { calendarDateIn } from '../domain/calendar';
import { type ClientReference, formatClientReference } from '../domain/feedback';
import { type FieldProblem, problem, because } from '../domain/inputError';
import { type MeetingPeriod, type NoteDraft, validateNoteDraft } from '../domain/meeting';
import type { Store } from '../store';
import type { ActionItemChange, ActionItemDetail } from '../store/repos/actionItemStore';
import type { MeetingNoteRecord, MeetingRecord } from '../store/repos/meetingStore';
import type { TeamRecord } from '../store/repos/teamStore';

export type NoteOutcome =
  | { kind: 'saved'; note: MeetingNoteRecord; meeting: MeetingRecord }
  | { kind: 'invalid'; problems: FieldProblem[] };

export type ActionItemOutcome =
  { kind: 'saved'; item: ActionItemDetail } | { kind: 'invalid'; problems: FieldProblem[] };

type ResolvedRecord = { leadId?: string; dealId?: string; company: string; companyKey: string };

/** Running a meeting: its notes and decisions, action items, and closing it. */
export class MeetingService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The team's calendar day now (a UTC midnight). */
  today(team: TeamRecord): Date {
    return calendarDateIn(this.clock.now(), team.timezone);
  }

  async addNote(
    team: TeamRecord,
    actorId: string,
    period: MeetingPeriod,
    draft: NoteDraft,
  ): Promise<NoteOutcome> {
    const validated = validateNoteDraft(draft);
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    const { client, ...note } = validated.value;
    const resolved = client ? await this.resolve(team.id, client) : undefined;
    if (client && !resolved) return { kind: 'invalid', problems: [missing('client', client)] };
    const now = this.clock.now();
    const meeting = await this.store.meetings.open(team.id, period, now);
    const saved = await this.store.meetings.addNote(
      meeting,
      { ...note, ...(resolved ? { clientKey: resolved.companyKey, clientName: resolved.company } : {}) },
      actorId,
      now,
    );
    return { kind: 'saved', note: saved, meeting };
  }

  async addActionItem(
    team: TeamRecord,
    actorId: string,
    period: MeetingPeriod,
    draft: ActionItemDraft,
  ): Promise<ActionItemOutcome> {
    const channels = await this.store.teams.options(team.id, 'channel');
    const validated = validateActionItemDraft(draft, {
      today: this.today(team),
      channelKeys: channels.map((channel) => channel.key),
    });
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    const { related, ...input } = validated.value;
    const resolved = related ? await this.resolve(team.id, related) : undefined;
    if (related && !resolved) return { kind: 'invalid', problems: [missing('related', related)] };
    const now = this.clock.now();
    const meeting = await this.store.meetings.open(team.id, period, now);
    const item = await this.store.actionItems.create(
      team.id,
      meeting.id,
      {
        ...input,
        ...(resolved?.dealId ? { dealId: resolved.dealId } : {}),
        ...(resolved?.leadId ? { leadId: resolved.leadId } : {}),
      },
      actorId,
      now,
    );
    return { kind: 'saved', item };
  }

  async markHeld(team: TeamRecord, actorId: string, period: MeetingPeriod) {
    const meeting = await this.store.meetings.open(team.id, period, this.clock.now());
    return this.store.meetings.markHeld(meeting.id, actorId, this.clock.now());
  }

  async complete(team: TeamRecord, actorId: string, itemId: string): Promise<ActionItemChange | undefined> {
    return this.store.actionItems.markDone(team.id, itemId, actorId, this.clock.now());
  }

  /** Remembers the owner's DM about an item, so marking it done or snoozing it can rewrite that DM. */
  async recordActionItemDm(itemId: string, dm: { channelId: string; ts: string }): Promise<void> {
    await this.store.actionItems.recordDm(itemId, dm.channelId, dm.ts);
  }

  /** No reminder for `days` days, counted from the team's today. */
  async snooze(team: TeamRecord, itemId: string, days: SnoozeDays): Promise<ActionItemChange | undefined> {
    return this.store.actionItems.snooze(team.id, itemId, addCalendarDays(this.today(team), days));
  }

  /** The lead or deal an id names, with the client (company) it belongs to. */
  private async resolve(teamId: string, reference: ClientReference): Promise<ResolvedRecord | undefined> {
    if (reference.type === 'lead') {
      const lead = await this.store.leads.findByNumber(teamId, reference.number);
      return lead ? { leadId: lead.id, company: lead.company, companyKey: lead.companyKey } : undefined;
    }
    const deal = await this.store.deals.findByNumber(teamId, reference.number);
    return deal
      ? { dealId: deal.id, company: deal.lead.company, companyKey: deal.lead.companyKey }
      : undefined;
  }
}

function missing(field: string, reference: ClientReference): FieldProblem {
  const id = formatClientReference(reference);
  return problem(
    field,
    because('problem.clientNotFound', { id }),
    reference.type === 'lead' ? '/lead list' : '/deal list',
  );
}
