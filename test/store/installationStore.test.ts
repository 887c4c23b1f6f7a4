import type { Installation } from '@slack/bolt';
import { TokenCipher, TokenDecryptionError } from '../../src/security/tokenCipher';
import { InstallationNotFoundError, PrismaInstallationStore } from '../../src/store/repos/installationStore';
import { botTokenOf, newTokenKey, testOAuthConfig, workspaceInstallation } from '../support/installations';
import { createTestClock } from '../support/testClock';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase;
const clock = createTestClock('2026-11-23T10:00:00Z');

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await database.destroy();
});

const storeWith = (keys: string[]) =>
  new PrismaInstallationStore(database.prisma, new TokenCipher(testOAuthConfig(keys).tokenKeys), clock);

const workspace = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });

describe('PrismaInstallationStore', () => {
  it('round-trips an installation; the row holds ciphertexts, never the token', async () => {
    const store = storeWith([newTokenKey()]);
    const installation = workspaceInstallation('T0000TEAMA');
    await store.storeInstallation(installation);

    expect(await store.fetchInstallation(workspace('T0000TEAMA'))).toEqual(installation);
    const row = await database.prisma.installation.findUniqueOrThrow({
      where: { installationKey: 'team:T0000TEAMA' },
    });
    expect(row).toMatchObject({
      teamId: 'T0000TEAMA',
      enterpriseId: null,
      isEnterpriseInstall: false,
      botUserId: 'U0000TANDEM',
      botId: 'B0000TANDEM',
      botScopes: 'commands,chat:write,chat:write.public',
      installerUserId: 'U0000ALICE',
      installedAt: new Date('2026-11-23T10:00:00Z'),
      revokedAt: null,
    });
    expect(row.botToken).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain(botTokenOf('T0000TEAMA'));
    expect(JSON.stringify(row)).not.toContain('xoxb');
  });

  it('keeps workspaces apart and replaces an installation on re-install', async () => {
    const store = storeWith([newTokenKey()]);
    await store.storeInstallation(workspaceInstallation('T0000TEAMA'));
    await store.storeInstallation(workspaceInstallation('T0000TEAMB'));
    await store.storeInstallation(workspaceInstallation('T0000TEAMA', 'U0000BOB'));

    expect((await store.fetchInstallation(workspace('T0000TEAMA'))).user.id).toBe('U0000BOB');
    expect((await store.fetchInstallation(workspace('T0000TEAMB'))).bot?.token).toBe(
      botTokenOf('T0000TEAMB'),
    );
    expect(await database.prisma.installation.count()).toBe(2);
  });

  it('stores an Enterprise Grid org-wide install under the enterprise', async () => {
    const store = storeWith([newTokenKey()]);
    const orgInstall: Installation = {
      ...workspaceInstallation('T0000TEAMA'),
      team: undefined,
      enterprise: { id: 'E0000GRID', name: 'Grid' },
      isEnterpriseInstall: true,
    };
    await store.storeInstallation(orgInstall);
    const query = { teamId: undefined, enterpriseId: 'E0000GRID', isEnterpriseInstall: true };
    expect(await store.fetchInstallation(query)).toEqual(orgInstall);
    await expect(store.fetchInstallation(workspace('T0000TEAMA'))).rejects.toThrow(InstallationNotFoundError);
  });

  it('deletes the tokens but keeps the row when an installation is deleted; re-installing restores it', async () => {
    const store = storeWith([newTokenKey()]);
    await store.storeInstallation(workspaceInstallation('T0000TEAMA'));
    clock.advance(60_000);
    await store.deleteInstallation(workspace('T0000TEAMA'));

    await expect(store.fetchInstallation(workspace('T0000TEAMA'))).rejects.toThrow(
      'Tandem has no active installation for team:T0000TEAMA',
    );
    expect(
      await database.prisma.installation.findUniqueOrThrow({ where: { installationKey: 'team:T0000TEAMA' } }),
    ).toMatchObject({
      botToken: null,
      installationJson: null,
      revokedAt: new Date('2026-11-23T10:01:00Z'),
    });
    await store.storeInstallation(workspaceInstallation('T0000TEAMA'));
    expect((await store.fetchInstallation(workspace('T0000TEAMA'))).bot?.token).toBe(
      botTokenOf('T0000TEAMA'),
    );
  });

  it('refuses a row whose ciphertext was copied from another workspace', async () => {
    const store = storeWith([newTokenKey()]);
    await store.storeInstallation(workspaceInstallation('T0000TEAMA'));
    await store.storeInstallation(workspaceInstallation('T0000TEAMB'));
    const stolen = await database.prisma.installation.findUniqueOrThrow({
      where: { installationKey: 'team:T0000TEAMA' },
    });
    await database.prisma.installation.update({
      where: { installationKey: 'team:T0000TEAMB' },
      data: { installationJson: stolen.installationJson },
    });
    await expect(store.fetchInstallation(workspace('T0000TEAMB'))).rejects.toThrow(TokenDecryptionError);
  });

  it('re-encrypts every row with the new key; the old key can then be retired', async () => {
    const oldKey = newTokenKey();
    const newKey = newTokenKey();
    const before = storeWith([oldKey]);
    for (const teamId of ['T0000TEAMA', 'T0000TEAMB', 'T0000TEAMC'])
      await before.storeInstallation(workspaceInstallation(teamId));
    await before.deleteInstallation(workspace('T0000TEAMC'));

    await expect(storeWith([newKey]).fetchInstallation(workspace('T0000TEAMA'))).rejects.toThrow(
      /neither TOKEN_ENCRYPTION_KEY/,
    );
    const rotating = storeWith([newKey, oldKey]);
    expect(await rotating.reencryptAll(2)).toEqual({ checked: 3, resealed: 2 });
    expect(await rotating.reencryptAll()).toEqual({ checked: 3, resealed: 0 });

    const retired = storeWith([newKey]);
    expect((await retired.fetchInstallation(workspace('T0000TEAMA'))).bot?.token).toBe(
      botTokenOf('T0000TEAMA'),
    );
    expect((await retired.fetchInstallation(workspace('T0000TEAMB'))).bot?.token).toBe(
      botTokenOf('T0000TEAMB'),
    );
  });
});

