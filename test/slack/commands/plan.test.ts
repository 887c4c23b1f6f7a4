import { ALICE, BOB, CAROL, TEAM_A } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { run } from '../pipelineSupport';

let t: TestApp;
let teamId: string;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  teamId = (await t.store.teams.ensure(TEAM_A.id)).id;
  // Bob facilitates the team; Carol is a workspace admin; Alice is a member.
  await t.store.teamMembers.assign(teamId, BOB, 'facilitator');
  t.fake.setUser(CAROL, { is_admin: true });
});

afterEach(async () => {
  await t.close();
});

const plan = (text: string, userId = BOB) => run(t, '/plan', text, userId);
const planRows = () =>
  t.database.prisma.plan.findMany({
    where: { teamId },
    orderBy: [{ appliesFrom: 'asc' }, { figure: 'asc' }],
    select: { figure: true, channel: true, value: true, setById: true, appliesFrom: true },
  });

async function teamIn(locale: 'pl' | 'ru'): Promise<void> {
  await t.database.prisma.team.update({ where: { id: teamId }, data: { locale } });
}

describe('/plan sets the team plan', () => {
  it('sets team-wide and per-channel figures in the team currency and shows the plan in force', async () => {
    const empty = await plan('');
    expect(empty.text).toContain('No plan is set yet. Set one with `/plan leads 60`.');

    const leads = await plan('leads 60');
    expect(leads.text).toContain(
      '*Plan saved* — it applies from today and repeats each period until changed.',
    );
    expect(leads.text).toContain('• Leads created: 60');
    await plan('cpl 400', CAROL);
    const channel = await plan('channel:paid_search leads:20 spend:5000');
    expect(channel.text).toContain('*paid_search*\n• Leads created: 20\n• Marketing spend: EUR\u00a05,000');

    expect(await planRows()).toEqual([
      {
        figure: 'costPerLeadMinor',
        channel: '',
        value: 40_000,
        setById: CAROL,
        appliesFrom: expect.any(Date),
      },
      { figure: 'leadsCreated', channel: '', value: 60, setById: BOB, appliesFrom: expect.any(Date) },
      {
        figure: 'leadsCreated',
        channel: 'paid_search',
        value: 20,
        setById: BOB,
        appliesFrom: expect.any(Date),
      },
      {
        figure: 'spendMinor',
        channel: 'paid_search',
        value: 500_000,
        setById: BOB,
        appliesFrom: expect.any(Date),
      },
    ]);

    // A plan repeats until changed: a new value replaces only its own figure.
    t.clock.advance(24 * 3_600_000);
    await plan('leads 70');
    const shown = await plan('', ALICE);
    expect(shown.text).toContain('*The plan in force* — it repeats each period until changed.');
    expect(shown.text).toContain('*Whole team*\n• Cost per lead: EUR\u00a0400\n• Leads created: 70');
    expect(shown.text).toContain('*paid_search*\n• Leads created: 20\n• Marketing spend: EUR\u00a05,000');
    expect(shown.text).not.toContain('Leads created: 60');
  });

  it('refuses members, naming who may set the plan, and saves nothing', async () => {
    const refused = await plan('leads 60', ALICE);
    expect(refused.text).toContain('Only admins or facilitators of team *main* can set its plan.');
    expect(await planRows()).toEqual([]);
  });

  it('rejects bad input with the field, what is expected, an example and the text echoed', async () => {
    const unknown = await plan('revenue 100');
    expect(unknown.text).toContain("Couldn't read that plan");
    expect(unknown.text).toContain('“revenue” is not a figure you can plan; use one of: `leads, qualified');
    expect(unknown.text).toContain('/plan leads 60');
    expect(unknown.text).toContain('revenue 100');

    const count = await plan('leads sixty');
    expect(count.text).toContain("Couldn't set that plan");
    expect(count.text).toContain('“sixty” is not a whole number; use digits, e.g. 60');
    expect(count.text).toContain('leads sixty');

    const perChannel = await plan('channel:paid_search wins:3');
    expect(perChannel.text).toContain(
      '`wins` is planned for the whole team only; per channel use: `leads, spend, cpl`',
    );

    const channel = await plan('channel:billboards leads:5');
    expect(channel.text).toContain("“billboards” is not one of the team's channels");
    expect(channel.text).toContain('channel:billboards leads:5');
    expect(await planRows()).toEqual([]);
  });

  it('answers a Polish team in Polish', async () => {
    await teamIn('pl');
    const saved = await plan('cpl 400');
    expect(saved.text).toContain('*Plan zapisany* — obowiązuje od dziś');
    expect(saved.text).toContain('*Cały zespół*');
    expect(saved.text).toContain('Koszt pozyskania leada');
    const bad = await plan('leads dużo');
    expect(bad.text).toContain('„dużo” to nie liczba całkowita; wpisz cyfry, np. 60');
    expect(bad.text).toContain('leads dużo');
    const refused = await plan('leads 60', ALICE);
    expect(refused.text).toContain(
      'Tylko administratorzy i prowadzący zespołu *main* mogą ustalać jego plan.',
    );
    expect((await plan('help', ALICE)).text).toContain('ustala, co zespół planuje na okres');
  });
});
