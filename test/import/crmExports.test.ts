import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportingPeriod } from '../../src/domain/digestFigures';
import type { CrmName } from '../../src/domain/import/presets';
import { countOutcomes, type ImportReport } from '../../src/domain/import/importReport';
import { ALICE } from '../support/fixtures';
import { createImportFixture, type ImportFixture } from '../support/importFixture';

/**
 * Each file in fixtures/ is laid out as its CRM exports deals (headers, stage, status and source
 * names, dates, number formats, encoding, footers); its rows were written for this test. Each
 * imports with `--from <crm>` alone (and `--currency` where the CRM exports none), and the digest
 * of 16–29 Nov 2026 (Warsaw) equals the hand count written beside each case.
 */
const FIXTURES = join(__dirname, 'fixtures');

const PERIOD: ReportingPeriod = {
  start: new Date('2026-11-15T23:00:00Z'),
  end: new Date('2026-11-29T23:00:00Z'),
  timeZone: 'Europe/Warsaw',
};
const PREVIOUS: ReportingPeriod = {
  start: new Date('2026-11-01T23:00:00Z'),
  end: new Date('2026-11-15T23:00:00Z'),
  timeZone: 'Europe/Warsaw',
};

type HandCount = {
  leads: number;
  deals: number;
  /** Leads created in the period and the one before. */
  leadsCreated: [number, number];
  wins: number;
  losses: number;
  wonValueMinor: number;
  lostValueMinor: number;
};

type Case = {
  from: CrmName;
  file: string;
  teamCurrency: string;
  currency?: string;
  count: HandCount;
  notes: RegExp[];
  /** The same export a few days later: what changed in the CRM, and what the re-import updates. */
  later: { edit: (text: string) => string; updates: number; wins: number };
};

