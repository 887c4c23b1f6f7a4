import type { TeamRecord } from '../../src/store/repos/teamStore';
import { scenarioTeam } from '../support/digestScenario';
import { ALICE, SALES } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * The scheduler after long outages and across Warsaw's daylight-saving changes (2026: clocks go
 * forward on 29 March, back on 25 October, when 02:00–02:59 happens twice).
 */
let t: TestApp;
let team: TeamRecord;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-10-01T00:00:00Z' });
  team = await scenarioTeam(t);
});

afterEach(async () => {
  await t.close();
});

async function schedule(rule: { weekday: number; time: string; cadenceWeeks: number; anchorDate: string }) {
  await t.store.digestSchedules.save(
    team.id,
    { channelId: SALES, timeZone: 'Europe/Warsaw', enabled: true, ...rule },
    ALICE,
    t.clock.now(),
  );
}

const parents = () =>
  t.fake
    .callsTo('chat.postMessage')
    .filter((call) => call.body.thread_ts === undefined && call.body.channel === SALES);

async function tick(at: string): Promise<void> {
  t.clock.set(at);
  await t.app.scheduler.runDueJobs(new Date(at));
}

describe('catching up', () => {
  it('posts only the latest missed run, once, after an outage longer than the cadence', async () => {
    // Every 2 weeks from Monday 2 Nov; the app is down from 1 Nov to Wednesday 2 Dec, over the
    // runs of 2 Nov, 16 Nov and 30 Nov.
    await schedule({ weekday: 1, time: '09:00', cadenceWeeks: 2, anchorDate: '2026-11-02' });
    await tick('2026-12-02T10:00:00Z');
    await tick('2026-12-02T10:01:00Z');
    await tick('2026-12-03T10:00:00Z');
    expect(parents()).toHaveLength(1);
    expect(parents()[0]?.allText()).toContain('16–29 Nov 2026');
    const runs = await t.database.prisma.digestRun.findMany({ where: { teamId: team.id } });
    expect(runs.map((run) => [run.status, run.periodEnd.toISOString().slice(0, 10)])).toEqual([
      ['posted', '2026-11-29'],
    ]);
  });
});

describe('daylight saving in Europe/Warsaw', () => {
  it('keeps 09:00 local across the autumn change: 07:00 UTC before, 08:00 UTC after', async () => {
    await schedule({ weekday: 1, time: '09:00', cadenceWeeks: 1, anchorDate: '2026-10-19' });
    await tick('2026-10-19T06:59:00Z');
    expect(parents()).toHaveLength(0);
    await tick('2026-10-19T07:00:00Z');
    expect(parents()).toHaveLength(1);
    await tick('2026-10-26T07:00:00Z');
    await tick('2026-10-26T07:59:00Z');
    expect(parents()).toHaveLength(1);
    await tick('2026-10-26T08:00:00Z');
    expect(parents()).toHaveLength(2);
  });

  it('posts once when the scheduled time happens twice in the autumn hour', async () => {
    // Sunday 25 Oct 2026, 02:30 Warsaw: first at 00:30 UTC (CEST), again at 01:30 UTC (CET).
    await schedule({ weekday: 7, time: '02:30', cadenceWeeks: 1, anchorDate: '2026-10-25' });
    await tick('2026-10-25T00:29:00Z');
    expect(parents()).toHaveLength(0);
    await tick('2026-10-25T00:30:00Z');
    await tick('2026-10-25T01:30:00Z');
    await tick('2026-10-25T01:31:00Z');
    await tick('2026-10-25T05:00:00Z');
    expect(parents()).toHaveLength(1);
  });

  it('posts a time the spring change skips at the first instant after it', async () => {
    // Sunday 29 Mar 2026: 02:00–02:59 Warsaw does not exist; 02:30 moves forward with the clock.
    await schedule({ weekday: 7, time: '02:30', cadenceWeeks: 1, anchorDate: '2026-03-29' });
    t.clock.set('2026-03-01T00:00:00Z');
    await tick('2026-03-29T00:59:00Z');
    expect(parents()).toHaveLength(0);
    await tick('2026-03-29T01:30:00Z');
    await tick('2026-03-29T02:00:00Z');
    expect(parents()).toHaveLength(1);
  });
});
