import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { EventTypes } from '../ids';
import { describeWorkspace, workspaceOf } from './workspaceOf';

/** Slack sends `tokens_revoked` when an admin revokes tokens; a revoked bot token ends the installation. */
export function registerTokensRevoked(app: App, deps: SlackDependencies): void {
  app.event(EventTypes.tokensRevoked, async ({ event, context }) => {
    const workspace = workspaceOf(context);
    const botUserIds = event.tokens.bot ?? [];
    const outcome = await deps.workspaces.tokensRevoked(workspace, { botUserIds });
    deps.logger.info(
      botUserIds.length === 0
        ? `user tokens revoked in ${describeWorkspace(workspace)}; Tandem stores none, nothing to delete`
        : `bot token revoked in ${describeWorkspace(workspace)}: tokens of ${outcome.installations} installation(s) deleted, ` +
            `${outcome.schedules} digest schedule(s) turned off; the data stays until npm run team:purge`,
    );
  });
}
