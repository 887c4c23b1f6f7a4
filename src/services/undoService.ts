import type { Clock } from '../clock';
import type { Store } from '../store';
import type { UndoOutcome } from '../store/repos/undoStore';

/** Undo from a confirmation's button: the author, within 15 minutes, while nobody changed it since. */
export class UndoService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async undo(teamId: string, actorId: string, changeId: string): Promise<UndoOutcome> {
    return this.store.undo.undo(teamId, changeId, actorId, this.clock.now());
  }

  /** The change a lead confirmation's Undo button takes back: the lead's newest one. */
  async latestLeadChangeId(teamId: string, leadId: string): Promise<string | undefined> {
    return (await this.store.changes.latestFor(teamId, 'lead', leadId))?.id;
  }
}
