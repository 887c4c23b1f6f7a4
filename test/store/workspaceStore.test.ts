import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStore, type Store } from '../../src/store';
import type { PrismaDatabase } from '../../src/store/db/database';
import { seedDeal, seedLead } from '../support/pipelineSeed';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase;
let store: Store;

beforeEach(async () => {
  database = await createTestDatabase();
  store = createStore(database);
});

afterEach(async () => {
  await database.destroy();
});

const AT = new Date('2026-11-23T10:00:00Z');
const workspace = (teamId: string) => ({ teamId, isEnterpriseInstall: false });

/** A workspace with a row in most team-owned tables, and an installation. */
async function seedWorkspace(prisma: PrismaDatabase, slackTeamId: string): Promise<string> {
  const team = await store.teams.ensure(slackTeamId);
  const lead = await seedLead(prisma, team.id, {
    company: `Client of ${slackTeamId}`,
    createdAt: '2026-11-02',
  });
  await seedDeal(prisma, team.id, lead, [
    { stage: 'LEAD', at: '2026-11-02' },
    { stage: 'OFFER', at: '2026-11-05' },
  ]);
  const by = 'U0000ALICE';
  await prisma.spend.create({
    data: {
      teamId: team.id,
      channel: 'seo',
      amountMinor: 100,
      currency: 'EUR',
      periodStart: AT,
      periodEnd: AT,
      createdById: by,
    },
  });
  await prisma.feedback.create({
    data: {
      teamId: team.id,
      number: 1,
      kind: 'wish',
      text: 'faster delivery',
      sentiment: 'neutral',
      source: 'call',
      createdById: by,
      leadId: lead.id,
    },
  });
  await prisma.icpNote.create({ data: { teamId: team.id, text: 'mid-size logistics', authorId: by } });
  await prisma.draft.create({ data: { teamId: team.id, userId: by, kind: 'lead', payload: '{}' } });
  await prisma.change.create({
    data: { teamId: team.id, entityType: 'lead', entityId: lead.id, actorId: by, action: 'create' },
  });
  await prisma.digestSchedule.create({
    data: {
      teamId: team.id,
      channelId: 'C0000SALES',
      timeZone: 'UTC',
      anchorDate: '2026-11-02',
      updatedById: by,
    },
  });
  await prisma.installation.create({
    data: {
      installationKey: `team:${slackTeamId}`,
      teamId: slackTeamId,
      botToken: 'v1.sealed',
      installationJson: 'v1.sealed',
      installerUserId: by,
      installedAt: AT,
    },
  });
  return team.id;
}

/** Every model with a `teamId` column pointing at Tandem's Team (Installation's is the Slack id). */
function teamOwnedModels(): string[] {
  const schema = readFileSync(join(__dirname, '../../prisma/models.prisma'), 'utf8');
  return [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)]
    .filter(([, name, body]) => name !== 'Installation' && /^\s+teamId\s/m.test(body ?? ''))
    .map(([, name]) => name ?? '');
}

async function rowsOfTeam(prisma: PrismaDatabase, teamId: string): Promise<Record<string, number>> {
  const delegates = prisma as unknown as Record<string, { count(args: object): Promise<number> }>;
  const counts: Record<string, number> = {};
  for (const model of teamOwnedModels()) {
    const delegate = delegates[model.charAt(0).toLowerCase() + model.slice(1)];
    if (!delegate) throw new Error(`no Prisma delegate for ${model}`);
    counts[model] = await delegate.count({ where: { teamId } });
  }
  return counts;
}

