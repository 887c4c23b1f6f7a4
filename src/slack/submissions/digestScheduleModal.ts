import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { validateDigestSchedule, type DigestScheduleFields } from '../../domain/digestCommand';
import { firstRunDate, nextRun, WEEKDAY_NAMES } from '../../domain/digestSchedule';
import { formatDateTime, formatPeriod } from '../../digest/format';
import type { FieldProblem } from '../../domain/inputError';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, DigestScheduleBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { readDigestScheduleModal, type DigestScheduleMetadata } from '../views/digestScheduleModal';
import { section } from '../views/message';
import { readMetadata } from '../views/viewState';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

function scheduleErrors(problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId =
      DigestScheduleBlocks[each.field as keyof typeof DigestScheduleBlocks] ?? DigestScheduleBlocks.channel;
    errors[blockId] = `${each.message}${each.example ? ` (e.g. ${each.example})` : ''}`;
  }
  return errors;
}

function describeSaved(
  fields: DigestScheduleFields,
  next: ReturnType<typeof nextRun>,
  locale: string,
): string {
  const cadence = fields.cadenceWeeks === 1 ? 'every week' : `every ${fields.cadenceWeeks} weeks`;
  const rule = `${cadence} on ${WEEKDAY_NAMES[fields.weekday - 1] ?? '?'} at ${fields.time} (${fields.timeZone}) in <#${fields.channelId}>`;
  if (!fields.enabled) return `:pause_button: Digest schedule saved but paused: ${rule}.`;
  return (
    `:calendar: The digest is posted ${rule}. The first one: ${formatDateTime(next.at, fields.timeZone, locale)}, ` +
    `reporting ${formatPeriod(next.period, locale)}. Reps get a reminder the day before about records to fix.`
  );
}

export function registerDigestScheduleSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.digestScheduleModal, async ({ ack, view, body, client }: ViewArgs) => {
    const validated = validateDigestSchedule(readDigestScheduleModal(view.state.values));
    if (!validated.ok)
      return await ack({ response_action: 'errors', errors: scheduleErrors(validated.problems) });
    const fields = validated.value;
    const now = deps.clock.now();
    const anchorDate = firstRunDate(fields.weekday, fields.time, fields.timeZone, now);
    let locale = 'en';
    try {
      await withinBudget(
        (async () => {
          const { team } = await resolveTeam(deps, payloadOrigin(body));
          locale = team.locale;
          await deps.store.digestSchedules.save(team.id, { ...fields, anchorDate }, body.user.id, now);
        })(),
      );
    } catch (error) {
      deps.logger.error('digest schedule could not be saved within the time Slack allows', error);
      return await ack({
        response_action: 'errors',
        errors: {
          [DigestScheduleBlocks.channel]:
            'Tandem could not save just now. Your choices are still here: press Save again in a moment.',
        },
      });
    }
    await ack();
    const next = nextRun({ ...fields, anchorDate }, now);
    const metadata = readMetadata(view.private_metadata) as DigestScheduleMetadata;
    const text = describeSaved(fields, next, locale);
    await replyPrivately(
      client,
      { userId: body.user.id, channelId: metadata.channelId },
      { text, blocks: [section(text)] },
      deps.logger,
    );
  });
}
