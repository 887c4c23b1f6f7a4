import type { ReportingPeriod } from '../../domain/digestFigures';
import type { DigestRun } from '../../generated/postgresql/client';
import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';
import type { TeamRecord } from './teamStore';

export type DigestRunRecord = DigestRun;

/** A run to retry, with the team it belongs to. */
export type DueDigestRun = DigestRunRecord & { team: TeamRecord };

export type DigestRunStatus = 'posting' | 'posted' | 'failed' | 'abandoned';
export type DigestTrigger = 'schedule' | 'command';

export type ClaimOutcome =
  { claimed: true; run: DigestRunRecord } | { claimed: false; existing: DigestRunRecord };

/** Team periods looked up per query by `teamsWithRuns` (three bound parameters each). */
const RUN_LOOKUP_CHUNK = 300;

/**
 * Digest runs, one row per team and period. Taking the row is the claim to post that period: the
 * unique (teamId, periodStart, periodEnd) lets exactly one instance win, and retries take the row
 * back with a compare-and-set on its status and attempt count.
 */
export class DigestRunStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  async claim(input: {
    teamId: string;
    period: ReportingPeriod;
    channelId: string;
    trigger: DigestTrigger;
    requestedById?: string;
    now: Date;
  }): Promise<ClaimOutcome> {
    try {
      const run = await this.prisma.digestRun.create({
        data: {
          teamId: input.teamId,
          periodStart: input.period.start,
          periodEnd: input.period.end,
          status: 'posting',
          trigger: input.trigger,
          attempts: 1,
          claimedAt: input.now,
          channelId: input.channelId,
          requestedById: input.requestedById ?? null,
          createdAt: input.now,
        },
      });
      return { claimed: true, run };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.forPeriod(input.teamId, input.period);
      if (!existing) throw error;
      return { claimed: false, existing };
    }
  }

  /**
   * Which of these team periods already have a run (claimed by this or another instance), in a
   * few queries instead of one per team: `teamId` of each that has one.
   */
  async teamsWithRuns(wanted: { teamId: string; period: ReportingPeriod }[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let from = 0; from < wanted.length; from += RUN_LOOKUP_CHUNK) {
      const rows = await this.prisma.digestRun.findMany({
        where: {
          OR: wanted.slice(from, from + RUN_LOOKUP_CHUNK).map(({ teamId, period }) => ({
            teamId,
            periodStart: period.start,
            periodEnd: period.end,
          })),
        },
        select: { teamId: true },
      });
      for (const row of rows) found.add(row.teamId);
    }
    return found;
  }

  async forPeriod(teamId: string, period: ReportingPeriod): Promise<DigestRunRecord | undefined> {
    const run = await this.prisma.digestRun.findUnique({
      where: { teamId_periodStart_periodEnd: { teamId, periodStart: period.start, periodEnd: period.end } },
    });
    return run ?? undefined;
  }

  /**
   * Takes a failed run (or one whose poster vanished before posting anything: `posting` since
   * before `staleBefore` with no message ts) back for another attempt; false when another
   * instance took it first.
   */
  async reclaim(run: DigestRunRecord, now: Date, staleBefore: Date): Promise<boolean> {
    const taken = await this.prisma.digestRun.updateMany({
      where: {
        id: run.id,
        attempts: run.attempts,
        OR: [{ status: 'failed' }, { status: 'posting', ts: null, claimedAt: { lt: staleBefore } }],
      },
      data: { status: 'posting', attempts: { increment: 1 }, claimedAt: now, nextAttemptAt: null },
    });
    return taken.count === 1;
  }

  /** Runs waiting for another attempt now, and claims left behind by an instance that stopped mid-post. */
  async due(now: Date, staleBefore: Date, limit: number): Promise<DueDigestRun[]> {
    return this.prisma.digestRun.findMany({
      include: { team: true },
      where: {
        OR: [
          { status: 'failed', nextAttemptAt: { lte: now } },
          { status: 'posting', claimedAt: { lt: staleBefore } },
        ],
      },
      orderBy: { claimedAt: 'asc' },
      take: limit,
    });
  }

  /** Records the parent message as soon as Slack has it, so a crash afterwards never posts it twice. */
  async recordParent(
    runId: string,
    message: { channelId: string; ts: string; payload: string },
  ): Promise<void> {
    await this.prisma.digestRun.update({
      where: { id: runId },
      data: { channelId: message.channelId, ts: message.ts, message: message.payload },
    });
  }

  /**
   * Closes a run whose poster stopped after Slack had the parent (its ts is stored): it is in the
   * channel, so it counts as posted; the thread may be incomplete and the note says so.
   */
  async closeInterrupted(runId: string, claimedBefore: Date, now: Date): Promise<boolean> {
    const closed = await this.prisma.digestRun.updateMany({
      where: { id: runId, status: 'posting', ts: { not: null }, claimedAt: { lt: claimedBefore } },
      data: {
        status: 'posted',
        postedAt: now,
        lastError: 'Tandem stopped while posting the thread; some replies may be missing.',
      },
    });
    return closed.count === 1;
  }

  async markPosted(
    runId: string,
    result: { permalink: string | null; snapshot: string | null; postedAt: Date; note: string | null },
  ): Promise<DigestRunRecord> {
    return this.prisma.digestRun.update({
      where: { id: runId },
      data: {
        status: 'posted',
        permalink: result.permalink,
        snapshot: result.snapshot,
        postedAt: result.postedAt,
        lastError: result.note,
        nextAttemptAt: null,
      },
    });
  }

  /** A failed attempt: retried at `nextAttemptAt`, or given up (`abandoned`) when that is null. */
  async markFailed(runId: string, error: string, nextAttemptAt: Date | null): Promise<DigestRunRecord> {
    return this.prisma.digestRun.update({
      where: { id: runId },
      data: { status: nextAttemptAt ? 'failed' : 'abandoned', lastError: error, nextAttemptAt },
    });
  }

  async recent(teamId: string, limit: number): Promise<DigestRunRecord[]> {
    return this.prisma.digestRun.findMany({ where: { teamId }, orderBy: { periodEnd: 'desc' }, take: limit });
  }

  async find(teamId: string, runId: string): Promise<DigestRunRecord | undefined> {
    return (await this.prisma.digestRun.findFirst({ where: { id: runId, teamId } })) ?? undefined;
  }

  /** Stores the amended figures as the run's snapshot and the re-marked parent message. */
  async recordAmendment(
    runId: string,
    amendment: { snapshot: string; payload: string; at: Date },
  ): Promise<void> {
    await this.prisma.digestRun.update({
      where: { id: runId },
      data: { snapshot: amendment.snapshot, message: amendment.payload, amendedAt: amendment.at },
    });
  }
}
