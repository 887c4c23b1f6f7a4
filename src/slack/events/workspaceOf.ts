import type { Context } from '@slack/bolt';
import type { InstallationRef } from '../../store/repos/installationStore';

/** The installation an event belongs to, from Bolt's context (set even for events that skip authorize). */
export function workspaceOf(context: Context): InstallationRef {
  return {
    isEnterpriseInstall: context.isEnterpriseInstall,
    ...(context.teamId ? { teamId: context.teamId } : {}),
    ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
  };
}

/** How a log line names the workspace: `T123`, or `org E123` for an Enterprise Grid org install. */
export function describeWorkspace(workspace: InstallationRef): string {
  return workspace.isEnterpriseInstall ? `org ${workspace.enterpriseId ?? '?'}` : (workspace.teamId ?? '?');
}
