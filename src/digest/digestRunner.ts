import type { Logger } from '@slack/bolt';
import PQueue from 'p-queue';
import type { WebClient } from '@slack/web-api';
import { NOT_INSTALLED, type BotClients } from '../runtime/botClients';
import type { ReportingPeriod } from '../domain/digestFigures';
import { createTranslator } from '../i18n/translator';
import type { SlackPacer } from '../runtime/slackPacing';
import type { DigestRunRecord, DigestTrigger } from '../store/repos/digestRunStore';
import type { TeamRecord } from '../store/repos/teamStore';
import { buildDigestMessage } from './blocks/digestMessage';
import { buildDigestThread } from './blocks/threadReplies';
import { composeDigest, reportingTimeZone, type DigestSources } from './composeDigest';
import { describeSlackError, postDigest } from './postDigest';
import { writeFiguresSnapshot } from './snapshot';

/** Minutes to wait before each retry of a failed post; after the last one the run is given up. */
export const RETRY_BACKOFF_MINUTES = [1, 5, 15, 60, 180] as const;
/**
 * Digests composed at once per instance. Composing holds database connections; posting mostly
 * waits for Slack's pace, so many digests post at once while few compose, leaving the pool to commands.
 */
export const DIGESTS_COMPOSED_AT_ONCE = 2;
/** A claim held this long without a posted message belongs to an instance that died. */
export const CLAIM_LEASE_MS = 10 * 60_000;

export type DigestRunOutcome =
  | { kind: 'posted'; run: DigestRunRecord; notes: string[] }
  | { kind: 'already_claimed'; run: DigestRunRecord }
  | { kind: 'failed'; run: DigestRunRecord; error: string };

/**
 * `clients` gives background work (schedule, retries) each workspace's bot client; `pacer` keeps
 * every post within Slack's limits for its workspace and channel.
 */
export type DigestRunnerDependencies = DigestSources & {
  clients: BotClients;
  pacer: SlackPacer;
  logger: Logger;
};

/** When the next attempt after `attempts` failed ones is due; null when the run is given up. */
export function nextAttemptAfter(attempts: number, failedAt: Date): Date | null {
  const minutes = RETRY_BACKOFF_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(failedAt.getTime() + minutes * 60_000);
}

export function periodOfRun(run: DigestRunRecord, timeZone: string): ReportingPeriod {
  return { start: run.periodStart, end: run.periodEnd, timeZone };
}

/**
 * Posts digests so that each team and period is posted exactly once: the run row is claimed
 * before anything is sent, the parent's ts is stored the moment Slack returns it, and failures
 * are retried with backoff by `retryDue`.
 */
export class DigestRunner {
  private readonly composing = new PQueue({ concurrency: DIGESTS_COMPOSED_AT_ONCE });

  constructor(private readonly deps: DigestRunnerDependencies) {}

  /** Where digests get their data and chart images, for previews composed without posting. */
  get sources(): DigestSources {
    return { store: this.deps.store, charts: this.deps.charts };
  }

  async postPeriod(input: {
    team: TeamRecord;
    period: ReportingPeriod;
    channelId: string;
    trigger: DigestTrigger;
    requestedById?: string;
    now: Date;
    /** The request's own client when a Slack request asked for the post; else the team's bot client. */
    client?: WebClient;
  }): Promise<DigestRunOutcome> {
    const { client, ...claimInput } = input;
    const claim = await this.deps.store.digestRuns.claim({ teamId: input.team.id, ...claimInput });
    if (!claim.claimed) return { kind: 'already_claimed', run: claim.existing };
    return this.attempt(claim.run, input.team, input.now, client);
  }

  /** Retries failed runs whose time has come and takes over claims of instances that died. */
  async retryDue(now: Date): Promise<DigestRunOutcome[]> {
    const staleBefore = new Date(now.getTime() - CLAIM_LEASE_MS);
    const due = await this.deps.store.digestRuns.due(now, staleBefore, 20);
    const outcomes: DigestRunOutcome[] = [];
    for (const { team, ...run } of due) {
      if (run.status === 'posting' && run.ts !== null) {
        await this.deps.store.digestRuns.closeInterrupted(run.id, staleBefore, now);
        continue;
      }
      if (!(await this.deps.store.digestRuns.reclaim(run, now, staleBefore))) continue;
      outcomes.push(await this.attempt({ ...run, attempts: run.attempts + 1 }, team, now));
    }
    return outcomes;
  }

  private async attempt(
    run: DigestRunRecord,
    team: TeamRecord,
    now: Date,
    requestClient?: WebClient,
  ): Promise<DigestRunOutcome> {
    const { store, logger } = this.deps;
    let parentPosted = run.ts !== null;
    let snapshot = run.snapshot;
    try {
      const client = requestClient ?? (await this.deps.clients.botClientFor(team));
      if (!client) return await this.giveUpUninstalled(run, team);
      const timeZone = await reportingTimeZone(store, team);
      const content = await this.composing.add(() =>
        composeDigest(this.deps, team, periodOfRun(run, timeZone)),
      );
      snapshot = writeFiguresSnapshot(content.figures);
      const posted = await postDigest(
        client,
        run.channelId,
        { parent: buildDigestMessage(content), replies: buildDigestThread(content), t: content.style.t },
        {
          logger,
          pace: (method, channelId, call) =>
            this.deps.pacer.paced({ workspace: team.slackTeamId, method, channelId }, call),
          onParentPosted: async (ts, parent) => {
            parentPosted = true;
            await store.digestRuns.recordParent(run.id, {
              channelId: run.channelId,
              ts,
              payload: JSON.stringify(parent),
            });
          },
        },
      );
      const updated = await store.digestRuns.markPosted(run.id, {
        permalink: posted.permalink,
        snapshot,
        postedAt: now,
        note: posted.notes.length > 0 ? posted.notes.join(' ') : null,
      });
      return { kind: 'posted', run: updated, notes: posted.notes };
    } catch (error) {
      const message = describeSlackError(error);
      logger.error(
        `digest of team ${team.id} for ${run.periodStart.toISOString()} failed (attempt ${run.attempts})`,
        error,
      );
      if (parentPosted) {
        // The parent is in the channel: posting again would post it twice, so the run counts as posted.
        const updated = await store.digestRuns.markPosted(run.id, {
          permalink: run.permalink,
          snapshot,
          postedAt: now,
          note: createTranslator(team.locale).t('digest.post.finishingFailed', { error: message }),
        });
        return { kind: 'posted', run: updated, notes: [message] };
      }
      const failed = await store.digestRuns.markFailed(run.id, message, nextAttemptAfter(run.attempts, now));
      return { kind: 'failed', run: failed, error: message };
    }
  }

  /** Tandem was uninstalled (or its token revoked) there: the run is given up at once, never retried. */
  private async giveUpUninstalled(run: DigestRunRecord, team: TeamRecord): Promise<DigestRunOutcome> {
    this.deps.logger.warn(
      `digest of team ${team.id} for ${run.periodStart.toISOString()} skipped: Tandem has no active installation in ${team.slackTeamId} (uninstalled or revoked); it is not retried`,
    );
    const abandoned = await this.deps.store.digestRuns.markFailed(run.id, NOT_INSTALLED, null);
    return { kind: 'failed', run: abandoned, error: NOT_INSTALLED };
  }
}
