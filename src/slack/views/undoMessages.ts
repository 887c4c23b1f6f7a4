import { formatDayTime } from '../../domain/calendar';
import type { UndoOutcome } from '../../store/undoStore';
import { stageLabel } from './dealFormat';
import { section, type SlackMessage } from './message';
import { userMention } from './text';

function message(text: string): SlackMessage {
  return { text: text.replace(/[*`]/g, ''), blocks: [section(text)] };
}

/** What an Undo click did, or why it could not. */
export function buildUndoMessage(outcome: UndoOutcome, timeZone: string): SlackMessage {
  if (outcome.kind === 'gone')
    return message(':grey_question: There is nothing to undo: that lead or deal no longer exists.');
  if (outcome.kind === 'undone') {
    const { undone } = outcome;
    if (undone.entityType === 'lead') {
      return undone.lead
        ? message(
            `:leftwards_arrow_with_hook: Undone: \`L-${undone.number}\` is back to what it was before your ${undone.action}.`,
          )
        : message(`:leftwards_arrow_with_hook: Undone: lead \`L-${undone.number}\` is removed.`);
    }
    const lead = undone.leadRestored ? ' Its lead is back to not qualified.' : '';
    return undone.deal
      ? message(
          `:leftwards_arrow_with_hook: Undone: \`D-${undone.number}\` is back in *${stageLabel(undone.deal.stage)}*.${lead}`,
        )
      : message(`:leftwards_arrow_with_hook: Undone: deal \`D-${undone.number}\` is removed.${lead}`);
  }
  const { reference, refusal } = outcome;
  switch (refusal.reason) {
    case 'already_undone':
      return message(
        `:information_source: This change to \`${reference}\` was already undone (${formatDayTime(refusal.at, timeZone)}).`,
      );
    case 'not_author':
      return message(
        `:no_entry: Only ${userMention(refusal.authorId)}, who made this change to \`${reference}\`, can undo it.`,
      );
    case 'expired':
      return message(
        `:hourglass: This change to \`${reference}\` was made ${refusal.minutesAgo} minutes ago; undo works for 15 minutes. Change it back by hand instead.`,
      );
    case 'changed_since':
      return message(
        `:no_entry: \`${reference}\` was changed since, by ${userMention(refusal.byUserId)} at ${formatDayTime(refusal.at, timeZone)}; ` +
          'undoing now would throw that change away. Change it back by hand instead.',
      );
    case 'has_deals':
      return message(
        `:no_entry: \`${reference}\` already has deal${refusal.dealNumbers.length === 1 ? '' : 's'} ${refusal.dealNumbers.map((number) => `\`D-${number}\``).join(', ')}, so it is kept.`,
      );
  }
}
