import { LeadService } from '../../src/services/leadService';
import { ALICE, BOB, TEAM_B } from '../support/fixtures';
import {
  createImportFixture,
  detailsOf,
  type ImportFixture,
  outcomes,
  refuseInserts,
} from '../support/importFixture';

/** `npm run import` of leads, through the service, on SQLite and (TEST_POSTGRES_URL) PostgreSQL. */
let f: ImportFixture;

beforeEach(async () => {
  f = await createImportFixture();
});

afterEach(async () => {
  await f.destroy();
});

// A Polish CRM export: semicolons, Polish headers, day-first dates, a column Tandem does not take.
const CRM_EXPORT = [
  'ID;Firma;E-mail;Źródło;Wielkość firmy;Kraj;Data utworzenia;Telefon',
  'A-1;Acme Sp. z o.o.;Anna@Acme.pl;seo;120;PL;05.11.2026;+48 1',
  'A-2;Beta;;tiktok;10;PL;2026-11-06;',
  'A-3;Gamma;gamma@x.pl;seo;PL;2026-11-07;',
  'A-4;"Delta ""Quoted""";d@x.pl;paid_search;5;DE;2026-11-08 14:30;',
  'A-5;Epsilon;e@x.pl;seo;5;PL;2027-01-01;',
].join('\r\n');

async function counts() {
  const [leads, changes, team] = await Promise.all([
    f.database.prisma.lead.count(),
    f.database.prisma.change.count(),
    f.database.prisma.team.findUniqueOrThrow({ where: { id: f.team.id } }),
  ]);
  return { leads, changes, leadCounter: team.leadCounter };
}