describe('bot tokens for background work', () => {
  const orgInstallation = (enterpriseId: string): Installation<'v2', true> => ({
    ...workspaceInstallation('T0000TEAMA'),
    team: undefined,
    enterprise: { id: enterpriseId, name: 'Grid' },
    bot: { ...workspaceInstallation('T0000TEAMA').bot!, token: `xoxb-org-${enterpriseId}` },
    isEnterpriseInstall: true,
  });
  const teamIn = (slackTeamId: string) => database.prisma.team.create({ data: { slackTeamId } });

  it("gives a workspace its own installation's token, and none once it is uninstalled", async () => {
    const store = storeWith([newTokenKey()]);
    await store.storeInstallation(workspaceInstallation('T0000TEAMA'));
    await store.storeInstallation(workspaceInstallation('T0000TEAMB'));
    expect(await store.botTokenOf('T0000TEAMA')).toBe(botTokenOf('T0000TEAMA'));
    expect(await store.botTokenOf('T0000TEAMB')).toBe(botTokenOf('T0000TEAMB'));
    expect(await store.botTokenOf('T0000NEVER')).toBeNull();

    await store.deleteInstallation(workspace('T0000TEAMA'));
    expect(await store.botTokenOf('T0000TEAMA')).toBeNull();
    expect(await store.botTokenOf('T0000TEAMB')).toBe(botTokenOf('T0000TEAMB'));
  });

  it('gives a workspace of an Enterprise Grid org the org-wide token once a request linked it', async () => {
    const store = storeWith([newTokenKey()]);
    await store.storeInstallation(orgInstallation('E0000GRID'));
    await teamIn('T0000TEAMA');
    expect(await store.botTokenOf('T0000TEAMA')).toBeNull();

    await store.linkWorkspaceToEnterprise('T0000TEAMA', 'E0000GRID');
    expect(await store.botTokenOf('T0000TEAMA')).toBe('xoxb-org-E0000GRID');
    expect(await database.prisma.team.findMany({ select: { enterpriseId: true } })).toEqual([
      { enterpriseId: 'E0000GRID' },
    ]);

    // The workspace's own installation wins over the org's.
    await store.storeInstallation(workspaceInstallation('T0000TEAMA'));
    expect(await store.botTokenOf('T0000TEAMA')).toBe(botTokenOf('T0000TEAMA'));
  });
});
