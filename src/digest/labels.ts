import type { Translator } from '../i18n/translator';

/** Human labels of the team's list keys (channels, lost reasons, products), e.g. paid_search → "Paid search". */
export type DigestLabels = {
  channels: Record<string, string>;
  lostReasons: Record<string, string>;
  products: Record<string, string>;
};

export const NO_LABELS: DigestLabels = { channels: {}, lostReasons: {}, products: {} };

/** The label of a key; unknown keys (archived options, free text) show as typed, blanks as "(none)". */
export function labelOf(
  labels: Record<string, string>,
  key: string | null | undefined,
  t: Translator,
): string {
  if (key === null || key === undefined || key.trim() === '') return t.t('common.none');
  return labels[key] ?? key;
}
