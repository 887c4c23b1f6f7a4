import { systemClock } from '../../src/clock';
import { createStore } from '../../src/store';
import {
  analyzeAfterBulkLoad,
  bulkAdvanceTeamCounters,
  bulkInsertDeals,
  bulkInsertFeedback,
  bulkInsertLeads,
  bulkInsertSpend,
  bulkInsertStageEvents,
  bulkRebuildTeamFacts,
  loadWithIndexesBuiltAfter,
  openBulkTarget,
} from '../../src/store/db/bulk';
import { openDatabase } from '../../src/store/db/database';
import { PrismaInstallationStore } from '../../src/store/repos/installationStore';
import { TokenCipher } from '../../src/security/tokenCipher';
import type { OAuthConfig } from '../../src/oauthConfig';
import { workspaceInstallation } from '../../test/support/installations';
import { ALICE } from '../../test/support/fixtures';
import { BENCH_CURRENCY, DEFAULT_DATA_END, generateTeamData } from '../generate';
import { generateSpend } from '../generateSpend';

/** Monday 30 Nov 2026, 09:00 in Warsaw: every generated team's digest is due at this minute. */
export const MONDAY_DUE = new Date('2026-11-30T08:00:00Z');
export const MONDAY_TIME_ZONE = 'Europe/Warsaw';

export const workspaceOf = (index: number): string => `T${String(index).padStart(8, '0')}W`;
export const channelOf = (slackTeamId: string): string => `C${slackTeamId.slice(1)}`;

export type ManyTeamsLoad = { teams: number; leads: number; rows: number; ms: number };

/**
 * `teams` Tandem teams, each in a workspace of its own with an OAuth installation (its tokens
 * encrypted with `oauth.tokenKeys`), a digest every two weeks on Monday 09:00 Warsaw due at
 * MONDAY_DUE in its channel, and `leadsPerTeam` generated leads with their deals, stage events,
 * spend and feedback, bulk-loaded (src/store/bulk) with the indexes built after.
 */
export async function loadManyTeams(
  url: string,
  teams: number,
  leadsPerTeam: number,
  oauth: OAuthConfig,
  log: (line: string) => void,
): Promise<ManyTeamsLoad> {
  const started = performance.now();
  const database = openDatabase(url);
  const store = createStore(database);
  const installations = new PrismaInstallationStore(
    database.prisma,
    new TokenCipher(oauth.tokenKeys),
    systemClock,
  );
  const teamIds: string[] = [];
  try {
    for (let index = 1; index <= teams; index += 1) {
      const slackTeamId = workspaceOf(index);
      await installations.storeInstallation(workspaceInstallation(slackTeamId));
      const team = await store.teams.ensure(slackTeamId);
      await database.prisma.team.update({
        where: { id: team.id },
        data: { timezone: MONDAY_TIME_ZONE, currency: BENCH_CURRENCY },
      });
      await store.digestSchedules.save(
        team.id,
        {
          channelId: channelOf(slackTeamId),
          weekday: 1,
          time: '09:00',
          timeZone: MONDAY_TIME_ZONE,
          cadenceWeeks: 2,
          anchorDate: '2026-11-30',
          enabled: true,
        },
        ALICE,
        new Date('2026-11-20T10:00:00Z'),
      );
      teamIds.push(team.id);
      if (index % 100 === 0) log(`  ${index} teams installed`);
    }
  } finally {
    await database.close();
  }
  const target = await openBulkTarget(url);
  let rows = 0;
  try {
    await loadWithIndexesBuiltAfter(target, async () => {
      for (const [index, teamId] of teamIds.entries()) {
        const batches = generateTeamData({
          teamId,
          leads: leadsPerTeam,
          seed: index + 1,
          end: DEFAULT_DATA_END,
          leadsPerBatch: leadsPerTeam,
        });
        for (const batch of batches) {
          rows += await bulkInsertLeads(target, batch.leads);
          rows += await bulkInsertDeals(target, batch.deals);
          rows += await bulkInsertStageEvents(target, batch.stageEvents);
          rows += await bulkInsertFeedback(target, batch.feedback);
        }
        rows += await bulkInsertSpend(
          target,
          generateSpend({ teamId, leads: leadsPerTeam, seed: index + 1 }),
        );
        await bulkAdvanceTeamCounters(target, teamId);
        if ((index + 1) % 100 === 0)
          log(`  ${index + 1} teams loaded (${rows.toLocaleString('en-US')} rows)`);
      }
    });
    for (const teamId of teamIds) await bulkRebuildTeamFacts(target, teamId);
    await analyzeAfterBulkLoad(target);
  } finally {
    await target.close();
  }
  return { teams, leads: teams * leadsPerTeam, rows, ms: performance.now() - started };
}
