import type { MessageKey } from '../i18n/catalog';
import { type FieldProblem, type Parsed, problem, because, term } from './inputError';

/** The sections of the written ideal customer profile, in display order. */
export const ICP_SECTIONS = [
  'industries',
  'companySize',
  'countries',
  'decisionMaker',
  'pains',
  'buyingTriggers',
  'disqualifiers',
  'priorityProducts',
] as const;
export type IcpSection = (typeof ICP_SECTIONS)[number];

/**
 * `list` sections hold short values separated by commas or lines (they are matched against lead
 * data); `lines` sections hold one statement per line, since a pain may well contain a comma.
 */
export const ICP_SECTION_SPECS: Record<IcpSection, { label: string; hint: string; items: 'list' | 'lines' }> =
  {
    industries: { label: 'Industries', hint: 'retail, logistics', items: 'list' },
    companySize: { label: 'Company size', hint: 'SMB, mid_market or head counts like 51-200', items: 'list' },
    countries: { label: 'Countries', hint: 'PL, DE, Czechia', items: 'list' },
    decisionMaker: { label: 'Decision maker', hint: 'Head of operations, one per line', items: 'lines' },
    pains: { label: 'Pains', hint: 'One pain per line', items: 'lines' },
    buyingTriggers: { label: 'Buying triggers', hint: 'New warehouse opening, one per line', items: 'lines' },
    disqualifiers: {
      label: 'Disqualifiers',
      hint: 'Fewer than 10 orders a day, one per line',
      items: 'lines',
    },
    priorityProducts: { label: 'Priority products', hint: 'analytics, routing', items: 'list' },
  };

export const ICP_SECTION_MAX_LENGTH = 2000;

/** Each section's name at the start of a problem's sentence ("Pains is 2001 characters…"). */
const ICP_SECTION_LABELS: Record<IcpSection, MessageKey> = {
  industries: 'problem.label.industries',
  companySize: 'problem.label.companySize',
  countries: 'problem.label.countries',
  decisionMaker: 'problem.label.decisionMaker',
  pains: 'problem.label.pains',
  buyingTriggers: 'problem.label.buyingTriggers',
  disqualifiers: 'problem.label.disqualifiers',
  priorityProducts: 'problem.label.priorityProducts',
};

/** The written profile: each section's text; a missing section is empty. */
export type IcpSections = Partial<Record<IcpSection, string>>;

/** Keeps only known sections with text; anything unreadable in stored JSON counts as empty. */
export function readIcpSections(json: string): IcpSections {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const sections: IcpSections = {};
  for (const section of ICP_SECTIONS) {
    const text = (parsed as Record<string, unknown>)[section];
    if (typeof text === 'string' && text.trim() !== '') sections[section] = text.trim();
  }
  return sections;
}

/** Trims every section and checks its length; empty sections are dropped. */
export function validateIcpSections(draft: IcpSections): Parsed<IcpSections> {
  const problems: FieldProblem[] = [];
  const sections: IcpSections = {};
  for (const section of ICP_SECTIONS) {
    const text = draft[section]?.trim() ?? '';
    if (text === '') continue;
    if (text.length > ICP_SECTION_MAX_LENGTH) {
      problems.push(
        problem(
          section,
          because('problem.tooLong', {
            label: term(ICP_SECTION_LABELS[section]),
            count: text.length,
            max: ICP_SECTION_MAX_LENGTH,
          }),
        ),
      );
      continue;
    }
    sections[section] = text;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: sections };
}

/** The separate items of a section, as typed, without bullets. */
export function icpItems(section: IcpSection, text: string | undefined): string[] {
  if (!text) return [];
  const separator = ICP_SECTION_SPECS[section].items === 'list' ? /[,;\n]/ : /\n/;
  return text
    .split(separator)
    .map((item) => item.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((item) => item !== '');
}

function itemKey(item: string): string {
  return item.toLowerCase().replace(/\s+/g, ' ');
}

const ITEMS_SHOWN_PER_SECTION = 4;
export const ICP_SUMMARY_MAX_LENGTH = 1000;

function describeItems(sign: '+' | '−', items: string[]): string[] {
  const shown = items.slice(0, ITEMS_SHOWN_PER_SECTION).map((item) => `${sign}${item}`);
  const hidden = items.length - shown.length;
  return hidden > 0 ? [...shown, `${sign}${hidden} more`] : shown;
}

/**
 * What changed between two versions, e.g. "Industries: +retail, −logistics; Pains: reworded".
 * Items compare case-insensitively; undefined when nothing changed.
 */
export function summarizeIcpChange(previous: IcpSections | undefined, next: IcpSections): string | undefined {
  if (previous === undefined) {
    const filled = ICP_SECTIONS.filter((section) => next[section]);
    if (filled.length === 0) return undefined;
    return `First version: ${filled.map((section) => ICP_SECTION_SPECS[section].label).join(', ')}`;
  }
  const parts: string[] = [];
  for (const section of ICP_SECTIONS) {
    const before = previous[section] ?? '';
    const after = next[section] ?? '';
    if (before === after) continue;
    const beforeItems = icpItems(section, before);
    const afterItems = icpItems(section, after);
    const beforeKeys = new Set(beforeItems.map(itemKey));
    const afterKeys = new Set(afterItems.map(itemKey));
    const added = afterItems.filter((item) => !beforeKeys.has(itemKey(item)));
    const removed = beforeItems.filter((item) => !afterKeys.has(itemKey(item)));
    const label = ICP_SECTION_SPECS[section].label;
    const changes = [...describeItems('+', added), ...describeItems('−', removed)];
    parts.push(`${label}: ${changes.length > 0 ? changes.join(', ') : 'reworded'}`);
  }
  if (parts.length === 0) return undefined;
  const summary = parts.join('; ');
  return summary.length <= ICP_SUMMARY_MAX_LENGTH
    ? summary
    : `${summary.slice(0, ICP_SUMMARY_MAX_LENGTH - 1)}…`;
}
