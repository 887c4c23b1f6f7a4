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

/**
 * English catalog text that shows up in something rendered in another language: a message
 * that was never translated or a string literal that bypassed the catalog. Only pieces that
 * differ from the translation and have a word of four letters or more count, so names,
 * codes and numbers never trip it.
 */
export function untranslatedEnglish(rendered: unknown, language: Exclude<Language, 'en'>): string[] {
  const english = new Set<string>();
  for (const [key, message] of Object.entries(CATALOG.en)) {
    const translated = new Set(
      texts(CATALOG[language][key as keyof typeof CATALOG.en]).flatMap(literalPieces),
    );
    for (const piece of texts(message).flatMap(literalPieces)) if (!translated.has(piece)) english.add(piece);
  }
  const strings = renderedStrings(rendered);
  return [...english].filter((piece) => strings.some((text) => text.includes(piece)));
}

/** `{name}` placeholders left in rendered text: a parameter the builder forgot to pass. */
export function leftoverPlaceholders(rendered: unknown): string[] {
  return renderedStrings(rendered).flatMap((text) => text.match(/\{\w+\}/g) ?? []);
}
