import { CallbackIds, TeamSettingsBlocks } from '../../../src/slack/ids';
import type { RecordedCall } from '../../support/fakeSlackApi';
import { ALICE, BOB, CAROL, DAVE, SALES, TEAM_A } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let teamId: string;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  teamId = (await t.store.teams.ensure(TEAM_A.id)).id;
  t.fake.setUser(CAROL, { is_admin: true });
});

afterEach(async () => {
  await t.close();
});

async function openSettings(userId: string): Promise<RecordedCall> {
  const sent = await t.slack.sendCommand({ command: '/tandem', text: 'settings', userId, channelId: SALES });
  expect(sent.status).toBe(200);
  return t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id);
}

type Form = {
  name: string;
  admins: string[];
  facilitators: string[];
  channels: string;
  products: string;
  currency: string;
  locale: string;
  timeZone: string;
  staleDealDays: string;
};

const FORM: Form = {
  name: 'Central',
  admins: [DAVE],
  facilitators: [BOB],
  channels: 'Paid search\nSEO\nTrade fairs',
  products: 'Fleet tracker\nRoute planner',
  currency: 'pln',
  locale: 'pl',
  timeZone: 'europe/warsaw',
  staleDealDays: '21',
};

function values(form: Partial<Form>) {
  const entries: [string, unknown][] = [
    [TeamSettingsBlocks.name, form.name],
    [TeamSettingsBlocks.admins, form.admins && { users: form.admins }],
    [TeamSettingsBlocks.facilitators, form.facilitators && { users: form.facilitators }],
    [TeamSettingsBlocks.channels, form.channels],
    [TeamSettingsBlocks.products, form.products],
    [TeamSettingsBlocks.currency, form.currency],
    [TeamSettingsBlocks.locale, form.locale && { selected: form.locale }],
    [TeamSettingsBlocks.timeZone, form.timeZone],
    [TeamSettingsBlocks.staleDealDays, form.staleDealDays],
  ];
  return Object.fromEntries(
    entries.filter(([, value]) => value !== undefined).map(([blockId, value]) => [blockId, { value }]),
  ) as Parameters<TestApp['slack']['submitView']>[1];
}

const teamRow = () => t.database.prisma.team.findUniqueOrThrow({ where: { id: teamId } });
const roles = () =>
  t.database.prisma.teamMember.findMany({
    where: { teamId, role: { not: 'member' } },
    orderBy: { userId: 'asc' },
    select: { userId: true, role: true },
  });
const options = (kind: string) =>
  t.database.prisma.teamOption.findMany({
    where: { teamId, kind },
    orderBy: [{ archived: 'asc' }, { position: 'asc' }, { key: 'asc' }],
    select: { key: true, label: true, archived: true },
  });
const initialValue = (opened: RecordedCall, blockId: string) =>
  opened
    .json<{ blocks: { block_id?: string; element?: { initial_value?: string } }[] }>('view')
    ?.blocks.find((block) => block.block_id === blockId)?.element?.initial_value;
const blockIds = (opened: RecordedCall) =>
  (opened.json<{ blocks: { block_id?: string }[] }>('view')?.blocks ?? []).flatMap((block) =>
    block.block_id ? [block.block_id] : [],
  );

