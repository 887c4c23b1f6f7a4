import { z } from 'zod';
import type { types } from '@slack/bolt';
import type { Translator } from '../../i18n/translator';
import type { LeadRecord } from '../../store/repos/leadStore';
import { CallbackIds } from '../../slack/ids';
import { buildDuplicateWarningMessage } from '../messages/leadMessages';
import { type KnownBlock, section } from '../../blockKit/message';
import { modalText } from '../../blockKit/elements';

export const leadDuplicateMetadata = z.object({ draftId: z.string(), channelId: z.string().optional() });
export type LeadDuplicateMetadata = z.infer<typeof leadDuplicateMetadata>;

/** Pushed over the lead form when the lead may exist already; closing it returns to the filled form. */
export function buildLeadDuplicateModal(
  t: Translator,
  company: string,
  duplicates: LeadRecord[],
  metadata: LeadDuplicateMetadata,
  formatDate: (date: Date) => string,
  notice?: string,
  typedEmail?: string,
): types.ModalView {
  const [warning] = buildDuplicateWarningMessage(
    t,
    company,
    duplicates,
    metadata.draftId,
    formatDate,
    typedEmail,
  ).blocks;
  return leadDuplicateView(t, JSON.stringify(metadata), [
    ...(notice ? [section(notice)] : []),
    ...(warning ? [warning] : []),
  ]);
}

/** The duplicate form's frame around its blocks; a failed "Add anyway" shows it again with a notice. */
export function leadDuplicateView(
  t: Translator,
  privateMetadata: string,
  blocks: KnownBlock[],
): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.leadDuplicateModal,
    private_metadata: privateMetadata,
    title: modalText(t.t('leadForm.duplicateTitle')),
    submit: modalText(t.t('leadForm.addAnyway')),
    close: modalText(t.t('modals.back')),
    blocks,
  };
}
