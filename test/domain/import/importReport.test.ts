import { formatImportReport, type ImportReport } from '../../../src/domain/import/importReport';

const REPORT: ImportReport = {
  kind: 'leads',
  applied: false,
  columns: [
    { key: 'company', label: 'Company', header: 'Firma' },
    { key: 'email', label: 'Email', header: 'E-mail' },
  ],
  ignoredHeaders: ['Telefon'],
  notes: [],
  lines: [
    { line: 2, outcome: 'create', subject: 'Acme <a@acme.pl>', details: [] },
    { line: 3, outcome: 'unchanged', subject: 'L-4 Beta', details: [] },
    { line: 11, outcome: 'update', subject: 'L-5 Gamma', details: ['email', 'external id'] },
    {
      line: 12,
      outcome: 'reject',
      subject: 'Delta',
      details: ['“E-mail” (Email): “x” is not an email address', 'second'],
    },
    { line: 13, outcome: 'reject', subject: '', details: ['has 2 fields but the header has 3'] },
  ],
};

describe('formatImportReport', () => {
  it('prints the mapping, each row that is written or rejected, and the totals of a dry run', () => {
    expect(formatImportReport(REPORT, { source: 'leads.csv', workspace: 'T0001' })).toEqual([
      'Import of leads from leads.csv into workspace T0001 (dry run)',
      'Columns: Company ← “Firma”, Email ← “E-mail”',
      'Not imported: “Telefon”',
      '',
      'line  2  to create  Acme <a@acme.pl>',
      'line 11  to update  L-5 Gamma: email, external id',
      'line 12  REJECTED   Delta — “E-mail” (Email): “x” is not an email address; second',
      'line 13  REJECTED   has 2 fields but the header has 3',
      '',
      '5 rows: 1 to create, 1 to update, 1 unchanged, 2 rejected.',
      'Dry run: nothing was written. Run again with --apply to write 2 rows.',
    ]);
  });

  it('says what was done after --apply, failures included', () => {
    const applied: ImportReport = {
      ...REPORT,
      applied: true,
      ignoredHeaders: [],
      lines: [
        { line: 2, outcome: 'create', subject: 'L-6 Acme', details: [] },
        {
          line: 3,
          outcome: 'failed',
          subject: 'L-4 Beta',
          details: ['L-4 was changed while importing; run the import again'],
        },
      ],
    };
    expect(formatImportReport(applied, { source: 'leads.csv', workspace: 'T0001' })).toEqual([
      'Import of leads from leads.csv into workspace T0001',
      'Columns: Company ← “Firma”, Email ← “E-mail”',
      '',
      'line 2  created    L-6 Acme',
      'line 3  FAILED     L-4 Beta — L-4 was changed while importing; run the import again',
      '',
      '2 rows: 1 created, 0 rejected, 1 failed.',
    ]);
  });

  it('says when a dry run has nothing to write', () => {
    const lines = formatImportReport(
      { ...REPORT, lines: [{ line: 2, outcome: 'unchanged', subject: 'L-1 Acme', details: [] }] },
      { source: 'leads.csv', workspace: 'T0001' },
    );
    expect(lines.slice(-2)).toEqual([
      '1 row: 1 unchanged, 0 rejected.',
      'Dry run: nothing was written, and there is nothing to write.',
    ]);
  });
});
