import { z } from 'zod';
import type { Clock } from '../clock';
import { countOutcomes } from '../domain/import/importReport';
import { DAY_MONTH_ORDERS } from '../domain/import/importValues';
import { CRM_NAMES } from '../domain/import/presets';
import type { Store } from '../store';
import type { SlackImportRecord } from '../store/repos/slackImportStore';
import type { TeamRecord } from '../store/repos/teamStore';
import type { ImportProgress } from './importProgress';
import { type ImportResult, type ImportService, PROGRESS_EVERY } from './importService';

const importOptions = z.object({
  from: z.enum(CRM_NAMES).optional(),
  currency: z.string().optional(),
  dates: z.enum(DAY_MONTH_ORDERS).optional(),
});

/** What the form said about the file (nothing, for a file sent in a DM: the CRM is told from its headers). */
export type SlackImportOptions = z.infer<typeof importOptions>;

export type SlackImportFile = { id: string; name: string; bytes: Uint8Array };

/** Finds a CRM owner's Slack user by email (users.lookupByEmail). */
export type LookupUserByEmail = (email: string) => Promise<string | undefined>;

export type SlackImportRequest = {
  team: TeamRecord;
  userId: string;
  /** The direct message the report goes to. */
  channelId: string;
  file: SlackImportFile;
  options: SlackImportOptions;
  lookupUserByEmail: LookupUserByEmail;
};

/** A dry run's result and, when it has rows to write, the import Apply will claim. */
export type SlackDryRun = { result: ImportResult; planned?: SlackImportRecord };

/**
 * A CSV import asked for in Slack, on the same import engine as `npm run import`: a dry run kept as
 * a `SlackImport` row, then applied once (the row is claimed), with progress reported as it writes.
 */
export class SlackImportService {
  constructor(
    private readonly store: Store,
    private readonly imports: ImportService,
    private readonly clock: Clock,
    /** Rows between progress reports (PROGRESS_EVERY unless a test wants to see them on a small file). */
    private readonly progressEvery = PROGRESS_EVERY,
  ) {}

  async dryRun(request: SlackImportRequest): Promise<SlackDryRun> {
    const result = await this.imports.run(this.importRequest(request, false));
    if (!result.ok) return { result };
    const counts = countOutcomes(result.report.lines);
    if (counts.create + counts.update === 0) return { result };
    const planned = await this.store.slackImports.plan(
      {
        teamId: request.team.id,
        userId: request.userId,
        channelId: request.channelId,
        fileId: request.file.id,
        fileName: request.file.name,
        options: JSON.stringify(request.options),
      },
      this.clock.now(),
    );
    return { result, planned };
  }

  /** Remembers the dry run's message, which Apply then updates with its progress and result. */
  postedAs(id: string, messageTs: string): Promise<void> {
    return this.store.slackImports.postedAs(id, messageTs);
  }

  find(id: string): Promise<SlackImportRecord | undefined> {
    return this.store.slackImports.find(id);
  }

  /** True for the one click that gets to apply the import; false when it is applying or done. */
  claim(id: string): Promise<boolean> {
    return this.store.slackImports.claim(id, this.clock.now());
  }

  /** The options the dry run was made with (a row written by this version of Tandem always reads). */
  optionsOf(planned: SlackImportRecord): SlackImportOptions {
    const parsed = importOptions.safeParse(JSON.parse(planned.options));
    return parsed.success ? parsed.data : {};
  }

  /** A claimed import that could not start (its file is gone from Slack): it ends failed, unwritten. */
  async abandon(id: string): Promise<void> {
    await this.store.slackImports.finish(id, 'failed', this.clock.now());
  }

  /** Writes a claimed import, as its dry run planned it; its row ends applied, or failed on an error. */
  async apply(
    request: SlackImportRequest,
    planned: SlackImportRecord,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportResult> {
    try {
      const result = await this.imports.run({
        ...this.importRequest(request, true),
        onProgress,
        progressEvery: this.progressEvery,
      });
      await this.store.slackImports.finish(planned.id, result.ok ? 'applied' : 'failed', this.clock.now());
      return result;
    } catch (error) {
      await this.store.slackImports.finish(planned.id, 'failed', this.clock.now());
      throw error;
    }
  }

  private importRequest(request: SlackImportRequest, apply: boolean) {
    const { from, currency, dates } = request.options;
    return {
      bytes: request.file.bytes,
      slackTeamId: request.team.slackTeamId,
      teamName: request.team.name,
      ownerId: request.userId,
      columnMap: [],
      apply,
      lookupUserByEmail: request.lookupUserByEmail,
      ...(from ? { from } : { detectFrom: true }),
      ...(currency ? { currency } : {}),
      ...(dates ? { dates } : {}),
    };
  }
}
