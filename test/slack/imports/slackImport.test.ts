import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionIds, CallbackIds, ImportModalBlocks, INPUT_ACTION_ID } from '../../../src/slack/ids';
import type { RecordedCall } from '../../support/fakeSlackApi';
import { ALICE, BOB, buttonAction, CAROL, messageEvent, SALES, TEAM_A } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import type { StateValueInput } from '../../support/viewState';

/**
 * Importing a CSV from Slack, through the real app: a file sent to Tandem in a DM (or chosen in
 * `/tandem import`'s form) is downloaded with files.info and url_private, its dry run comes back
 * as a message with Apply, and Apply writes it once, with progress, ending in the result.
 */
// Each test downloads, plans and writes files through the app; a loaded CI machine stretches that.
jest.setTimeout(120_000);

let t: TestApp;
let teamId: string;

const FIXTURES = join(__dirname, '..', '..', 'import', 'fixtures');
const dm = (userId: string) => `D${userId}`;

/** A Zoho CRM deals export whose owners are emails: Anna is BOB in Slack, Piotr nobody; line 4's stage is unknown. */
const DEALS = [
  'Record Id,Deal Name,Account Name,Stage,Amount,Currency,Created Time,Closing Date,Deal Owner',
  'X-1,Acme pilot,Acme,Closed Won,12000,EUR,2026-11-20 10:00:00,2026-11-26,anna@acme.test',
  'X-2,Beta rollout,Beta,Proposal/Price Quote,5000,EUR,2026-11-21 10:00:00,2026-12-20,piotr@acme.test',
  'X-3,Gamma trial,Gamma,Sideways,1000,EUR,2026-11-22 10:00:00,2026-12-20,anna@acme.test',
  'X-4,Delta renewal,Delta,Negotiation/Review,7000,EUR,2026-11-23 10:00:00,2026-12-20,anna@acme.test',
].join('\n');

async function startApp(locale = 'en') {
  t = await startTestApp({ now: '2026-11-30T09:00:00Z', importProgressEvery: 1 });
  const team = await t.store.teams.ensure(TEAM_A.id);
  teamId = team.id;
  await t.database.prisma.team.update({
    where: { id: teamId },
    data: { timezone: 'Europe/Warsaw', currency: 'EUR', locale },
  });
  t.fake.setUser(CAROL, { is_admin: true });
  t.fake.setUser(BOB, { profile: { email: 'anna@acme.test' } });
}

afterEach(async () => {
  await t.close();
});

/** CAROL (or `userId`) sends a file to Tandem in their DM, as Slack delivers it (message.im, file_share). */
async function sendFileInDm(file: Record<string, unknown>, userId = CAROL) {
  const event = {
    ...messageEvent({ channel: dm(userId), user: userId, text: '', channelType: 'im' }),
    subtype: 'file_share',
    files: [file],
  };
  const sent = await t.slack.sendEvent(event);
  expect(sent.status).toBe(200);
}

// A dry run downloads, reads, plans and looks owners up before it answers: waited for generously,
// as a loaded machine stretches it past the harness's default.
const postedIn = (channel: string) =>
  t.fake.waitFor('chat.postMessage', (call) => call.body.channel === channel, 25_000);

function applyButton(posted: RecordedCall): string {
  const blocks =
    posted.json<{ type: string; elements?: { action_id: string; value: string }[] }[]>('blocks') ?? [];
  const button = blocks
    .flatMap((block) => block.elements ?? [])
    .find((each) => each.action_id === ActionIds.importApply);
  if (!button) throw new Error(`no Apply button in ${posted.allText()}`);
  return button.value;
}

const clickApply = (posted: RecordedCall, userId = CAROL) =>
  t.slack.sendBlockActions({
    userId,
    channelId: String(posted.body.channel),
    message: posted,
    actions: buttonAction(ActionIds.importApply, { value: applyButton(posted) }),
  });

const deals = () =>
  t.database.prisma.deal.findMany({
    where: { teamId },
    orderBy: { externalId: 'asc' },
    select: { externalId: true, stage: true, valueMinor: true, ownerId: true },
  });

