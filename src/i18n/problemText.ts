import type { ProblemParam, ProblemReason } from '../domain/inputError';
import { CATALOG, type MessageKey } from './catalog';
import type { Translator } from './translator';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOG.en, key);
}

/** A field's name in the reader's language; a key the user invented (`colour:`) stays as typed. */
export function problemFieldName(t: Translator, field: string): string {
  const key = `problem.field.${field}`;
  return isMessageKey(key) ? t.t(key) : field;
}

// Numbers in problems are lengths, limits and years: written plain ("2001"), never grouped.
function paramText(t: Translator, value: ProblemParam): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('term' in value) return t.t(value.term);
  return t.money(value.minor, value.currency);
}

/** What is wrong, in the translator's language: "“12,5,0” mixes separators; …". */
export function problemText(t: Translator, problem: ProblemReason): string {
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [name, paramText(t, value)]),
  );
  return t.t(problem.code, params);
}
