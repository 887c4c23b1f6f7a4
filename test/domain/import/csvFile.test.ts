import { detectDelimiter, readCsv } from '../../../src/domain/import/csvFile';

function read(text: string | Buffer, options: { encoding?: string; delimiter?: string } = {}) {
  const result = readCsv(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, options);
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

describe('readCsv', () => {
  it('finds the delimiter Excel used, drops the byte-order mark and keeps quoted delimiters and newlines', () => {
    const table = read('\uFEFFName;Note\r\n"Acme; Ltd";"two\r\nlines"\r\nBeta;x\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Name', 'Note']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['Acme; Ltd', 'two\nlines'] },
      { line: 4, cells: ['Beta', 'x'] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('counts lines as a text editor does, past blank lines and empty rows', () => {
    const table = read('a,b\n1,2\n\n,\n3,"4\n5"\n6,7\n');
    expect(table.rows.map((row) => row.line)).toEqual([2, 5, 7]);
  });

  it('accepts empty cells a spreadsheet adds past the header, and reports rows of the wrong width', () => {
    const table = read('a,b,c\n1,2,3,,\n1,2\n1,2,3,4\n');
    expect(table.rows).toEqual([{ line: 2, cells: ['1', '2', '3'] }]);
    expect(table.problems).toEqual([
      { line: 3, message: 'has 2 fields but the header has 3; check for a stray comma or a missing quote' },
      { line: 4, message: 'has 4 fields but the header has 3; check for a stray comma or a missing quote' },
    ]);
  });

  it('reports a row with bytes that are not text in the encoding and reads the others', () => {
    const bytes = Buffer.concat([
      Buffer.from('a,b\nok,1\nbad'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(',2\nfine,3\n'),
    ]);
    const table = read(bytes);
    expect(table.rows.map((row) => row.cells[0])).toEqual(['ok', 'fine']);
    expect(table.problems).toEqual([
      {
        line: 3,
        message:
          'it has bytes that are not utf-8 text; save the file as UTF-8 or pass --encoding windows-1250 or windows-1251',
      },
    ]);
  });

  it('decodes Russian Excel files (windows-1251)', () => {
    // "Компания\nРога" in windows-1251.
    const bytes = Buffer.from([0xca, 0xee, 0xec, 0xef, 0xe0, 0xed, 0xe8, 0xff, 0x0a, 0xd0, 0xee, 0xe3, 0xe0]);
    expect(read(bytes, { encoding: 'windows-1251' })).toMatchObject({
      headers: ['Компания'],
      rows: [{ line: 2, cells: ['Рога'] }],
    });
  });

  it('reads Excel "Unicode text" (UTF-16 with its byte-order mark) without being told', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Firma\tKraj\nŁódź\tPL\n', 'utf16le'),
    ]);
    expect(read(bytes)).toMatchObject({
      delimiter: '\t',
      headers: ['Firma', 'Kraj'],
      rows: [{ cells: ['Łódź', 'PL'] }],
    });
  });

  it('keeps a stray quote inside a field as text, and reports a quote that is never closed', () => {
    const table = read('a,b\n5" screen,1\n"open,2\nrest,3\n');
    expect(table.rows).toEqual([{ line: 2, cells: ['5" screen', '1'] }]);
    expect(table.problems).toEqual([
      { line: 3, message: 'a quote opened on line 3 is never closed, so lines 3–4 could not be read' },
    ]);
  });

  it('refuses an empty file, an unknown encoding and an unreadable header', () => {
    expect(readCsv(Buffer.from(''))).toEqual({
      ok: false,
      message: 'the file has no header line: it is empty',
    });
    expect(readCsv(Buffer.from('a'), { encoding: 'koi8-r' })).toEqual({
      ok: false,
      message:
        '“koi8-r” is not an encoding Tandem reads; use one of utf-8, utf-16le, windows-1250, windows-1251, windows-1252, iso-8859-2',
    });
    expect(readCsv(Buffer.from([0x8f, 0x0a, 0x41]), { encoding: 'utf-8' })).toMatchObject({ ok: false });
    expect(readCsv(Buffer.from('a||b'), { delimiter: '||' })).toEqual({
      ok: false,
      message: '“||” cannot separate fields; use one character such as , ; or a tab',
    });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['single', ','],
    ['"a,b";c;d', ';'],
  ])('%j → %j', (header, delimiter) => {
    expect(detectDelimiter(`${header}\n1,2`)).toBe(delimiter);
  });
});
