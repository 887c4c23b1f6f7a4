import { parse } from 'csv-parse/sync';
import { SCENARIO_NOW, seedScenario } from '../../support/digestScenario';
import { ALICE, SALES } from '../../support/fixtures';
import { createImportFixture, type ImportFixture, outcomes } from '../../support/importFixture';
import { startTestApp, type TestApp } from '../../support/testApp';

/**
 * `/digest export` writes its files in the team's language, and `npm run import` reads them back as
 * they are: every header maps to the column it was written from, and the leads come back equal.
 */
let t: TestApp;
let f: ImportFixture;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
  f = await createImportFixture();
});

afterEach(async () => {
  await t.close();
  await f.destroy();
});

const HEADERS = {
  en: {
    leads: ['Lead', 'External id', 'Company'],
    deals: ['Deal', 'External id', 'Lead', 'Company', 'Stage'],
  },
  pl: {
    leads: ['Nr leada', 'Identyfikator', 'Firma'],
    deals: ['Nr transakcji', 'Identyfikator', 'Nr leada', 'Firma', 'Etap'],
  },
  ru: {
    leads: ['Лид', 'Идентификатор', 'Компания'],
    deals: ['Сделка', 'Идентификатор', 'Лид', 'Компания', 'Этап'],
  },
} as const;

const LEAD_FIELDS = [
  'company',
  'contactName',
  'email',
  'source',
  'industry',
  'segment',
  'companySize',
  'country',
  'note',
  'ownerId',
  'createdAt',
] as const;

async function exportedFiles(language: 'en' | 'pl' | 'ru'): Promise<Buffer[]> {
  const team = await seedScenario(t);
  await t.database.prisma.team.update({ where: { id: team.id }, data: { locale: language } });
  await t.database.prisma.lead.updateMany({
    where: { company: 'Acme' },
    data: {
      contactName: 'Anna Nowak',
      email: 'anna@acme.pl',
      industry: 'Logistyka',
      country: 'PL',
      note: 'met at the fair',
    },
  });
  const sent = await t.slack.sendCommand({
    command: '/digest',
    text: 'export',
    userId: ALICE,
    channelId: SALES,
  });
  await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
  return t.fake.files.map((file) => file.bytes ?? Buffer.alloc(0));
}

describe.each(['en', 'pl', 'ru'] as const)('an export of a team in %s', (language) => {
  it('imports back as it is: every header known, the leads equal', async () => {
    const [leads, deals] = await exportedFiles(language);
    const header = (bytes: Buffer | undefined) => (parse(bytes ?? '', { bom: true }) as string[][])[0] ?? [];
    expect(header(leads).slice(0, 3)).toEqual(HEADERS[language].leads);
    expect(header(deals).slice(0, 5)).toEqual(HEADERS[language].deals);

    const leadReport = await f.run('leads', leads ?? Buffer.alloc(0), { apply: true });
    // Tandem's own reference, status and qualification time are not what an import sets.
    expect(leadReport.ignoredHeaders).toEqual([header(leads)[0], header(leads)[16], header(leads)[18]]);
    expect(outcomes(leadReport).map(([, outcome]) => outcome)).toEqual(['create', 'create', 'create']);
    const pick = (rows: Record<string, unknown>[]) =>
      rows.map((row) => Object.fromEntries(LEAD_FIELDS.map((field) => [field, row[field]])));
    const original = await t.database.prisma.lead.findMany({
      where: { number: { gte: 2 } },
      orderBy: { number: 'asc' },
    });
    const imported = await f.database.prisma.lead.findMany({ orderBy: { number: 'asc' } });
    expect(pick(imported)).toEqual(pick(original));

    const dealReport = await f.run('deals', deals ?? Buffer.alloc(0));
    // The deal's own reference and the stages it went through in the period are Tandem's.
    expect(dealReport.ignoredHeaders).toEqual([header(deals)[0], header(deals)[13]]);
    expect(dealReport.columns.map((column) => column.key)).toEqual(
      expect.arrayContaining([
        'lead',
        'company',
        'stage',
        'value',
        'currency',
        'discount',
        'owner',
        'created',
        'closed',
        'reason',
      ]),
    );
    expect(outcomes(dealReport).map(([, outcome]) => outcome)).not.toContain('reject');
  });
});
