import type { Clock } from '../clock';
import type { Store } from '../store';
import type { InstallationRef } from '../store/repos/installationStore';

export type DisconnectOutcome = {
  /** Installations whose tokens were deleted now (0 when already deleted, or in single-workspace mode). */
  installations: number;
  /** Digest schedules turned off now. */
  schedules: number;
};

/**
 * A Slack workspace leaving: its tokens go at once and its digests stop, but its data stays until
 * an admin purges it (docs/SECURITY.md), so a mistaken uninstall loses nothing.
 */
export class WorkspaceService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  uninstalled(workspace: InstallationRef): Promise<DisconnectOutcome> {
    return this.store.workspaces.disconnect(workspace, this.clock.now());
  }

  /**
   * Tandem asks for no user scopes, so only a revoked bot token matters: without it Tandem can do
   * nothing in the workspace, which is the same as an uninstall. Revoked user tokens change nothing.
   */
  async tokensRevoked(
    workspace: InstallationRef,
    revoked: { botUserIds: string[] },
  ): Promise<DisconnectOutcome> {
    if (revoked.botUserIds.length === 0) return { installations: 0, schedules: 0 };
    return this.store.workspaces.disconnect(workspace, this.clock.now());
  }
}
