import type { Parsed } from '../inputError';
import { isClosedStage } from '../stageMove';
import type { Stage } from '../stages';
import type { RowValues } from './columnMapping';
import type { ImportKind } from './importColumns';
import { type ImportProblem, importProblem } from './importProblem';
import {
  currencyCodeOf,
  DAY_MONTH_ORDERS,
  type DayMonthOrder,
  detectDayMonthOrder,
  isEmptyLike,
  isoFromSlashedDate,
  isSlashedDate,
} from './importValues';
import { SOURCES_EXAMPLE, type ImportVocabulary } from './valueMaps';

/** One row of the file, its cells by column key. */
export type ValuesRow = { line: number; values: RowValues };

export type RowPreparation = {
  vocabulary: ImportVocabulary;
  /** `--dates`, else the preset's order; used when the file's dates do not tell. */
  dateOrder?: DayMonthOrder;
  /** CRM owner names and emails → Slack user ids. */
  ownerIds: ReadonlyMap<string, string>;
};

export type PreparedRows = { rows: ValuesRow[]; notes: string[] };

const DATE_KEYS = ['created', 'closed', 'closeDate', 'close', 'requested', 'sent', 'from', 'to'];

/** "“Cold Call” (2 rows), “Webinar” (1 row)". */
function countsText(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .map(([text, count]) => `“${text}” (${count} ${count === 1 ? 'row' : 'rows'})`)
    .join(', ');
}

function increment(counts: Map<string, number>, text: string): void {
  counts.set(text, (counts.get(text) ?? 0) + 1);
}

/** The order slashed dates are read in: what the file shows, else `--dates` or the preset's. */
function dateOrderOf(
  rows: readonly ValuesRow[],
  given: DayMonthOrder | undefined,
): Parsed<DayMonthOrder | undefined, ImportProblem> {
  const texts = rows.flatMap((row) => DATE_KEYS.flatMap((key) => row.values.get(key) ?? []));
  const detected = detectDayMonthOrder(texts);
  const example = `--dates ${DAY_MONTH_ORDERS.join('|')}`;
  if (detected === 'mixed') {
    return {
      ok: false,
      problems: [
        importProblem(
          'dates',
          'the file has dates with the day first and others with the month first',
          example,
        ),
      ],
    };
  }
  const order = detected ?? given;
  if (!order && texts.some(isSlashedDate)) {
    return {
      ok: false,
      problems: [
        importProblem(
          'dates',
          'the file writes dates like 05/06/2026, which read as 5 June or May 6; say which with --dates dmy (day first) or --dates mdy',
          example,
        ),
      ],
    };
  }
  return { ok: true, value: order };
}

/**
 * Reads a file's cells into the forms the row readers take, once for the whole file: empty-like
 * words ("не закрыта") are empty, first and last names are joined, slashed dates become ISO,
 * stages and statuses become Tandem stages, sources become channel keys (or "other"), currency
 * names become codes, owners become Slack users, and a deal without a company is its deal name's.
 * What it had to guess is returned as notes for the report.
 */
export function prepareRows(
  kind: ImportKind,
  rows: readonly ValuesRow[],
  preparation: RowPreparation,
): Parsed<PreparedRows, ImportProblem> {
  const { vocabulary, ownerIds } = preparation;
  const unknownSources = new Map<string, number>();
  const unknownOwners = new Map<string, number>();
  let namedAfterDeal = 0;
  const cleaned = rows.map((row) => ({
    line: row.line,
    values: new Map([...row.values].filter(([, text]) => !isEmptyLike(text))),
  }));
  const order = dateOrderOf(cleaned, preparation.dateOrder);
  if (!order.ok) return order;

  const prepared = cleaned.map(({ line, values }) => {
    const first = values.get('firstName');
    const last = values.get('lastName');
    if (!values.has('contact') && (first || last))
      values.set('contact', [first, last].filter(Boolean).join(' '));
    if (order.value) {
      for (const key of DATE_KEYS) {
        const text = values.get(key);
        if (text) values.set(key, isoFromSlashedDate(text, order.value));
      }
    }
    const currency = values.get('currency');
    const code = currency ? currencyCodeOf(currency) : undefined;
    if (code) values.set('currency', code);
    const source = values.get('source');
    if (source) {
      const key = vocabulary.source(source);
      if (key) values.set('source', key);
      else if (vocabulary.unknownSourcesAsOther) {
        values.set('source', 'other');
        increment(unknownSources, source);
      }
    }
    const owner = values.get('owner');
    if (owner) {
      const userId = ownerIds.get(owner) ?? ownerIds.get(owner.toLowerCase());
      if (userId) values.set('owner', userId);
      else {
        values.delete('owner');
        increment(unknownOwners, owner);
      }
    }
    if (kind === 'deals') {
      const stage = dealStage(values, vocabulary);
      const closeDate = values.get('closeDate');
      if (closeDate) values.set(stage && isClosedStage(stage) ? 'closed' : 'close', closeDate);
      const name = values.get('name');
      if (!values.has('company') && !values.has('lead') && name) {
        values.set('company', name);
        namedAfterDeal += 1;
      }
    }
    return { line, values: values as RowValues };
  });

  const notes: string[] = [];
  if (namedAfterDeal > 0) {
    notes.push(
      `${namedAfterDeal} ${namedAfterDeal === 1 ? 'deal has' : 'deals have'} no company: each is filed under a lead named after the deal`,
    );
  }
  if (unknownSources.size > 0) {
    notes.push(
      `Sources that name no channel, read as Other: ${countsText(unknownSources)}; map them with ${SOURCES_EXAMPLE}`,
    );
  }
  if (unknownOwners.size > 0) {
    notes.push(
      `Owners with no Slack user, credited to the importing user: ${countsText(unknownOwners)}; map them with --owners "Jane Doe=U0123ABCD"`,
    );
  }
  return { ok: true, value: { rows: prepared, notes } };
}

/** The stage a deal row is in: its status when that says won or lost (Pipedrive), else its stage. */
export function dealStage(values: RowValues, vocabulary: ImportVocabulary): Stage | undefined {
  const statusText = values.get('status');
  const status = statusText ? vocabulary.status(statusText) : undefined;
  if (status === 'WON' || status === 'LOST') return status;
  const stageText = values.get('stage');
  if (stageText) return vocabulary.stage(stageText);
  if (status === 'OPEN') return 'LEAD';
  return undefined;
}