const CASES: Case[] = [
  {
    // Acme (2 deals, first 28 Oct), Gamma 17 Nov; Beta pilot 3 Nov, Delta 24 Nov and Epsilon 10 Nov
    // have no company. Won 20 and 26 Nov: 12,000 + 4,000; lost 18 Nov: 5,000.
    from: 'hubspot',
    file: 'hubspot-deals.csv',
    teamCurrency: 'EUR',
    currency: 'EUR',
    count: {
      leads: 5,
      deals: 6,
      leadsCreated: [2, 2],
      wins: 2,
      losses: 1,
      wonValueMinor: 1_600_000,
      lostValueMinor: 500_000,
    },
    notes: [
      /^3 deals have no company: each is filed under a lead named after the deal$/,
      /^Sources that name no channel, read as Other: “AI Referrals” \(1 row\)/,
      /^Owners with no Slack user, credited to the importing user: “Anna Kowalska” \(2 rows\), “Piotr Zieliński” \(2 rows\)/,
      /^5 leads to create for the deals' companies/,
    ],
    later: {
      edit: (text) => text.replace('"contractsent","2026-12-15 00:00"', '"closedwon","2026-11-28 11:00"'),
      updates: 1,
      wins: 3,
    },
  },
  {
    // Pipedrive keeps won/lost in Status. Nordwind (2 deals, first 20 Oct), Sofia 2 Nov, Plovdiv
    // 5 Nov, Rila 16 Nov, Vitosha 18 Nov. Won 19 and 25 Nov: 18,000 + 4,500 EUR; lost 23 Nov
    // (25,000 BGN, not in the EUR sum) and 27 Nov: 9,000 EUR.
    from: 'pipedrive',
    file: 'pipedrive-deals.csv',
    teamCurrency: 'EUR',
    count: {
      leads: 5,
      deals: 6,
      leadsCreated: [2, 2],
      wins: 2,
      losses: 2,
      wonValueMinor: 2_250_000,
      lostValueMinor: 900_000,
    },
    notes: [/^Sources that name no channel, read as Other: “Trade show” \(1 row\)/],
    later: {
      edit: (text) =>
        text.replace(
          'Demo Scheduled,Open,2026-11-18 11:30:00,2026-11-18 11:30:00,,,,',
          'Demo Scheduled,Won,2026-11-18 11:30:00,2026-11-29 10:00:00,2026-11-29 10:00:00,,2026-11-29 10:00:00,',
        ),
      updates: 1,
      wins: 3,
    },
  },
  {
    // A Lightning report with its footer; US dates. Blue Harbor (2 deals, first 5 Oct), Redwood
    // (2 deals, first 4 Nov), Summit 18 Nov, Oakline 27 Nov. Won 18 and 27 Nov: 24,000 + 3,000;
    // lost 24 Nov: 6,500.
    from: 'salesforce',
    file: 'salesforce-opportunities.csv',
    teamCurrency: 'USD',
    currency: 'USD',
    count: {
      leads: 4,
      deals: 6,
      leadsCreated: [2, 1],
      wins: 2,
      losses: 1,
      wonValueMinor: 2_700_000,
      lostValueMinor: 650_000,
    },
    notes: [/^8 lines below the table \(a report footer\) skipped$/],
    later: {
      edit: (text) => text.replace('"Proposal/Price Quote","Q1-2027"', '"Negotiation/Review","Q1-2027"'),
      updates: 1,
      wins: 2,
    },
  },
  {
    // Orbit (2 deals, first 30 Oct), Kappa 6 Nov, Lumen 20 Nov, Nova 25 Nov. Won 21 and 28 Nov:
    // 9,800 + 2,400; lost to competition 17 Nov: 15,000.
    from: 'zoho',
    file: 'zoho-deals.csv',
    teamCurrency: 'EUR',
    count: {
      leads: 4,
      deals: 5,
      leadsCreated: [2, 1],
      wins: 2,
      losses: 1,
      wonValueMinor: 1_220_000,
      lostValueMinor: 1_500_000,
    },
    notes: [],
    later: {
      edit: (text) => text.replace('60000,Needs Analysis', '65000,Needs Analysis'),
      updates: 1,
      wins: 2,
    },
  },
  {
    // windows-1251, semicolons, "99 000,00", "Российский рубль". Вектор (2 deals, first 2 Sep),
    // Север 5 Nov, Ромашка 10 Nov, Соколов 24 Nov. Won 20 and 27 Nov: 99,000 + 310,000; lost
    // 19 Nov (no reason in the export): 450,000.
    from: 'bitrix24',
    file: 'bitrix24-deals.csv',
    teamCurrency: 'RUB',
    count: {
      leads: 4,
      deals: 5,
      leadsCreated: [1, 2],
      wins: 2,
      losses: 1,
      wonValueMinor: 40_900_000,
      lostValueMinor: 45_000_000,
    },
    notes: [],
    later: {
      edit: (text) => text.replace('"1 200 000,00"', '"1 350 000,00"'),
      updates: 1,
      wins: 2,
    },
  },
  {
    // No currency column; open deals closed "не закрыта"; two "Причина отказа" columns. Альфа
    // 1 Oct, Дельта 3 Nov, Бета 12 Nov, Гамма 17 Nov, "Заявка с сайта" (no company) 20 Nov. Won
    // 18 Nov: 150,000, and 25 Nov with no budget (a win of unknown value); lost 21 Nov: 80,000.
    from: 'amocrm',
    file: 'amocrm-deals.csv',
    teamCurrency: 'RUB',
    currency: 'RUB',
    count: {
      leads: 5,
      deals: 5,
      leadsCreated: [2, 2],
      wins: 2,
      losses: 1,
      wonValueMinor: 15_000_000,
      lostValueMinor: 8_000_000,
    },
    notes: [/^1 deal has no company: each is filed under a lead named after the deal$/],
    later: {
      edit: (text) =>
        text.replace(
          '"не закрыта";"";"Созвон в пятницу";"Переговоры"',
          '"29.11.2026 10:00:00";"";"Созвон в пятницу";"Успешно реализовано"',
        ),
      updates: 1,
      wins: 3,
    },
  },
];

let f: ImportFixture;

beforeEach(async () => {
  f = await createImportFixture();
});

afterEach(async () => {
  await f.destroy();
});

