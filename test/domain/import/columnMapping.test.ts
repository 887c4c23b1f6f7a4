import {
  mapColumns,
  missingColumns,
  normalizeHeader,
  parseColumnMap,
  rowValues,
} from '../../../src/domain/import/columnMapping';
import {
  COLUMNS_OF_KIND,
  DEAL_COLUMNS,
  IMPORT_KINDS,
  LEAD_COLUMNS,
} from '../../../src/domain/import/importColumns';
import { CRM_PRESETS } from '../../../src/domain/import/presets';
import { guessKind } from '../../../src/services/importPreparation';

function mapped(headers: string[], overrides: Map<string, string> = new Map()) {
  const result = mapColumns(headers, LEAD_COLUMNS, overrides);
  if (!result.ok) throw new Error(result.problems.map((each) => each.message).join('; '));
  return result.value;
}

describe('normalizeHeader', () => {
  it.each([
    ['E-mail', 'email'],
    [' EMAIL ', 'email'],
    ['e_mail', 'email'],
    ['Źródło', 'zrodlo'],
    ['Wielkość firmy', 'wielkoscfirmy'],
    ['Компания', 'компания'],
    ['Ёлка', 'елка'],
  ])('%s → %s', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('column aliases', () => {
  it.each(IMPORT_KINDS)('no %s header could mean two columns', (kind) => {
    const owners = new Map<string, string>();
    for (const column of COLUMNS_OF_KIND[kind]) {
      for (const alias of column.aliases) {
        const normalized = normalizeHeader(alias);
        expect([normalized, owners.get(normalized) ?? column.key]).toEqual([normalized, column.key]);
        owners.set(normalized, column.key);
      }
    }
  });

  it('recognises English, Polish and Russian exports', () => {
    expect(mapped(['Company', 'E-mail', 'Source']).used.map((column) => column.key)).toEqual([
      'company',
      'email',
      'source',
    ]);
    expect(mapped(['Firma', 'Adres e-mail', 'Źródło', 'Kraj']).used.map((column) => column.key)).toEqual([
      'company',
      'email',
      'source',
      'country',
    ]);
    expect(
      mapped(['Компания', 'Почта', 'Источник', 'Дата создания']).used.map((column) => column.key),
    ).toEqual(['company', 'email', 'source', 'created']);
  });

  it('leaves unknown headers out and lists them', () => {
    const mapping = mapped(['Company', 'Phone', '', 'Revenue']);
    expect(mapping.ignored).toEqual(['Phone', 'Revenue']);
    expect(rowValues([' Acme ', '+48', 'x', ''], mapping)).toEqual(new Map([['company', 'Acme']]));
  });
});

describe('--map', () => {
  it('reads key=Header pairs, quoted headers with commas, and key= to leave a column out', () => {
    expect(parseColumnMap(['company=Firma,email="E-mail, work"', 'source='], LEAD_COLUMNS)).toEqual({
      ok: true,
      value: new Map([
        ['company', 'Firma'],
        ['email', 'E-mail, work'],
        ['source', ''],
      ]),
    });
  });

  it('names a key that is not a column, and a key mapped twice', () => {
    const parsed = parseColumnMap(['firm=Firma,company=A,company=B'], LEAD_COLUMNS);
    expect(parsed.ok ? [] : parsed.problems.map((each) => each.message)).toEqual([
      expect.stringMatching(/^“firm” is not a column; columns are id, company, contact, email, /),
      'company is mapped twice',
    ]);
  });

  it('overrides aliases, and key= drops a column a header would have filled', () => {
    const mapping = mapped(
      ['Account', 'Company', 'Source'],
      new Map([
        ['company', 'Account'],
        ['source', ''],
      ]),
    );
    expect(mapping.used).toEqual([{ key: 'company', label: 'Company', header: 'Account' }]);
    expect(mapping.ignored).toEqual(['Company', 'Source']);
  });

  it('refuses a header that is not in the file, naming the ones that are', () => {
    const result = mapColumns(['Firma', 'Mail'], LEAD_COLUMNS, new Map([['company', 'Firm']]));
    expect(result.ok ? [] : result.problems.map((each) => each.message)).toEqual([
      'company=Firm: the file has no column “Firm”; its columns are “Firma”, “Mail”',
    ]);
  });

  it('refuses two headers that could fill one column', () => {
    const result = mapColumns(['Company', 'Email', 'E-mail'], LEAD_COLUMNS, new Map());
    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: 'map',
        message: '“Email” and “E-mail” could both be Email; choose one with --map',
        example: '--map email=Email',
      },
    ]);
  });
});

describe('missingColumns', () => {
  it('needs a company for leads, a stage and a lead for deals', () => {
    expect(missingColumns('leads', mapped(['Email']))).toEqual([
      expect.objectContaining({ field: 'company', message: 'Company' }),
    ]);
    const deals = mapColumns(['Value'], DEAL_COLUMNS, new Map());
    if (!deals.ok) throw new Error('unexpected');
    expect(missingColumns('deals', deals.value).map((each) => each.field)).toEqual(['stage', 'lead']);
  });
});

describe('guessKind: the kind is told by the columns, never by the file name', () => {
  it.each([
    [['Company', 'Email', 'Source'], undefined, 'leads'],
    [['Firma', 'E-mail'], undefined, 'leads'],
    [['Deal ID', 'Lead', 'Stage', 'Amount'], undefined, 'deals'],
    [['Channel', 'Amount', 'Period'], undefined, 'spend'],
    [['Deal - Title', 'Deal - Status', 'Deal - Value'], 'pipedrive', 'deals'],
    // amoCRM's deals file; its English UI calls deals "leads".
    [['ID', 'Название сделки', 'Бюджет', 'Этап сделки'], 'amocrm', 'deals'],
    [['Notes', 'Phone'], undefined, undefined],
  ] as const)('%j (%s) → %s', (headers, from, kind) => {
    expect(guessKind(headers, from ? CRM_PRESETS[from] : undefined)).toBe(kind);
  });
});
