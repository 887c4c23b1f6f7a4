import type { MessageKey } from '../i18n/catalog';

/** A catalog key of src/i18n/catalog/problems*.ts: what is wrong, in words the Slack edge translates. */
export type ProblemCode = Extract<MessageKey, `problem.${string}`>;

/**
 * A value put into a problem's text. Plain strings (usually what was typed) and numbers go in as
 * they are; a `term` is catalog text (a field's label, a list of stage words) and `money` an amount,
 * both written in the reader's language when the problem is shown.
 */
export type ProblemParam =
  string | number | { readonly term: MessageKey } | { readonly minor: number; readonly currency: string };
export type ProblemParams = Readonly<Record<string, ProblemParam>>;

/** Why a value was refused, before it is known which field it was typed into. */
export type ProblemReason = { code: ProblemCode; params?: ProblemParams };

/** One problem with something a user typed: which field, what is wrong, a correct example. */
export type FieldProblem = ProblemReason & {
  field: string;
  example?: string;
};

/** A parse or validation result: the value, or every problem found (the importer reports its own kind). */
export type Parsed<T, Problem = FieldProblem> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function because(code: ProblemCode, params?: ProblemParams): ProblemReason {
  return params === undefined ? { code } : { code, params };
}

/** A problem of `field`: a code alone when the text needs no values, else a reason with its params. */
export function problem(field: string, why: ProblemCode | ProblemReason, example?: string): FieldProblem {
  const { code, params } = typeof why === 'string' ? { code: why, params: undefined } : why;
  return {
    field,
    code,
    ...(params === undefined ? {} : { params }),
    ...(example === undefined ? {} : { example }),
  };
}

/** A field's label as a problem parameter ("Company is 201 characters…"). */
export function term(key: MessageKey): { term: MessageKey } {
  return { term: key };
}
