import type { AppOptions, InstallationStore, Logger } from '@slack/bolt';
import type { Clock } from '../clock';
import type { OAuthConfig } from '../oauthConfig';
import { TokenCipher } from '../security/tokenCipher';
import type { Database } from '../store/database';
import { PrismaInstallationStore } from '../store/installationStore';

/** The bot scopes an installation grants; the same list as manifest.yml → oauth_config.scopes.bot. */
export const BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'files:write', 'users:read'];

export const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/** Logs each completed installation (who, where), never its tokens. */
function loggingInstallations(store: PrismaInstallationStore, logger: Logger): InstallationStore {
  return {
    async storeInstallation(installation) {
      await store.storeInstallation(installation);
      const where = installation.isEnterpriseInstall
        ? `org ${installation.enterprise?.id ?? '?'}`
        : (installation.team?.id ?? '?');
      logger.info(`Tandem was installed in ${where} by ${installation.user.id}`);
    },
    fetchInstallation: (query) => store.fetchInstallation(query),
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
  deps: { database: Database; clock: Clock; logger: Logger },
): Pick<
  AppOptions,
  'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'installationStore' | 'installerOptions'
> {
  const store = new PrismaInstallationStore(
    deps.database.prisma,
    new TokenCipher(oauth.tokenKeys),
    deps.clock,
  );
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: BOT_SCOPES,
    installationStore: loggingInstallations(store, deps.logger),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      stateVerification: true,
    },
  };
}