describe('/tandem settings', () => {
  it('lets a workspace admin save roles, lists, currency, language, zone and stale-deal threshold', async () => {
    const opened = await openSettings(CAROL);
    expect(opened.json<{ callback_id: string }>('view')?.callback_id).toBe(CallbackIds.teamSettingsModal);
    expect(blockIds(opened)).toEqual(Object.values(TeamSettingsBlocks));
    expect(initialValue(opened, TeamSettingsBlocks.channels)).toMatch(/^Paid search\nPaid social\nSEO\n/);
    expect(initialValue(opened, TeamSettingsBlocks.currency)).toBe('EUR');

    const saved = await t.slack.submitView(opened, values(FORM), { userId: CAROL });
    expect(saved.status).toBe(200);
    expect(saved.body).toBe('');
    expect(await teamRow()).toMatchObject({
      name: 'Central',
      currency: 'PLN',
      locale: 'pl',
      timezone: 'Europe/Warsaw',
      staleDealDays: 21,
    });
    expect(await roles()).toEqual([
      { userId: BOB, role: 'facilitator' },
      { userId: DAVE, role: 'admin' },
    ]);
    const channels = await options('channel');
    expect(channels.filter((option) => !option.archived)).toEqual([
      { key: 'paid_search', label: 'Paid search', archived: false },
      { key: 'seo', label: 'SEO', archived: false },
      { key: 'trade_fairs', label: 'Trade fairs', archived: false },
    ]);
    expect(channels.filter((option) => option.archived).map((option) => option.key)).toContain('paid_social');
    expect(await options('product')).toEqual([
      { key: 'fleet_tracker', label: 'Fleet tracker', archived: false },
      { key: 'route_planner', label: 'Route planner', archived: false },
    ]);
    const confirmation = await t.fake.waitFor('chat.postEphemeral', (call) => call.body.user === CAROL);
    expect(confirmation.body.channel).toBe(SALES);
    expect(confirmation.allText()).toContain('Saved the settings of team *Central*.');

    // The form opens on what was saved, built-in channels in the team's new language; taking Bob
    // out of the facilitators makes him a member again.
    const reopened = await openSettings(CAROL);
    expect(initialValue(reopened, TeamSettingsBlocks.channels)).toBe(
      'Reklama w wyszukiwarce\nPozycjonowanie (SEO)\nTrade fairs',
    );
    expect(initialValue(reopened, TeamSettingsBlocks.name)).toBe('Central');
    await t.slack.submitView(reopened, values({ ...FORM, facilitators: [] }), { userId: CAROL });
    expect(await roles()).toEqual([{ userId: DAVE, role: 'admin' }]);
  });

  it('keeps the form open with each problem under its field, and saves nothing', async () => {
    const opened = await openSettings(CAROL);
    const refused = await t.slack.submitView(
      opened,
      values({ ...FORM, currency: 'euro', timeZone: 'Mars/Olympus', channels: '\n' }),
      { userId: CAROL },
    );
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: {
        [TeamSettingsBlocks.currency]: '“euro” is not an ISO currency code such as EUR, PLN or USD',
        [TeamSettingsBlocks.timeZone]: '“Mars/Olympus” is not a time zone name such as Europe/Warsaw',
        [TeamSettingsBlocks.channels]: 'Write at least one channel, one per line',
      },
    });
    expect(await teamRow()).toMatchObject({ name: 'main', currency: 'EUR', locale: 'en', timezone: 'UTC' });
    expect(await roles()).toEqual([]);
  });

  it('gives admins named in Tandem the form, but not a way to drop themselves', async () => {
    await t.store.teamMembers.assign(teamId, DAVE, 'admin');
    const opened = await openSettings(DAVE);
    const refused = await t.slack.submitView(opened, values({ ...FORM, admins: [BOB] }), { userId: DAVE });
    expect(refused.body).toMatchObject({
      response_action: 'errors',
      errors: { [TeamSettingsBlocks.admins]: expect.stringContaining('Keep yourself among the admins') },
    });
    expect(await roles()).toEqual([{ userId: DAVE, role: 'admin' }]);
  });

  it('gives facilitators the lists only, and saves nothing else', async () => {
    await t.store.teamMembers.assign(teamId, BOB, 'facilitator');
    const opened = await openSettings(BOB);
    expect(opened.json<{ title: { text: string } }>('view')?.title.text).toBe('Team lists');
    expect(blockIds(opened)).toEqual([TeamSettingsBlocks.channels, TeamSettingsBlocks.products]);
    await t.slack.submitView(opened, values({ channels: 'SEO\nEvents', products: 'Fleet tracker' }), {
      userId: BOB,
    });
    const confirmation = await t.fake.waitFor('chat.postEphemeral', (call) => call.body.user === BOB);
    expect(confirmation.allText()).toContain('Saved the lists of team *main*.');
    expect(
      (await options('channel')).filter((option) => !option.archived).map((option) => option.key),
    ).toEqual(['seo', 'events']);
    expect(await teamRow()).toMatchObject({ name: 'main', currency: 'EUR' });
  });

  it('tells a member which admins to ask, opens nothing, and refuses a form submitted by a member', async () => {
    await t.store.teamMembers.assign(teamId, DAVE, 'admin');
    await t.store.teamMembers.assign(teamId, BOB, 'facilitator');
    const sent = await t.slack.sendCommand({
      command: '/tandem',
      text: 'settings',
      userId: ALICE,
      channelId: SALES,
    });
    const answer = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(answer.allText()).toContain(
      `:lock: Only admins of team *main* can change its settings and roles. Ask <@${DAVE}>.`,
    );
    expect(t.fake.callsTo('views.open')).toHaveLength(0);

    // A form opened by an admin and submitted by a member (or after their role was taken away).
    const opened = await openSettings(CAROL);
    const refused = await t.slack.submitView(opened, values(FORM), { userId: ALICE });
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: { [TeamSettingsBlocks.name]: 'Only admins of team main can change its settings and roles.' },
    });
    expect(await teamRow()).toMatchObject({ name: 'main', currency: 'EUR' });
    expect(await roles()).toEqual([
      { userId: BOB, role: 'facilitator' },
      { userId: DAVE, role: 'admin' },
    ]);
  });

  it('speaks the language of the admin who opens it', async () => {
    t.fake.setUser(CAROL, { is_admin: true, locale: 'pl-PL' });
    const opened = await openSettings(CAROL);
    expect(opened.json<{ title: { text: string } }>('view')?.title.text).toBe('Ustawienia zespołu');
    expect(opened.allText()).toContain('Domyślna waluta');
    const refused = await t.slack.submitView(opened, values({ ...FORM, staleDealDays: '0' }), {
      userId: CAROL,
    });
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: { [TeamSettingsBlocks.staleDealDays]: 'Wpisz liczbę całkowitą od 1 do 365' },
    });
  });

  it("shows built-in channels in the reader's language and keeps their keys when saved unchanged", async () => {
    // Created in English, then switched to Russian: the stored names are still English.
    await t.database.prisma.team.update({ where: { id: teamId }, data: { locale: 'ru' } });
    const before = await options('channel');
    const opened = await openSettings(CAROL);
    const shown = initialValue(opened, TeamSettingsBlocks.channels) ?? '';
    expect(shown).toMatch(/^Контекстная реклама\n/);
    expect(shown).not.toContain('Paid search');
    await t.slack.submitView(opened, values({ ...FORM, locale: 'ru', channels: `${shown}\nВыставки` }), {
      userId: CAROL,
    });
    const after = await options('channel');
    expect(after.filter((option) => option.archived)).toEqual([]);
    expect(after.map((option) => option.key)).toEqual([...before.map((option) => option.key), 'выставки']);
    expect(after.find((option) => option.key === 'paid_search')?.label).toBe('Контекстная реклама');
  });
});
