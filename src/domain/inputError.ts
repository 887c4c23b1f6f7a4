/** One problem with something a user typed: which field, what was expected, a correct example. */
export type FieldProblem = {
  field: string;
  message: string;
  example?: string;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function problem(field: string, message: string, example?: string): FieldProblem {
  return example === undefined ? { field, message } : { field, message, example };
}
