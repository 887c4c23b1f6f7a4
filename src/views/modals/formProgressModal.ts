import type { types } from '@slack/bolt';
import type { Translator } from '../../i18n/translator';
import { plainText } from '../../blockKit/elements';
import { section } from '../../blockKit/message';

/** Slack's limit on a modal's title. */
const TITLE_LIMIT = 24;

/**
 * The view a form becomes while its save outlives the time Slack gives an answer ("Saving…"), and
 * then with the real outcome (saved, or not saved and why): it has no submit button, so nothing
 * can be sent twice from it.
 */
export function buildFormProgressModal(
  t: Translator,
  input: { title: string; callbackId: string; lines: string[] },
): types.ModalView {
  return {
    type: 'modal',
    callback_id: input.callbackId,
    title: plainText(input.title, TITLE_LIMIT),
    close: plainText(t.t('modals.cancel'), TITLE_LIMIT),
    blocks: input.lines.filter((line) => line !== '').map((line) => section(line)),
  };
}
