import { CATALOG } from '../../src/i18n/catalog';
import type { Language } from '../../src/i18n/locales';
import type { Message } from '../../src/i18n/message';

function texts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/** The literal pieces of a message around its placeholders ("{count} leads" → ["leads"]). */
function literalPieces(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((piece) => piece.trim())
    .filter((piece) => /\p{L}{4,}/u.test(piece));
}

/** Every string inside a rendered Slack payload (blocks, views, chart configs), depth first. */
export function renderedStrings(rendered: unknown): string[] {
  if (typeof rendered === 'string') return [rendered];
  if (Array.isArray(rendered)) return rendered.flatMap(renderedStrings);
  if (rendered !== null && typeof rendered === 'object')
    return Object.entries(rendered)
      .filter(([key]) => !/(_id|_ts|^ts|^id|url|^value|^type|^style|^metadata|private_metadata)$/.test(key))
      .flatMap(([, value]) => renderedStrings(value));
  return [];
}

/** Every word the language's own catalog uses: loanwords such as Polish "lead" or "Segment" are its words too. */
function catalogWords(language: Language): Set<string> {
  return new Set(
    Object.values(CATALOG[language])
      .flatMap(texts)
      .flatMap((text) => text.match(/\p{L}+/gu) ?? []),
  );
}

/** A one-word piece, punctuation aside ("lead,"), that the language's own catalog uses as a word. */
function isOwnWord(piece: string, ownWords: Set<string>): boolean {
  const words = piece.match(/\p{L}+/gu) ?? [];
  return words.length === 1 && ownWords.has(words[0] ?? '');
}

/**
 * English catalog text that shows up in something rendered in another language: a message
 * that was never translated or a string literal that bypassed the catalog. Only pieces that
 * differ from the translation and have a word of four letters or more count, so names,
 * codes and numbers never trip it; a one-word piece the language's own catalog uses as a word
 * (a loanword) does not count either.
 */
export function untranslatedEnglish(rendered: unknown, language: Exclude<Language, 'en'>): string[] {
  const english = new Set<string>();
  const ownWords = catalogWords(language);
  for (const [key, message] of Object.entries(CATALOG.en)) {
    const translated = new Set(
      texts(CATALOG[language][key as keyof typeof CATALOG.en]).flatMap(literalPieces),
    );
    for (const piece of texts(message).flatMap(literalPieces))
      if (!translated.has(piece) && !isOwnWord(piece, ownWords)) english.add(piece);
  }
  // Emoji codes (":no_entry_sign:") are Slack's names for pictures, not text anyone reads.
  const strings = renderedStrings(rendered).map((text) => text.replace(/:[a-z0-9_+-]+:/g, ' '));
  return [...english].filter((piece) => strings.some((text) => containsWords(text, piece)));
}

/** Whether `piece` is in `text` as whole words: "Neutral" is not in "Neutralne", nor "admin" in "administrator". */
function containsWords(text: string, piece: string): boolean {
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + piece.length);
    if (!/\p{L}$/u.test(before) && !/^\p{L}/u.test(after)) return true;
  }
  return false;
}

/** `{name}` placeholders left in rendered text: a parameter the builder forgot to pass. */
export function leftoverPlaceholders(rendered: unknown): string[] {
  return renderedStrings(rendered).flatMap((text) => text.match(/\{\w+\}/g) ?? []);
}
