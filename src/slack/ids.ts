/** Every slash command, callback, action and block id Tandem uses, in one place. */
export const Commands = {
  lead: '/lead',
} as const;

export const CallbackIds = {
  leadModal: 'lead_modal',
  leadDuplicateModal: 'lead_duplicate_modal',
} as const;

export const ActionIds = {
  leadEdit: 'lead_edit',
  leadAddAnyway: 'lead_add_anyway',
  leadCancelDraft: 'lead_cancel_draft',
  countrySelect: 'country_select',
} as const;

/** Block ids of the lead modal: one per field, named after the field. */
export const LeadModalBlocks = {
  company: 'lead_company',
  source: 'lead_source',
  industry: 'lead_industry',
  segment: 'lead_segment',
  companySize: 'lead_company_size',
  country: 'lead_country',
  contactName: 'lead_contact_name',
  email: 'lead_email',
  product: 'lead_product',
  heardFrom: 'lead_heard_from',
  promptedBy: 'lead_prompted_by',
  campaign: 'lead_campaign',
  ownerId: 'lead_owner',
  note: 'lead_note',
} as const;

/** The single action id used inside every input block; the block id tells the fields apart. */
export const INPUT_ACTION_ID = 'value';
