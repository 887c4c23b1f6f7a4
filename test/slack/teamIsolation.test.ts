import { readFiguresSnapshot } from '../../src/digest/snapshot';
import type { RecordedCall } from '../support/fakeSlackApi';
import { ALICE, appHomeOpenedEvent, BOB, CAROL, GENERAL, MARKETING, SALES } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import { command, tandem, twoTeams } from './teamsSupport';

let t: TestApp;
let teams: { main: string; emea: string };

/**
 * Two teams of one workspace, each with its own channel. In the fortnight 16–29 Nov 2026, Alice
 * files Alpha Foods (with a deal) in #sales for "main", then Beta Bank (with a deal) in #marketing
 * for EMEA, where Bob files Bravo Books too. Both teams number their records from 1.
 */
beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-20T10:00:00Z' });
  teams = await twoTeams(t);
  const at = (userId: string, channelId: string) => ({ userId, channelId });
  await command(t, '/lead', '"Alpha Foods" source:seo', at(ALICE, SALES));
  await command(t, '/deal', 'L-1 offer value:1000', at(ALICE, SALES));
  await command(t, '/lead', '"Beta Bank" source:seo', at(ALICE, MARKETING));
  await command(t, '/deal', 'L-1 discovery', at(ALICE, MARKETING));
  await command(t, '/lead', '"Bravo Books" source:events', at(BOB, MARKETING));
  t.clock.set('2026-11-30T08:30:00Z');
});

afterEach(async () => {
  await t.close();
});

async function openHome(userId: string): Promise<RecordedCall> {
  t.fake.clearCalls();
  await t.slack.sendEvent(appHomeOpenedEvent(userId));
  return t.fake.waitFor('views.publish', (call) => call.body.user_id === userId);
}

describe('two teams in one workspace', () => {
  it('keeps each team’s records apart, numbered on their own', async () => {
    const deals = await t.database.prisma.deal.findMany({
      orderBy: { teamId: 'asc' },
      select: { teamId: true, number: true, stage: true, lead: { select: { company: true } } },
    });
    expect(deals).toEqual(
      expect.arrayContaining([
        { teamId: teams.main, number: 1, stage: 'OFFER', lead: { company: 'Alpha Foods' } },
        { teamId: teams.emea, number: 1, stage: 'DISCOVERY', lead: { company: 'Beta Bank' } },
      ]),
    );
    expect(deals).toHaveLength(2);
  });

  it("never shows a team another team's deals in /deal list", async () => {
    const sales = await command(t, '/deal', 'list', { userId: ALICE, channelId: SALES });
    expect(sales.allText()).toContain('Alpha Foods');
    expect(sales.allText()).not.toContain('Beta Bank');
    const marketing = await command(t, '/deal', 'list', { userId: ALICE, channelId: MARKETING });
    expect(marketing.allText()).toContain('Beta Bank');
    expect(marketing.allText()).not.toContain('Alpha Foods');
  });

  it("posts each team's digest in its own channel with only its own figures", async () => {
    await command(t, '/digest', 'post 2026-11-16..2026-11-29', { userId: CAROL, channelId: SALES });
    await command(t, '/digest', 'post 2026-11-16..2026-11-29', { userId: CAROL, channelId: MARKETING });
    const runs = await t.database.prisma.digestRun.findMany({
      select: { teamId: true, channelId: true, status: true, snapshot: true },
    });
    const figures = (teamId: string) => {
      const run = runs.find((each) => each.teamId === teamId);
      return run?.snapshot ? readFiguresSnapshot(run.snapshot).flow : undefined;
    };
    expect(runs.map(({ teamId, channelId, status }) => ({ teamId, channelId, status }))).toEqual(
      expect.arrayContaining([
        { teamId: teams.main, channelId: SALES, status: 'posted' },
        { teamId: teams.emea, channelId: MARKETING, status: 'posted' },
      ]),
    );
    expect(figures(teams.main)?.leadsCreated.current).toBe(1);
    expect(figures(teams.emea)?.leadsCreated.current).toBe(2);
    expect(figures(teams.main)?.stageEntries.OFFER.current).toBe(1);
    expect(figures(teams.emea)?.stageEntries.OFFER.current).toBe(0);

    const preview = await command(t, '/digest', 'preview 2026-11-16..2026-11-29', {
      userId: ALICE,
      channelId: SALES,
    });
    expect(preview.allText()).not.toMatch(/Beta Bank|Bravo Books/);
  });

  it("shows in the App Home the user's default team only, and the other after /tandem team", async () => {
    const home = await openHome(ALICE);
    expect(home.allText()).toContain('Alpha Foods');
    expect(home.allText()).not.toContain('Beta Bank');

    await tandem(t, 'team EMEA', { userId: ALICE, channelId: GENERAL });
    const switched = await openHome(ALICE);
    expect(switched.allText()).toContain('Beta Bank');
    expect(switched.allText()).not.toContain('Alpha Foods');
  });
});
