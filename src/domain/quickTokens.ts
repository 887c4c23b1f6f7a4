import type { QuickToken } from './quickText';
import { currencyOfWord } from './money';

/**
 * Forgiving readings of quick-command tokens, applied after keys are made English: what a rep
 * types in a hurry is read as they meant it instead of refused.
 */

/**
 * A free-text pair last on the line takes the words after it (`note:met at the fair`), since
 * nothing else can follow it; a quoted value stays exactly what the quotes hold.
 */
export function withTrailingText(
  tokens: readonly QuickToken[],
  freeTextKeys: readonly string[],
): QuickToken[] {
  const lastPair = tokens.findLastIndex((token) => token.kind === 'pair');
  const pair = tokens[lastPair];
  const after = tokens.slice(lastPair + 1);
  if (pair?.kind !== 'pair' || pair.quoted || !freeTextKeys.includes(pair.key) || after.length === 0) {
    return [...tokens];
  }
  const words = after.map((token) => token.value);
  return [...tokens.slice(0, lastPair), { ...pair, value: [pair.value, ...words].join(' ').trim() }];
}

const FIRST_GROUP = /^\d{1,3}$/;
const NEXT_GROUP = /^\d{3}([.,]\d{1,3})?$/;

/**
 * An amount typed with spaces between its thousands (`value:8 000`, `value:8 000 zł`) is one
 * amount: the digit groups after the pair join its value, and a currency word or symbol right
 * after it becomes `currency:` unless one is given.
 */
export function withSpacedAmounts(tokens: readonly QuickToken[], amountKey: string): QuickToken[] {
  const result: QuickToken[] = [];
  const hasCurrency = tokens.some((token) => token.kind === 'pair' && token.key === 'currency');
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.kind !== 'pair' || token.key !== amountKey || token.quoted) {
      result.push(token);
      continue;
    }
    let value = token.value;
    let next = tokens[index + 1];
    while (
      FIRST_GROUP.test(value.split(' ')[0] ?? '') &&
      next?.kind === 'word' &&
      NEXT_GROUP.test(next.value)
    ) {
      value = `${value} ${next.value}`;
      index++;
      next = tokens[index + 1];
    }
    result.push({ ...token, value });
    const currency = next?.kind === 'word' && !next.quoted ? currencyOfWord(next.value) : undefined;
    if (currency && !hasCurrency) {
      result.push({ kind: 'pair', key: 'currency', rawKey: 'currency', value: currency });
      index++;
    }
  }
  return result;
}
