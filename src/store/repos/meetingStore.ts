import type { MeetingPeriod, NoteKind } from '../../domain/meeting';
import type { Meeting, MeetingNote } from '../../generated/postgresql/client';
import { ACTION_ITEM_DETAIL, type ActionItemDetail } from './actionItemStore';
import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';

export type MeetingRecord = Meeting;
export type MeetingNoteRecord = MeetingNote;

export type NewMeetingNote = {
  kind: NoteKind;
  text: string;
  kpi?: string;
  clientKey?: string;
  clientName?: string;
};

/** A meeting with the first `limit` of each list and how many there are in all. */
export type MeetingDetails = {
  meeting: MeetingRecord;
  decisions: MeetingNoteRecord[];
  notes: MeetingNoteRecord[];
  actionItems: ActionItemDetail[];
  totals: { decisions: number; notes: number; openItems: number; doneItems: number };
};

/** Meetings (one per team and digest period) and their notes and decisions. */
export class MeetingStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** The meeting of a period, created on first use and linked to the period's digest when there is one. */
  async open(teamId: string, period: MeetingPeriod, at: Date): Promise<MeetingRecord> {
    const key = {
      teamId_periodStart_periodEnd: { teamId, periodStart: period.start, periodEnd: period.end },
    };
    const run = await this.prisma.digestRun.findUnique({
      where: key,
      select: { id: true, meeting: { select: { id: true } } },
    });
    const digestRunId = run && !run.meeting ? run.id : undefined;
    const existing = await this.prisma.meeting.findUnique({ where: key });
    if (existing) {
      if (existing.digestRunId !== null || digestRunId === undefined) return existing;
      return this.prisma.meeting.update({ where: { id: existing.id }, data: { digestRunId } });
    }
    try {
      return await this.prisma.meeting.create({
        data: {
          teamId,
          periodStart: period.start,
          periodEnd: period.end,
          digestRunId: digestRunId ?? null,
          createdAt: at,
        },
      });
    } catch (error) {
      // Two clicks on a new digest's buttons can race; the loser uses the winner's row.
      if (!isUniqueViolation(error)) throw error;
      return this.prisma.meeting.findUniqueOrThrow({ where: key });
    }
  }

  async find(teamId: string, period: MeetingPeriod): Promise<MeetingRecord | undefined> {
    const meeting = await this.prisma.meeting.findUnique({
      where: { teamId_periodStart_periodEnd: { teamId, periodStart: period.start, periodEnd: period.end } },
    });
    return meeting ?? undefined;
  }

  /** The period of the latest meeting or posted digest, whichever ends later: the current meeting. */
  async currentPeriod(teamId: string): Promise<MeetingPeriod | undefined> {
    const [meeting, run] = await Promise.all([
      this.prisma.meeting.findFirst({
        where: { teamId },
        orderBy: { periodEnd: 'desc' },
        select: { periodStart: true, periodEnd: true },
      }),
      this.prisma.digestRun.findFirst({
        where: { teamId, status: 'posted' },
        orderBy: { periodEnd: 'desc' },
        select: { periodStart: true, periodEnd: true },
      }),
    ]);
    const latest = [meeting, run]
      .flatMap((each) => (each ? [{ start: each.periodStart, end: each.periodEnd }] : []))
      .sort((a, b) => b.end.getTime() - a.end.getTime() || b.start.getTime() - a.start.getTime())[0];
    return latest;
  }

  /** Marks the meeting held; false (and the row unchanged) when someone already did. */
  async markHeld(
    meetingId: string,
    actorId: string,
    at: Date,
  ): Promise<{ marked: boolean; meeting: MeetingRecord }> {
    const updated = await this.prisma.meeting.updateMany({
      where: { id: meetingId, heldAt: null },
      data: { heldAt: at, heldById: actorId },
    });
    const meeting = await this.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    return { marked: updated.count === 1, meeting };
  }

  async addNote(
    meeting: MeetingRecord,
    note: NewMeetingNote,
    authorId: string,
    at: Date,
  ): Promise<MeetingNoteRecord> {
    return this.prisma.meetingNote.create({
      data: {
        teamId: meeting.teamId,
        meetingId: meeting.id,
        kind: note.kind,
        text: note.text,
        kpi: note.kpi ?? null,
        clientKey: note.clientKey ?? null,
        clientName: note.clientName ?? null,
        authorId,
        at,
      },
    });
  }

  /** A meeting's decisions, notes and action items (open ones first, earliest due first). */
  async details(meeting: MeetingRecord, limit: number): Promise<MeetingDetails> {
    const notesOf = (kind: NoteKind) =>
      this.prisma.meetingNote.findMany({
        where: { meetingId: meeting.id, kind },
        orderBy: { at: 'asc' },
        take: limit,
      });
    const countOf = (kind: NoteKind) =>
      this.prisma.meetingNote.count({ where: { meetingId: meeting.id, kind } });
    const itemCount = (state: string) =>
      this.prisma.actionItem.count({ where: { meetingId: meeting.id, state } });
    const [decisions, notes, actionItems, decisionCount, noteCount, openItems, doneItems] = await Promise.all(
      [
        notesOf('decision'),
        notesOf('note'),
        this.prisma.actionItem.findMany({
          where: { meetingId: meeting.id },
          include: ACTION_ITEM_DETAIL,
          // 'open' sorts after 'done' on both databases (plain ASCII), so descending puts open items first.
          orderBy: [{ state: 'desc' }, { dueDate: 'asc' }, { createdAt: 'asc' }],
          take: limit,
        }),
        countOf('decision'),
        countOf('note'),
        itemCount('open'),
        itemCount('done'),
      ],
    );
    return {
      meeting,
      decisions,
      notes,
      actionItems,
      totals: { decisions: decisionCount, notes: noteCount, openItems, doneItems },
    };
  }

  /**
   * The last meeting before a digest of the period ending `periodEnd`: the latest one whose
   * period ended earlier and that has anything recorded.
   */
  async lastBefore(teamId: string, periodEnd: Date, limit: number): Promise<MeetingDetails | undefined> {
    const meeting = await this.prisma.meeting.findFirst({
      where: {
        teamId,
        periodEnd: { lt: periodEnd },
        OR: [
          { notes: { some: { kind: 'decision' } } },
          { actionItems: { some: {} } },
          { heldAt: { not: null } },
        ],
      },
      orderBy: { periodEnd: 'desc' },
    });
    return meeting ? this.details(meeting, limit) : undefined;
  }
}
