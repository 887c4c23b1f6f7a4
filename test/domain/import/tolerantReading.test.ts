import { mapColumns } from '../../../src/domain/import/columnMapping';
import { readCsv } from '../../../src/domain/import/csvFile';
import { DEAL_COLUMNS, LEAD_COLUMNS } from '../../../src/domain/import/importColumns';
import {
  currencyCodeOf,
  detectDayMonthOrder,
  isEmptyLike,
  isoFromSlashedDate,
} from '../../../src/domain/import/importValues';
import { CRM_PRESETS } from '../../../src/domain/import/presets';
import { prepareRows } from '../../../src/domain/import/rowPreparation';
import { buildVocabulary } from '../../../src/domain/import/valueMaps';
import { DEFAULT_CHANNELS } from '../../../src/domain/channels';

describe('dates: day and month order, times everywhere', () => {
  it.each([
    [['5/27/2026', '4/8/2025 17:19'], 'mdy'],
    [['27/05/2026', '4/8/2025'], 'dmy'],
    [['4/8/2025', '1/2/2026'], undefined],
    [['27/05/2026', '5/27/2026'], 'mixed'],
    [['2026-05-27', '27.05.2026'], undefined],
  ] as const)('%j → %s', (texts, order) => {
    expect(detectDayMonthOrder(texts)).toBe(order);
  });

  it.each([
    ['5/27/2026', 'mdy', '2026-05-27 00:00:00'],
    ['4/8/2025 17:19', 'mdy', '2025-04-08 17:19:00'],
    ['4/8/2025 17:19', 'dmy', '2025-08-04 17:19:00'],
    ['11/30/2026 9:14 AM', 'mdy', '2026-11-30 09:14:00'],
    ['11/30/2026 12:05 PM', 'mdy', '2026-11-30 12:05:00'],
    ['11/30/2026 12:05 AM', 'mdy', '2026-11-30 00:05:00'],
    ['11/30/2026 4:05 p.m.', 'mdy', '2026-11-30 16:05:00'],
    ['2026-11-30', 'mdy', '2026-11-30'],
  ] as const)('%s read %s → %s', (text, order, iso) => {
    expect(isoFromSlashedDate(text, order)).toBe(iso);
  });

  it('reads empty-like words as empty', () => {
    for (const word of ['не закрыта', 'N/A', '—', '(no value)', 'brak']) expect(isEmptyLike(word)).toBe(true);
    for (const word of ['0', 'none of them', 'Нет проблем']) expect(isEmptyLike(word)).toBe(false);
  });

  it('reads currency codes, symbols and names in English, Russian and Polish', () => {
    expect(currencyCodeOf('Российский рубль')).toBe('RUB');
    expect(currencyCodeOf('Euro')).toBe('EUR');
    expect(currencyCodeOf('złoty polski')).toBe('PLN');
    expect(currencyCodeOf('US Dollar')).toBe('USD');
    expect(currencyCodeOf('bgn')).toBe('BGN');
    expect(currencyCodeOf('₽')).toBe('RUB');
    expect(currencyCodeOf('roubles of gold')).toBeUndefined();
  });
});