describe('importing leads', () => {
  it('dry run: shows what it would create and every rejected row with its line, column and reason, and writes nothing', async () => {
    const report = await f.run('leads', CRM_EXPORT);
    expect(report.applied).toBe(false);
    expect(report.columns.map((column) => `${column.key}=${column.header}`)).toEqual([
      'id=ID',
      'company=Firma',
      'email=E-mail',
      'source=Źródło',
      'size=Wielkość firmy',
      'country=Kraj',
      'created=Data utworzenia',
    ]);
    expect(report.ignoredHeaders).toEqual(['Telefon']);
    expect(outcomes(report)).toEqual([
      [2, 'create', 'Acme Sp. z o.o. <anna@acme.pl>'],
      [3, 'reject', 'Beta'],
      [4, 'reject', ''],
      [5, 'create', 'Delta "Quoted" <d@x.pl>'],
      [6, 'reject', 'Epsilon <e@x.pl>'],
    ]);
    expect(detailsOf(report, 3)).toEqual([
      expect.stringMatching(
        /^“Źródło” \(Source channel\): “tiktok” is not one of the team's channels: paid_search, /,
      ),
    ]);
    expect(detailsOf(report, 4)).toEqual([
      'has 7 fields but the header has 8; check for a stray semicolon or a missing quote',
    ]);
    expect(detailsOf(report, 6)).toEqual(['“Data utworzenia” (Created): “2027-01-01” is in the future']);
    expect(await counts()).toEqual({ leads: 0, changes: 0, leadCounter: 0 });
  });

  it('apply: writes the valid rows after the numbers /lead has used; a re-run writes nothing more', async () => {
    const leads = new LeadService(f.store, f.clock);
    await leads.add(f.team.id, BOB, { company: 'Existing' });
    const report = await f.run('leads', CRM_EXPORT, { apply: true });
    expect(outcomes(report).filter(([, outcome]) => outcome === 'create')).toEqual([
      [2, 'create', 'L-2 Acme Sp. z o.o.'],
      [5, 'create', 'L-3 Delta "Quoted"'],
    ]);
    const acme = await f.database.prisma.lead.findFirstOrThrow({ where: { externalId: 'A-1' } });
    expect(acme).toMatchObject({
      number: 2,
      company: 'Acme Sp. z o.o.',
      companyKey: 'acme sp. z o.o.',
      email: 'anna@acme.pl',
      source: 'seo',
      companySize: '51-200',
      country: 'PL',
      status: 'new',
      ownerId: ALICE,
      createdById: ALICE,
      version: 1,
      // 5 Nov 2026 at midnight in the team's zone (Warsaw, UTC+1).
      createdAt: new Date('2026-11-04T23:00:00Z'),
    });
    const delta = await f.database.prisma.lead.findFirstOrThrow({ where: { externalId: 'A-4' } });
    expect(delta.createdAt).toEqual(new Date('2026-11-08T13:30:00Z'));
    const audit = await f.database.prisma.change.findFirstOrThrow({ where: { entityId: acme.id } });
    expect(audit).toMatchObject({ action: 'create', actorId: ALICE, createdAt: f.clock.now() });
    expect(JSON.parse(audit.afterJson ?? '{}')).toMatchObject({ number: 2, externalId: 'A-1' });
    expect(await counts()).toEqual({ leads: 3, changes: 3, leadCounter: 3 });

    const again = await f.run('leads', CRM_EXPORT, { apply: true });
    expect(outcomes(again).map(([line, outcome]) => [line, outcome])).toEqual([
      [2, 'unchanged'],
      [3, 'reject'],
      [4, 'reject'],
      [5, 'unchanged'],
      [6, 'reject'],
    ]);
    expect(await counts()).toEqual({ leads: 3, changes: 3, leadCounter: 3 });
    const next = await leads.add(f.team.id, BOB, { company: 'After the import' });
    expect(next).toMatchObject({ kind: 'added', lead: { number: 4 } });
  });

  it('matches a lead typed in Slack by company and email, and updates only the columns the file gives', async () => {
    const leads = new LeadService(f.store, f.clock);
    await leads.add(f.team.id, BOB, {
      company: 'Acme  SP. z o.o.',
      email: 'anna@acme.pl',
      industry: 'retail',
    });
    const file = 'Id,Company,Email,Country\nA-1,Acme Sp. z o.o.,ANNA@acme.pl,DE\n';
    const dry = await f.run('leads', file);
    expect(outcomes(dry)).toEqual([[2, 'update', 'L-1 Acme  SP. z o.o.']]);
    expect(detailsOf(dry, 2)).toEqual(['company', 'country', 'external id']);

    await f.run('leads', file, { apply: true });
    const lead = await f.database.prisma.lead.findFirstOrThrow({ where: { number: 1 } });
    expect(lead).toMatchObject({
      company: 'Acme Sp. z o.o.',
      country: 'DE',
      externalId: 'A-1',
      industry: 'retail',
      ownerId: BOB,
      version: 2,
    });
    const update = await f.database.prisma.change.findFirstOrThrow({ where: { action: 'update' } });
    expect(JSON.parse(update.beforeJson ?? '{}')).toMatchObject({ country: null, externalId: null });

    // Later exports find it by its CRM id even after the company is renamed there.
    const renamed = await f.run('leads', 'Id,Company\nA-1,Acme S.A.\n', { apply: true });
    expect(outcomes(renamed)).toEqual([[2, 'update', 'L-1 Acme S.A.']]);
    expect(await f.database.prisma.lead.findFirstOrThrow({ where: { number: 1 } })).toMatchObject({
      companyKey: 'acme s.a.',
      country: 'DE',
    });
    expect(await f.database.prisma.lead.count()).toBe(1);
  });

  it('rejects a second row for the same lead instead of writing it twice', async () => {
    const file = [
      'ID,Company,Email',
      'A-1,Acme,anna@acme.pl',
      'A-1,Acme again,other@acme.pl',
      ',Beta,b@beta.pl',
      ',BETA,b@beta.pl',
    ].join('\n');
    const report = await f.run('leads', file, { apply: true });
    expect(outcomes(report).map(([line, outcome]) => [line, outcome])).toEqual([
      [2, 'create'],
      [3, 'reject'],
      [4, 'create'],
      [5, 'reject'],
    ]);
    expect(detailsOf(report, 3)).toEqual(['“ID” (External id): is the same lead as line 2']);
    expect(detailsOf(report, 5)).toEqual(['“Company” (Company): is the same lead as line 4']);
    expect(await f.database.prisma.lead.count()).toBe(2);
  });

  it('reports unreadable lines (bad encoding, a quote never closed) and imports the rest', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Company,Source\nAcme,seo\nBro', 'utf8'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('ken,seo\n"Multi\nline",seo\nGood,content\n"Never closed,seo\nLost,seo\n', 'utf8'),
    ]);
    const report = await f.run('leads', bytes, { apply: true });
    expect(outcomes(report).map(([line, outcome, subject]) => [line, outcome, subject])).toEqual([
      [2, 'create', 'L-1 Acme'],
      [3, 'reject', ''],
      [4, 'create', 'L-2 Multi\nline'],
      [6, 'create', 'L-3 Good'],
      [7, 'reject', ''],
    ]);
    expect(detailsOf(report, 3)).toEqual([
      'it has bytes that are not utf-8 text; save the file as UTF-8 or pass --encoding windows-1250 or windows-1251',
    ]);
    expect(detailsOf(report, 7)).toEqual([
      'a quote opened on line 7 is never closed, so lines 7–8 could not be read',
    ]);
  });

  it('reads a file saved by Polish Excel (windows-1250), detected or told', async () => {
    // "Firma;Źródło\nŁódź Sp.;seo" in windows-1250.
    const bytes = Buffer.from([
      ...Buffer.from('Firma;'),
      0x8f,
      0x72,
      0xf3,
      0x64,
      0xb3,
      0x6f,
      0x0a,
      0xa3,
      0xf3,
      0x64,
      0x9f,
      ...Buffer.from(' Sp.;seo\n'),
    ]);
    expect(outcomes(await f.run('leads', bytes))).toEqual([[2, 'create', 'Łódź Sp.']]);
    expect(
      await f.attempt({
        kind: 'leads',
        bytes,
        columnMap: [],
        apply: false,
        ownerId: ALICE,
        encoding: 'utf-8',
      }),
    ).toEqual({
      ok: false,
      problems: [
        'its header line has bytes that are not utf-8 text; save the file as UTF-8 or pass --encoding windows-1250 or windows-1251',
      ],
    });
    const report = await f.run('leads', bytes, { encoding: 'windows-1250', apply: true });
    expect(outcomes(report)).toEqual([[2, 'create', 'L-1 Łódź Sp.']]);
  });

  it('writes none of the new leads when the database refuses one of them, and still applies the updates', async () => {
    const leads = new LeadService(f.store, f.clock);
    await leads.add(f.team.id, BOB, { company: 'Kept', email: 'k@kept.pl' });
    await refuseInserts(f.database, 'Lead', 'company', 'Explode');
    const file = 'Company,Email,Industry\nFine,f@fine.pl,\nExplode,e@x.pl,\nKept,k@kept.pl,logistics\n';
    const report = await f.run('leads', file, { apply: true });
    expect(outcomes(report).map(([line, outcome]) => [line, outcome])).toEqual([
      [2, 'failed'],
      [3, 'failed'],
      [4, 'update'],
    ]);
    expect(detailsOf(report, 2)[0]).toContain('(none of the 2 new rows was written)');
    expect(await f.database.prisma.lead.findMany({ select: { company: true, industry: true } })).toEqual([
      { company: 'Kept', industry: 'logistics' },
    ]);
    expect(await counts()).toEqual({ leads: 1, changes: 2, leadCounter: 1 });
  });
});

