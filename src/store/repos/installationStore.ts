import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Clock } from '../../clock';
import type { TokenCipher } from '../../security/tokenCipher';
import type { PrismaDatabase } from '../db/database';

/** Which installation an event or request belongs to: a workspace, or an Enterprise Grid org. */
export type InstallationRef = { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean };

/** Rows re-sealed per round trip by `reencryptAll`. */
const REENCRYPT_BATCH = 100;

export class InstallationNotFoundError extends Error {
  constructor(key: string) {
    super(`Tandem has no active installation for ${key}: it was never installed there, or was uninstalled`);
    this.name = 'InstallationNotFoundError';
  }
}

/** `enterprise:<id>` for an org-wide install, else `team:<id>`: the unique key of an installation. */
export function installationKeyOf(ref: InstallationRef): string {
  if (ref.isEnterpriseInstall) {
    if (!ref.enterpriseId) throw new Error('an org-wide installation needs an enterprise id');
    return `enterprise:${ref.enterpriseId}`;
  }
  if (!ref.teamId) throw new Error('a workspace installation needs a team id');
  return `team:${ref.teamId}`;
}

// The associated data binds each ciphertext to its row and field.
const botTokenContext = (key: string) => `installation:${key}:bot_token`;
const installationContext = (key: string) => `installation:${key}:installation_json`;

/**
 * Bolt's installation store on Prisma. Tokens and the installation Slack granted are stored
 * encrypted; fetching decrypts them for one request and never caches them.
 */
export class PrismaInstallationStore implements InstallationStore {
  constructor(
    private readonly prisma: PrismaDatabase,
    private readonly cipher: TokenCipher,
    private readonly clock: Clock,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const isEnterpriseInstall = installation.isEnterpriseInstall === true;
    const ref: InstallationRef = {
      isEnterpriseInstall,
      ...(installation.team?.id ? { teamId: installation.team.id } : {}),
      ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
    };
    const key = installationKeyOf(ref);
    const { bot } = installation;
    const data = {
      teamId: ref.teamId ?? null,
      enterpriseId: ref.enterpriseId ?? null,
      isEnterpriseInstall,
      botToken: bot ? this.cipher.encrypt(bot.token, botTokenContext(key)) : null,
      botUserId: bot?.userId ?? null,
      botId: bot?.id ?? null,
      botScopes: (bot?.scopes ?? []).join(','),
      installerUserId: installation.user.id,
      installationJson: this.cipher.encrypt(JSON.stringify(installation), installationContext(key)),
      installedAt: this.clock.now(),
      revokedAt: null,
    };
    await this.prisma.installation.upsert({
      where: { installationKey: key },
      create: { installationKey: key, ...data },
      update: data,
    });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installationKeyOf(query);
    const row = await this.prisma.installation.findUnique({
      where: { installationKey: key },
      select: { installationJson: true },
    });
    if (!row?.installationJson) throw new InstallationNotFoundError(key);
    return JSON.parse(this.cipher.decrypt(row.installationJson, installationContext(key))) as Installation;
  }

  /**
   * The bot token for work no request started in a workspace: its own installation's, else the
   * org-wide one of the Enterprise Grid org its teams were seen in (`linkWorkspaceToEnterprise`);
   * null when neither is active (never installed, uninstalled or revoked).
   */
  async botTokenOf(slackTeamId: string): Promise<string | null> {
    const linked = await this.prisma.team.findFirst({
      where: { slackTeamId, enterpriseId: { not: null } },
      select: { enterpriseId: true },
    });
    const keys = [installationKeyOf({ teamId: slackTeamId, isEnterpriseInstall: false })];
    if (linked?.enterpriseId)
      keys.push(installationKeyOf({ enterpriseId: linked.enterpriseId, isEnterpriseInstall: true }));
    const rows = await this.prisma.installation.findMany({
      where: { installationKey: { in: keys }, botToken: { not: null } },
      select: { installationKey: true, botToken: true },
    });
    for (const key of keys) {
      const sealed = rows.find((row) => row.installationKey === key)?.botToken;
      if (sealed) return this.cipher.decrypt(sealed, botTokenContext(key));
    }
    return null;
  }

  /**
   * Notes that a workspace's teams belong to an Enterprise Grid org (learnt when a request of an
   * org-wide installation arrives), so background work finds the org's token; only rows that do not
   * say so yet are written.
   */
  async linkWorkspaceToEnterprise(slackTeamId: string, enterpriseId: string): Promise<void> {
    const where = { slackTeamId, OR: [{ enterpriseId: null }, { enterpriseId: { not: enterpriseId } }] };
    if ((await this.prisma.team.count({ where })) === 0) return;
    await this.prisma.team.updateMany({ where, data: { enterpriseId } });
  }

  /** Deletes the installation's tokens; the row stays (who installed, when) until the team is purged. */
  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.prisma.installation.updateMany({
      where: { installationKey: installationKeyOf(query) },
      data: { botToken: null, installationJson: null, revokedAt: this.clock.now() },
    });
  }

  /**
   * Re-seals every stored token with the current key (after TOKEN_ENCRYPTION_KEY changed and the
   * old key moved to TOKEN_ENCRYPTION_KEYS_OLD); rows already on the current key are left alone.
   */
  async reencryptAll(batchSize = REENCRYPT_BATCH): Promise<{ checked: number; resealed: number }> {
    let checked = 0;
    let resealed = 0;
    let after: string | undefined;
    for (;;) {
      const rows = await this.prisma.installation.findMany({
        where: after ? { id: { gt: after } } : {},
        orderBy: { id: 'asc' },
        take: batchSize,
        select: { id: true, installationKey: true, botToken: true, installationJson: true },
      });
      for (const row of rows) {
        checked += 1;
        const botToken = this.reseal(row.botToken, botTokenContext(row.installationKey));
        const installationJson = this.reseal(row.installationJson, installationContext(row.installationKey));
        if (botToken === row.botToken && installationJson === row.installationJson) continue;
        // The compare-and-set keeps a concurrent re-install's fresh tokens from being overwritten.
        const { count } = await this.prisma.installation.updateMany({
          where: { id: row.id, botToken: row.botToken, installationJson: row.installationJson },
          data: { botToken, installationJson },
        });
        resealed += count;
      }
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) return { checked, resealed };
      after = last.id;
    }
  }

  private reseal(sealed: string | null, context: string): string | null {
    if (sealed === null || this.cipher.isSealedWithCurrentKey(sealed)) return sealed;
    return this.cipher.encrypt(this.cipher.decrypt(sealed, context), context);
  }
}