describe('headers', () => {
  it('reads "Deal - …" and "Person - …" prefixes, and addresses duplicate headers by position', () => {
    const headers = [
      'Deal - Title',
      'Deal - Stage',
      'Associated Company',
      'Associated Company',
      'Person - Email',
    ];
    const plain = mapColumns(headers, DEAL_COLUMNS, new Map());
    expect(plain.ok && Object.fromEntries(plain.value.indexes)).toEqual({ name: 0, stage: 1, email: 4 });
    const second = mapColumns(headers, DEAL_COLUMNS, new Map([['company', 'Associated Company#2']]));
    expect(second.ok && second.value.indexes.get('company')).toBe(3);
    const byNumber = mapColumns(headers, DEAL_COLUMNS, new Map([['company', '#3']]));
    expect(byNumber.ok && byNumber.value.indexes.get('company')).toBe(2);
    const ambiguous = mapColumns(headers, DEAL_COLUMNS, new Map([['company', 'Associated Company']]));
    expect(ambiguous.ok ? [] : ambiguous.problems.map((each) => each.message)).toEqual([
      'company=Associated Company: the file has 2 columns named “Associated Company”; pick one as “Associated Company#2”',
    ]);
  });

  it('takes a preset header before an alias, and the first of duplicates', () => {
    const headers = ['Record ID', 'Associated Company', 'Deal Name', 'Associated Company', 'Deal Stage'];
    const mapped = mapColumns(headers, DEAL_COLUMNS, new Map(), CRM_PRESETS.hubspot.headers);
    expect(mapped.ok && Object.fromEntries(mapped.value.indexes)).toEqual({
      id: 0,
      company: 1,
      name: 2,
      stage: 4,
    });
  });
});

