import { parseTandemCommand } from '../../src/domain/tandemCommand';
import { checkTeamName, parseOptionList, validateTeamSettings } from '../../src/domain/teamSettings';
import { roleAllows, teamRoleOf } from '../../src/domain/teamRoles';

describe('/tandem parsing', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['team', { kind: 'team_show' }],
    ['Team', { kind: 'team_show' }],
    ['team EMEA', { kind: 'team_switch', name: 'EMEA' }],
    ['team North   America', { kind: 'team_switch', name: 'North America' }],
    ['team "North America"', { kind: 'team_switch', name: 'North America' }],
    ['team “Retail & eCommerce”', { kind: 'team_switch', name: 'Retail & eCommerce' }],
    ['team create EMEA', { kind: 'team_create', name: 'EMEA' }],
    ['team CREATE "Północ"', { kind: 'team_create', name: 'Północ' }],
    ['team bind', { kind: 'team_bind' }],
    ['team bind EMEA', { kind: 'team_bind', name: 'EMEA' }],
    ['team unbind', { kind: 'team_unbind' }],
    ['settings', { kind: 'settings' }],
  ])('reads “%s”', (text, expected) => {
    expect(parseTandemCommand(text)).toEqual({ ok: true, value: expected });
  });

  it('names the problem and shows a correct example when it cannot read the text', () => {
    expect(parseTandemCommand('teem')).toEqual({
      ok: false,
      problem: { code: 'teams.problem.unknownVerb', params: { word: 'teem' } },
      example: '/tandem help',
    });
    expect(parseTandemCommand('team create')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.nameMissing' },
      example: '/tandem team create EMEA',
    });
    expect(parseTandemCommand('team create "EMEA')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.unclosedQuote' },
    });
    expect(parseTandemCommand('team unbind now')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.takesNothing', params: { word: 'unbind' } },
    });
    expect(parseTandemCommand('settings please')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.takesNothing', params: { word: 'settings' } },
    });
    expect(parseTandemCommand('team create region:emea')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.nameInvalid', params: { name: 'region:emea' } },
    });
    expect(parseTandemCommand(`team create ${'x'.repeat(41)}`)).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.nameTooLong', params: { count: 40 } },
    });
    expect(parseTandemCommand('team create "<!channel>"')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.nameInvalid' },
    });
  });

  it('keeps its own words out of team names', () => {
    expect(parseTandemCommand('team create bind')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.nameReserved', params: { name: 'bind' } },
    });
    expect(checkTeamName('Unbind')).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.nameReserved' },
    });
  });

  it('never throws on hostile text', () => {
    for (const text of ['\u0000team', '"'.repeat(999), 'team ' + '«'.repeat(4000), 'team create 🙂', ':::']) {
      expect(() => parseTandemCommand(text)).not.toThrow();
    }
  });
});

describe('team lists typed one entry per line', () => {
  const existing = [
    { key: 'paid_search', label: 'Paid search' },
    { key: 'seo', label: 'SEO' },
  ];

  it('keeps the keys of entries that are already there, and makes keys for new ones', () => {
    expect(
      parseOptionList('paid search\n\n  Targi   branżowe \nseo\nSEO', existing, { required: true }),
    ).toEqual({
      ok: true,
      items: [
        { key: 'paid_search', label: 'paid search' },
        { key: 'targi_branżowe', label: 'Targi branżowe' },
        { key: 'seo', label: 'seo' },
      ],
    });
  });

  it('refuses an empty channel list, an entry without letters, a long entry and a long list', () => {
    expect(parseOptionList(' \n', existing, { required: true })).toMatchObject({
      ok: false,
      problem: { code: 'teams.problem.listEmpty' },
    });
    expect(parseOptionList('', existing, { required: false })).toEqual({ ok: true, items: [] });
    expect(parseOptionList('---', [], { required: false })).toMatchObject({
      problem: { code: 'teams.problem.listItemInvalid', params: { item: '---' } },
    });
    expect(parseOptionList('y'.repeat(61), [], { required: false })).toMatchObject({
      problem: { code: 'teams.problem.listItemTooLong', params: { count: 60 } },
    });
    const many = Array.from({ length: 51 }, (_, index) => `Channel ${index}`).join('\n');
    expect(parseOptionList(many, [], { required: false })).toMatchObject({
      problem: { code: 'teams.problem.listTooLong', params: { count: 50 } },
    });
  });
});

describe('the settings form', () => {
  const lists = { channels: [{ key: 'seo', label: 'SEO' }], products: [] };
  const good = {
    name: ' EMEA ',
    currency: 'pln',
    locale: 'pl',
    timeZone: 'europe/warsaw',
    staleDealDays: '21',
    channels: 'SEO\nEvents',
    products: 'Fleet tracker',
    admins: ['U1', 'U1'],
    facilitators: ['U2', 'U1'],
    announcements: ['qualified'],
  };

  it('reads a good form, with facilitators never also admins', () => {
    expect(validateTeamSettings(good, lists)).toEqual({
      ok: true,
      value: {
        name: 'EMEA',
        currency: 'PLN',
        locale: 'pl',
        timeZone: 'Europe/Warsaw',
        staleDealDays: 21,
        announcements: { outcomes: false, qualified: true },
        channels: [
          { key: 'seo', label: 'SEO' },
          { key: 'events', label: 'Events' },
        ],
        products: [{ key: 'fleet_tracker', label: 'Fleet tracker' }],
        admins: ['U1'],
        facilitators: ['U2'],
      },
    });
  });

  it('names every field that is wrong', () => {
    const checked = validateTeamSettings(
      {
        ...good,
        name: '',
        currency: 'euro',
        locale: 'de',
        timeZone: 'Mars/Olympus',
        staleDealDays: '0',
        channels: '',
      },
      lists,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['name', 'teams.problem.nameMissing'],
      ['currency', 'teams.problem.currencyInvalid'],
      ['locale', 'teams.problem.localeInvalid'],
      ['timeZone', 'teams.problem.timeZoneInvalid'],
      ['staleDealDays', 'teams.problem.staleDaysInvalid'],
      ['channels', 'teams.problem.listEmpty'],
    ]);
  });
});

describe('team roles', () => {
  it('makes Slack workspace admins and owners admins, and others what they were given', () => {
    expect(teamRoleOf(undefined, { isAdmin: true, isOwner: false })).toBe('admin');
    expect(teamRoleOf('member', { isAdmin: false, isOwner: true })).toBe('admin');
    expect(teamRoleOf('facilitator', { isAdmin: false, isOwner: false })).toBe('facilitator');
    expect(teamRoleOf('owner', { isAdmin: false, isOwner: false })).toBe('member');
    expect(teamRoleOf(undefined, { isAdmin: false, isOwner: false })).toBe('member');
  });

  it('lets facilitators run the meeting and only admins run the team', () => {
    expect(roleAllows('facilitator', 'postDigest')).toBe(true);
    expect(roleAllows('facilitator', 'editLists')).toBe(true);
    expect(roleAllows('facilitator', 'changeSettings')).toBe(false);
    expect(roleAllows('member', 'postDigest')).toBe(false);
    expect(roleAllows('member', 'editIcp')).toBe(false);
    expect(roleAllows('admin', 'manageTeams')).toBe(true);
  });
});
