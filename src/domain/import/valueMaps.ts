import type { Parsed } from '../inputError';
import { foldWord } from '../inputAliases';
import { parseStageName } from '../stageMove';
import type { Stage } from '../stages';
import { type ImportProblem, importProblem } from './importProblem';
import type { CrmPreset, DealStatus } from './presets';

/** How a file's stage, status and source values are read: a preset's names, then `--stages`/`--sources`. */
export type ImportVocabulary = {
  stage(text: string): Stage | undefined;
  status(text: string): DealStatus | undefined;
  /** The channel key a source names; undefined when it names none. */
  source(text: string): string | undefined;
  /** True when a source that names no channel is read as "other" (a preset's files), not refused. */
  unknownSourcesAsOther: boolean;
};

export type ChannelOption = { key: string; label: string };

const PAIR = /\s*(?:"([^"]*)"|([^=,]*?))\s*=\s*([^,]*?)\s*(?:,|$)/y;

/** `Contract Sent=offer,"Trade Show, Berlin"=events` → pairs of a CRM value and what it means here. */
function parsePairs(
  texts: readonly string[],
  flag: string,
  example: string,
): Parsed<[string, string][], ImportProblem> {
  const pairs: [string, string][] = [];
  const problems: ImportProblem[] = [];
  for (const text of texts) {
    PAIR.lastIndex = 0;
    while (PAIR.lastIndex < text.length) {
      const start = PAIR.lastIndex;
      const match = PAIR.exec(text);
      const from = (match?.[1] ?? match?.[2] ?? '').trim();
      if (!match || from === '' || !match[3]) {
        problems.push(importProblem(flag, `“${text.slice(start)}” is not CRM value=Tandem value`, example));
        break;
      }
      pairs.push([from, match[3]]);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: pairs };
}

const GENERIC_STATUSES: ReadonlyMap<string, DealStatus> = new Map([
  ['open', 'OPEN'],
  ['won', 'WON'],
  ['lost', 'LOST'],
]);

export const STAGES_EXAMPLE = '--stages "Contract Sent=offer,Demo=discovery"';
export const SOURCES_EXAMPLE = '--sources "Trade Show=events,Cold Call=outbound"';

/** The vocabulary of a file: `--stages` and `--sources` first, then the preset's names, then Tandem's own. */
export function buildVocabulary(
  options: { preset?: CrmPreset; stages: readonly string[]; sources: readonly string[] },
  channels: readonly ChannelOption[],
): Parsed<ImportVocabulary, ImportProblem> {
  const problems: ImportProblem[] = [];
  const stagePairs = parsePairs(options.stages, 'stages', STAGES_EXAMPLE);
  const sourcePairs = parsePairs(options.sources, 'sources', SOURCES_EXAMPLE);
  if (!stagePairs.ok) problems.push(...stagePairs.problems);
  if (!sourcePairs.ok) problems.push(...sourcePairs.problems);
  const channelOf = (text: string) => {
    const folded = foldWord(text).replace(/[\s-]+/g, '_');
    return channels.find((each) => each.key === folded || foldWord(each.label) === foldWord(text))?.key;
  };
  const stages = new Map<string, Stage>();
  for (const [from, to] of stagePairs.ok ? stagePairs.value : []) {
    const stage = parseStageName(to);
    if (stage) stages.set(foldWord(from), stage);
    else
      problems.push(importProblem('stages', `${from}=${to}: “${to}” is not a Tandem stage`, STAGES_EXAMPLE));
  }
  const sources = new Map<string, string>();
  for (const [from, to] of sourcePairs.ok ? sourcePairs.value : []) {
    const key = channelOf(to);
    if (key) sources.set(foldWord(from), key);
    else {
      const keys = channels.map((each) => each.key).join(', ');
      problems.push(
        importProblem(
          'sources',
          `${from}=${to}: “${to}” is not one of the team's channels (${keys})`,
          SOURCES_EXAMPLE,
        ),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const { preset } = options;
  const presetStages = new Map(
    Object.entries(preset?.stages ?? {}).map(([name, stage]) => [foldWord(name), stage]),
  );
  const presetStatuses = new Map(
    Object.entries(preset?.statuses ?? {}).map(([name, status]) => [foldWord(name), status]),
  );
  const presetSources = new Map(
    Object.entries(preset?.sources ?? {}).map(([name, key]) => [foldWord(name), key]),
  );
  return {
    ok: true,
    value: {
      stage: (text) =>
        stages.get(foldWord(text)) ??
        presetStages.get(foldWord(text)) ??
        parseStageName(text) ??
        parseStageName(text.trim().replace(/^closed[\s:_-]*/i, '')),
      status: (text) => presetStatuses.get(foldWord(text)) ?? GENERIC_STATUSES.get(foldWord(text)),
      source: (text) => {
        const key = sources.get(foldWord(text)) ?? presetSources.get(foldWord(text)) ?? channelOf(text);
        return key !== undefined && channels.some((each) => each.key === key) ? key : undefined;
      },
      unknownSourcesAsOther: preset !== undefined,
    },
  };
}
