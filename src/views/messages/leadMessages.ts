import { duplicateMatch } from '../../domain/companyName';
import { countryName } from '../../domain/countries';
import {
  LEAD_FIELDS,
  LEAD_STATUSES,
  type LeadField,
  leadFieldLabel,
  SEGMENTS,
  type Segment,
} from '../../domain/lead';
import type { MessageKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translator';
import type { LeadRecord } from '../../store/repos/leadStore';
import { ActionIds, Commands } from '../../slack/ids';
import {
  actions,
  type Button,
  button,
  context,
  type KnownBlock,
  section,
  type SlackMessage,
} from '../../blockKit/message';
import { encodeRunValue } from './runButton';
import { escapeMrkdwn, escapeTruncated, userMention } from '../../blockKit/text';

export function leadReference(lead: Pick<LeadRecord, 'number'>): string {
  return `L-${lead.number}`;
}

/** A segment's name in the reader's language; an unknown value shows as stored. */
export function segmentLabel(t: Translator, segment: string): string {
  return (SEGMENTS as readonly string[]).includes(segment)
    ? t.t(`leads.segment.${segment as Segment}`)
    : segment;
}

/** "qualified", "zakwalifikowany": a lead status as a word. */
export function leadStatusLabel(t: Translator, status: string): string {
  return (LEAD_STATUSES as readonly string[]).includes(status)
    ? t.t(`leads.status.${status as (typeof LEAD_STATUSES)[number]}`)
    : status;
}

/** A country's name in the reader's language ("Polska", "Польша"). */
export function countryLabel(t: Translator, code: string): string {
  return countryName(code, t.locale);
}

/** One line of facts about a lead: the attributes the meeting filters by. */
export function leadFacts(t: Translator, lead: LeadRecord): string {
  const facts = [
    lead.source ? t.t('leads.factSource', { source: lead.source }) : undefined,
    lead.segment ? segmentLabel(t, lead.segment) : undefined,
    lead.companySize ? t.t('leads.factPeople', { size: lead.companySize }) : undefined,
    lead.industry ?? undefined,
    lead.country ? countryLabel(t, lead.country) : undefined,
    lead.status !== 'new' ? leadStatusLabel(t, lead.status) : undefined,
  ].filter((fact): fact is string => Boolean(fact));
  return facts.map(escapeMrkdwn).join(' · ');
}

export function leadTitle(lead: LeadRecord): string {
  return `\`${leadReference(lead)}\` *${escapeTruncated(lead.company, 150)}*`;
}

function openDealButton(t: Translator, lead: LeadRecord): Button {
  const value = encodeRunValue({ text: String(lead.number), teamId: lead.teamId });
  return button(t.t('flow.openDealButton'), ActionIds.leadOpenDeal, value, 'primary');
}

/** `undoChangeId`: the change the confirmation's Undo button takes back (absent: no Undo button). */
export function buildLeadSavedMessage(
  t: Translator,
  lead: LeadRecord,
  verb: 'Added' | 'Updated',
  undoChangeId?: string,
): SlackMessage {
  const facts = leadFacts(t, lead);
  const added = verb === 'Added';
  const company = escapeTruncated(lead.company, 150);
  const headline = t.t(added ? 'leads.added' : 'leads.updated', { lead: leadTitle(lead) });
  const owner = t.t('leads.owner', { user: userMention(lead.ownerId) });
  return {
    text: t.t(added ? 'leads.addedText' : 'leads.updatedText', { reference: leadReference(lead), company }),
    blocks: [
      section(`:white_check_mark: ${headline}${facts ? `\n${facts}` : ''}`),
      context(`${owner}${lead.email ? ` · ${escapeMrkdwn(lead.email)}` : ''}`),
      actions(
        button(t.t('leads.editButton'), ActionIds.leadEdit, String(lead.number)),
        // A new lead's likely next step is its deal.
        ...(added ? [openDealButton(t, lead)] : []),
        ...(undoChangeId ? [button(t.t('undo.button'), ActionIds.undoChange, undoChangeId)] : []),
      ),
    ],
  };
}

const DUPLICATE_MATCH_TEXT = {
  company: 'flow.sameCompany',
  email: 'flow.sameEmail',
  both: 'flow.sameCompanyAndEmail',
} as const;

export function buildDuplicateWarningMessage(
  t: Translator,
  company: string,
  duplicates: LeadRecord[],
  draftId: string,
  formatDate: (date: Date) => string,
  typedEmail?: string,
): SlackMessage {
  const lines = duplicates.map((lead) => {
    const line = t.t('leads.duplicateLine', {
      lead: leadTitle(lead),
      user: userMention(lead.createdById),
      date: formatDate(lead.createdAt),
    });
    const match = duplicateMatch(lead, { company, email: typedEmail });
    return match ? `${line} · ${t.t(DUPLICATE_MATCH_TEXT[match])}` : line;
  });
  return {
    text: t.t('leads.duplicateText', { references: duplicates.map(leadReference).join(', ') }),
    blocks: [
      section(
        `:mag: ${t.t('leads.duplicate', { company: escapeTruncated(company, 150) })}\n${lines.join('\n')}`,
      ),
      actions(
        button(t.t('leads.addAnyway'), ActionIds.leadAddAnyway, draftId, 'primary'),
        button(t.t('leads.cancel'), ActionIds.leadCancelDraft, draftId),
      ),
    ],
  };
}

/** Which leads `/lead list` shows: the caller's or everyone's, from one source channel or all. */
export type LeadListFilter = { mine: boolean; source?: string | undefined };

function leadFilterText(t: Translator, filter: LeadListFilter): string {
  const source = filter.source ? escapeMrkdwn(filter.source) : undefined;
  if (filter.mine && source) return t.t('leads.filterMineFrom', { source });
  if (filter.mine) return t.t('leads.filterMine');
  if (source) return t.t('leads.filterFrom', { source });
  return t.t('leads.filterTeam');
}

export function buildLeadListMessage(
  t: Translator,
  leads: LeadRecord[],
  filter: LeadListFilter,
  formatAge: (date: Date) => string,
): SlackMessage {
  const description = leadFilterText(t, filter);
  if (leads.length === 0) {
    return {
      text: t.t('leads.listEmptyText', { filter: description }),
      blocks: [section(t.t('leads.listEmpty', { filter: description, command: Commands.lead }))],
    };
  }
  const lines = leads.map((lead) => {
    const facts = leadFacts(t, lead);
    return `${leadTitle(lead)}${facts ? ` · ${facts}` : ''} · ${userMention(lead.ownerId)} · ${formatAge(lead.createdAt)}`;
  });
  // A section holds at most 3000 characters; split the list so long company names never break it.
  const count = leads.length;
  const blocks: KnownBlock[] = [section(t.t('leads.listHeader', { count, filter: description }))];
  let chunk: string[] = [];
  for (const line of lines) {
    if ([...chunk, line].join('\n').length > 2900) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
  }
  if (chunk.length > 0) blocks.push(section(chunk.join('\n')));
  return { text: t.t('leads.listText', { count, filter: description }), blocks };
}

export function buildLeadDetailMessage(
  t: Translator,
  lead: LeadRecord,
  formatDate: (date: Date) => string,
): SlackMessage {
  const status = leadStatusLabel(t, lead.status);
  const rows: [string, string | null][] = [
    [t.t(leadFieldLabel('contactName')), lead.contactName],
    [t.t(leadFieldLabel('email')), lead.email],
    [t.t(leadFieldLabel('source')), lead.source],
    [t.t(leadFieldLabel('campaign')), lead.campaign],
    [t.t(leadFieldLabel('industry')), lead.industry],
    [t.t(leadFieldLabel('segment')), lead.segment ? segmentLabel(t, lead.segment) : null],
    [t.t(leadFieldLabel('companySize')), lead.companySize],
    [
      t.t(leadFieldLabel('country')),
      lead.country ? `${countryLabel(t, lead.country)} (${lead.country})` : null,
    ],
    [t.t(leadFieldLabel('heardFrom')), lead.heardFrom],
    [t.t(leadFieldLabel('promptedBy')), lead.promptedBy],
    [t.t(leadFieldLabel('product')), lead.product],
    [t.t('leads.status'), lead.statusReason ? `${status} — ${lead.statusReason}` : status],
    [t.t(leadFieldLabel('note')), lead.note],
  ];
  const details = rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([label, value]) => `*${label}:* ${escapeTruncated(value, 400)}`)
    .join('\n');
  return {
    text: `${leadReference(lead)} ${escapeTruncated(lead.company, 150)}`,
    blocks: [
      section(`${leadTitle(lead)}\n${details}`),
      context(
        t.t('leads.people', {
          owner: userMention(lead.ownerId),
          author: userMention(lead.createdById),
          date: formatDate(lead.createdAt),
        }),
      ),
      actions(button(t.t('leads.editButton'), ActionIds.leadEdit, String(lead.number))),
    ],
  };
}

