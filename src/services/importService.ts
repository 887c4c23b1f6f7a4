import type { Clock } from '../clock';
import { mapColumns, missingColumns, parseColumnMap, rowValues } from '../domain/import/columnMapping';
import { readCsv } from '../domain/import/csvFile';
import { parseSlackUserId } from '../domain/import/dealRows';
import { COLUMNS_OF_KIND, IMPORT_KINDS, type ImportKind } from '../domain/import/importColumns';
import type { DayMonthOrder } from '../domain/import/importValues';
import { CRM_PRESETS, type CrmName } from '../domain/import/presets';
import { detectCrm } from '../domain/import/presets/crmDetection';
import { prepareRows } from '../domain/import/rowPreparation';
import { buildVocabulary } from '../domain/import/valueMaps';
import { type ImportProgress, WriteProgress } from './importProgress';
import { fileCurrency, guessKind, resolveOwners, withExample } from './importPreparation';
import {
  type ImportReport,
  type ReportLine,
  reportLineOf,
  unreadableLine,
} from '../domain/import/importReport';
import type { Store } from '../store';
import type { ImportLookups, ImportTeam } from '../store/repos/importLookups';
import type { ImportWrites } from '../store/repos/importWrites';
import {
  importDeals,
  importLeads,
  importSpend,
  type ImportStores,
  type KindInput,
  type KindOutcome,
} from './importKinds';

export type ImportRequest = {
  /** What the file holds; told from its columns when left out. */
  kind?: ImportKind;
  /** `--from`: the CRM the file was exported from, whose headers, stages and sources it reads. */
  from?: CrmName;
  /** Without `from`, read the file as the CRM its headers look like (a file sent in Slack, with no form). */
  detectFrom?: boolean;
  /** `--stages` and `--sources`: CRM value=Tandem value pairs. */
  stages?: readonly string[];
  sources?: readonly string[];
  /** `--owners`: CRM owner name or email=Slack user id pairs. */
  owners?: readonly string[];
  /** `--currency`: the currency of a file's amounts when it has no currency column. */
  currency?: string;
  /** `--dates`: how slashed dates are written, when the file does not show it. */
  dates?: DayMonthOrder;
  /** Told how far the writes have got, every `progressEvery` rows (5,000 by default) and at the end. */
  onProgress?: (progress: ImportProgress) => void;
  progressEvery?: number;
  /** Finds the Slack user of a CRM owner's email (Slack's users.lookupByEmail); left out on the command line. */
  lookupUserByEmail?: (email: string) => Promise<string | undefined>;
  /** The file as read from disk; decoded with `encoding` (UTF-8 by default). */
  bytes: Uint8Array;
  /** The Slack workspace id; may be left out when the database holds one team. */
  slackTeamId?: string;
  /** The Tandem team's name (`/tandem team`), needed when the workspace holds several teams. */
  teamName?: string;
  /** The Slack user the import is recorded as; by default whoever installed Tandem. */
  ownerId?: string;
  /** `--map` values: key=Header pairs. */
  columnMap: readonly string[];
  encoding?: string;
  delimiter?: string;
  /** False for a dry run. */
  apply: boolean;
};

/** Rows between progress reports: a line on the command line, an updated message in Slack. */
export const PROGRESS_EVERY = 5_000;

/** A report, or why the file could not be imported at all (nothing was written). */
export type ImportResult =
  { ok: true; report: ImportReport; team: ImportTeam } | { ok: false; problems: string[] };

const KIND_RUNS: Record<ImportKind, (stores: ImportStores, input: KindInput) => Promise<KindOutcome>> = {
  leads: importLeads,
  deals: importDeals,
  spend: importSpend,
};

/**
 * Imports a CRM export: reads the CSV, maps its headers, validates each row with the same domain
 * rules as the Slack commands, matches rows to stored records, and (with `apply`) writes the creates
 * and updates. Unreadable or invalid rows are reported with their line and never stop the others.
 */
export class ImportService {
  private readonly stores: ImportStores;

  constructor(
    store: Store,
    lookups: ImportLookups,
    writes: ImportWrites,
    private readonly clock: Clock,
  ) {
    this.stores = { store, lookups, writes };
  }

