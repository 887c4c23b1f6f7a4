import type { Parsed } from '../inputError';
import { type ImportProblem, importProblem } from './importProblem';
import { stripControlCharacters } from '../text';
import type { ColumnSpec, ImportKind } from './importColumns';

/** Which file column each importable column comes from. */
export type ColumnMapping = {
  /** Column key → index of the file column. */
  indexes: ReadonlyMap<string, number>;
  /** The mapped columns in file order, for the report. */
  used: { key: string; label: string; header: string }[];
  /** Headers that are not imported. */
  ignored: string[];
};

/** A row's non-empty cells by column key, trimmed. */
export type RowValues = ReadonlyMap<string, string>;

const MAP_EXAMPLE = '--map company=Firma,email="E-mail"';

/** "E-mail", "e_mail" and "EMAIL" → "email"; "Źródło" → "zrodlo"; "Компания" → "компания". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "Deal - Title" → "Title", "Person - Name" → "Name": Pipedrive names every header by its record. */
const RECORD_PREFIX = /^(?:deal|person|organi[sz]ation|lead|contact|сделка|контакт|компания)\s+-\s+/i;

export function withoutRecordPrefix(header: string): string {
  return header.replace(RECORD_PREFIX, '');
}

/** `#5` (the fifth column) or `Associated Company#2` (the second column of that name). */
const POSITION = /^(.*?)#(\d+)$/;

/**
 * Reads `--map` values: `key=Header` pairs separated by commas; a header with commas goes in double
 * quotes, and `key=` alone leaves that column out even when a header would match it.
 */
