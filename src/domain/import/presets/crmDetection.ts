import { normalizeHeader, withoutRecordPrefix } from '../columnMapping';
import { CRM_NAMES, type CrmName, type CrmPreset } from './crmPreset';

/** Fewer headers of its own than this, and a file is not taken for a CRM's export. */
const LEAST_OWN_HEADERS = 2;

/**
 * The CRM whose export a file's headers look like, for a file sent without saying (a CSV in a
 * DM). Only header names no other preset uses count ("Deal Stage", "Opportunity Name",
 * "Closing Date"): names every export has (Amount, Stage, Deal Name) would take a plain file for
 * a CRM's. The preset with the most of its own names wins when it has at least two and no tie.
 */
export function detectCrm(
  headers: readonly string[],
  presets: Readonly<Record<CrmName, CrmPreset>>,
): CrmName | undefined {
  const present = new Set(
    headers.flatMap((header) => [normalizeHeader(header), normalizeHeader(withoutRecordPrefix(header))]),
  );
  const namesOf = (name: CrmName) =>
    new Set(Object.values(presets[name].headers).flatMap((each) => (each ?? []).map(normalizeHeader)));
  const names = new Map(CRM_NAMES.map((name) => [name, namesOf(name)]));
  const usedBy = new Map<string, number>();
  for (const set of names.values()) for (const each of set) usedBy.set(each, (usedBy.get(each) ?? 0) + 1);
  const scores = CRM_NAMES.map((name) => ({
    name,
    score: [...(names.get(name) ?? [])].filter((each) => usedBy.get(each) === 1 && present.has(each)).length,
  })).sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  if (!best || best.score < LEAST_OWN_HEADERS || (next && next.score >= best.score)) return undefined;
  return best.name;
}
