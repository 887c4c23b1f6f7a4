import { type ProblemReason, because } from './inputError';
import { stripControlCharacters } from './text';

/**
 * Tokenizer for the quick-command grammar shared by /lead, /deal, /spend and /feedback:
 * positional words, `key:value` pairs, and double-quoted values with spaces. Slack turns
 * straight quotes into typographic ones on many keyboards, so “…”, „…” and «…» quote too.
 * Apostrophes never quote, so company names like O'Reilly survive.
 */
export type QuickToken =
  | { kind: 'word'; value: string; quoted?: true }
  | { kind: 'pair'; key: string; value: string; rawKey: string; quoted?: true };

export type TokenizeResult = { ok: true; tokens: QuickToken[] } | { ok: false; reason: ProblemReason };

const OPENING_QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '”', '«': '»', '”': '”' };
const CLOSING_QUOTES = new Set(['"', '”', '“', '»']);
const KEY_PATTERN = /^([\p{L}_][\p{L}\p{N}_-]*):(?!\/\/)/u;

/**
 * The command's text as the user typed it, for echoing back so it can be resent: mentions and
 * channels become `@name` / `#name` again (Slack sends `<@U…|name>`), links their text.
 */
export function typedText(rawText: string): string {
  return rawText
    .replace(/<@[UW][A-Z0-9]+\|([^>]+)>/g, '@$1')
    .replace(/<#[CG][A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1')
    .replace(/<mailto:([^|>]+)>/g, '$1')
    .replace(/<(https?:\/\/[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:\/\/[^|>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Undoes Slack's escaping of slash-command text: links and mailto become their label; mentions stay. */
export function unescapeSlackText(text: string): string {
  return stripControlCharacters(text)
    .replace(/<mailto:[^|>]+\|([^>]+)>/g, '$1')
    .replace(/<mailto:([^|>]+)>/g, '$1')
    .replace(/<(https?:\/\/[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:\/\/[^|>]+)>/g, '$1')
    .replace(/<@([UW][A-Z0-9]+)(\|[^>]*)?>/g, '<@$1>')
    .replace(/<#([CG][A-Z0-9]+)(\|[^>]*)?>/g, '<#$1>')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u2000-\u200b]/g, ' ');
}

function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  const opening = text[start] ?? '';
  const closing = OPENING_QUOTES[opening];
  if (!closing) return undefined;
  for (let index = start + 1; index < text.length; index++) {
    const character = text[index] ?? '';
    if (character === closing || (closing === '”' && CLOSING_QUOTES.has(character))) {
      return { value: text.slice(start + 1, index), end: index + 1 };
    }
  }
  return { value: '', end: -1 };
}

function readBare(text: string, start: number): { value: string; end: number } {
  let end = start;
  while (end < text.length && !/\s/.test(text[end] ?? '')) end++;
  return { value: text.slice(start, end), end };
}

export function tokenizeQuickText(rawText: string): TokenizeResult {
  const text = unescapeSlackText(rawText);
  const tokens: QuickToken[] = [];
  let index = 0;
  while (index < text.length) {
    if (/\s/.test(text[index] ?? '')) {
      index++;
      continue;
    }
    const keyMatch = KEY_PATTERN.exec(text.slice(index));
    const valueStart = keyMatch ? index + keyMatch[0].length : index;
    const quoted = readQuoted(text, valueStart);
    if (quoted && quoted.end === -1) {
      return {
        ok: false,
        reason: because('problem.quoteNotClosed', { start: text.slice(valueStart, valueStart + 20) }),
      };
    }
    const piece = quoted ?? readBare(text, valueStart);
    if (keyMatch?.[1]) {
      tokens.push({
        kind: 'pair',
        key: keyMatch[1].toLowerCase(),
        rawKey: keyMatch[1],
        value: piece.value.trim(),
        ...(quoted ? { quoted: true as const } : {}),
      });
    } else {
      tokens.push({ kind: 'word', value: piece.value, ...(quoted ? { quoted: true as const } : {}) });
    }
    index = piece.end;
  }
  return { ok: true, tokens };
}
