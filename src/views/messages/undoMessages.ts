import { formatDayTime } from '../../domain/dates';
import type { MessageKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translator';
import type { UndoOutcome } from '../../store/repos/undoStore';
import { stageLabel } from '../text/dealFormat';
import { section, type SlackMessage } from '../../blockKit/message';
import { userMention } from '../../blockKit/text';

/** What an undone lead change restored, by the change's action; other actions read generically. */
const LEAD_RESTORED: Partial<Record<string, MessageKey>> = {
  update: 'undo.leadRestoredUpdate',
  qualify: 'undo.leadRestoredQualify',
  disqualify: 'undo.leadRestoredDisqualify',
};

function message(text: string): SlackMessage {
  return { text: text.replace(/[*`]/g, ''), blocks: [section(text)] };
}

/** What an Undo click did, or why it could not. */
export function buildUndoMessage(t: Translator, outcome: UndoOutcome, timeZone: string): SlackMessage {
  if (outcome.kind === 'gone') return message(`:grey_question: ${t.t('undo.gone')}`);
  if (outcome.kind === 'undone') {
    const { undone } = outcome;
    const reference = `${undone.entityType === 'lead' ? 'L' : 'D'}-${undone.number}`;
    if (undone.entityType === 'lead') {
      const restored = LEAD_RESTORED[undone.action] ?? 'undo.leadRestored';
      return message(
        `:leftwards_arrow_with_hook: ${t.t(undone.lead ? restored : 'undo.leadRemoved', { reference })}`,
      );
    }
    const lead = undone.leadRestored ? ` ${t.t('undo.leadUnqualified')}` : '';
    return message(
      `:leftwards_arrow_with_hook: ${
        undone.deal
          ? t.t('undo.dealRestored', { reference, stage: stageLabel(t, undone.deal.stage) })
          : t.t('undo.dealRemoved', { reference })
      }${lead}`,
    );
  }
  const { reference, refusal } = outcome;
  switch (refusal.reason) {
    case 'already_undone':
      return message(
        `:information_source: ${t.t('undo.alreadyUndone', { reference, when: formatDayTime(refusal.at, timeZone, t) })}`,
      );
    case 'not_author':
      return message(
        `:no_entry: ${t.t('undo.notAuthor', { reference, user: userMention(refusal.authorId) })}`,
      );
    case 'expired':
      return message(`:hourglass: ${t.t('undo.expired', { reference, count: refusal.minutesAgo })}`);
    case 'changed_since':
      return message(
        `:no_entry: ${t.t('undo.changedSince', {
          reference,
          user: userMention(refusal.byUserId),
          when: formatDayTime(refusal.at, timeZone, t),
        })}`,
      );
    case 'has_deals':
      return message(
        `:no_entry: ${t.t('undo.hasDeals', {
          reference,
          count: refusal.dealNumbers.length,
          deals: refusal.dealNumbers.map((number) => `\`D-${number}\``).join(', '),
        })}`,
      );
  }
}
