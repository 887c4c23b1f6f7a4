import type { KnownBlock } from '@slack/types';
import { countOutcomes, type ImportReport, type ReportLine } from '../../domain/import/importReport';
import { CRM_PRESETS } from '../../domain/import/presets';
import type { Translator } from '../../i18n/translator';
import { actions, button, context, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated, userMention } from '../../blockKit/text';
import { ActionIds } from '../../slack/ids';

/** Rejected (or failed) rows shown in a message; the counts give the rest. */
const ROWS_SHOWN = 10;
const ROW_TEXT_LIMIT = 280;

/** What the dry run was asked to assume, shown beside what it found. */
export type ImportAssumptions = { currency?: string; dates?: 'dmy' | 'mdy' };

function fileName(name: string): string {
  return `“${escapeTruncated(name, 120)}”`;
}

function message(blocks: KnownBlock[], text: string): SlackMessage {
  return { text, blocks };
}

function rowLines(t: Translator, lines: readonly ReportLine[]): string {
  return lines
    .slice(0, ROWS_SHOWN)
    .map(
      (line) =>
        `• ${t.t('imports.plan.row', {
          line: line.line,
          subject: escapeTruncated(
            [line.subject, ...line.details].filter((part) => part !== '').join(' — '),
            ROW_TEXT_LIMIT,
          ),
        })}`,
    )
    .join('\n');
}

function rowsBlock(
  t: Translator,
  title: 'imports.plan.rejected' | 'imports.result.failedRows',
  lines: ReportLine[],
) {
  if (lines.length === 0) return [];
  const heading = t.t(title, { shown: Math.min(lines.length, ROWS_SHOWN), total: lines.length });
  return [section(`${heading}\n${rowLines(t, lines)}`)];
}

function notesBlock(t: Translator, notes: readonly string[]): KnownBlock[] {
  if (notes.length === 0) return [];
  return [
    section(`${t.t('imports.plan.notes')}\n${notes.map((note) => `• ${escapeMrkdwn(note)}`).join('\n')}`),
  ];
}

function countParams(t: Translator, report: ImportReport) {
  const counts = countOutcomes(report.lines);
  return {
    create: t.number(counts.create),
    update: t.number(counts.update),
    unchanged: t.number(counts.unchanged),
    reject: t.number(counts.reject),
    failed: t.number(counts.failed),
  };
}

/**
 * The dry run as a message: what the file holds and was read as, the counts, the notes (sources
 * read as other, unknown owners…), the first rejected rows with their reasons, and Apply.
 */
export function buildImportPlanMessage(
  t: Translator,
  input: { fileName: string; report: ImportReport; assumptions: ImportAssumptions; importId?: string },
): SlackMessage {
  const { report, assumptions } = input;
  const title = t.t('imports.plan.title', { file: fileName(input.fileName) });
  const facts = [
    t.t('imports.plan.kind', { kind: t.t(`imports.kind.${report.kind}`) }),
    report.from
      ? t.t('imports.plan.from', { crm: CRM_PRESETS[report.from].label })
      : t.t('imports.plan.fromNone'),
    ...(assumptions.currency
      ? [t.t('imports.plan.currency', { currency: escapeMrkdwn(assumptions.currency) })]
      : []),
    ...(assumptions.dates ? [t.t(`imports.plan.dates.${assumptions.dates}`)] : []),
    t.t('imports.plan.columns', {
      columns: report.columns
        .map((column) => `\`${column.key}\` ← “${escapeMrkdwn(column.header)}”`)
        .join(', '),
    }),
  ];
  const counts = t.t('imports.plan.counts', countParams(t, report));
  const rejected = report.lines.filter((line) => line.outcome === 'reject');
  const blocks: KnownBlock[] = [
    section(title),
    section(facts.join('\n')),
    section(counts),
    ...notesBlock(t, report.notes),
    ...rowsBlock(t, 'imports.plan.rejected', rejected),
    ...(input.importId
      ? [
          context(t.t('imports.plan.applyHint')),
          actions(button(t.t('imports.plan.apply'), ActionIds.importApply, input.importId, 'primary')),
        ]
      : [context(t.t('imports.plan.nothing'))]),
  ];
  return message(blocks, `${title} ${counts}`);
}

/** The dry run's message while Apply writes: how far it has got. */
export function buildImportProgressMessage(
  t: Translator,
  name: string,
  progress?: { done: number; total: number },
): SlackMessage {
  const text = progress
    ? t.t('imports.progress', {
        file: fileName(name),
        done: t.number(progress.done),
        total: t.number(progress.total),
      })
    : t.t('imports.applying', { file: fileName(name) });
  return message([section(text)], text);
}

/** What Apply did: the counts as written, and the rows that could not be written with why. */
export function buildImportResultMessage(t: Translator, name: string, report: ImportReport): SlackMessage {
  const title = t.t('imports.result.title', { file: fileName(name) });
  const counts = t.t('imports.result.counts', countParams(t, report));
  const failed = report.lines.filter((line) => line.outcome === 'failed');
  const rejected = report.lines.filter((line) => line.outcome === 'reject');
  return message(
    [
      section(title),
      section(counts),
      ...notesBlock(t, report.notes),
      ...rowsBlock(t, 'imports.result.failedRows', failed),
      ...rowsBlock(t, 'imports.plan.rejected', rejected),
    ],
    `${title} ${counts}`,
  );
}

/** Apply stopped on an error: what was written stays consistent, and the user knows to try again. */
export function buildImportBrokenMessage(t: Translator, name: string): SlackMessage {
  const text = `:warning: ${t.t('imports.result.broken', { file: fileName(name) })}`;
  return message([section(text)], text);
}

/** Why a file could not be taken from Slack at all: not a CSV, too large, or not downloadable. */
export type ImportFileProblem =
  | { kind: 'notCsv'; type: string }
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'unreachable'; reason: string };

export function buildImportFileProblemMessage(
  t: Translator,
  name: string,
  problem: ImportFileProblem,
  limitBytes: number,
): SlackMessage {
  const file = escapeTruncated(name, 120);
  const megabytes = (bytes: number) => t.number(bytes / (1024 * 1024), 1);
  const text =
    problem.kind === 'notCsv'
      ? t.t('imports.file.notCsv', { file, type: escapeMrkdwn(problem.type) })
      : problem.kind === 'tooLarge'
        ? t.t('imports.file.tooLarge', { file, size: megabytes(problem.bytes), limit: megabytes(limitBytes) })
        : t.t('imports.file.unreachable', { file, reason: escapeMrkdwn(problem.reason) });
  return message([section(`:warning: ${text}`)], text);
}

/** The importer refused the file as a whole (no kind, no currency, unknown columns…), in its words. */
export function buildImportUnusableMessage(
  t: Translator,
  name: string,
  problems: readonly string[],
  fromDirectMessage: boolean,
): SlackMessage {
  const title = t.t('imports.file.unusable', { file: fileName(name) });
  const list = problems.map((problem) => `• ${escapeMrkdwn(problem)}`).join('\n');
  return message(
    [
      section(`:warning: ${title}\n${list}`),
      ...(fromDirectMessage ? [context(t.t('imports.file.tryForm'))] : []),
    ],
    title,
  );
}

export function buildImportTakenMessage(t: Translator): SlackMessage {
  const text = t.t('imports.apply.taken');
  return message([section(text)], text);
}

export function buildImportNotYoursMessage(t: Translator, userId: string): SlackMessage {
  const text = t.t('imports.apply.notYours', { user: userMention(userId) });
  return message([section(text)], text);
}
