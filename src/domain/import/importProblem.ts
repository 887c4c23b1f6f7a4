import { problemText } from '../../i18n/problemText';
import { createTranslator } from '../../i18n/translator';
import type { FieldProblem } from '../inputError';

/**
 * A problem with the import's options or one of its rows, in English: the importer is a
 * command-line tool for whoever runs the server, so it does not follow anyone's Slack language.
 */
export type ImportProblem = { field: string; message: string; example?: string };

export function importProblem(field: string, message: string, example?: string): ImportProblem {
  return example === undefined ? { field, message } : { field, message, example };
}

const ENGLISH = createTranslator('en');

/** A problem the shared validators found (the same as /lead, /deal, /spend), under the row's `column`. */
export function englishProblem(found: FieldProblem, column: string = found.field): ImportProblem {
  return importProblem(column, problemText(ENGLISH, found));
}
