import type { RowValues } from '../domain/import/columnMapping';
import type { ImportVocabulary } from '../domain/import/valueMaps';
import type { Store } from '../store';
import type { ImportLookups, ImportTeam } from '../store/repos/importLookups';
import type { ImportWrites } from '../store/repos/importWrites';
import type { WriteProgress } from './importProgress';

/** One row of the file, its cells by column key. */
export type ImportRow = { line: number; values: RowValues };

export type KindInput = {
  team: ImportTeam;
  rows: readonly ImportRow[];
  actorId: string;
  now: Date;
  apply: boolean;
  vocabulary: ImportVocabulary;
  progress?: WriteProgress;
};

export type ImportStores = { store: Store; lookups: ImportLookups; writes: ImportWrites };
