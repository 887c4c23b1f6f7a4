/**
 * The columns a CRM export can give for each kind of import, with the header names they are known
 * by in English, Polish and Russian exports. Headers are compared after `normalizeHeader`, so case,
 * spaces, punctuation and accents do not matter ("E-mail", "e_mail" and "EMAIL" are one alias).
 */

export const IMPORT_KINDS = ['leads', 'deals', 'spend'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One importable column: the key `--map` uses, its label in reports, and its header aliases. */
export type ColumnSpec = { key: string; label: string; aliases: readonly string[] };

const CRM_ID = ['id', 'external id', 'crm id', 'record id', 'identyfikator', 'идентификатор'];
const OWNER = [
  'slack owner',
  'owner slack id',
  'slack user',
  'opiekun slack',
  'владелец slack',
  'ответственный в slack',
];
/** A contact's name in two columns, joined into one ("Anna" + "Nowak" → "Anna Nowak"). */
const NAME_PARTS = [
  { key: 'firstName', label: 'First name', aliases: ['first name', 'imię'] },
  { key: 'lastName', label: 'Last name', aliases: ['last name', 'nazwisko', 'фамилия'] },
] as const satisfies readonly ColumnSpec[];

const CREATED = [
  'created',
  'created at',
  'created on',
  'created date',
  'date created',
  'creation date',
  'data utworzenia',
  'utworzono',
  'дата создания',
  'создан',
  'создано',
];

export const LEAD_COLUMNS = [
  { key: 'id', label: 'External id', aliases: [...CRM_ID, 'lead id', 'id leada', 'id лида'] },
  {
    key: 'company',
    label: 'Company',
    aliases: [
      'company',
      'company name',
      'account',
      'account name',
      'organization',
      'organisation',
      'firma',
      'nazwa firmy',
      'klient',
      'компания',
      'название компании',
      'организация',
      'клиент',
    ],
  },
  {
    key: 'contact',
    label: 'Contact',
    aliases: [
      'contact',
      'contact name',
      'contact person',
      'full name',
      'name',
      'kontakt',
      'osoba kontaktowa',
      'imię i nazwisko',
      'контакт',
      'контактное лицо',
      'фио',
      'имя',
    ],
  },
  {
    key: 'email',
    label: 'Email',
    aliases: ['email', 'email address', 'mail', 'adres email', 'электронная почта', 'почта', 'емейл'],
  },
  {
    key: 'source',
    label: 'Source channel',
    aliases: [
      'source',
      'lead source',
      'channel',
      'źródło',
      'kanał',
      'kanał pozyskania',
      'источник',
      'канал',
      'канал привлечения',
    ],
  },
  { key: 'campaign', label: 'Campaign', aliases: ['campaign', 'kampania', 'кампания'] },
  { key: 'industry', label: 'Industry', aliases: ['industry', 'branża', 'отрасль', 'индустрия'] },
  { key: 'segment', label: 'Segment', aliases: ['segment', 'segment rynku', 'сегмент'] },
  {
    key: 'size',
    label: 'Company size',
    aliases: [
      'company size',
      'size',
      'employees',
      'headcount',
      'wielkość firmy',
      'liczba pracowników',
      'размер компании',
      'сотрудники',
      'количество сотрудников',
    ],
  },
  { key: 'country', label: 'Country', aliases: ['country', 'kraj', 'страна'] },
  {
    key: 'heard',
    label: 'How they heard of us',
    aliases: [
      'heard from',
      'how they heard',
      'skąd się dowiedział',
      'skąd o nas wiedzą',
      'откуда узнали о нас',
      'откуда узнали',
    ],
  },
  {
    key: 'prompted',
    label: 'What prompted contact',
    aliases: [
      'prompted by',
      'trigger',
      'co skłoniło do kontaktu',
      'powód kontaktu',
      'что побудило обратиться',
      'повод обращения',
    ],
  },
  {
    key: 'product',
    label: 'Product interest',
    aliases: ['product', 'product interest', 'produkt', 'продукт'],
  },
  { key: 'owner', label: 'Owner', aliases: OWNER },
  ...NAME_PARTS,
  {
    key: 'note',
    label: 'Note',
    aliases: [
      'note',
      'notes',
      'comment',
      'comments',
      'notatka',
      'uwagi',
      'komentarz',
      'заметка',
      'комментарий',
    ],
  },
  { key: 'created', label: 'Created', aliases: CREATED },
] as const satisfies readonly ColumnSpec[];

export const DEAL_COLUMNS = [
  {
    key: 'id',
    label: 'External id',
    aliases: [...CRM_ID, 'deal id', 'opportunity id', 'id szansy', 'id сделки'],
  },
  {
    key: 'lead',
    label: 'Lead (external id or L-12)',
    aliases: ['lead', 'lead id', 'lead external id', 'id leada', 'nr leada', 'лид', 'id лида'],
  },
  {
    key: 'name',
    label: 'Deal name',
    aliases: ['deal name', 'deal title', 'nazwa szansy', 'название сделки'],
  },
  {
    key: 'company',
    label: 'Company',
    aliases: ['company', 'company name', 'account', 'account name', 'firma', 'компания'],
  },
  { key: 'contact', label: 'Contact', aliases: ['contact', 'contact name', 'contact person', 'контакт'] },
  ...NAME_PARTS,
  { key: 'email', label: 'Email', aliases: ['email', 'contact email', 'адрес email', 'почта'] },
  {
    key: 'source',
    label: 'Source channel',
    aliases: ['source', 'lead source', 'źródło', 'источник'],
  },
  { key: 'industry', label: 'Industry', aliases: ['industry', 'branża', 'отрасль'] },
  { key: 'size', label: 'Company size', aliases: ['company size', 'employees', 'no. of employees'] },
  { key: 'country', label: 'Country', aliases: ['country', 'kraj', 'страна'] },
  {
    key: 'stage',
    label: 'Stage',
    aliases: ['stage', 'deal stage', 'pipeline stage', 'etap', 'faza', 'этап', 'стадия', 'этап сделки'],
  },
  { key: 'status', label: 'Status (open, won, lost)', aliases: ['status', 'deal status', 'статус'] },
  {
    key: 'value',
    label: 'Value',
    aliases: ['value', 'amount', 'deal value', 'wartość', 'kwota', 'сумма', 'стоимость'],
  },
  { key: 'currency', label: 'Currency', aliases: ['currency', 'waluta', 'валюта'] },
  { key: 'discount', label: 'Discount', aliases: ['discount', 'rabat', 'скидка'] },
  {
    key: 'close',
    label: 'Expected close date',
    aliases: ['expected close', 'expected close date', 'planowane zamknięcie', 'ожидаемая дата закрытия'],
  },
  {
    key: 'requested',
    label: 'Offer requested on',
    aliases: ['offer requested', 'offer requested on', 'zapytanie o ofertę', 'запрос предложения'],
  },
  {
    key: 'sent',
    label: 'Offer sent on',
    aliases: ['offer sent', 'offer sent on', 'oferta wysłana', 'предложение отправлено'],
  },
  {
    key: 'problems',
    label: 'Problems / challenges',
    aliases: ['problems', 'challenges', 'problemy', 'проблемы'],
  },
  {
    key: 'outcomes',
    label: 'Desired outcomes',
    aliases: ['desired outcomes', 'outcomes', 'oczekiwane efekty', 'желаемый результат'],
  },
  {
    key: 'notes',
    label: 'Negotiation notes',
    aliases: ['negotiation notes', 'notes', 'notatki', 'заметки'],
  },
  {
    key: 'reason',
    label: 'Lost reason',
    aliases: ['lost reason', 'reason', 'loss reason', 'powód przegranej', 'причина проигрыша', 'причина'],
  },
  { key: 'owner', label: 'Owner', aliases: OWNER },
  { key: 'created', label: 'Created', aliases: CREATED },
  {
    key: 'closeDate',
    label: 'Close date (closed, or expected when open)',
    aliases: ['close date', 'closing date', 'data zamknięcia szansy'],
  },
  {
    key: 'closed',
    label: 'Closed',
    aliases: ['closed', 'closed at', 'closed on', 'date closed', 'data zamknięcia', 'дата закрытия'],
  },
] as const satisfies readonly ColumnSpec[];

export const SPEND_COLUMNS = [
  {
    key: 'channel',
    label: 'Channel',
    aliases: ['channel', 'source', 'medium', 'kanał', 'źródło', 'канал', 'источник'],
  },
  {
    key: 'amount',
    label: 'Amount',
    aliases: ['amount', 'spend', 'cost', 'kwota', 'koszt', 'wydatki', 'сумма', 'расход', 'затраты'],
  },
  { key: 'currency', label: 'Currency', aliases: ['currency', 'waluta', 'валюта'] },
  { key: 'period', label: 'Period', aliases: ['period', 'month', 'okres', 'miesiąc', 'период', 'месяц'] },
  {
    key: 'from',
    label: 'First day',
    aliases: ['from', 'start', 'start date', 'date from', 'od', 'data od', 'с', 'начало', 'дата начала'],
  },
  {
    key: 'to',
    label: 'Last day',
    aliases: ['to', 'end', 'end date', 'date to', 'do', 'data do', 'по', 'конец', 'дата окончания'],
  },
  { key: 'note', label: 'Note', aliases: ['note', 'notes', 'comment', 'notatka', 'uwagi', 'комментарий'] },
] as const satisfies readonly ColumnSpec[];

export type LeadColumn = (typeof LEAD_COLUMNS)[number]['key'];
export type DealColumn = (typeof DEAL_COLUMNS)[number]['key'];
export type SpendColumn = (typeof SPEND_COLUMNS)[number]['key'];

export const COLUMNS_OF_KIND: Record<ImportKind, readonly ColumnSpec[]> = {
  leads: LEAD_COLUMNS,
  deals: DEAL_COLUMNS,
  spend: SPEND_COLUMNS,
};

/**
 * The kind of records a file holds, told from the columns it has (never its name: amoCRM calls its
 * deals "leads"): a stage means deals, a channel with an amount and a period means spend, a company,
 * contact or email means leads.
 */
export function kindFromColumns(has: (kind: ImportKind, key: string) => boolean): ImportKind | undefined {
  if (has('deals', 'stage') || has('deals', 'status')) return 'deals';
  if (has('spend', 'channel') && has('spend', 'amount') && (has('spend', 'period') || has('spend', 'from')))
    return 'spend';
  if (['company', 'contact', 'email', 'firstName'].some((key) => has('leads', key))) return 'leads';
  return undefined;
}