describe('prepareRows', () => {
  const vocabulary = (from?: keyof typeof CRM_PRESETS, stages: string[] = [], sources: string[] = []) => {
    const built = buildVocabulary(
      { ...(from ? { preset: CRM_PRESETS[from] } : {}), stages, sources },
      DEFAULT_CHANNELS,
    );
    if (!built.ok) throw new Error(built.problems.map((each) => each.message).join('; '));
    return built.value;
  };
  const row = (entries: Record<string, string>) => ({ line: 2, values: new Map(Object.entries(entries)) });

  it('joins first and last names, and files a deal with no company under its deal name', () => {
    const prepared = prepareRows(
      'deals',
      [row({ firstName: 'Anna', lastName: 'Nowak', name: 'Website redesign', stage: 'offer' })],
      { vocabulary: vocabulary(), ownerIds: new Map() },
    );
    expect(prepared.ok && Object.fromEntries(prepared.value.rows[0]?.values ?? [])).toMatchObject({
      contact: 'Anna Nowak',
      company: 'Website redesign',
    });
  });

  it('reads a close date as closed for won and lost deals and as expected otherwise; status settles the stage', () => {
    const prepared = prepareRows(
      'deals',
      [
        row({ stage: 'Proposal Made', status: 'Lost', closeDate: '2026-11-20' }),
        row({ stage: 'Proposal Made', status: 'Open', closeDate: '2026-12-20' }),
      ],
      { vocabulary: vocabulary('pipedrive'), ownerIds: new Map() },
    );
    if (!prepared.ok) throw new Error('refused');
    expect(prepared.value.rows.map((each) => [each.values.get('closed'), each.values.get('close')])).toEqual([
      ['2026-11-20', undefined],
      [undefined, '2026-12-20'],
    ]);
  });

  it('maps sources with --sources and the preset, reads unknown ones as other with a count, and maps owners', () => {
    const prepared = prepareRows(
      'leads',
      [
        row({ source: 'Trade Show', owner: 'Jane Doe' }),
        row({ source: 'Cold Call', owner: 'jane@example.com' }),
        row({ source: 'Cold Call', owner: 'Bob' }),
      ],
      {
        vocabulary: vocabulary('salesforce', [], ['Trade Show=outbound']),
        ownerIds: new Map([
          ['Jane Doe', 'U0JANE'],
          ['jane@example.com', 'U0JANE'],
        ]),
      },
    );
    if (!prepared.ok) throw new Error('refused');
    expect(prepared.value.rows.map((each) => [each.values.get('source'), each.values.get('owner')])).toEqual([
      ['outbound', 'U0JANE'],
      ['other', 'U0JANE'],
      ['other', undefined],
    ]);
    expect(prepared.value.notes).toEqual([
      expect.stringMatching(/^Sources that name no channel, read as Other: “Cold Call” \(2 rows\)/),
      expect.stringMatching(/^Owners with no Slack user, credited to the importing user: “Bob” \(1 row\)/),
    ]);
  });

  it('asks for --dates when no date tells the order, and refuses a file that writes both', () => {
    const ask = prepareRows('leads', [row({ created: '4/8/2025' })], {
      vocabulary: vocabulary(),
      ownerIds: new Map(),
    });
    expect(ask.ok ? [] : ask.problems.map((each) => each.example)).toEqual(['--dates mdy|dmy']);
    const told = prepareRows('leads', [row({ created: '4/8/2025' })], {
      vocabulary: vocabulary(),
      ownerIds: new Map(),
      dateOrder: 'dmy',
    });
    expect(told.ok && told.value.rows[0]?.values.get('created')).toBe('2025-08-04 00:00:00');
    const mixed = prepareRows('leads', [row({ created: '27/5/2026' }), row({ created: '5/27/2026' })], {
      vocabulary: vocabulary(),
      ownerIds: new Map(),
      dateOrder: 'dmy',
    });
    expect(mixed.ok).toBe(false);
  });

  it('refuses a --stages or --sources value that names nothing in Tandem', () => {
    const built = buildVocabulary(
      { stages: ['Contract Sent=signed'], sources: ['Fair=fairs'] },
      DEFAULT_CHANNELS,
    );
    expect(built.ok ? [] : built.problems.map((each) => each.message)).toEqual([
      'Contract Sent=signed: “signed” is not a Tandem stage',
      expect.stringMatching(/^Fair=fairs: “fairs” is not one of the team's channels/),
    ]);
  });
});

describe('readCsv: encodings and report footers', () => {
  it('detects windows-1251 and windows-1250 text', () => {
    const russian = Buffer.from([
      0xca, 0xee, 0xec, 0xef, 0xe0, 0xed, 0xe8, 0xff, 0x0a, 0xc2, 0xe5, 0xea, 0xf2, 0xee, 0xf0,
    ]);
    // "Firma\nŁódź żółty\nŚląsk" in windows-1250; a single odd line would be a damaged UTF-8 file.
    const polishBytes = Buffer.from([
      ...Buffer.from('Firma\n'),
      ...[0xa3, 0xf3, 0x64, 0x9f, 0x20, 0xbf, 0xf3, 0xb3, 0x74, 0x79, 0x0a],
      ...[0x8c, 0x6c, 0xb9, 0x73, 0x6b],
    ]);
    const ru = readCsv(russian);
    const pl = readCsv(polishBytes);
    expect(ru.ok && [ru.table.encoding, ru.table.headers, ru.table.rows[0]?.cells]).toEqual([
      'windows-1251',
      ['Компания'],
      ['Вектор'],
    ]);
    expect(pl.ok && [pl.table.encoding, pl.table.rows[0]?.cells]).toEqual(['windows-1250', ['Łódź żółty']]);
  });

  it('skips a Salesforce footer, but not a short last row of data', () => {
    const report = readCsv(
      Buffer.from(
        '"Account Name","Stage"\n"Acme","Closed Won"\n""\n"Grand Totals (1 records)"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n"Generated By:  Jane Doe  11/30/2026 9:14 AM"\n',
      ),
    );
    expect(report.ok && [report.table.rows.length, report.table.problems, report.table.footerLines]).toEqual([
      1,
      [],
      4,
    ]);
    const short = readCsv(Buffer.from('Company,Stage\nAcme,Won\nBeta\n'));
    expect(short.ok && [short.table.footerLines, short.table.problems.map((each) => each.line)]).toEqual([
      0,
      [3],
    ]);
  });
});

it('LEAD_COLUMNS take first and last name columns', () => {
  const mapped = mapColumns(['First Name', 'Last Name', 'Company'], LEAD_COLUMNS, new Map());
  expect(mapped.ok && Object.fromEntries(mapped.value.indexes)).toEqual({
    firstName: 0,
    lastName: 1,
    company: 2,
  });
});
