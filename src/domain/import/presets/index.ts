import { AMOCRM } from './amocrm';
import { BITRIX24 } from './bitrix24';
import { type CrmName, type CrmPreset } from './crmPreset';
import { HUBSPOT } from './hubspot';
import { PIPEDRIVE } from './pipedrive';
import { SALESFORCE } from './salesforce';
import { ZOHO } from './zoho';

export { CRM_NAMES, type CrmName, type CrmPreset, type DealStatus } from './crmPreset';

export const CRM_PRESETS: Readonly<Record<CrmName, CrmPreset>> = {
  hubspot: HUBSPOT,
  pipedrive: PIPEDRIVE,
  salesforce: SALESFORCE,
  zoho: ZOHO,
  bitrix24: BITRIX24,
  amocrm: AMOCRM,
};
