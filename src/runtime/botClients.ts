import { WebClient, type WebClientOptions } from '@slack/web-api';

/** The Slack workspace a piece of background work acts in (a Tandem team's `slackTeamId`). */
export type BotWorkspace = { slackTeamId: string };

/**
 * Web API clients for work no Slack request started (scheduled digests, their retries, reminders).
 * A listener uses its request's own `client`; background work asks for the team's workspace here.
 */
export type BotClients = {
  /** A client carrying Tandem's bot token in the workspace; null when Tandem is not installed there. */
  botClientFor(workspace: BotWorkspace): Promise<WebClient | null>;
};

/** What a digest run records when its workspace has no active installation (uninstalled, token revoked). */
export const NOT_INSTALLED = 'not_installed';

/** One workspace (SLACK_BOT_TOKEN): every team posts with the configured token. */
export function singleWorkspaceBotClients(client: WebClient): BotClients {
  return { botClientFor: async () => client };
}

/** Where installed workspaces' bot tokens come from (the installation store, decrypted per call). */
export type BotTokenSource = { botTokenOf(slackTeamId: string): Promise<string | null> };

/**
 * Many workspaces (OAuth): each workspace's client carries its own installation's token, read when
 * it is needed so an uninstall takes effect at once; nothing keeps tokens in memory between jobs.
 */
export function installedBotClients(tokens: BotTokenSource, options: WebClientOptions): BotClients {
  return {
    async botClientFor({ slackTeamId }) {
      const token = await tokens.botTokenOf(slackTeamId);
      return token === null ? null : new WebClient(token, options);
    },
  };
}

/** Looks a workspace's client up once, on first use, for a job that may turn out to have nothing to send. */
export function botClientOnDemand(
  clients: BotClients,
  workspace: BotWorkspace,
): () => Promise<WebClient | null> {
  let lookup: Promise<WebClient | null> | undefined;
  return () => (lookup ??= clients.botClientFor(workspace));
}
