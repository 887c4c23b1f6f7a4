import type { Stage } from '../../stages';

/** The CRMs whose exports `--from` reads as exported. */
export const CRM_NAMES = ['hubspot', 'pipedrive', 'salesforce', 'zoho', 'bitrix24', 'amocrm'] as const;
export type CrmName = (typeof CRM_NAMES)[number];

/** How a deal's status column (Pipedrive's "Status") settles its stage. */
export type DealStatus = 'WON' | 'LOST' | 'OPEN';

/**
 * How one CRM exports: its headers for each import column (in preference order: the first one a
 * file has is used), its default stage, status and source names, and how it writes dates. Names
 * are compared after `foldWord`, so case, accents and spacing do not matter.
 */
export type CrmPreset = {
  name: CrmName;
  label: string;
  headers: Partial<Record<string, readonly string[]>>;
  stages: Readonly<Record<string, Stage>>;
  statuses: Readonly<Record<string, DealStatus>>;
  /** Source names → team channel keys; others are read as "other" and counted. */
  sources: Readonly<Record<string, string>>;
  /** How slashed dates are written: "5/27/2026" month first, "27/05/2026" day first. */
  dateOrder: 'mdy' | 'dmy';
  /** True when its exports have no currency column: the import then needs --currency. */
  omitsCurrency: boolean;
};
