import { z } from 'zod';
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
const ICP_SECTION_ITEMS: Record<IcpSection, 'list' | 'lines'> = {
  industries: 'list',
  companySize: 'list',
  countries: 'list',
  decisionMaker: 'lines',
  pains: 'lines',
  buyingTriggers: 'lines',
  disqualifiers: 'lines',
  priorityProducts: 'list',
};

export const ICP_SECTION_MAX_LENGTH = 2000;

/**
 * Each section's name, the same wherever it shows: the form, `/icp`, the digest, what a version
 * changed, and a problem's sentence ("Pains is 2001 characters…").
 */
export const ICP_SECTION_LABELS: Record<IcpSection, MessageKey> = {
  industries: 'icpProfile.section.industries',
  companySize: 'field.companySize',
  countries: 'icpProfile.section.countries',
  decisionMaker: 'icpProfile.section.decisionMaker',
  pains: 'icpProfile.section.pains',
  buyingTriggers: 'icpProfile.section.buyingTriggers',
  disqualifiers: 'icpProfile.section.disqualifiers',
  priorityProducts: 'icpProfile.section.priorityProducts',
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
  const separator = ICP_SECTION_ITEMS[section] === 'list' ? /[,;\n]/ : /\n/;
  return text
    .split(separator)
    .map((item) => item.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((item) => item !== '');
}

function itemKey(item: string): string {
  return item.toLowerCase().replace(/\s+/g, ' ');
}

/** At most this many items a section gained (and as many it lost) are named; the rest are counted. */
const ITEMS_NAMED_PER_SECTION = 4;
/** A named item is cut to this length, so what a version stores about its change stays short. */
const ITEM_MAX_LENGTH = 200;

/** How one section changed: items added and removed; neither means it was only reworded. */
export type IcpSectionChange = {
  section: IcpSection;
  added: string[];
  /** Added items beyond those named. */
  moreAdded: number;
  removed: string[];
  moreRemoved: number;
};

/**
 * What a version changed against the one before, as facts each reader's language puts into words
 * ("Industries: +retail, −logistics; Pains: reworded").
 */
export type IcpChange =
  { kind: 'first'; sections: IcpSection[] } | { kind: 'edit'; sections: IcpSectionChange[] };

/** A version's change as stored: facts, or the English text versions saved before it was translated hold. */
export type StoredIcpChange = IcpChange | { kind: 'text'; text: string };

function named(items: string[]): { items: string[]; more: number } {
  const shown = items
    .slice(0, ITEMS_NAMED_PER_SECTION)
    .map((item) => (item.length <= ITEM_MAX_LENGTH ? item : `${item.slice(0, ITEM_MAX_LENGTH - 1)}…`));
  return { items: shown, more: items.length - shown.length };
}

/** What changed between two versions; items compare case-insensitively; undefined when nothing did. */
export function icpChangeBetween(
  previous: IcpSections | undefined,
  next: IcpSections,
): IcpChange | undefined {
  if (previous === undefined) {
    const filled = ICP_SECTIONS.filter((section) => next[section]);
    return filled.length === 0 ? undefined : { kind: 'first', sections: filled };
  }
  const sections: IcpSectionChange[] = [];
  for (const section of ICP_SECTIONS) {
    const before = previous[section] ?? '';
    const after = next[section] ?? '';
    if (before === after) continue;
    const beforeItems = icpItems(section, before);
    const afterItems = icpItems(section, after);
    const beforeKeys = new Set(beforeItems.map(itemKey));
    const afterKeys = new Set(afterItems.map(itemKey));
    const added = named(afterItems.filter((item) => !beforeKeys.has(itemKey(item))));
    const removed = named(beforeItems.filter((item) => !afterKeys.has(itemKey(item))));
    sections.push({
      section,
      added: added.items,
      moreAdded: added.more,
      removed: removed.items,
      moreRemoved: removed.more,
    });
  }
  return sections.length === 0 ? undefined : { kind: 'edit', sections };
}

const sectionSchema = z.enum(ICP_SECTIONS);
const count = z.number().int().nonnegative();
const icpChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('first'), sections: z.array(sectionSchema) }),
  z.object({
    kind: z.literal('edit'),
    sections: z.array(
      z.object({
        section: sectionSchema,
        added: z.array(z.string()),
        moreAdded: count,
        removed: z.array(z.string()),
        moreRemoved: count,
      }),
    ),
  }),
]);

/** How a change is stored (IcpVersion.summary). */
export function storedIcpChange(change: IcpChange): string {
  return JSON.stringify(change);
}

/** Reads a stored change; anything else there is the text an older version was saved with. */
export function readIcpChange(stored: string): StoredIcpChange {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return { kind: 'text', text: stored };
  }
  const change = icpChangeSchema.safeParse(parsed);
  return change.success ? change.data : { kind: 'text', text: stored };
}
