import { TEAM_CONTEXT_TTL_MS } from '../../src/services/teamContextCache';
import { ALICE, BOB, TEAM_A } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import { run } from './pipelineSupport';

/**
 * Each command's team, its reader's language and the workspace's team count are reused for
 * TEAM_CONTEXT_TTL_MS (src/services/teamContextCache.ts). A change made through this instance is
 * seen by the very next command; one made through another instance on the same database, once
 * the cache's few seconds have passed.
 */
const NOW = '2026-11-23T10:00:00Z';
const apps: TestApp[] = [];

afterEach(async () => {
  // The second instance only disconnects from the first one's database; it goes first.
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function instance(databaseUrl?: string): Promise<TestApp> {
  const app = await startTestApp({
    now: NOW,
    teamContextTtlMs: TEAM_CONTEXT_TTL_MS,
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  apps.push(app);
  return app;
}

it('answers the next command in the language just chosen, and in a new team’s name once a channel is bound', async () => {
  const t = await instance();
  // A workspace admin may create and bind teams (users.info is cached, so this comes first).
  t.fake.setUser(ALICE, { is_admin: true });
  expect((await run(t, '/lead', 'Acme source:seo')).text).toContain('Added `L-1`');

  await run(t, '/tandem', 'language pl');
  expect((await run(t, '/lead', 'Globex source:seo')).text).toContain('Dodano leada `L-2`');

  // A second team bound to #sales: the next command there lands in it and says so.
  await run(t, '/tandem', 'team create EMEA');
  await run(t, '/tandem', 'team bind EMEA');
  // Alice chose Polish in team main only: in EMEA she gets her Slack's English again.
  const inEmea = await run(t, '/lead', 'Initech source:seo');
  expect(inEmea.text).toContain('Added `L-1`');
  expect(inEmea.text).toContain('EMEA');
  const emea = await t.database.prisma.team.findFirstOrThrow({
    where: { slackTeamId: TEAM_A.id, name: 'EMEA' },
  });
  expect(await t.database.prisma.lead.count({ where: { teamId: emea.id } })).toBe(1);
});

it('sees a change made through another instance once TEAM_CONTEXT_TTL_MS has passed', async () => {
  const first = await instance();
  const second = await instance(first.database.url);
  expect((await run(first, '/lead', 'Acme source:seo', BOB)).text).toContain('Added `L-1`');

  await run(second, '/tandem', 'language ru', BOB);

  // Within the cache's lifetime the first instance still has Bob's earlier choice...
  first.clock.advance(TEAM_CONTEXT_TTL_MS - 1);
  expect((await run(first, '/lead', 'Globex source:seo', BOB)).text).toContain('Added `L-2`');
  // ...and after it, reads the new one.
  first.clock.advance(1);
  expect((await run(first, '/lead', 'Initech source:seo', BOB)).text).toContain('Добавлен лид `L-3`');
});
