import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TokenCipher } from '../../src/security/tokenCipher';
import { createStore } from '../../src/store';
import { PrismaInstallationStore } from '../../src/store/repos/installationStore';
import { botTokenOf, newTokenKey, testOAuthConfig, workspaceInstallation } from '../support/installations';
import { seedLead } from '../support/pipelineSeed';
import { createTestClock } from '../support/testClock';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

/** The admin commands as an operator runs them: `npm run team:purge` and `npm run tokens:rotate`. */
const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

async function runScript(
  script: string,
  args: string[],
  environment: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts', script), ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', ...environment },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let database: TestDatabase;
const clock = createTestClock();

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await database.destroy();
});

describe('npm run team:purge', () => {
  async function seedWorkspace(slackTeamId: string): Promise<string> {
    const team = await createStore(database).teams.ensure(slackTeamId);
    await seedLead(database.prisma, team.id, {
      company: `Client of ${slackTeamId}`,
      createdAt: '2026-11-02',
    });
    return team.id;
  }

  it('shows what it would delete and deletes nothing without --yes', async () => {
    await seedWorkspace('T0000TEAMA');
    const result = await runScript('purgeTeam.ts', ['T0000TEAMA'], { DATABASE_URL: database.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Workspace T0000TEAMA in .*: 1 team\(s\), 0 installation\(s\); rows: .*leads 1/,
    );
    expect(result.stdout).toContain(
      'Nothing was deleted. To delete all of it for good, run: npm run team:purge -- T0000TEAMA --yes',
    );
    expect(await database.prisma.lead.count()).toBe(1);
  });

  it("deletes the workspace's rows with --yes and leaves other workspaces alone", async () => {
    await seedWorkspace('T0000TEAMA');
    const teamB = await seedWorkspace('T0000TEAMB');
    const result = await runScript('purgeTeam.ts', ['T0000TEAMA', '--yes'], { DATABASE_URL: database.url });
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(
        'Purged workspace T0000TEAMA: 1 team(s) with all their rows, 0 installation(s).',
      ),
    });
    expect(await database.prisma.lead.findMany({ select: { teamId: true } })).toEqual([{ teamId: teamB }]);
  });

  it.each([[[]], [['acme']], [['T0000TEAMA', 'T0000TEAMB']]])(
    'explains its usage when given %j',
    async (args) => {
      const result = await runScript('purgeTeam.ts', args, { DATABASE_URL: database.url });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('usage: npm run team:purge -- <slack team id, e.g. T0123ABCD> [--yes]');
    },
  );
});

describe('npm run tokens:rotate', () => {
  it('re-encrypts stored tokens with the new key, so the old one can be dropped', async () => {
    const oldKey = newTokenKey();
    const newKey = newTokenKey();
    await new PrismaInstallationStore(
      database.prisma,
      new TokenCipher(testOAuthConfig([oldKey]).tokenKeys),
      clock,
    ).storeInstallation(workspaceInstallation('T0000TEAMA'));

    const result = await runScript('rotateTokens.ts', [], {
      DATABASE_URL: database.url,
      TOKEN_ENCRYPTION_KEY: newKey,
      TOKEN_ENCRYPTION_KEYS_OLD: oldKey,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /1 installation\(s\) checked, 1 re-encrypted with key [0-9a-f]{16}; 0 left on old keys\./,
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain(newKey);

    const withNewKeyOnly = new PrismaInstallationStore(
      database.prisma,
      new TokenCipher(testOAuthConfig([newKey]).tokenKeys),
      clock,
    );
    const installation = await withNewKeyOnly.fetchInstallation({
      teamId: 'T0000TEAMA',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(installation.bot?.token).toBe(botTokenOf('T0000TEAMA'));
  });

  it('says which key variable is wrong', async () => {
    const result = await runScript('rotateTokens.ts', [], {
      DATABASE_URL: database.url,
      TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '- TOKEN_ENCRYPTION_KEY must be base64 of exactly 32 bytes (it decodes to 5)',
    );
  });
});
