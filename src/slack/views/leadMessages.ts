import { countryName } from '../../domain/countries';
import { LEAD_FIELDS, SEGMENT_LABELS, type Segment } from '../../domain/lead';
import type { LeadRecord } from '../../store/leadStore';
import { ActionIds, Commands } from '../ids';
import { actions, button, context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

export function leadReference(lead: Pick<LeadRecord, 'number'>): string {
  return `L-${lead.number}`;
}

/** One line of facts about a lead: the attributes the meeting filters by. */
export function leadFacts(lead: LeadRecord): string {
  const facts = [
    lead.source ? `source ${lead.source}` : undefined,
    lead.segment ? (SEGMENT_LABELS[lead.segment as Segment] ?? lead.segment) : undefined,
    lead.companySize ? `${lead.companySize} people` : undefined,
    lead.industry ?? undefined,
    lead.country ? countryName(lead.country) : undefined,
    lead.status !== 'new' ? lead.status : undefined,
  ].filter((fact): fact is string => Boolean(fact));
  return facts.map(escapeMrkdwn).join(' · ');
}

function leadTitle(lead: LeadRecord): string {
  return `\`${leadReference(lead)}\` *${escapeMrkdwn(truncate(lead.company, 150))}*`;
}

/** `undoChangeId`: the change the confirmation's Undo button takes back (absent: no Undo button). */
export function buildLeadSavedMessage(
  lead: LeadRecord,
  verb: 'Added' | 'Updated',
  undoChangeId?: string,
): SlackMessage {
  const facts = leadFacts(lead);
  return {
    text: `${verb} ${leadReference(lead)} ${escapeMrkdwn(truncate(lead.company, 150))}`,
    blocks: [
      section(`:white_check_mark: ${verb} ${leadTitle(lead)}${facts ? `\n${facts}` : ''}`),
      context(`Owner ${userMention(lead.ownerId)}${lead.email ? ` · ${escapeMrkdwn(lead.email)}` : ''}`),
      actions(
        button('Edit', ActionIds.leadEdit, String(lead.number)),
        ...(undoChangeId ? [button('Undo', ActionIds.undoChange, undoChangeId)] : []),
      ),
    ],
  };
}

export function buildDuplicateWarningMessage(
  company: string,
  duplicates: LeadRecord[],
  draftId: string,
  formatDate: (date: Date) => string,
): SlackMessage {
  const lines = duplicates.map(
    (lead) =>
      `• ${leadTitle(lead)} — added by ${userMention(lead.createdById)} on ${formatDate(lead.createdAt)}`,
  );
  return {
    text: `Possible duplicate of ${duplicates.map(leadReference).join(', ')}`,
    blocks: [
      section(
        `:mag: *${escapeMrkdwn(truncate(company, 150))}* may already be a lead (same company or email):\n${lines.join('\n')}`,
      ),
      actions(
        button('Add anyway', ActionIds.leadAddAnyway, draftId, 'primary'),
        button('Cancel', ActionIds.leadCancelDraft, draftId),
      ),
    ],
  };
}

export function buildLeadListMessage(
  leads: LeadRecord[],
  description: string,
  formatAge: (date: Date) => string,
): SlackMessage {
  if (leads.length === 0) {
    return {
      text: `No leads ${escapeMrkdwn(description)}`,
      blocks: [
        section(`No leads ${escapeMrkdwn(description)} yet. Add one with \`/lead "Acme Corp" source:seo\`.`),
      ],
    };
  }
  const lines = leads.map((lead) => {
    const facts = leadFacts(lead);
    return `${leadTitle(lead)}${facts ? ` · ${facts}` : ''} · ${userMention(lead.ownerId)} · ${formatAge(lead.createdAt)}`;
  });
  // A section holds at most 3000 characters; split the list so long company names never break it.
  const blocks: KnownBlock[] = [section(`*Latest ${leads.length} leads ${escapeMrkdwn(description)}*`)];
  let chunk: string[] = [];
  for (const line of lines) {
    if ([...chunk, line].join('\n').length > 2900) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
  }
  if (chunk.length > 0) blocks.push(section(chunk.join('\n')));
  return { text: `${leads.length} leads ${escapeMrkdwn(description)}`, blocks };
}

export function buildLeadDetailMessage(lead: LeadRecord, formatDate: (date: Date) => string): SlackMessage {
  const rows: [string, string | null][] = [
    [LEAD_FIELDS.contactName.label, lead.contactName],
    [LEAD_FIELDS.email.label, lead.email],
    [LEAD_FIELDS.source.label, lead.source],
    [LEAD_FIELDS.campaign.label, lead.campaign],
    [LEAD_FIELDS.industry.label, lead.industry],
    [
      LEAD_FIELDS.segment.label,
      lead.segment ? (SEGMENT_LABELS[lead.segment as Segment] ?? lead.segment) : null,
    ],
    [LEAD_FIELDS.companySize.label, lead.companySize],
    [LEAD_FIELDS.country.label, lead.country ? `${countryName(lead.country)} (${lead.country})` : null],
    [LEAD_FIELDS.heardFrom.label, lead.heardFrom],
    [LEAD_FIELDS.promptedBy.label, lead.promptedBy],
    [LEAD_FIELDS.product.label, lead.product],
    ['Status', lead.statusReason ? `${lead.status} — ${lead.statusReason}` : lead.status],
    [LEAD_FIELDS.note.label, lead.note],
  ];
  const details = rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([label, value]) => `*${label}:* ${escapeMrkdwn(truncate(value, 400))}`)
    .join('\n');
  return {
    text: `${leadReference(lead)} ${escapeMrkdwn(truncate(lead.company, 150))}`,
    blocks: [
      section(`${leadTitle(lead)}\n${details}`),
      context(
        `Owner ${userMention(lead.ownerId)} · added by ${userMention(lead.createdById)} on ${formatDate(lead.createdAt)}`,
      ),
      actions(button('Edit', ActionIds.leadEdit, String(lead.number))),
    ],
  };
}

export function buildLeadHelpMessage(channelKeys: readonly string[]): SlackMessage {
  const keys = Object.values(LEAD_FIELDS)
    .filter((field) => field.key !== 'company')
    .map((field) => `• \`${field.key}\` — ${field.label}, e.g. \`${field.example}\``)
    .join('\n');
  const command = Commands.lead;
  return {
    text: 'How to use /lead',
    blocks: [
      section(
        `*${command}* logs a lead in one line or in a form.\n` +
          `• \`${command}\` — open the form\n` +
          `• \`${command} Acme Corp source:paid_search industry:retail segment:smb country:PL\` — add in one line\n` +
          `• \`${command} list [mine] [source:seo]\` — the latest 20 leads\n` +
          `• \`${command} show L-12\` — one lead\n` +
          `• \`${command} help\` — this help`,
      ),
      section(`*Keys* (values with spaces go in double quotes):\n${keys}`),
      context(`Channels for \`source\`: ${channelKeys.map(escapeMrkdwn).join(', ')}`),
    ],
  };
}
