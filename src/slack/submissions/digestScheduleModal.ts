import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { validateDigestSchedule, type DigestScheduleFields } from '../../domain/digestCommand';
import { type ScheduledRun, transitionalDays } from '../../domain/digestSchedule';
import { continuingRun } from '../../digest/continuingPeriod';
import { formatDateTime, formatPeriod } from '../../digest/format';
import type { FieldProblem } from '../../domain/inputError';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, DigestScheduleBlocks } from '../ids';
import { withinBudget } from '../modalBudget';
import { payloadRequester, refusalFor } from '../permissions';
import { replyPrivately } from '../reply';
import { payloadOrigin, resolveTeam, type TeamContext, withTeamName } from '../teamContext';
import {
  readDigestScheduleModal,
  digestScheduleMetadata,
  weekdayName,
} from '../../views/modals/digestScheduleModal';
import { section } from '../../blockKit/message';
import { describeProblem } from '../../views/messages/problemMessage';
import { readMetadata } from '../../views/modals/viewState';
import { unsavedFormErrors } from './failedFormLanguage';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

function scheduleErrors(t: Translator, problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const each of problems) {
    const blockId =
      DigestScheduleBlocks[each.field as keyof typeof DigestScheduleBlocks] ?? DigestScheduleBlocks.channel;
    errors[blockId] = describeProblem(t, each);
  }
  return errors;
}

/** What was saved, in the user's language: the rule, and when enabled the first digest and its period. */
function describeSaved(
  t: Translator,
  fields: DigestScheduleFields,
  next: ScheduledRun,
  anchorDate: string,
): string {
  const parts = {
    weekday: weekdayName(t, fields.weekday),
    time: fields.time,
    timeZone: fields.timeZone,
    channel: `<#${fields.channelId}>`,
  };
  const rule =
    fields.cadenceWeeks === 1
      ? t.t('digestScheduleForm.ruleWeekly', parts)
      : t.t('digestScheduleForm.rule', { ...parts, count: fields.cadenceWeeks });
  if (!fields.enabled) return t.t('digestScheduleForm.savedPaused', { rule });
  const saved = t.t('digestScheduleForm.saved', {
    rule,
    first: formatDateTime(next.at, fields.timeZone, t),
    period: formatPeriod(next.period, t),
  });
  const transition = transitionalDays(next.period, { ...fields, anchorDate });
  return transition === undefined ? saved : `${saved} ${t.t('digest.transitional', { count: transition })}`;
}

export function registerDigestScheduleSubmission(app: App, deps: SlackDependencies): void {
  app.view(CallbackIds.digestScheduleModal, async ({ ack, view, body, client }: ViewArgs) => {
    const validated = validateDigestSchedule(readDigestScheduleModal(view.state.values));
    let t: Translator | undefined;
    let refusal: string | undefined;
    let saved: { context: TeamContext; next: ScheduledRun; anchorDate: string } | undefined;
    try {
      // One budget for the team (the user's language) and the save: the answer is due in 3 seconds.
      t = await withinBudget(
        (async () => {
          const context = await resolveTeam(deps, payloadOrigin(body, client));
          const who = payloadRequester(body, client);
          refusal = (await refusalFor(deps, context.t, context.team, who, 'scheduleDigest'))?.plainText;
          if (validated.ok && !refusal) {
            const { schedule, next } = await deps.digestSchedules.save(
              context.team.id,
              validated.value,
              body.user.id,
            );
            saved = { context, next, anchorDate: schedule.anchorDate };
          }
          return context.t;
        })(),
      );
    } catch (error) {
      deps.logger.error('digest schedule could not be saved within the time Slack allows', error);
      return await ack(
        await unsavedFormErrors(
          deps,
          t,
          payloadOrigin(body, client),
          DigestScheduleBlocks.channel,
          (language) => language.t('modals.couldNotSaveChoices', { button: language.t('modals.save') }),
        ),
      );
    }
    if (refusal)
      return await ack({ response_action: 'errors', errors: { [DigestScheduleBlocks.channel]: refusal } });
    if (!validated.ok)
      return await ack({ response_action: 'errors', errors: scheduleErrors(t, validated.problems) });
    await ack();
    if (!saved) return;
    const fields = validated.value;
    const next = await continuingRun(deps.store, saved.context.team.id, saved.next);
    const metadata = readMetadata(view.private_metadata, digestScheduleMetadata) ?? {};
    const text = describeSaved(t, fields, next, saved.anchorDate);
    await replyPrivately(
      client,
      { userId: body.user.id, channelId: metadata.channelId },
      await withTeamName(deps, saved.context, { text, blocks: [section(text)] }, body.user.id),
      deps.logger,
    );
  });
}