  async run(request: ImportRequest): Promise<ImportResult> {
    const read = readCsv(request.bytes, {
      ...(request.encoding ? { encoding: request.encoding } : {}),
      ...(request.delimiter ? { delimiter: request.delimiter } : {}),
    });
    if (!read.ok) return { ok: false, problems: [read.message] };
    const { table } = read;
    const from = request.from ?? (request.detectFrom ? detectCrm(table.headers, CRM_PRESETS) : undefined);
    const preset = from ? CRM_PRESETS[from] : undefined;
    const kind = request.kind ?? guessKind(table.headers, preset);
    if (!kind) {
      return {
        ok: false,
        problems: [
          `cannot tell from its columns whether the file holds ${IMPORT_KINDS.join(', ')}; add --kind ${IMPORT_KINDS.join('|')}`,
        ],
      };
    }
    const columns = COLUMNS_OF_KIND[kind];
    const overrides = parseColumnMap(request.columnMap, columns);
    if (!overrides.ok) return { ok: false, problems: overrides.problems.map((each) => each.message) };
    const mapping = mapColumns(table.headers, columns, overrides.value, preset?.headers);
    if (!mapping.ok)
      return { ok: false, problems: mapping.problems.map((each) => `${each.message} (${each.example})`) };
    const missing = missingColumns(kind, mapping.value);
    if (missing.length > 0) {
      return {
        ok: false,
        problems: missing.map((each) => `The file has no ${each.message} column; add ${each.example}`),
      };
    }
    const team = await this.team(request.slackTeamId, request.teamName);
    if (!team.ok) return { ok: false, problems: [team.message] };
    const actor = await this.actor(team.value, request.ownerId);
    if (!actor.ok) return { ok: false, problems: [actor.message] };

    const channels = await this.stores.store.teams.options(team.value.id, 'channel');
    const vocabulary = buildVocabulary(
      { ...(preset ? { preset } : {}), stages: request.stages ?? [], sources: request.sources ?? [] },
      channels,
    );
    if (!vocabulary.ok) return { ok: false, problems: vocabulary.problems.map(withExample) };
    const valueRows = table.rows.map((row) => ({
      line: row.line,
      values: rowValues(row.cells, mapping.value),
    }));
    const ownerIds = await resolveOwners(valueRows, request.owners ?? [], request.lookupUserByEmail);
    if (!ownerIds.ok) return { ok: false, problems: ownerIds.problems.map(withExample) };
    const dates = request.dates ?? preset?.dateOrder;
    const prepared = prepareRows(kind, valueRows, {
      vocabulary: vocabulary.value,
      ownerIds: ownerIds.value,
      ...(dates ? { dateOrder: dates } : {}),
    });
    if (!prepared.ok) return { ok: false, problems: prepared.problems.map(withExample) };
    const currency = fileCurrency(
      kind,
      prepared.value.rows,
      mapping.value.indexes.has('currency'),
      request.currency,
    );
    if (!currency.ok) return { ok: false, problems: currency.problems.map(withExample) };

    const outcome = await KIND_RUNS[kind](this.stores, {
      team: team.value,
      rows: currency.value,
      actorId: actor.value,
      now: this.clock.now(),
      apply: request.apply,
      vocabulary: vocabulary.value,
      ...(request.onProgress
        ? { progress: new WriteProgress(request.onProgress, request.progressEvery ?? PROGRESS_EVERY) }
        : {}),
    });
    const results = new Map(outcome.results.map((result) => [result.line, result]));
    const lines: ReportLine[] = [
      ...table.problems.map(unreadableLine),
      ...outcome.plan.map((planned): ReportLine => {
        const line = reportLineOf(planned, mapping.value, columns);
        const result = results.get(planned.line);
        if (!result) return line;
        return result.written
          ? { ...line, subject: result.subject ?? line.subject }
          : { ...line, outcome: 'failed', details: [result.reason] };
      }),
    ].sort((a, b) => a.line - b.line);
    const footer =
      table.footerLines > 0
        ? [
            `${table.footerLines} ${table.footerLines === 1 ? 'line' : 'lines'} below the table (a report footer) skipped`,
          ]
        : [];
    return {
      ok: true,
      team: team.value,
      report: {
        kind,
        ...(from ? { from } : {}),
        applied: request.apply,
        columns: mapping.value.used,
        ignoredHeaders: mapping.value.ignored,
        notes: [...prepared.value.notes, ...(outcome.notes ?? []), ...footer],
        lines,
      },
    };
  }

  /** The team named by its Slack id, or the only one in the database; otherwise what to pass instead. */
  private async team(slackTeamId: string | undefined, teamName?: string): Promise<Resolved<ImportTeam>> {
    const [team, other] = await this.stores.lookups.teams(slackTeamId, teamName);
    if (teamName && !team) {
      return refused(
        `the database has no Tandem team called “${teamName}”${slackTeamId ? ` in ${slackTeamId}` : ''}`,
      );
    }
    if (slackTeamId && !team) {
      return refused(
        `the database has no workspace ${slackTeamId}; Tandem adds it when someone there first uses it`,
      );
    }
    if (!team) return refused('the database has no workspace yet; use Tandem in Slack once, then import');
    if (other && other.slackTeamId === team.slackTeamId)
      return refused(
        `workspace ${team.slackTeamId} has several Tandem teams; say which with --team-name <its name in /tandem team>`,
      );
    if (other)
      return refused(
        'the database holds several workspaces; say which with --team <Slack team id, e.g. T0123ABCD>',
      );
    return { ok: true, value: team };
  }

  /** The Slack user the import is recorded as: `--owner`, else whoever installed Tandem in the workspace. */
  private async actor(team: ImportTeam, ownerText: string | undefined): Promise<Resolved<string>> {
    if (ownerText !== undefined) {
      const userId = parseSlackUserId(ownerText.trim());
      return userId
        ? { ok: true, value: userId }
        : refused(`--owner “${ownerText}” is not a Slack user id; write it as U0123ABCD`);
    }
    const installer = await this.stores.lookups.installerOf(team.slackTeamId);
    if (installer) return { ok: true, value: installer };
    return refused(
      'pass --owner <Slack user id, e.g. U0123ABCD>: the import is recorded as created by that user, who also owns rows without an owner column',
    );
  }
}

type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

function refused(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