describe('a CSV sent to Tandem in a DM', () => {
  it('comes back as a dry run with counts, rejected rows and unknown owners; Apply writes it once with progress', async () => {
    await startApp();
    const file = t.fake.shareFile({ name: 'deals.csv', bytes: Buffer.from(DEALS), user: CAROL });
    await sendFileInDm(file);

    const report = await postedIn(dm(CAROL));
    const text = report.allText();
    expect(text).toContain('Import of “deals.csv”: dry run');
    expect(text).toContain('What it holds:* deals');
    expect(text).toContain('Read as an export of:* Zoho CRM');
    expect(text).toContain('*To create:* 3 · *to update:* 0 · *unchanged:* 0 · *rejected:* 1');
    expect(text).toMatch(/Line 4: X-3: Gamma, Sideways — .*“Sideways” is not a stage/);
    // Anna's email is BOB's in Slack (users.lookupByEmail); Piotr's is nobody's, and the report says so.
    expect(text).toContain('piotr@acme.test');
    expect(text).not.toContain('anna@acme.test');
    expect(
      t.fake
        .callsTo('users.lookupByEmail')
        .map((call) => call.body.email)
        .sort(),
    ).toEqual(['anna@acme.test', 'piotr@acme.test']);
    // Downloaded from url_private with the bot token, after files.info.
    const download = t.fake.lastCall('file_download');
    expect(download?.token).toBeDefined();
    expect(download?.response.status).toBe(200);
    expect(await deals()).toEqual([]);

    // A double click: both requests arrive, one import runs.
    const [first, second] = await Promise.all([clickApply(report), clickApply(report)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const taken = await t.fake.waitFor('response_url', undefined, 25_000);
    expect(taken.allText()).toContain('already being applied or was applied');
    await t.settled(25_000);

    expect(await deals()).toEqual([
      { externalId: 'X-1', stage: 'WON', valueMinor: 1_200_000n, ownerId: BOB },
      { externalId: 'X-2', stage: 'OFFER', valueMinor: 500_000n, ownerId: CAROL },
      { externalId: 'X-4', stage: 'NEGOTIATION', valueMinor: 700_000n, ownerId: BOB },
    ]);
    const updates = t.fake.callsTo('chat.update').filter((call) => call.body.ts === report.response.body.ts);
    const texts = updates.map((call) => call.allText());
    expect(texts[0]).toContain('writing…');
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('1 of 3 rows written')]));
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('2 of 3 rows written')]));
    const final = texts.at(-1) ?? '';
    expect(final).toContain('Import of “deals.csv”: done.');
    expect(final).toContain('*Created:* 3 · *updated:* 0 · *unchanged:* 0 · *rejected:* 1 · *failed:* 0');
    const row = await t.database.prisma.slackImport.findFirstOrThrow({ where: { teamId } });
    expect(row.status).toBe('applied');

    // Later clicks find it applied.
    t.fake.clearCalls();
    await clickApply(report);
    expect((await t.fake.waitFor('response_url', undefined, 25_000)).allText()).toContain(
      'already being applied or was applied',
    );
    await t.settled(25_000);
    expect(await deals()).toHaveLength(3);
  });

  it('reads a Pipedrive export as Pipedrive and answers in the team language (pl)', async () => {
    await startApp('pl');
    const bytes = readFileSync(join(FIXTURES, 'pipedrive-deals.csv'));
    const file = t.fake.shareFile({ name: 'pipedrive.csv', bytes, user: CAROL });
    await sendFileInDm(file);
    const report = await postedIn(dm(CAROL));
    expect(report.allText()).toContain('Import pliku “pipedrive.csv”: próba');
    expect(report.allText()).toContain('Odczytany jako eksport z:* Pipedrive');
    expect(report.allText()).toContain('*Do utworzenia:* 6');
    await clickApply(report);
    await t.settled(25_000);
    const final = t.fake.callsTo('chat.update').at(-1)?.allText() ?? '';
    expect(final).toContain('Import pliku “pipedrive.csv”: gotowe.');
    expect(final).toContain('*Utworzone:* 6');
    expect(await t.database.prisma.deal.count({ where: { teamId } })).toBe(6);
  });

  it('refuses a file from someone who is not an admin, without downloading it', async () => {
    await startApp();
    const file = t.fake.shareFile({ name: 'deals.csv', bytes: Buffer.from(DEALS), user: ALICE });
    await sendFileInDm(file, ALICE);
    const refusal = await postedIn(dm(ALICE));
    expect(refusal.allText()).toContain('Only admins of team');
    expect(refusal.allText()).toContain('can import CSV files');
    await t.settled(25_000);
    expect(t.fake.callsTo('files.info')).toHaveLength(0);
    expect(await t.database.prisma.slackImport.count()).toBe(0);
  });

  it('says what is wrong with a file that is not a CSV, one too large, or one Slack fails to give', async () => {
    await startApp();
    const pdf = t.fake.shareFile({
      name: 'offer.pdf',
      bytes: Buffer.from('%PDF-1.7'),
      user: CAROL,
      mimetype: 'application/pdf',
      filetype: 'pdf',
    });
    await sendFileInDm(pdf);
    expect((await postedIn(dm(CAROL))).allText()).toContain(
      '“offer.pdf” is not a CSV file (Slack says: pdf)',
    );
    await t.settled(25_000);
    expect(t.fake.callsTo('file_download')).toHaveLength(0);

    t.fake.clearCalls();
    const huge = t.fake.shareFile({
      name: 'all.csv',
      bytes: Buffer.alloc(51 * 1024 * 1024, 'a'),
      user: CAROL,
    });
    await sendFileInDm(huge);
    expect((await postedIn(dm(CAROL))).allText()).toContain(
      '“all.csv” is 51 MB; Tandem imports files of up to 50 MB',
    );
    await t.settled(25_000);
    expect(t.fake.callsTo('file_download')).toHaveLength(0);

    t.fake.clearCalls();
    t.fake.failNext('files.info', { status: 500 }, 3);
    const file = t.fake.shareFile({ name: 'deals.csv', bytes: Buffer.from(DEALS), user: CAROL });
    await sendFileInDm(file);
    expect((await postedIn(dm(CAROL))).allText()).toContain(
      'Tandem could not download “deals.csv” from Slack',
    );
    await t.settled(25_000);
    expect(await t.database.prisma.slackImport.count()).toBe(0);
    expect(await deals()).toEqual([]);
  });

  it('explains a file the importer cannot take as a whole (a HubSpot export names no currency)', async () => {
    await startApp();
    const bytes = readFileSync(join(FIXTURES, 'hubspot-deals.csv'));
    await sendFileInDm(t.fake.shareFile({ name: 'hubspot.csv', bytes, user: CAROL }));
    const answer = (await postedIn(dm(CAROL))).allText();
    expect(answer).toContain('Nothing can be imported from “hubspot.csv”');
    expect(answer).toContain('no currency column');
    expect(answer).toContain('/tandem import');
  });
});

