import type { FieldProblem, Parsed, ProblemReason } from '../../src/domain/inputError';
import { problemText } from '../../src/i18n/problemText';
import { createTranslator } from '../../src/i18n/translator';

const english = createTranslator('en');

/** A problem as an English reader sees it: tests assert on the words, not on catalog keys. */
export type EnglishProblem = { field: string; message: string; example?: string };

export function englishText(reason: ProblemReason): string {
  return problemText(english, reason);
}

export function inEnglish(problem: FieldProblem): EnglishProblem {
  const message = englishText(problem);
  return problem.example === undefined
    ? { field: problem.field, message }
    : { field: problem.field, message, example: problem.example };
}

/** A parse result with its problems in English; a success is returned as it is. */
export function withEnglishProblems<T>(
  parsed: Parsed<T>,
): { ok: true; value: T } | { ok: false; problems: EnglishProblem[] } {
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map(inEnglish) };
}

/** The English message of a problem that may be missing (`problems[1]`). */
export function messageOf(problem: FieldProblem | undefined): string | undefined {
  return problem === undefined ? undefined : englishText(problem);
}
