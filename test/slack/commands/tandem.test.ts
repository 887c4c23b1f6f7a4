import { defaultTeamKey } from '../../../src/store/repos/teamStore';
import { ALICE, BOB, CAROL, DAVE, GENERAL, MARKETING, SALES, TEAM_A } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { command, leadCompanies, tandem, teamsByName, twoTeams } from '../teamsSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const lead = (company: string, userId: string, channelId: string) =>
  command(t, '/lead', `"${company}" source:seo`, { userId, channelId });

const bindings = () =>
  t.database.prisma.teamChannel.findMany({
    orderBy: { channelId: 'asc' },
    select: { channelId: true, team: { select: { name: true } } },
  });

describe('several teams in one workspace', () => {
  it('creates a team, binds channels, and files what is typed in each channel under its team', async () => {
    t.fake.setUser(CAROL, { is_admin: true });
    const created = await tandem(t, 'team create EMEA', { userId: CAROL, channelId: GENERAL });
    expect(created.allText()).toContain(
      'Created team *EMEA* with the settings of *main*; you are its admin.',
    );
    const teams = await teamsByName(t);
    expect(Object.keys(teams).sort()).toEqual(['EMEA', 'main']);
    expect(teams.EMEA).toMatchObject({ slackTeamId: TEAM_A.id, currency: 'EUR', timezone: 'UTC' });
    expect(
      await t.database.prisma.teamMember.findMany({ select: { teamId: true, userId: true, role: true } }),
    ).toEqual([{ teamId: teams.EMEA?.id, userId: CAROL, role: 'admin' }]);
    expect(
      await t.database.prisma.teamOption.count({ where: { teamId: teams.EMEA?.id, kind: 'channel' } }),
    ).toBe(10);

    const boundHere = await tandem(t, 'team bind', { userId: CAROL, channelId: SALES });
    expect(boundHere.allText()).toContain(`<#${SALES}> now belongs to team *main*`);
    const boundThere = await tandem(t, 'team bind emea', { userId: CAROL, channelId: MARKETING });
    expect(boundThere.allText()).toContain(`<#${MARKETING}> now belongs to team *EMEA*`);
    expect(await bindings()).toEqual([
      { channelId: MARKETING, team: { name: 'EMEA' } },
      { channelId: SALES, team: { name: 'main' } },
    ]);

    await lead('Alpha Foods', ALICE, SALES);
    await lead('Beta Bank', ALICE, MARKETING);
    await lead('Gamma Logistics', BOB, MARKETING);
    expect(await leadCompanies(t, teams.main?.id ?? '')).toEqual(['L-1 Alpha Foods']);
    expect(await leadCompanies(t, teams.EMEA?.id ?? '')).toEqual(['L-1 Beta Bank', 'L-2 Gamma Logistics']);

    // A channel belongs to one team: binding it elsewhere says where it is and changes nothing.
    const moved = await tandem(t, 'team bind EMEA', { userId: CAROL, channelId: SALES });
    expect(moved.allText()).toContain(`<#${SALES}> belongs to team *main*. To move it`);
    const again = await tandem(t, 'team bind', { userId: CAROL, channelId: MARKETING });
    expect(again.allText()).toContain(`<#${MARKETING}> already belongs to team *EMEA*.`);
    const taken = await tandem(t, 'team create emea', { userId: CAROL, channelId: GENERAL });
    expect(taken.allText()).toContain('A team called *EMEA* already exists in this workspace.');
    expect(await bindings()).toHaveLength(2);
    expect(await t.database.prisma.team.count()).toBe(2);
  });

  it("files a lead typed elsewhere under the user's default team, which /tandem team switches", async () => {
    const { main, emea } = await twoTeams(t);
    // Bob has used no bound channel and chosen no team: the workspace's default team.
    await lead('Delta Dairy', BOB, GENERAL);
    expect(await leadCompanies(t, main)).toEqual(['L-1 Delta Dairy']);

    // Alice works in #marketing, so EMEA becomes her default until she picks one.
    await lead('Echo Energy', ALICE, MARKETING);
    await lead('Foxtrot Freight', ALICE, GENERAL);
    expect(await leadCompanies(t, emea)).toEqual(['L-1 Echo Energy', 'L-2 Foxtrot Freight']);

    const switched = await tandem(t, 'team MAIN', { userId: ALICE, channelId: GENERAL });
    expect(switched.allText()).toContain('Team *main* is now your default');
    expect(
      await t.database.prisma.teamMember.findUnique({
        where: { defaultKey: defaultTeamKey(TEAM_A.id, ALICE) },
      }),
    ).toMatchObject({ teamId: main, userId: ALICE });
    await lead('Golf Garden', ALICE, GENERAL);
    await lead('Hotel Harbour', ALICE, MARKETING);
    expect(await leadCompanies(t, main)).toEqual(['L-1 Delta Dairy', 'L-2 Golf Garden']);
    expect(await leadCompanies(t, emea)).toEqual([
      'L-1 Echo Energy',
      'L-2 Foxtrot Freight',
      'L-3 Hotel Harbour',
    ]);

    const inBoundChannel = await tandem(t, 'team EMEA', { userId: BOB, channelId: SALES });
    expect(inBoundChannel.allText()).toContain('Team *EMEA* is now your default');
    expect(inBoundChannel.allText()).toContain('Commands typed in this channel still act on team *main*');

    const unknown = await tandem(t, 'team APAC', { userId: BOB, channelId: GENERAL });
    expect(unknown.allText()).toContain(
      'There is no team called “APAC” in this workspace. Its teams: *main* and *EMEA*.',
    );
  });

  it("shows the team here, why, its channels, the user's role and the workspace's teams", async () => {
    await twoTeams(t);
    const inMarketing = await tandem(t, 'team', { userId: ALICE, channelId: MARKETING });
    const text = inMarketing.allText();
    expect(text).toContain('Your team here: *EMEA*');
    expect(text).toContain('This channel is bound to it.');
    expect(text).toContain(`Channels: <#${MARKETING}>`);
    expect(text).toContain('Your role: member');
    expect(text).toContain('• *main* — 1 channel, workspace default');
    expect(text).toContain('• *EMEA* — 1 channel, your default');
    expect(inMarketing.body.response_type).toBe('ephemeral');

    const admin = await tandem(t, 'team', { userId: CAROL, channelId: GENERAL });
    expect(admin.allText()).toContain('Your team here: *main*');
    expect(admin.allText()).toContain("It is the workspace's default team");
    expect(admin.allText()).toContain('Your role: admin');

    t.fake.setUser(DAVE, { locale: 'pl-PL' });
    const polish = await tandem(t, 'team', { userId: DAVE, channelId: GENERAL });
    expect(polish.allText()).toContain('Twój zespół w tym miejscu: *main*');
    expect(polish.allText()).toContain('Twoja rola: członek');
    expect(polish.allText()).toContain('• *main* — 1 kanał, domyślny obszaru roboczego');
  });

  it('lets only admins create teams and bind or unbind channels, and tells a member whom to ask', async () => {
    const { emea } = await twoTeams(t);
    const create = await tandem(t, 'team create APAC', { userId: ALICE, channelId: GENERAL });
    expect(create.allText()).toContain(
      ':lock: Only admins of team *main* can create teams and bind or unbind channels. Ask a Slack workspace admin or owner',
    );
    const unbind = await tandem(t, 'team unbind', { userId: ALICE, channelId: MARKETING });
    expect(unbind.allText()).toContain(
      `:lock: Only admins of team *EMEA* can create teams and bind or unbind channels. Ask <@${CAROL}>.`,
    );
    const bind = await tandem(t, 'team bind EMEA', { userId: ALICE, channelId: GENERAL });
    expect(bind.allText()).toContain('Only admins of team *EMEA*');
    expect(await t.database.prisma.team.count()).toBe(2);
    expect(await bindings()).toHaveLength(2);

    const unbound = await tandem(t, 'team unbind', { userId: CAROL, channelId: MARKETING });
    expect(unbound.allText()).toContain(`<#${MARKETING}> no longer belongs to team *EMEA*`);
    expect(await bindings()).toEqual([{ channelId: SALES, team: { name: 'main' } }]);
    const notBound = await tandem(t, 'team unbind', { userId: CAROL, channelId: MARKETING });
    expect(notBound.allText()).toContain(`<#${MARKETING}> is not bound to any team.`);
    // Bob never chose a team: with #marketing unbound, his leads there go to the workspace's default.
    await lead('India Ink', BOB, MARKETING);
    expect(await leadCompanies(t, emea)).toEqual([]);

    const direct = await tandem(t, 'team bind', { userId: CAROL, channelId: `D${CAROL}` });
    expect(direct.allText()).toContain('Only channels can be bound to a team');
  });

  it('answers help, and text it cannot read, in the user’s language with the text echoed back', async () => {
    const help = await tandem(t, 'help', { userId: ALICE, channelId: SALES });
    expect(help.allText()).toContain('`/tandem team create EMEA`');

    const rejected = await tandem(t, 'teem EMEA', { userId: ALICE, channelId: SALES });
    expect(rejected.allText()).toContain("Couldn't read that /tandem command");
    expect(rejected.allText()).toContain(
      '“teem” is not a /tandem command; use team, settings, language, rate or help',
    );
    expect(rejected.allText()).toContain('/tandem teem EMEA');

    t.fake.setUser(DAVE, { locale: 'ru-RU' });
    const russian = await tandem(t, 'team create', { userId: DAVE, channelId: SALES });
    expect(russian.allText()).toContain('Не удалось разобрать запрос /tandem');
    expect(russian.allText()).toContain('Укажите название команды');
    expect(await t.database.prisma.team.count()).toBe(1);
  });
});
