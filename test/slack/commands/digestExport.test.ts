import { parse } from 'csv-parse/sync';
import type { FakeUploadedFile } from '../../support/fakeSlackApi';
import { ALICE, BOB, SALES } from '../../support/fixtures';
import { SCENARIO_NOW, SCENARIO_PERIOD, seedScenario } from '../../support/digestScenario';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

async function exportCommand(text: string) {
  const sent = await t.slack.sendCommand({ command: '/digest', text, userId: ALICE, channelId: SALES });
  expect(sent.status).toBe(200);
  return sent;
}

async function answerTo(sent: Awaited<ReturnType<typeof exportCommand>>) {
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
}

/** The uploaded bytes as rows, checking the UTF-8 byte-order mark spreadsheets need. */
function rowsOf(file: FakeUploadedFile | undefined): string[][] {
  const text = file?.bytes?.toString('utf8') ?? '';
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true });
}

function byFirstCell(rows: string[][]): Map<string, string[]> {
  return new Map(rows.map((row) => [row[0] ?? '', row]));
}

describe('/digest export', () => {
  it("uploads the period's leads, deals and KPIs to the channel as CSV files", async () => {
    await seedScenario(t);
    const answer = await answerTo(await exportCommand('export'));
    expect(answer.allText()).toContain(
      `Exported ${SCENARIO_PERIOD} to <#${SALES}>: 3 leads created and 2 deals that moved, with the KPIs.`,
    );

    const files = t.fake.files;
    expect(files.map((file) => file.filename)).toEqual([
      'tandem-2026-11-16_2026-11-29-leads.csv',
      'tandem-2026-11-16_2026-11-29-deals.csv',
      'tandem-2026-11-16_2026-11-29-kpis.csv',
    ]);
    for (const file of files) {
      expect(file).toMatchObject({ completed: true, channelId: SALES });
      expect(file.contentType).toBeDefined();
    }
    expect(files[0]?.title).toBe(`Leads created ${SCENARIO_PERIOD}`);
    expect(files[0]?.initialComment).toContain(
      `Tandem export for *${SCENARIO_PERIOD}*, requested by <@${ALICE}>`,
    );
    expect(t.fake.callsTo('files.completeUploadExternal')).toHaveLength(1);

    const leads = rowsOf(files[0]);
    expect(leads[0]).toEqual(expect.arrayContaining(['Lead', 'Company', 'Source', 'Slack owner', 'Created']));
    // Early Bird (L-1) was created in the previous period.
    expect(leads.slice(1).map((row) => [row[0], row[2], row[5], row[15], row[16], row[17]])).toEqual([
      ['L-2', 'Acme', 'paid_search', ALICE, 'qualified', '2026-11-17 11:00'],
      ['L-3', 'Globex', 'seo', BOB, 'qualified', '2026-11-18 11:00'],
      ['L-4', 'Initech', 'paid_search', BOB, 'new', '2026-11-20 11:00'],
    ]);

    const deals = byFirstCell(rowsOf(files[1]));
    expect(deals.get('Deal')).toEqual([
      'Deal',
      'External id',
      'Lead',
      'Company',
      'Stage',
      'Value',
      'Currency',
      'Discount',
      'Expected close',
      'Slack owner',
      'Created',
      'Closed',
      'Lost reason',
      'Stages entered in period',
    ]);
    expect(deals.get('D-1')).toEqual([
      'D-1',
      '',
      'L-2',
      'Acme',
      'Won',
      '18000',
      'EUR',
      '10',
      '',
      ALICE,
      '2026-11-17 13:00',
      '2026-11-24 13:00',
      '',
      'Qualified; Offer; Won',
    ]);
    expect(deals.get('D-2')).toEqual(expect.arrayContaining(['Lost', 'price', 'Qualified; Lost']));

    const kpis = byFirstCell(rowsOf(files[2]));
    expect(kpis.get('KPI')).toEqual(['KPI', 'Unit', '2026-11-16..2026-11-29', '2026-11-02..2026-11-15']);
    expect(kpis.get('Leads created')).toEqual(['Leads created', 'count', '3', '1']);
    expect(kpis.get('Won value')).toEqual(['Won value', 'EUR', '18000', '0']);
    expect(kpis.get('Cost per lead')).toEqual(['Cost per lead', 'EUR', '500', '']);
    expect(kpis.get('Lead quality')).toEqual(['Lead quality', '%', '66.67', '0']);
    expect(kpis.get('Win rate')).toEqual(['Win rate', '%', '50', '']);
  });

  it('exports the period it is given, and an empty one as headers only', async () => {
    await seedScenario(t);
    const answer = await answerTo(await exportCommand('export 2026-11-02..2026-11-15'));
    expect(answer.allText()).toContain('Exported 2–15 Nov 2026');
    expect(answer.allText()).toContain('1 lead created and 0 deals that moved');
    const [leads, deals] = t.fake.files;
    expect(
      rowsOf(leads)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['Early Bird']);
    expect(rowsOf(deals)).toHaveLength(1);
  });

  it('keeps text a spreadsheet would run as a formula as plain text', async () => {
    await seedScenario(t);
    await t.database.prisma.lead.updateMany({
      where: { company: 'Initech' },
      data: { company: '=HYPERLINK("https://evil.example","Initech")', note: '+1 call back' },
    });
    await answerTo(await exportCommand('export'));
    const initech = rowsOf(t.fake.files[0]).find((row) => row[0] === 'L-4');
    expect(initech?.[2]).toBe(`'=HYPERLINK("https://evil.example","Initech")`);
    expect(initech?.[14]).toBe("'+1 call back");
  });

  it('says how to fix it when Slack refuses the upload because Tandem is not in the channel', async () => {
    await seedScenario(t);
    t.fake.failNext('files.completeUploadExternal', { body: { ok: false, error: 'not_in_channel' } });
    const answer = await answerTo(await exportCommand('export'));
    expect(answer.allText()).toContain(
      `Tandem cannot share files in <#${SALES}> because it is not a member: invite it with \`/invite @Tandem\``,
    );
    expect(answer.body.response_type).toBe('ephemeral');
  });

  it('refuses a period it cannot read in the acknowledgement, echoing the text', async () => {
    const sent = await exportCommand('export last month');
    // Rejections need no database, so they come back in the acknowledgement itself.
    const rendered = JSON.stringify(sent.body);
    expect(rendered).toContain('*period*: “last month” is not a period');
    expect(rendered).toContain('/digest export last month');
    expect(t.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });
});
