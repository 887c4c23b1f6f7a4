import { z } from 'zod';
import { normalizeCountry } from './countries';
import { type FieldProblem, type Parsed, type ProblemReason, problem, because, term } from './inputError';
import { stripControlCharacters } from './text';

export const SEGMENTS = ['smb', 'mid_market', 'enterprise'] as const;
export type Segment = (typeof SEGMENTS)[number];
const SEGMENT_ALIASES: Record<string, Segment> = {
  smb: 'smb',
  small: 'smb',
  sme: 'smb',
  mid: 'mid_market',
  midmarket: 'mid_market',
  'mid-market': 'mid_market',
  mid_market: 'mid_market',
  mm: 'mid_market',
  enterprise: 'enterprise',
  ent: 'enterprise',
  large: 'enterprise',
};

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const LEAD_STATUSES = ['new', 'qualified', 'disqualified'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Every field a lead can be given, with its quick-command key, label and example. */
export const LEAD_FIELDS = {
  company: { key: 'company', label: 'Company', example: '/lead "Acme Corp"', maxLength: 200 },
  source: { key: 'source', label: 'Source channel', example: 'source:paid_search', maxLength: 60 },
  industry: { key: 'industry', label: 'Industry', example: 'industry:retail', maxLength: 100 },
  segment: { key: 'segment', label: 'Segment', example: 'segment:smb', maxLength: 20 },
  companySize: { key: 'size', label: 'Company size', example: 'size:51-200', maxLength: 20 },
  country: { key: 'country', label: 'Country', example: 'country:PL', maxLength: 60 },
  contactName: { key: 'contact', label: 'Contact', example: 'contact:"Anna Nowak"', maxLength: 200 },
  email: { key: 'email', label: 'Email', example: 'email:anna@acme.com', maxLength: 254 },
  product: { key: 'product', label: 'Product interest', example: 'product:analytics', maxLength: 100 },
  heardFrom: { key: 'heard', label: 'How they heard of us', example: 'heard:"webinar"', maxLength: 200 },
  promptedBy: {
    key: 'prompted',
    label: 'What prompted contact',
    example: 'prompted:"new regulation"',
    maxLength: 200,
  },
  campaign: { key: 'campaign', label: 'Campaign', example: 'campaign:black_friday', maxLength: 100 },
  ownerId: { key: 'owner', label: 'Owner', example: 'owner:@anna', maxLength: 30 },
  note: { key: 'note', label: 'Note', example: 'note:"met at the fair"', maxLength: 2000 },
} as const;

export type LeadField = keyof typeof LEAD_FIELDS;

/** A field's name, as forms, details and problems ("Company is 201 characters…") show it. */
export function leadFieldLabel(field: LeadField): `field.${LeadField}` {
  return `field.${field}`;
}
export const LEAD_FIELD_NAMES = Object.keys(LEAD_FIELDS) as LeadField[];
export const LEAD_FIELD_BY_KEY: ReadonlyMap<string, LeadField> = new Map(
  LEAD_FIELD_NAMES.map((field) => [LEAD_FIELDS[field].key, field]),
);

/** A lead as typed, before it has a number or an author. Missing optional fields are undefined. */
export type LeadInput = {
  company: string;
  source?: string;
  industry?: string;
  segment?: Segment;
  companySize?: CompanySize;
  country?: string;
  contactName?: string;
  email?: string;
  product?: string;
  heardFrom?: string;
  promptedBy?: string;
  campaign?: string;
  ownerId?: string;
  note?: string;
};

/** The raw text of each field, as typed in the quick command or the modal. */
export type LeadDraft = Partial<Record<LeadField, string>>;

export function normalizeSegment(value: string): Segment | undefined {
  return SEGMENT_ALIASES[value.trim().toLowerCase().replace(/\s+/g, '_')];
}

/** Accepts a bucket (51-200) or a head count (120 → 51-200). */
export function normalizeCompanySize(value: string): CompanySize | undefined {
  const trimmed = value.trim().replace(/\s+/g, '');
  if ((COMPANY_SIZES as readonly string[]).includes(trimmed)) return trimmed as CompanySize;
  if (/^\d+\+?$/.test(trimmed)) {
    const count = Number.parseInt(trimmed, 10);
    if (count <= 10) return '1-10';
    if (count <= 50) return '11-50';
    if (count <= 200) return '51-200';
    if (count <= 1000) return '201-1000';
    return '1000+';
  }
  return undefined;
}

/** Lower-cased, accent-preserving, whitespace-folded company name used to find duplicates. */
export function companyKey(company: string): string {
  return company.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

const emailSchema = z.email();

/** Validates a lead draft for a team whose channel list is `channelKeys`. */
export function validateLeadDraft(draft: LeadDraft, channelKeys: readonly string[]): Parsed<LeadInput> {
  const problems: FieldProblem[] = [];
  const value: Partial<LeadInput> = {};
  for (const field of LEAD_FIELD_NAMES) {
    const text = draft[field] === undefined ? undefined : stripControlCharacters(draft[field]).trim();
    if (text === undefined || text === '') continue;
    const spec = LEAD_FIELDS[field];
    if (text.length > spec.maxLength) {
      problems.push(
        problem(
          field,
          because('problem.tooLong', {
            label: term(leadFieldLabel(field)),
            count: text.length,
            max: spec.maxLength,
          }),
          spec.example,
        ),
      );
      continue;
    }
    const normalized = normalizeField(field, text, channelKeys);
    if (typeof normalized === 'string')
      value[field as Exclude<LeadField, 'segment' | 'companySize'>] = normalized;
    else if (normalized.ok) Object.assign(value, { [field]: normalized.value });
    else problems.push(problem(field, normalized.reason, spec.example));
  }
  if (!value.company && !problems.some((each) => each.field === 'company')) {
    problems.unshift(problem('company', 'problem.lead.companyRequired', '/lead "Acme Corp" source:seo'));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: value as LeadInput };
}

type FieldCheck = string | { ok: true; value: string } | { ok: false; reason: ProblemReason };

function normalizeField(field: LeadField, text: string, channelKeys: readonly string[]): FieldCheck {
  switch (field) {
    case 'source': {
      const key = text.toLowerCase().replace(/[\s-]+/g, '_');
      if (channelKeys.includes(key)) return key;
      return {
        ok: false,
        reason: because('problem.unknownChannel', { typed: text, channels: channelKeys.join(', ') }),
      };
    }
    case 'segment': {
      const segment = normalizeSegment(text);
      return segment
        ? { ok: true, value: segment }
        : {
            ok: false,
            reason: because('problem.lead.notASegment', { typed: text, segments: SEGMENTS.join(', ') }),
          };
    }
    case 'companySize': {
      const size = normalizeCompanySize(text);
      return size
        ? { ok: true, value: size }
        : {
            ok: false,
            reason: because('problem.lead.notACompanySize', { typed: text, sizes: COMPANY_SIZES.join(', ') }),
          };
    }
    case 'country': {
      const code = normalizeCountry(text);
      return code ? code : { ok: false, reason: because('problem.lead.notACountry', { typed: text }) };
    }
    case 'email': {
      const email = text.toLowerCase();
      return emailSchema.safeParse(email).success
        ? email
        : { ok: false, reason: because('problem.lead.notAnEmail', { typed: text }) };
    }
    case 'ownerId': {
      const mention = /^<@([UW][A-Z0-9]+)>$/.exec(text) ?? /^([UW][A-Z0-9]{6,})$/.exec(text);
      return mention?.[1]
        ? mention[1]
        : { ok: false, reason: because('problem.lead.notASlackUser', { typed: text }) };
    }
    default:
      return text;
  }
}