describe('WorkspaceStore', () => {
  it('disconnect deletes the tokens and turns the digest off for that workspace only, once', async () => {
    const teamA = await seedWorkspace(database.prisma, 'T0000TEAMA');
    const teamB = await seedWorkspace(database.prisma, 'T0000TEAMB');

    expect(await store.workspaces.disconnect(workspace('T0000TEAMA'), AT)).toEqual({
      installations: 1,
      schedules: 1,
    });
    expect(await store.workspaces.disconnect(workspace('T0000TEAMA'), new Date('2026-11-24'))).toEqual({
      installations: 0,
      schedules: 0,
    });

    const installations = await database.prisma.installation.findMany({ orderBy: { teamId: 'asc' } });
    expect(
      installations.map(({ teamId, botToken, installationJson, revokedAt }) => ({
        teamId,
        botToken,
        installationJson,
        revokedAt,
      })),
    ).toEqual([
      { teamId: 'T0000TEAMA', botToken: null, installationJson: null, revokedAt: AT },
      { teamId: 'T0000TEAMB', botToken: 'v1.sealed', installationJson: 'v1.sealed', revokedAt: null },
    ]);
    expect((await store.digestSchedules.get(teamA))?.enabled).toBe(false);
    expect((await store.digestSchedules.get(teamB))?.enabled).toBe(true);
    expect((await rowsOfTeam(database.prisma, teamA)).Lead).toBe(1);
  });

  it('counts what a purge would delete', async () => {
    await seedWorkspace(database.prisma, 'T0000TEAMA');
    const counts = await store.workspaces.countRows('T0000TEAMA');
    expect(counts).toMatchObject({ teams: 1, installations: 1 });
    expect(counts.rows).toMatchObject({
      leads: 1,
      deals: 1,
      events: 2,
      spends: 1,
      feedback: 1,
      icpNotes: 1,
      drafts: 1,
      changes: 1,
      digestRuns: 0,
    });
    expect(await store.workspaces.countRows('T0000NOBODY')).toEqual({ teams: 0, installations: 0, rows: {} });
  });

  it("purge deletes every row of the workspace and nothing of another's", async () => {
    const teamA = await seedWorkspace(database.prisma, 'T0000TEAMA');
    const teamB = await seedWorkspace(database.prisma, 'T0000TEAMB');
    const before = await rowsOfTeam(database.prisma, teamB);

    expect(await store.workspaces.purge('T0000TEAMA')).toEqual({ teams: 1, installations: 1 });

    expect(Object.values(await rowsOfTeam(database.prisma, teamA)).every((count) => count === 0)).toBe(true);
    expect(await database.prisma.team.count({ where: { slackTeamId: 'T0000TEAMA' } })).toBe(0);
    expect(await database.prisma.installation.count({ where: { teamId: 'T0000TEAMA' } })).toBe(0);
    expect(await rowsOfTeam(database.prisma, teamB)).toEqual(before);
    expect(await store.workspaces.purge('T0000TEAMA')).toEqual({ teams: 0, installations: 0 });
  });

  it('purges an Enterprise Grid org-wide installation by its enterprise id', async () => {
    await database.prisma.installation.create({
      data: {
        installationKey: 'enterprise:E0000GRID',
        enterpriseId: 'E0000GRID',
        isEnterpriseInstall: true,
        installerUserId: 'U0000ALICE',
        installedAt: AT,
      },
    });
    await seedWorkspace(database.prisma, 'T0000TEAMA');
    expect(await store.workspaces.countRows('E0000GRID')).toEqual({ teams: 0, installations: 1, rows: {} });
    expect(await store.workspaces.purge('E0000GRID')).toEqual({ teams: 0, installations: 1 });
    expect(await database.prisma.installation.count()).toBe(1);
  });

  it('relies on every team-owned table cascading from Team, so purge misses none', () => {
    const schema = readFileSync(join(__dirname, '../../prisma/models.prisma'), 'utf8');
    for (const model of teamOwnedModels()) {
      const body = new RegExp(`^model ${model} \\{([^}]*)\\}`, 'm').exec(schema)?.[1] ?? '';
      expect({
        model,
        cascades: /\bteam\s+Team\s+@relation\(fields: \[teamId\][^)]*onDelete: Cascade\)/.test(body),
      }).toEqual({
        model,
        cascades: true,
      });
    }
  });
});
