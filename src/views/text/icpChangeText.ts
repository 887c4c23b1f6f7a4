import type { IcpSectionChange, StoredIcpChange } from '../../domain/icp';
import type { Translator } from '../../i18n/translator';
import { sectionLabel } from './icpProfileText';

function sectionChangeText(t: Translator, change: IcpSectionChange): string {
  const items = [
    ...change.added.map((item) => `+${item}`),
    ...(change.moreAdded > 0 ? [t.t('icp.change.moreAdded', { count: change.moreAdded })] : []),
    ...change.removed.map((item) => `−${item}`),
    ...(change.moreRemoved > 0 ? [t.t('icp.change.moreRemoved', { count: change.moreRemoved })] : []),
  ];
  const what = items.length > 0 ? items.join(', ') : t.t('icp.change.reworded');
  return `${sectionLabel(t, change.section)}: ${what}`;
}

/**
 * What a version changed, in the reader's language ("Industries: +retail, −logistics; Pains:
 * reworded"), as plain text: callers escape and shorten it. A version saved before changes were
 * stored as facts shows the English sentence it was saved with.
 */
export function icpChangeText(t: Translator, change: StoredIcpChange): string {
  switch (change.kind) {
    case 'first':
      return t.t('icp.change.first', {
        sections: change.sections.map((section) => sectionLabel(t, section)).join(', '),
      });
    case 'edit':
      return change.sections.map((section) => sectionChangeText(t, section)).join('; ');
    case 'text':
      return change.text;
  }
}
