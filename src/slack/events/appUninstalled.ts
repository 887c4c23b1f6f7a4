import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { EventTypes } from '../ids';
import { describeWorkspace, workspaceOf } from './workspaceOf';

/** Slack sends `app_uninstalled` once Tandem is removed: its tokens are already dead, so delete them. */
export function registerAppUninstalled(app: App, deps: SlackDependencies): void {
  app.event(EventTypes.appUninstalled, async ({ context }) => {
    const workspace = workspaceOf(context);
    const outcome = await deps.workspaces.uninstalled(workspace);
    deps.logger.info(
      `Tandem was uninstalled from ${describeWorkspace(workspace)}: tokens of ${outcome.installations} installation(s) deleted, ` +
        `${outcome.schedules} digest schedule(s) turned off; the data stays until npm run team:purge`,
    );
  });
}