describe('what an import needs before it reads rows', () => {
  it('maps headers with --map, and refuses a file whose columns it cannot tell apart', async () => {
    const file = 'Organisation name,Email,E-mail\nAcme,a@acme.pl,\n';
    const refused = await f.attempt({
      kind: 'leads',
      bytes: Buffer.from(file),
      columnMap: [],
      apply: false,
      ownerId: ALICE,
    });
    expect(refused).toEqual({
      ok: false,
      problems: ['“Email” and “E-mail” could both be Email; choose one with --map (--map email=Email)'],
    });
    const mapped = await f.run('leads', file, { columnMap: ['company="Organisation name",email=Email'] });
    expect(outcomes(mapped)).toEqual([[2, 'create', 'Acme <a@acme.pl>']]);
    expect(mapped.ignoredHeaders).toEqual(['E-mail']);
  });

  it('names the workspace and the Slack user when it cannot choose them itself', async () => {
    const bytes = Buffer.from('Company\nAcme\n');
    const request = { kind: 'leads' as const, bytes, columnMap: [], apply: false };
    expect(await f.attempt(request)).toEqual({
      ok: false,
      problems: [expect.stringContaining('pass --owner <Slack user id, e.g. U0123ABCD>')],
    });
    await f.database.prisma.installation.create({
      data: {
        installationKey: `team:${'T0000TEAMA'}`,
        teamId: 'T0000TEAMA',
        installerUserId: BOB,
        installedAt: new Date(),
      },
    });
    expect(await f.attempt(request)).toMatchObject({ ok: true });
    expect(await f.attempt({ ...request, ownerId: 'anna' })).toEqual({
      ok: false,
      problems: ['--owner “anna” is not a Slack user id; write it as U0123ABCD'],
    });
    await f.store.teams.ensure(TEAM_B.id);
    expect(await f.attempt({ ...request, ownerId: ALICE })).toEqual({
      ok: false,
      problems: [
        'the database holds several workspaces; say which with --team <Slack team id, e.g. T0123ABCD>',
      ],
    });
    expect(await f.attempt({ ...request, ownerId: ALICE, slackTeamId: TEAM_B.id })).toMatchObject({
      ok: true,
    });
    expect(await f.attempt({ ...request, ownerId: ALICE, slackTeamId: 'T0000NONE' })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('the database has no workspace T0000NONE')],
    });

    // A workspace with several Tandem teams: the team is named as in /tandem team.
    const emea = await f.store.teams.create(await f.store.teams.ensure(TEAM_B.id), 'EMEA');
    expect(await f.attempt({ ...request, ownerId: ALICE, slackTeamId: TEAM_B.id })).toEqual({
      ok: false,
      problems: [
        'workspace T0000TEAMB has several Tandem teams; say which with --team-name <its name in /tandem team>',
      ],
    });
    expect(await f.attempt({ ...request, ownerId: ALICE, slackTeamId: TEAM_B.id, teamName: 'APAC' })).toEqual(
      { ok: false, problems: ['the database has no Tandem team called “APAC” in T0000TEAMB'] },
    );
    expect(
      await f.attempt({ ...request, ownerId: ALICE, slackTeamId: TEAM_B.id, teamName: 'EMEA', apply: true }),
    ).toMatchObject({ ok: true });
    const emeaLeads = await f.database.prisma.lead.findMany({ where: { teamId: emea?.id ?? '' } });
    expect(emeaLeads.map((lead) => [lead.number, lead.company, lead.ownerId])).toEqual([[1, 'Acme', ALICE]]);
  });
});
