import { untranslatedEnglish } from '../../support/languageChecks';

/**
 * What users type stays as it is in every language: commands, keys and their echoed text live in
 * code spans and code blocks; slash commands and :emoji: are names. Only the prose around them must
 * be in the reader's language.
 */
function prose(rendered: unknown): unknown {
  if (typeof rendered === 'string')
    return rendered
      .replace(/```[\s\S]*?```|`[^`]*`/g, '')
      .replace(/\/[a-z]+\b/g, '')
      .replace(/:[a-z0-9_+-]+:/g, '');
  if (Array.isArray(rendered)) return rendered.map(prose);
  if (rendered !== null && typeof rendered === 'object')
    return Object.fromEntries(Object.entries(rendered).map(([key, value]) => [key, prose(value)]));
  return rendered;
}

/** English words the language has borrowed: Polish sales teams say "lead" (leady, leadów) as HubSpot PL does. */
const LOANWORDS: Record<'pl' | 'ru', readonly string[]> = { pl: ['lead'], ru: [] };

/** English prose left in something rendered for `language`, what users type aside. */
export function englishIn(rendered: unknown, language: 'pl' | 'ru'): string[] {
  return untranslatedEnglish(prose(rendered), language).filter(
    (piece) => !LOANWORDS[language].includes(piece.replace(/[^\p{L}]/gu, '')),
  );
}
