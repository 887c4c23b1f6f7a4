import type { App } from '@slack/bolt';
import { validateDigestSchedule, type DigestScheduleFields } from '../../domain/digestCommand';
import { type ScheduledRun, transitionalDays } from '../../domain/digestSchedule';
import { continuingRun } from '../../digest/continuingPeriod';
import { formatDateTime, formatPeriod } from '../../digest/format';
import type { FieldProblem } from '../../domain/inputError';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, DigestScheduleBlocks } from '../ids';
import { registerFormSubmission } from '../formSubmission';
import {
  readDigestScheduleModal,
  digestScheduleMetadata,
  weekdayName,
} from '../../views/modals/digestScheduleModal';
import { section } from '../../blockKit/message';
import { describeProblem } from '../../views/messages/problemMessage';
import { readMetadata } from '../../views/modals/viewState';

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
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.digestScheduleModal,
    name: 'digest schedule form',
    errorBlock: DigestScheduleBlocks.channel,
    submitLabel: (t) => t.t('modals.save'),
    permission: 'scheduleDigest',
    unsaved: (t) => ({
      response_action: 'errors',
      errors: {
        [DigestScheduleBlocks.channel]: t.t('modals.couldNotSaveChoices', { button: t.t('modals.save') }),
      },
    }),
    async save({ view, reply, context: { team, t }, userId }) {
      const validated = validateDigestSchedule(readDigestScheduleModal(view.state.values));
      if (!validated.ok) return { kind: 'errors', errors: scheduleErrors(t, validated.problems) };
      const fields = validated.value;
      const { schedule, next } = await deps.digestSchedules.save(team.id, fields, userId);
      const confirm = async () => {
        const continuing = await continuingRun(deps.store, team.id, next);
        const { channelId } = readMetadata(view.private_metadata, digestScheduleMetadata) ?? {};
        const text = describeSaved(t, fields, continuing, schedule.anchorDate);
        await reply({ userId, channelId }, { text, blocks: [section(text)] });
      };
      return { kind: 'saved', confirm };
    },
  });
}