function fileBytes(file: string): Buffer {
  return readFileSync(join(FIXTURES, file));
}

async function importFile(each: Case, bytes: Uint8Array, apply: boolean): Promise<ImportReport> {
  const result = await f.attempt({
    bytes,
    from: each.from,
    columnMap: [],
    apply,
    ownerId: ALICE,
    ...(each.currency ? { currency: each.currency } : {}),
  });
  if (!result.ok) throw new Error(`import refused: ${result.problems.join('; ')}`);
  return result.report;
}

describe.each(CASES)('a $from export ($file)', (each) => {
  it('imports as exported, and the digest equals the hand count', async () => {
    await f.database.prisma.team.update({ where: { id: f.team.id }, data: { currency: each.teamCurrency } });
    const dry = await importFile(each, fileBytes(each.file), false);
    expect(dry.kind).toBe('deals');
    expect(dry.lines.filter((line) => line.outcome === 'reject')).toEqual([]);
    expect(countOutcomes(dry.lines).create).toBe(each.count.deals);
    for (const note of each.notes) expect(dry.notes).toContainEqual(expect.stringMatching(note));
    expect(await f.database.prisma.deal.count()).toBe(0);

    const applied = await importFile(each, fileBytes(each.file), true);
    expect(countOutcomes(applied.lines)).toMatchObject({ create: each.count.deals, reject: 0, failed: 0 });
    expect(await f.database.prisma.lead.count()).toBe(each.count.leads);
    expect(await f.database.prisma.deal.count()).toBe(each.count.deals);

    const figures = await f.store.metrics.digestFigures(f.team.id, PERIOD);
    expect(figures.flow.leadsCreated).toEqual({
      current: each.count.leadsCreated[0],
      previous: each.count.leadsCreated[1],
    });
    expect(figures.previousPeriod.start).toEqual(PREVIOUS.start);
    expect(figures.flow.wins.current).toBe(each.count.wins);
    expect(figures.flow.losses.current).toBe(each.count.losses);
    expect(figures.flow.wonValueMinor.current).toBe(each.count.wonValueMinor);
    expect(figures.flow.lostValueMinor.current).toBe(each.count.lostValueMinor);
  });

  it('a re-import of a later export updates the deals that changed and creates nothing', async () => {
    await f.database.prisma.team.update({ where: { id: f.team.id }, data: { currency: each.teamCurrency } });
    await importFile(each, fileBytes(each.file), true);
    const same = await importFile(each, fileBytes(each.file), true);
    expect(countOutcomes(same.lines)).toMatchObject({ create: 0, update: 0, reject: 0, failed: 0 });

    const later = await importFile(each, laterExport(each), true);
    expect(countOutcomes(later.lines)).toMatchObject({
      create: 0,
      update: each.later.updates,
      reject: 0,
      failed: 0,
    });
    expect(await f.database.prisma.lead.count()).toBe(each.count.leads);
    expect(await f.database.prisma.deal.count()).toBe(each.count.deals);
    const figures = await f.store.metrics.digestFigures(f.team.id, PERIOD);
    expect(figures.flow.wins.current).toBe(each.later.wins);
  });
});

/** The case's file edited as `later` says, saved back in its encoding (Bitrix24's is windows-1251). */
function laterExport(each: Case): Buffer {
  const encoding = each.from === 'bitrix24' ? 'windows-1251' : 'utf-8';
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(fileBytes(each.file));
  const edited = each.later.edit(text);
  expect(edited).not.toBe(text);
  if (encoding === 'utf-8') return Buffer.from(edited, 'utf8');
  const bytes = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) bytes.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...edited].map((character) => bytes.get(character) ?? 0x3f));
}

it('reports the progress of its writes every few rows and at the end', async () => {
  const progress: string[] = [];
  const result = await f.attempt({
    bytes: fileBytes('pipedrive-deals.csv'),
    from: 'pipedrive',
    columnMap: [],
    apply: true,
    ownerId: ALICE,
    progressEvery: 4,
    onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
  });
  expect(result.ok).toBe(true);
  expect(progress).toEqual(['4/6', '6/6']);
});