export function parseColumnMap(
  texts: readonly string[],
  columns: readonly ColumnSpec[],
): Parsed<ReadonlyMap<string, string>, ImportProblem> {
  const keys = new Set(columns.map((column) => column.key));
  const overrides = new Map<string, string>();
  const problems: ImportProblem[] = [];
  const pair = /\s*([^=,\s]+)\s*=\s*(?:"([^"]*)"|([^,]*?))\s*(?:,|$)/y;
  for (const text of texts) {
    pair.lastIndex = 0;
    while (pair.lastIndex < text.length) {
      const start = pair.lastIndex;
      const match = pair.exec(text);
      if (!match?.[1]) {
        problems.push(importProblem('map', `“${text.slice(start)}” is not key=Header`, MAP_EXAMPLE));
        break;
      }
      const key = match[1].toLowerCase();
      if (!keys.has(key)) {
        problems.push(
          importProblem(
            'map',
            `“${match[1]}” is not a column; columns are ${[...keys].join(', ')}`,
            MAP_EXAMPLE,
          ),
        );
      } else if (overrides.has(key)) {
        problems.push(importProblem('map', `${key} is mapped twice`, MAP_EXAMPLE));
      } else {
        overrides.set(key, (match[2] ?? match[3] ?? '').trim());
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: overrides };
}

/**
 * Maps the file's headers to importable columns: `--map` overrides first, then each column's
 * aliases. A header that two columns could claim, or a column that two headers could fill, is a
 * problem to settle with `--map` rather than a guess.
 */
export function mapColumns(
  headers: readonly string[],
  columns: readonly ColumnSpec[],
  overrides: ReadonlyMap<string, string>,
  presetHeaders: Partial<Record<string, readonly string[]>> = {},
): Parsed<ColumnMapping, ImportProblem> {
  const normalized = headers.map(normalizeHeader);
  const problems: ImportProblem[] = [];
  const indexes = new Map<string, number>();
  const taken = new Set<number>();
  const listed = headers.map((header) => `“${header}”`).join(', ');

  // `--map` names a header as written; a normalized match ("e-mail" for "E-mail") is the fallback.
  // A position picks one of several columns of one name, or any column by its number.
  const headerIndex = (wanted: string, key: string): number | undefined => {
    const position = POSITION.exec(wanted.trim());
    const name = position ? (position[1] ?? '').trim() : wanted.trim();
    const exact = headers.flatMap((header, index) => (header === name ? [index] : []));
    const found =
      name === ''
        ? headers.map((_, index) => index)
        : exact.length > 0
          ? exact
          : normalized.flatMap((header, index) => (header === normalizeHeader(name) ? [index] : []));
    const nth = position ? Number(position[2]) : undefined;
    if (nth !== undefined && found[nth - 1] !== undefined) return found[nth - 1];
    if (nth === undefined && found.length === 1) return found[0];
    problems.push(
      found.length === 0 || nth !== undefined
        ? importProblem(
            'map',
            `${key}=${wanted}: the file has no column “${wanted}”; its columns are ${listed}`,
            MAP_EXAMPLE,
          )
        : importProblem(
            'map',
            `${key}=${wanted}: the file has ${found.length} columns named “${wanted}”; pick one as “${name}#2”`,
            `--map ${key}="${name}#2"`,
          ),
    );
    return undefined;
  };

  for (const [key, header] of overrides) {
    if (header === '') continue;
    const index = headerIndex(header, key);
    if (index === undefined) continue;
    if (taken.has(index)) {
      problems.push(importProblem('map', `column “${headers[index]}” is mapped to two columns`, MAP_EXAMPLE));
      continue;
    }
    indexes.set(key, index);
    taken.add(index);
  }
  // A CRM preset names each column's header as that CRM exports it: the first it finds is taken,
  // and of several columns of that name (HubSpot's two "Associated Company") the first.
  for (const column of columns) {
    if (overrides.has(column.key)) continue;
    for (const header of presetHeaders[column.key] ?? []) {
      const wanted = normalizeHeader(header);
      const index = normalized.findIndex((each, at) => each === wanted && !taken.has(at));
      if (index === -1) continue;
      indexes.set(column.key, index);
      taken.add(index);
      break;
    }
  }
  const unprefixed = headers.map((header) => normalizeHeader(withoutRecordPrefix(header)));
  for (const column of columns) {
    if (overrides.has(column.key) || indexes.has(column.key)) continue;
    const aliases = new Set(column.aliases.map(normalizeHeader));
    const found = normalized.flatMap((header, index) =>
      (aliases.has(header) || aliases.has(unprefixed[index] ?? '')) && !taken.has(index) ? [index] : [],
    );
    const [index, ...others] = found;
    if (index === undefined) continue;
    if (others.length > 0) {
      const names = found.map((each) => `“${headers[each]}”`).join(' and ');
      problems.push(
        importProblem(
          'map',
          `${names} could both be ${column.label}; choose one with --map`,
          `--map ${column.key}=${headers[index]}`,
        ),
      );
      continue;
    }
    indexes.set(column.key, index);
    taken.add(index);
  }
  if (problems.length > 0) return { ok: false, problems };
  const labels = new Map(columns.map((column) => [column.key, column.label]));
  const used = [...indexes.entries()]
    .sort(([, a], [, b]) => a - b)
    .map(([key, index]) => ({ key, label: labels.get(key) ?? key, header: headers[index] ?? '' }));
  const ignored = headers.filter((header, index) => !taken.has(index) && header !== '');
  return { ok: true, value: { indexes, used, ignored } };
}

/** The columns a kind of import cannot do without, as problems naming them. */
export function missingColumns(kind: ImportKind, mapping: ColumnMapping): ImportProblem[] {
  const has = (key: string) => mapping.indexes.has(key);
  // The message names the column; the example says how to provide it.
  const missing = (key: string, what: string, example: string) =>
    importProblem(key, what, `${example}, or --map ${key}=<header>`);
  const problems: ImportProblem[] = [];
  if (kind === 'leads' && !has('company')) problems.push(missing('company', 'Company', 'a "Company" header'));
  if (kind === 'deals') {
    if (!has('stage') && !has('status')) problems.push(missing('stage', 'Stage', 'a "Stage" header'));
    if (!has('lead') && !has('company') && !has('name')) {
      problems.push(missing('lead', 'Lead or Company', 'a "Lead" header with L-12 or the lead\'s CRM id'));
    }
  }
  if (kind === 'spend') {
    if (!has('channel')) problems.push(missing('channel', 'Channel', 'a "Channel" header'));
    if (!has('amount')) problems.push(missing('amount', 'Amount', 'an "Amount" header'));
    if (!has('period') && !(has('from') && has('to'))) {
      problems.push(missing('period', 'Period (or From and To)', 'a "Period" header with 2026-11'));
    }
  }
  return problems;
}

/** A row's non-empty cells by column key, trimmed and without control characters. */
export function rowValues(cells: readonly string[], mapping: ColumnMapping): RowValues {
  const values = new Map<string, string>();
  for (const [key, index] of mapping.indexes) {
    const text = stripControlCharacters(cells[index] ?? '').trim();
    if (text !== '') values.set(key, text);
  }
  return values;
}
