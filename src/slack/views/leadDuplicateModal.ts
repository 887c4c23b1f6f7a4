import type { types } from '@slack/bolt';
import type { LeadRecord } from '../../store/leadStore';
import { CallbackIds } from '../ids';
import { buildDuplicateWarningMessage } from './leadMessages';
import { section } from './message';

export type LeadDuplicateMetadata = { draftId: string; channelId?: string };

/** Pushed over the lead form when the lead may exist already; closing it returns to the filled form. */
export function buildLeadDuplicateModal(
  company: string,
  duplicates: LeadRecord[],
  metadata: LeadDuplicateMetadata,
  formatDate: (date: Date) => string,
  notice?: string,
): types.ModalView {
  const [warning] = buildDuplicateWarningMessage(company, duplicates, metadata.draftId, formatDate).blocks;
  return {
    type: 'modal',
    callback_id: CallbackIds.leadDuplicateModal,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: 'Possible duplicate' },
    submit: { type: 'plain_text', text: 'Add anyway' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: [...(notice ? [section(notice)] : []), ...(warning ? [warning] : [])],
  };
}
