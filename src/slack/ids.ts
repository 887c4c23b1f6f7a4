/** Every slash command, callback, action and block id Tandem uses, in one place. */
export const Commands = {
  lead: '/lead',
  deal: '/deal',
  spend: '/spend',
  plan: '/plan',
  feedback: '/feedback',
  icp: '/icp',
  digest: '/digest',
  meeting: '/meeting',
  tandem: '/tandem',
} as const;

export const CallbackIds = {
  leadModal: 'lead_modal',
  leadDuplicateModal: 'lead_duplicate_modal',
  dealModal: 'deal_modal',
  spendModal: 'spend_modal',
  feedbackModal: 'feedback_modal',
  icpEditModal: 'icp_edit_modal',
  digestScheduleModal: 'digest_schedule_modal',
  meetingNoteModal: 'meeting_note_modal',
  actionItemModal: 'action_item_modal',
  teamSettingsModal: 'team_settings_modal',
  importModal: 'import_modal',
} as const;

export const ActionIds = {
  leadEdit: 'lead_edit',
  leadAddAnyway: 'lead_add_anyway',
  leadCancelDraft: 'lead_cancel_draft',
  countrySelect: 'country_select',
  dealLeadSelect: 'deal_lead_select',
  dealStageSelect: 'deal_stage_select',
  dealMove: 'deal_move',
  undoChange: 'undo_change',
  feedbackKindSelect: 'feedback_kind_select',
  feedbackClientSelect: 'feedback_client_select',
  icpEdit: 'icp_edit',
  icpShow: 'icp_show',
  icpHistory: 'icp_history',
  digestAmend: 'digest_amend',
  meetingAddNote: 'meeting_add_note',
  meetingAddActionItem: 'meeting_add_action_item',
  meetingMarkHeld: 'meeting_mark_held',
  meetingRecordSelect: 'meeting_record_select',
  actionItemDone: 'action_item_done',
  actionItemSnooze: 'action_item_snooze',
  homeNewLead: 'home_new_lead',
  homeNewDeal: 'home_new_deal',
  homeNewFeedback: 'home_new_feedback',
  /** Buttons that run a `/lead` or `/deal` text (a suggestion, a choice among records, Home's Qualify). */
  leadRun: 'lead_run',
  dealRun: 'deal_run',
  leadOpenDeal: 'lead_open_deal',
  homeQualifyLead: 'home_qualify_lead',
  homeLanguage: 'home_language',
  /** Applies a CSV import whose dry run was posted; its value is the SlackImport id. */
  importApply: 'import_apply',
} as const;

/** Events API event types Tandem subscribes to (manifest.yml → settings.event_subscriptions.bot_events). */
export const EventTypes = {
  appUninstalled: 'app_uninstalled',
  tokensRevoked: 'tokens_revoked',
  appHomeOpened: 'app_home_opened',
  /** Direct messages to the app: a CSV sent there is imported (a dry run first). */
  messageIm: 'message.im',
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

/** Block ids of the deal modal; the stage's own fields appear only for that stage. */
export const DealModalBlocks = {
  lead: 'deal_lead',
  stage: 'deal_stage',
  value: 'deal_value',
  finalValue: 'deal_final_value',
  currency: 'deal_currency',
  discount: 'deal_discount',
  expectedClose: 'deal_expected_close',
  problems: 'deal_problems',
  desiredOutcomes: 'deal_desired_outcomes',
  offerRequested: 'deal_offer_requested',
  offerSent: 'deal_offer_sent',
  negotiationNotes: 'deal_negotiation_notes',
  lostReason: 'deal_lost_reason',
  lostReasonOther: 'deal_lost_reason_other',
} as const;

/** Block ids of the spend modal. */
export const SpendModalBlocks = {
  channel: 'spend_channel',
  amount: 'spend_amount',
  currency: 'spend_currency',
  firstDay: 'spend_first_day',
  lastDay: 'spend_last_day',
  note: 'spend_note',
} as const;

/** Global and message shortcuts, by callback id (declared in manifest.yml). */
export const ShortcutIds = {
  logClientFeedback: 'log_client_feedback',
} as const;

/**
 * Block ids of the feedback modal. The sentiment block id ends with the chosen kind, so that
 * re-rendering the modal after a kind change shows that kind's default sentiment (Slack keeps the
 * old selection of a block whose id is unchanged).
 */
export const FeedbackModalBlocks = {
  kind: 'feedback_kind',
  text: 'feedback_text',
  client: 'feedback_client',
  productChoice: 'feedback_product_choice',
  productText: 'feedback_product_text',
  sentimentPrefix: 'feedback_sentiment',
  source: 'feedback_source',
} as const;

/** Block ids of the ICP edit modal: one per written section. */
export const IcpModalBlocks = {
  industries: 'icp_industries',
  companySize: 'icp_company_size',
  countries: 'icp_countries',
  decisionMaker: 'icp_decision_maker',
  pains: 'icp_pains',
  buyingTriggers: 'icp_buying_triggers',
  disqualifiers: 'icp_disqualifiers',
  priorityProducts: 'icp_priority_products',
} as const;

/** The single action id used inside every input block; the block id tells the fields apart. */
export const INPUT_ACTION_ID = 'value';

/** Block ids of the digest schedule modal. */
export const DigestScheduleBlocks = {
  channel: 'digest_channel',
  weekday: 'digest_weekday',
  time: 'digest_time',
  timeZone: 'digest_time_zone',
  cadenceWeeks: 'digest_cadence',
  enabled: 'digest_enabled',
} as const;

/** Block ids of the meeting note modal. */
export const MeetingNoteBlocks = {
  kind: 'meeting_note_kind',
  text: 'meeting_note_text',
  kpi: 'meeting_note_kpi',
  client: 'meeting_note_client',
} as const;

/** Block ids of the action item modal. */
export const ActionItemModalBlocks = {
  owner: 'action_item_owner',
  text: 'action_item_text',
  due: 'action_item_due',
  related: 'action_item_related',
  channel: 'action_item_channel',
} as const;

/** Block ids in messages and the App Home: the digest's meeting buttons, and one action item's blocks (id appended). */
export const MeetingBlocks = {
  buttons: 'meeting_buttons',
  actionItemPrefix: 'action_item:',
  actionItemButtonsPrefix: 'action_item_buttons:',
} as const;

/** Block ids of the team settings modal (facilitators get only the lists). */
export const TeamSettingsBlocks = {
  name: 'team_name',
  admins: 'team_admins',
  facilitators: 'team_facilitators',
  channels: 'team_channels',
  products: 'team_products',
  currency: 'team_currency',
  locale: 'team_locale',
  timeZone: 'team_time_zone',
  staleDealDays: 'team_stale_deal_days',
  announcements: 'team_announcements',
} as const;

/** Block ids of `/tandem import`'s form. */
export const ImportModalBlocks = {
  file: 'import_file',
  crm: 'import_crm',
  currency: 'import_currency',
  dates: 'import_dates',
} as const;