/** Examples of free text in the reader's language: keys stay English, what follows them is words. */
const TYPED_EXAMPLES: Partial<Record<LeadField, MessageKey>> = {
  industry: 'help.leadExample.industry',
  contactName: 'help.leadExample.contactName',
  heardFrom: 'help.leadExample.heardFrom',
  promptedBy: 'help.leadExample.promptedBy',
  note: 'help.leadExample.note',
};

function typedExample(t: Translator, field: LeadField): string {
  const key = TYPED_EXAMPLES[field];
  return key ? t.t(key) : LEAD_FIELDS[field].example;
}

export function buildLeadHelpMessage(t: Translator, channelKeys: readonly string[]): SlackMessage {
  const keys = (Object.keys(LEAD_FIELDS) as LeadField[])
    .filter((field) => field !== 'company')
    .map((field) =>
      t.t('help.keyLine', {
        key: LEAD_FIELDS[field].key,
        label: t.t(leadFieldLabel(field)),
        example: typedExample(t, field),
      }),
    )
    .join('\n');
  const command = Commands.lead;
  return {
    text: t.t('help.title', { command }),
    blocks: [
      section(t.t('help.lead', { command })),
      section(`${t.t('help.keysHeading')}\n${keys}`),
      context(t.t('help.leadChannels', { channels: channelKeys.map((key) => `\`${key}\``).join(', ') })),
    ],
  };
}