describe('/tandem import', () => {
  const openForm = async (userId: string) => {
    const sent = await t.slack.sendCommand({ command: '/tandem', text: 'import', userId, channelId: SALES });
    expect(sent.status).toBe(200);
    return sent;
  };

  /** The form `/tandem import` opened for `userId`, as views.open received it. */
  const openedForm = async (userId: string) => {
    const sent = await openForm(userId);
    return t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id);
  };

  it('opens a form with a CSV file input; its file is checked in a DM, with the CRM and currency it names (ru)', async () => {
    await startApp('ru');
    const opened = await openedForm(CAROL);
    expect(opened.allText()).toContain('Импорт CSV-файла');
    const view = opened.json<{
      blocks: { block_id: string; element?: { type: string; filetypes?: string[] } }[];
    }>('view');
    const input = view?.blocks.find((block) => block.block_id === ImportModalBlocks.file);
    expect(input?.element).toMatchObject({ type: 'file_input', filetypes: ['csv'] });

    // A currency that is none keeps the form open, with the field's error.
    const bytes = readFileSync(join(FIXTURES, 'hubspot-deals.csv'));
    const file = t.fake.shareFile({ name: 'hubspot.csv', bytes, user: CAROL });
    const values = (currency: string) => ({
      [ImportModalBlocks.file]: {
        [INPUT_ACTION_ID]: { type: 'file_input', files: [file] } as unknown as StateValueInput,
      },
      [ImportModalBlocks.crm]: { [INPUT_ACTION_ID]: { selected: 'hubspot' } },
      [ImportModalBlocks.currency]: { [INPUT_ACTION_ID]: currency },
    });
    const refused = await t.slack.submitView(opened, values('деньги'), { userId: CAROL });
    expect(refused.body).toMatchObject({
      response_action: 'errors',
      errors: { [ImportModalBlocks.currency]: expect.stringContaining('«деньги» — не код валюты') },
    });

    const submitted = await t.slack.submitView(opened, values('EUR'), { userId: CAROL });
    expect(submitted.status).toBe(200);
    const report = await postedIn(dm(CAROL));
    expect(report.allText()).toContain('Импорт файла “hubspot.csv”: проверка');
    expect(report.allText()).toContain('Прочитан как выгрузка из:* HubSpot');
    expect(report.allText()).toContain('Суммы без валюты:* EUR');
    await clickApply(report);
    await t.settled(25_000);
    expect(t.fake.callsTo('chat.update').at(-1)?.allText()).toContain('Импорт файла “hubspot.csv”: готово.');
    expect(await t.database.prisma.deal.count({ where: { teamId } })).toBe(6);
  });

  it('asks the role again on submission: an admin demoted meanwhile is refused in the form, nothing read (pl)', async () => {
    await startApp('pl');
    const opened = await openedForm(CAROL);
    // Demoted in Slack, and the hour Tandem trusts what users.info said has passed.
    t.fake.setUser(CAROL, { is_admin: false });
    t.clock.advance(2 * 60 * 60 * 1000);
    const file = t.fake.shareFile({ name: 'deals.csv', bytes: Buffer.from(DEALS), user: CAROL });
    const values = {
      [ImportModalBlocks.file]: {
        [INPUT_ACTION_ID]: { type: 'file_input', files: [file] } as unknown as StateValueInput,
      },
    };
    const refused = await t.slack.submitView(opened, values, { userId: CAROL });
    expect(refused.body).toMatchObject({
      response_action: 'errors',
      errors: { [ImportModalBlocks.file]: expect.stringContaining('pliki CSV') },
    });
    await t.settled(25_000);
    expect(t.fake.callsTo('files.info')).toHaveLength(0);
    expect(t.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === dm(CAROL))).toEqual([]);
    expect(await t.database.prisma.slackImport.count()).toBe(0);
  });

  it('is refused to a member, and no form opens', async () => {
    await startApp();
    const sent = await openForm(ALICE);
    const answer = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(answer.allText()).toContain('can import CSV files');
    await t.settled(25_000);
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
    expect(CallbackIds.importModal).toBe('import_modal');
  });
});
