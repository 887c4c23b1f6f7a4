import type { Clock } from '../clock';
import { icpChangeBetween, type IcpSections, validateIcpSections } from '../domain/icp';
import type { FieldProblem } from '../domain/inputError';
import { VersionConflictError } from '../errors';
import type { Store } from '../store';
import type { IcpNoteRecord, IcpVersionRecord } from '../store/repos/icpStore';
import { computeIcpProfile, type IcpProfileReport } from './icpProfile';

export type SaveIcpOutcome =
  | { kind: 'saved'; version: IcpVersionRecord }
  | { kind: 'unchanged' }
  | { kind: 'conflict'; current: IcpVersionRecord | undefined }
  | { kind: 'invalid'; problems: FieldProblem[] };

/** Everything `/icp` shows: the written profile, the data beside it, and open notes. */
export type IcpOverview = IcpProfileReport & { notes: IcpNoteRecord[]; openNotes: number };

const NOTES_SHOWN = 5;

/** The written ICP (versioned edits), notes for the meeting, and the profile the data shows. */
export class IcpService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async current(teamId: string): Promise<IcpVersionRecord | undefined> {
    return this.store.icp.latest(teamId);
  }

  async overview(teamId: string): Promise<IcpOverview> {
    const [report, open] = await Promise.all([
      computeIcpProfile(this.store, teamId, this.clock.now()),
      this.store.icp.openNotes(teamId, NOTES_SHOWN),
    ]);
    return { ...report, notes: open.notes, openNotes: open.total };
  }

  /**
   * Saves the edited sections as the version after `baseVersion`, with what changed against it.
   * Refuses when someone saved a newer version meanwhile, so nobody overwrites an edit unseen.
   */
  async save(
    teamId: string,
    actorId: string,
    baseVersion: number,
    draft: IcpSections,
  ): Promise<SaveIcpOutcome> {
    const validated = validateIcpSections(draft);
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    const latest = await this.store.icp.latest(teamId);
    if ((latest?.version ?? 0) !== baseVersion) return { kind: 'conflict', current: latest };
    const change = icpChangeBetween(latest?.sections, validated.value);
    if (change === undefined) return { kind: 'unchanged' };
    try {
      const version = await this.store.icp.saveNext(
        teamId,
        baseVersion,
        validated.value,
        change,
        actorId,
        this.clock.now(),
      );
      return { kind: 'saved', version };
    } catch (error) {
      if (error instanceof VersionConflictError) {
        return { kind: 'conflict', current: error.current as IcpVersionRecord | undefined };
      }
      throw error;
    }
  }

  async history(teamId: string, limit: number): Promise<IcpVersionRecord[]> {
    return this.store.icp.history(teamId, limit);
  }

  /** Adds a dated observation for the next meeting; returns it with how many notes are open. */
  async addNote(
    teamId: string,
    actorId: string,
    text: string,
  ): Promise<{ note: IcpNoteRecord; openNotes: number }> {
    const note = await this.store.icp.addNote(teamId, text, actorId, this.clock.now());
    return { note, openNotes: await this.store.icp.openNoteCount(teamId) };
  }
}
