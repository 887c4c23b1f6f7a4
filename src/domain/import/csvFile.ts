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
  /** The encoding the file was read in: given, announced by a byte-order mark, or detected. */
  encoding: string;
  /** Lines after the table that are not records (a Salesforce report's totals and copyright). */
  footerLines: number;
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

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The encoding a file's byte-order mark announces (Excel's "Unicode text" is UTF-16 little-endian),
 * else UTF-8 when the bytes are UTF-8, else the Windows code page the text reads best in.
 */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  // A header or most lines that are not UTF-8 mean a Windows code page; a line or two mean a UTF-8
  // file with a few bad lines, which are reported as such.
  const lines = splitLines(bytes);
  const strict = new TextDecoder('utf-8', { fatal: true });
  const isUtf8 = (line: Uint8Array) => {
    try {
      strict.decode(line);
      return true;
    } catch {
      return false;
    }
  };
  const nonAscii = lines.filter((line) => line.some((byte) => byte >= 0x80));
  const broken = nonAscii.filter((line) => !isUtf8(line));
  const header = lines[0];
  const headerBroken = header !== undefined && !isUtf8(header);
  if (!headerBroken && (broken.length < 2 || broken.length < nonAscii.length / 2)) return 'utf-8';
  return windowsCodePageOf(bytes);
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      lines.push(bytes.subarray(start, index));
      start = index + 1;
    }
  }
  return lines;
}

/**
 * windows-1251 (Russian) or windows-1250 (Polish): Russian letters are all bytes 0xC0–0xFF, while
 * Polish text is full of ł, ą, ś, ż, ź (0x80–0xBF); Russian text has few of those (ё, №, «»).
 */
function windowsCodePageOf(bytes: Uint8Array): string {
  let letters = 0;
  let others = 0;
  for (const byte of bytes) {
    if (byte >= 0xc0) letters += 1;
    else if (byte >= 0x80) others += 1;
  }
  return others > letters * 0.1 ? 'windows-1250' : 'windows-1251';
}

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
  const footerLines = footerLength(body.map((parsed) => parsed.record));
  for (const parsed of body.slice(0, body.length - footerLines)) {
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
  return { ok: true, table: { headers, rows, problems, delimiter, encoding, footerLines } };
}

const FOOTER_WORDS = /copyright|confidential|generated by|grand totals?|^total\b|итого|razem/i;

/**
 * How many records at the end are a report's footer rather than rows: below the last record with
 * two or more cells filled, lines of one cell ("Grand Totals (12 records)", "Copyright (c) …
 * salesforce.com", "Generated By: …") or none.
 */
function footerLength(records: readonly string[][]): number {
  let length = 0;
  for (let index = records.length - 1; index >= 0; index -= 1) {
    const filled = (records[index] ?? []).filter((cell) => cell.trim() !== '').length;
    if (filled > 1) break;
    length += 1;
  }
  // A table whose every row is one cell wide has no footer: its rows are just short; so is a
  // last row that lost its delimiters, unless the lines below say what a report footer says.
  const footer = records.slice(records.length - length);
  const looksLikeFooter =
    footer[0]?.every((cell) => cell.trim() === '') ||
    footer.some((record) => FOOTER_WORDS.test(record.join(' ')));
  return length === records.length || !looksLikeFooter ? 0 : length;
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
