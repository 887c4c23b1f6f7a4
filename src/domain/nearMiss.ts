import damerauLevenshtein from 'damerau-levenshtein';

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
    return damerauLevenshtein(folded, word).steps <= allowed;
  });
}
