import { ALICE } from '../support/fixtures';
import { createImportFixture, detailsOf, type ImportFixture, outcomes } from '../support/importFixture';

/** `npm run import` of spend, through the service, on SQLite and (TEST_POSTGRES_URL) PostgreSQL. */
let f: ImportFixture;

beforeEach(async () => {
  f = await createImportFixture();
});

afterEach(async () => {
  await f.destroy();
});

// Two identical invoices are two rows of spend, not one row given twice.
const SPEND = [
  'Kanał;Kwota;Okres;Notatka',
  'paid_search;4 500 zł;2026-11;Google Ads',
  'seo;1200;2026-11-01..2026-11-14;',
  'seo;1200;2026-11-01..2026-11-14;',
  'tiktok;100;2026-11;',
  'paid_social;-5;2026-11;',
  'content;300;2026-11-14..2026-11-01;',
].join('\n');

describe('importing spend', () => {
  it('records each valid row with the /spend rules and rejects the rest; a re-run records nothing twice', async () => {
    const dry = await f.run('spend', SPEND);
    expect(outcomes(dry)).toEqual([
      [2, 'create', 'paid_search PLN\u00a04,500 over 1 Nov 2026 – 30 Nov 2026'],
      [3, 'create', 'seo EUR\u00a01,200 over 1 Nov 2026 – 14 Nov 2026'],
      [4, 'create', 'seo EUR\u00a01,200 over 1 Nov 2026 – 14 Nov 2026'],
      [5, 'reject', 'tiktok 100 2026-11'],
      [6, 'reject', 'paid_social -5 2026-11'],
      [7, 'reject', 'content 300 2026-11-14..2026-11-01'],
    ]);
    expect(detailsOf(dry, 5)).toEqual([
      expect.stringMatching(/^“Kanał” \(Channel\): “tiktok” is not one of the team's channels/),
    ]);
    expect(detailsOf(dry, 6)).toEqual(['“Kwota” (Amount): “-5” is negative; amounts are zero or more']);
    expect(detailsOf(dry, 7)).toEqual(['“Okres” (Period): “2026-11-14..2026-11-01” ends before it starts']);
    expect(await f.database.prisma.spend.count()).toBe(0);

    await f.run('spend', SPEND, { apply: true });
    const rows = await f.database.prisma.spend.findMany({ orderBy: [{ channel: 'asc' }] });
    expect(
      rows.map((row) => [row.channel, Number(row.amountMinor), row.currency, row.note, row.createdById]),
    ).toEqual([
      ['paid_search', 450_000, 'PLN', 'Google Ads', ALICE],
      ['seo', 120_000, 'EUR', null, ALICE],
      ['seo', 120_000, 'EUR', null, ALICE],
    ]);
    expect(rows[0]).toMatchObject({
      periodStart: new Date('2026-11-01T00:00:00Z'),
      periodEnd: new Date('2026-12-01T00:00:00Z'),
    });

    const again = await f.run('spend', SPEND, { apply: true });
    expect(
      outcomes(again)
        .slice(0, 3)
        .map(([line, outcome]) => [line, outcome]),
    ).toEqual([
      [2, 'unchanged'],
      [3, 'unchanged'],
      [4, 'unchanged'],
    ]);
    const third = await f.run('spend', `${SPEND}\nseo;1200;2026-11-01..2026-11-14;`, { apply: true });
    expect(outcomes(third)[6]).toEqual([8, 'create', 'seo EUR\u00a01,200 over 1 Nov 2026 – 14 Nov 2026']);
    expect(await f.database.prisma.spend.count()).toBe(4);
  });

  it('takes the period from first and last day columns, written the Polish way', async () => {
    const report = await f.run(
      'spend',
      'Channel,Cost,Date from,Date to\nevents,300 EUR,01.11.2026,15.11.2026\n',
      {
        apply: true,
      },
    );
    expect(outcomes(report)).toEqual([[2, 'create', 'events EUR\u00a0300 over 1 Nov 2026 – 15 Nov 2026']]);
    expect(await f.database.prisma.spend.findFirstOrThrow()).toMatchObject({
      periodStart: new Date('2026-11-01T00:00:00Z'),
      periodEnd: new Date('2026-11-16T00:00:00Z'),
    });
  });

  it('refuses a file without the columns spend needs, naming them', async () => {
    const result = await f.attempt({
      kind: 'spend',
      bytes: Buffer.from('Channel,Note\nseo,x\n'),
      columnMap: [],
      apply: false,
      ownerId: ALICE,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'The file has no Amount column; add an "Amount" header, or --map amount=<header>',
        'The file has no Period (or From and To) column; add a "Period" header with 2026-11, or --map period=<header>',
      ],
    });
  });
});
