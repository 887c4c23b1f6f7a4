import damerauLevenshtein from 'damerau-levenshtein';
import type { QuickToken } from './quickText';

/**
 * The command word `typed` was probably meant to be: one slip away (a letter wrong, missing,
 * extra, or two swapped: "shwo", "lsit"), two for longer words ("qualfiy"). Exact words are
 * not near misses; undefined when nothing is that close.
 */
export function nearMissOf(typed: string, words: readonly string[]): string | undefined {
  const folded = typed.toLowerCase();
  if (folded.length < 3 || words.includes(folded)) return undefined;
  return words.find((word) => {
    const allowed = word.length > 5 ? 2 : 1;
    // Lengths further apart cannot be that close; this also keeps long text from costing time.
    if (Math.abs(folded.length - word.length) > allowed) return false;
    return damerauLevenshtein(folded, word).steps <= allowed;
  });
}

/**
 * The first word was one slip away from a command word (`shwo L-1`): ask before acting.
 * `suggestion` is the text with that word corrected, `literal` the text read as typed (the word
 * quoted, so it is taken as a name).
 */
export type DidYouMean = {
  kind: 'did_you_mean';
  typed: string;
  meant: string;
  suggestion: string;
  literal: string;
};

/** A word in quotes that cannot clash with the ones it holds. */
export function quoteWord(word: string): string {
  return word.includes('"') ? `«${word}»` : `"${word}"`;
}

/**
 * "Did you mean" for a command's text: its first word, unquoted, is a near miss of one of `verbs`
 * and what follows `fits` that verb (so "Lisa Software" is no near miss of list).
 */
export function verbNearMiss<Verb extends string>(
  text: string,
  tokens: readonly QuickToken[],
  verbs: readonly Verb[],
  fits: (verb: Verb, rest: QuickToken[]) => boolean,
): DidYouMean | undefined {
  const [first, ...rest] = tokens;
  if (first?.kind !== 'word' || first.quoted) return undefined;
  const meant = nearMissOf(first.value, verbs) as Verb | undefined;
  if (!meant || !fits(meant, rest)) return undefined;
  const after = text.trim().slice(first.value.length);
  return {
    kind: 'did_you_mean',
    typed: first.value,
    meant,
    suggestion: `${meant}${after}`,
    literal: `${quoteWord(first.value)}${after}`,
  };
}
