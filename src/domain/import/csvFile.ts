import { type CsvError, parse } from 'csv-parse/sync';

/** One record of the file below the header, with the line it starts on (the header is line 1). */
export type CsvRow = { line: number; cells: string[] };

/** A line that could not be read as a record of the table, and why. */
export type CsvLineProblem = { line: number; message: string };

export type CsvTable = {
  headers: string[];
  rows: CsvRow[];
  problems: CsvLineProblem[];
  delimiter: string;
};

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; message: string };

export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/** The encodings `--encoding` takes: UTF-8 and the Windows code pages Polish and Russian Excel save in. */
export const CSV_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'iso-8859-2',
] as const;

/** The encoding a file's byte-order mark announces: Excel's "Unicode text" is UTF-16 little-endian. */
function encodingOf(bytes: Uint8Array): string {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
}

const REPLACEMENT_CHARACTER = '\uFFFD';

type ParsedRecord = { record: string[]; info: { lines: number }; raw: string };

/** The delimiter the header line uses most: Excel in Poland and Russia saves with semicolons. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split('\n', 1)[0] ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** The line a record starts on, from the line it ends on and its raw text (quoted fields span lines). */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Reads a CSV export with csv-parse. Lines that cannot be records of the table (a wrong number of
 * fields, bytes that are not text in `encoding`, a quote never closed) are returned as problems
 * with their line number; they never stop the rest of the file from being read.
 */
export function readCsv(bytes: Uint8Array, options: { encoding?: string; delimiter?: string } = {}): CsvRead {
  const encoding = options.encoding ?? encodingOf(bytes);
  if (!(CSV_ENCODINGS as readonly string[]).includes(encoding)) {
    return {
      ok: false,
      message: `“${encoding}” is not an encoding Tandem reads; use one of ${CSV_ENCODINGS.join(', ')}`,
    };
  }
  // One kind of line ending: csv-parse counts a CRLF inside a quoted field as two lines.
  const text = new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  if (delimiter.length !== 1 || delimiter === '"' || /[\r\n]/.test(delimiter)) {
    return {
      ok: false,
      message: `“${delimiter}” cannot separate fields; use one character such as , ; or a tab`,
    };
  }
  const problems: CsvLineProblem[] = [];
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const lines = typeof error?.lines === 'number' ? error.lines : 0;
      const line = raw === undefined ? lines : startLine(lines, raw);
      problems.push({
        line,
        message:
          error?.code === 'CSV_QUOTE_NOT_CLOSED'
            ? `a quote opened on line ${line} is never closed, so lines ${line}–${lines} could not be read`
            : `could not be read as CSV: ${error?.message ?? 'unknown error'}`,
      });
      return undefined;
    },
  }) as unknown as ParsedRecord[];

  const [header, ...body] = records;
  if (!header) return { ok: false, message: 'the file has no header line: it is empty' };
  if (header.record.some((cell) => cell.includes(REPLACEMENT_CHARACTER))) {
    return { ok: false, message: encodingMessage(encoding, 'its header line') };
  }
  const headers = header.record.map((cell) => cell.trim());
  const rows: CsvRow[] = [];
  for (const parsed of body) {
    const line = startLine(parsed.info.lines, parsed.raw);
    const cells = parsed.record;
    if (cells.every((cell) => cell.trim() === '')) continue;
    // Trailing empty cells past the header are what spreadsheets add; anything else is misaligned.
    const extra = cells.slice(headers.length);
    if (cells.length < headers.length || extra.some((cell) => cell.trim() !== '')) {
      problems.push({
        line,
        message: `has ${cells.length} fields but the header has ${headers.length}; check for a stray ${delimiterName(delimiter)} or a missing quote`,
      });
    } else if (cells.some((cell) => cell.includes(REPLACEMENT_CHARACTER))) {
      problems.push({ line, message: encodingMessage(encoding, 'it') });
    } else {
      rows.push({ line, cells: cells.slice(0, headers.length) });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { ok: true, table: { headers, rows, problems, delimiter } };
}

function encodingMessage(encoding: string, what: string): string {
  const other = encoding === 'utf-8' ? 'windows-1250 or windows-1251' : 'utf-8';
  return `${what} has bytes that are not ${encoding} text; save the file as UTF-8 or pass --encoding ${other}`;
}

export function delimiterName(delimiter: string): string {
  if (delimiter === '\t') return 'tab';
  if (delimiter === ';') return 'semicolon';
  if (delimiter === ',') return 'comma';
  return `“${delimiter}”`;
}
