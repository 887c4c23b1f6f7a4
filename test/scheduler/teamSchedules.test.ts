import { ALICE, CAROL, MARKETING, SALES, TEAM_A } from '../support/fixtures';
import { seedLead } from '../support/pipelineSeed';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-30T07:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

it("runs each team's schedule of a workspace and posts its digest in that team's channel", async () => {
  const main = await t.store.teams.ensure(TEAM_A.id);
  const emea = await t.store.teams.create(main, 'EMEA');
  if (!emea) throw new Error('EMEA was not created');
  const schedules = [
    { team: main, channelId: SALES, time: '09:00' },
    { team: emea, channelId: MARKETING, time: '10:00' },
  ];
  for (const { team, channelId, time } of schedules) {
    await t.store.digestSchedules.save(
      team.id,
      {
        channelId,
        weekday: 1,
        time,
        timeZone: 'UTC',
        cadenceWeeks: 2,
        anchorDate: '2026-11-30',
        enabled: true,
      },
      CAROL,
      t.clock.now(),
    );
  }
  await seedLead(t.database.prisma, main.id, {
    company: 'Alpha Foods',
    createdAt: '2026-11-20',
    ownerId: ALICE,
  });
  const parents = () =>
    t.fake
      .callsTo('chat.postMessage')
      .filter((call) => call.body.thread_ts === undefined && call.response.body.ok === true)
      .map((call) => call.body.channel);

  await t.app.scheduler.runDueJobs(new Date('2026-11-30T09:00:00Z'));
  expect(parents()).toEqual([SALES]);
  await t.app.scheduler.runDueJobs(new Date('2026-11-30T10:00:00Z'));
  expect(parents()).toEqual([SALES, MARKETING]);

  const runs = await t.database.prisma.digestRun.findMany({
    select: { teamId: true, channelId: true, status: true },
  });
  expect(runs).toEqual(
    expect.arrayContaining([
      { teamId: main.id, channelId: SALES, status: 'posted' },
      { teamId: emea.id, channelId: MARKETING, status: 'posted' },
    ]),
  );
  expect(runs).toHaveLength(2);
});
