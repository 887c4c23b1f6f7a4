import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { DigestFigures } from '../domain/digestFigures';
import type { Store } from '../store';
import type { DigestRunRecord } from '../store/repos/digestRunStore';
import type { TeamRecord } from '../store/repos/teamStore';
import type { SlackMessage } from '../blockKit/message';
import type { SlackPacer } from '../runtime/slackPacing';
import { buildAmendedFiguresReply } from './blocks/amendedReply';
import { amendedNote, markAmended } from './blocks/digestMessage';
import { digestFormatOf, figuresFor, reportingTimeZone } from './composeDigest';
import { periodOfRun } from './digestRunner';
import { describeDrift, figuresDrift, type FigureDrift } from './drift';
import { readFiguresSnapshot, writeFiguresSnapshot } from './snapshot';

/** How a posted period's figures moved since its digest (or its last amendment). */
export type DriftReport = {
  run: DigestRunRecord;
  lateEntries: number;
  drifts: FigureDrift[];
  current: DigestFigures;
  summary: string;
};

/** Recomputes a posted run's period and compares it with the snapshot; undefined for runs without one. */
export async function measureDrift(
  store: Store,
  team: TeamRecord,
  run: DigestRunRecord,
): Promise<DriftReport | undefined> {
  if (run.status !== 'posted' || !run.snapshot || !run.postedAt) return undefined;
  const period = periodOfRun(run, await reportingTimeZone(store, team));
  const since = run.amendedAt ?? run.postedAt;
  const [current, lateEntries] = await Promise.all([
    figuresFor(store, team, period),
    store.digestDetails.lateEntries(team.id, period, since),
  ]);
  const drifts = figuresDrift(readFiguresSnapshot(run.snapshot), current);
  return {
    run,
    lateEntries,
    drifts,
    current,
    summary: describeDrift(lateEntries, drifts, digestFormatOf(team, period)),
  };
}

/**
 * Posts a posted period's corrected figures as a thread reply, marks the parent "amended" with
 * chat.update, and makes the corrected figures the run's snapshot (so drift restarts from them).
 * Both calls wait for the channel's and workspace's pace (`pacer`), like the digest's own posts,
 * so amending during a digest storm does not get the channel refused.
 */
export async function postAmendedFigures(
  deps: { store: Store; client: WebClient; logger: Logger; pacer: SlackPacer },
  team: TeamRecord,
  report: DriftReport,
  now: Date,
): Promise<{ replyTs: string | undefined }> {
  const { run } = report;
  const ts = run.ts;
  if (!ts) throw new Error(`digest run ${run.id} has no posted message to amend`);
  const style = digestFormatOf(team, report.current.period);
  const reply = buildAmendedFiguresReply({ ...report, style });
  const pace = <T>(method: string, call: () => Promise<T>) =>
    deps.pacer.paced({ workspace: team.slackTeamId, method, channelId: run.channelId }, call);
  const posted = await pace('chat.postMessage', () =>
    deps.client.chat.postMessage({ channel: run.channelId, thread_ts: ts, ...reply }),
  );
  let payload = run.message ?? '';
  if (run.message) {
    const parent = markAmended(JSON.parse(run.message) as SlackMessage, amendedNote(now, { style }), style.t);
    payload = JSON.stringify(parent);
    try {
      await pace('chat.update', () => deps.client.chat.update({ channel: run.channelId, ts, ...parent }));
    } catch (error) {
      deps.logger.warn(
        `could not mark digest ${run.id} as amended; the amended figures are in its thread`,
        error,
      );
    }
  }
  await deps.store.digestRuns.recordAmendment(run.id, {
    snapshot: writeFiguresSnapshot(report.current),
    payload,
    at: now,
  });
  return { replyTs: posted.ts };
}
