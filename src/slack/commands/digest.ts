import type { App, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { DEFAULT_SCHEDULE, nextRun } from '../../domain/digestSchedule';
import { type DigestCommand, parseDigestCommand } from '../../domain/digestCommand';
import type { TeamPermission } from '../../domain/teamRoles';
import type { ReportingPeriod } from '../../domain/digestFigures';
import { DEFAULT_CADENCE, parsePeriod, periodEndedBy } from '../../domain/periods';
import { measureDrift } from '../../digest/amendDigest';
import { capBlocks, MESSAGE_BLOCK_LIMIT } from '../../blockKit/blockKit';
import { buildDigestMessage } from '../../digest/blocks/digestMessage';
import { buildDigestThread } from '../../digest/blocks/threadReplies';
import { composeDigest, digestFormatOf } from '../../digest/composeDigest';
import { continuingRun, periodAfterLastDigest } from '../../digest/continuingPeriod';
import type { Translator } from '../../i18n/translator';
import { ruleOf } from '../../scheduler/digestJobs';
import type { TeamRecord } from '../../store/repos/teamStore';
import type { SlackDependencies } from '../dependencies';
import type { TeamContext } from '../teamContext';
import { Commands } from '../ids';
import { commandRequester, refusalMessage } from '../permissions';
import {
  buildDigestAlreadyClaimedMessage,
  buildDigestFailedMessage,
  buildDigestHelpMessage,
  buildDigestPostedMessage,
  buildDigestStatusMessage,
} from '../../digest/blocks/digestMessages';
import { buildDigestScheduleModal } from '../../views/modals/digestScheduleModal';
import { context, type KnownBlock, type SlackMessage } from '../../blockKit/message';
import { exportPeriod } from './digestExport';
import { registerQuickCommand } from './quickCommand';

/** Recent runs listed by `/digest status`; the latest posted ones are checked for late data. */
const STATUS_RUNS = 6;
const DRIFT_CHECKED_RUNS = 2;
/** A response_url takes five messages: the preview's parent and up to four of its thread. */
const PREVIEW_REPLY_MESSAGES = 4;

/**
 * The period a command names (already checked by the parser), or the last full period of the
 * team's schedule (of the default cadence without one), cut in the schedule's time zone.
 */
async function periodFor(
  deps: SlackDependencies,
  team: TeamRecord,
  typed: string | undefined,
): Promise<ReportingPeriod> {
  const schedule = await deps.digestSchedules.current(team.id);
  const timeZone = schedule?.timeZone ?? team.timezone;
  const parsed = typed === undefined ? undefined : parsePeriod(typed, timeZone);
  if (parsed?.ok) return parsed.value;
  const cadence = schedule
    ? { everyWeeks: schedule.cadenceWeeks, anchorDate: schedule.anchorDate }
    : DEFAULT_CADENCE;
  // Continues from the latest digest; when that already covers the cadence's last period, it is
  // the one meant (already posted).
  const nominal = periodEndedBy(deps.clock.now(), timeZone, cadence);
  const { period, last } = await periodAfterLastDigest(deps.store, team.id, nominal);
  return period ?? last ?? nominal;
}

async function preview(
  deps: SlackDependencies,
  team: TeamRecord,
  period: ReportingPeriod,
  respond: RespondFn,
) {
  const content = await composeDigest(deps.digests.sources, team, period);
  const parent = buildDigestMessage(content);
  await respond({
    response_type: 'ephemeral',
    text: parent.text,
    blocks: capBlocks(
      [context(content.style.t.t('digest.preview.banner')), ...parent.blocks],
      content.style.t,
    ),
  });
  // The thread goes in as few ephemeral messages as fit Slack's 50 blocks each (a response_url takes 5).
  const groups: KnownBlock[][] = [];
  for (const reply of buildDigestThread(content)) {
    const last = groups[groups.length - 1];
    const blocks: KnownBlock[] = [{ type: 'divider' }, ...reply.blocks];
    if (
      last &&
      (last.length + blocks.length <= MESSAGE_BLOCK_LIMIT || groups.length === PREVIEW_REPLY_MESSAGES)
    ) {
      last.push(...blocks);
    } else {
      groups.push(blocks);
    }
  }
  for (const blocks of groups) {
    await respond({
      response_type: 'ephemeral',
      text: content.style.t.t('digest.preview.thread'),
      blocks: capBlocks(blocks, content.style.t),
    });
  }
}

async function post(
  deps: SlackDependencies,
  team: TeamRecord,
  period: ReportingPeriod,
  channelId: string,
  userId: string,
  t: Translator,
): Promise<SlackMessage> {
  // The digest is in the team's language; the reply to the one who asked is in theirs.
  const style = { ...digestFormatOf(team, period), t };
  const outcome = await deps.digests.postPeriod({
    team,
    period,
    channelId,
    trigger: 'command',
    requestedById: userId,
    now: deps.clock.now(),
    // No request client: a digest is long work after the ack, posted with the team's bot client,
    // which waits out rate limits (a request's client fails fast on them).
  });
  if (outcome.kind === 'posted') return buildDigestPostedMessage(outcome.run, outcome.notes, style);
  if (outcome.kind === 'already_claimed') return buildDigestAlreadyClaimedMessage(outcome.run, style);
  return buildDigestFailedMessage(outcome.run, outcome.error, style);
}

async function status(deps: SlackDependencies, team: TeamRecord, t: Translator): Promise<SlackMessage> {
  const now = deps.clock.now();
  const [schedule, runs] = await Promise.all([
    deps.digestSchedules.current(team.id),
    deps.store.digestRuns.recent(team.id, STATUS_RUNS),
  ]);
  const posted = runs.filter((run) => run.status === 'posted' && run.snapshot).slice(0, DRIFT_CHECKED_RUNS);
  const drift = (await Promise.all(posted.map((run) => measureDrift(deps.store, team, run)))).flatMap(
    (report) => (report ? [report] : []),
  );
  const next = schedule?.enabled
    ? await continuingRun(deps.store, team.id, nextRun(ruleOf(schedule), now))
    : undefined;
  const style = { t, timeZone: schedule?.timeZone ?? team.timezone, currency: team.currency };
  return buildDigestStatusMessage({ schedule, next, runs, drift, style });
}

async function openSchedule(
  deps: SlackDependencies,
  client: WebClient,
  teamContext: TeamContext,
  triggerId: string,
  channelId: string,
) {
  const { team } = teamContext;
  const saved = await deps.digestSchedules.current(team.id);
  await client.views.open({
    trigger_id: triggerId,
    view: buildDigestScheduleModal(
      teamContext.t,
      saved ?? { ...DEFAULT_SCHEDULE, timeZone: team.timezone, enabled: true },
      { channelId },
    ),
  });
}

/** `/digest` requests only admins and facilitators may make; previews, status and exports are open. */
const RESTRICTED_REQUESTS: Partial<Record<DigestCommand['kind'], TeamPermission>> = {
  post: 'postDigest',
  schedule: 'scheduleDigest',
};

export function registerDigestCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.digest,
    writes: [],
    rejectionTitle: 'help.unreadableDigest',
    parse: parseDigestCommand,
    async answer({ context, command, client, respond, request }) {
      const { team } = context;
      const restricted = RESTRICTED_REQUESTS[request.kind];
      const refusal =
        restricted && (await refusalMessage(deps, context, commandRequester(command, client), restricted));
      if (refusal) return refusal;
      switch (request.kind) {
        case 'help':
          return buildDigestHelpMessage(context.t);
        case 'schedule':
          await openSchedule(deps, client, context, command.trigger_id, command.channel_id);
          return undefined;
        case 'status':
          return status(deps, team, context.t);
        case 'preview':
          await preview(deps, team, await periodFor(deps, team, request.period), respond);
          return undefined;
        case 'post':
          return post(
            deps,
            team,
            await periodFor(deps, team, request.period),
            command.channel_id,
            command.user_id,
            context.t,
          );
        case 'export':
          return exportPeriod(deps, client, context, await periodFor(deps, team, request.period), {
            channelId: command.channel_id,
            userId: command.user_id,
          });
      }
    },
  });
}
