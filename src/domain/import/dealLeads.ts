import { companyKey } from '../lead';
import type { RowValues } from './columnMapping';
import type { DealImportRow } from './dealRows';
import type { ReadRow } from './importPlan';

/** The lead columns a deal file can carry about its company. */
const LEAD_KEYS = ['company', 'contact', 'email', 'source', 'industry', 'size', 'country', 'owner'];

/** A company the deals of a file name, with the lead columns of its first row and its earliest date. */
export type DealCompany = {
  line: number;
  companyKey: string;
  values: RowValues;
  /** The earliest creation (or closing) date of its deals in the file. */
  earliest?: Date;
};

/**
 * The companies a deal file names by company rather than by lead id, each once: its lead takes
 * the first row's contact columns and the earliest date of all its deals, so no deal of the file
 * starts before its lead.
 */
export function companiesOfDeals(
  rows: readonly { line: number; values: RowValues }[],
  reads: readonly ReadRow<DealImportRow>[],
): DealCompany[] {
  const byKey = new Map<string, DealCompany>();
  reads.forEach((read, index) => {
    if (!read.ok || !('companyKey' in read.row.lead)) return;
    const key = read.row.lead.companyKey;
    const date = read.row.createdAt ?? read.row.closedAt;
    const known = byKey.get(key);
    if (known) {
      if (date && (!known.earliest || date < known.earliest)) known.earliest = date;
      return;
    }
    const values = rows[index]?.values ?? new Map<string, string>();
    byKey.set(key, {
      line: read.line,
      companyKey: companyKey(read.row.lead.company),
      values: new Map(
        LEAD_KEYS.flatMap((each) => (values.has(each) ? [[each, values.get(each) ?? '']] : [])),
      ),
      ...(date ? { earliest: date } : {}),
    });
  });
  return [...byKey.values()];
}
