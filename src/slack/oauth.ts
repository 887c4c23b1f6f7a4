import type { AppOptions, InstallationStore, Logger } from '@slack/bolt';
import type { OAuthConfig } from '../oauthConfig';
import type { PrismaInstallationStore } from '../store/repos/installationStore';

/** The bot scopes an installation grants; the same list as manifest.yml → oauth_config.scopes.bot. */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'files:read',
  'files:write',
  'im:history',
  'users:read',
  'users:read.email',
];

export const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/**
 * Logs each completed installation (who, where), never its tokens. A request through an org-wide
 * installation also tells which org its workspace is in, which background work needs to find the
 * org's token (see `PrismaInstallationStore.botTokenOf`).
 */
function loggingInstallations(store: PrismaInstallationStore, logger: Logger): InstallationStore {
  return {
    async storeInstallation(installation) {
      await store.storeInstallation(installation);
      const where = installation.isEnterpriseInstall
        ? `org ${installation.enterprise?.id ?? '?'}`
        : (installation.team?.id ?? '?');
      logger.info(`Tandem was installed in ${where} by ${installation.user.id}`);
    },
    async fetchInstallation(query) {
      const installation = await store.fetchInstallation(query);
      if (query.isEnterpriseInstall && query.teamId && query.enterpriseId) {
        await store.linkWorkspaceToEnterprise(query.teamId, query.enterpriseId).catch((error: unknown) => {
          logger.warn(`could not record that ${query.teamId} is in org ${query.enterpriseId}`, error);
        });
      }
      return installation;
    },
    deleteInstallation: (query) => store.deleteInstallation(query),
  };
}

/**
 * Bolt's installer for many workspaces: `GET /slack/install` shows the Add to Slack page (with a
 * signed, cookie-bound state), `GET /slack/oauth_redirect` exchanges the code for tokens through
 * oauth.v2.access and stores them encrypted; every request is then authorized from that store.
 */
export function oauthAppOptions(
  oauth: OAuthConfig,
  store: PrismaInstallationStore,
  logger: Logger,
): Pick<
  AppOptions,
  'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'installationStore' | 'installerOptions'
> {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: BOT_SCOPES,
    installationStore: loggingInstallations(store, logger),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      stateVerification: true,
    },
  };
}
