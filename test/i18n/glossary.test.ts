import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../src/i18n/catalog';
import type { Message } from '../../src/i18n/message';

/** One row of docs/GLOSSARY.md: a concept's term in each language and the wordings it replaces. */
type Term = { concept: string; en: string; pl: string; ru: string; notPl: string[]; notRu: string[] };

function glossary(): Term[] {
  const text = readFileSync(join(__dirname, '../../docs/GLOSSARY.md'), 'utf8');
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  const variants = (cell: string) =>
    cell
      .split(';')
      .map((each) => each.trim())
      .filter((each) => each !== '');
  return rows.slice(2).map((row) => {
    const [concept = '', en = '', pl = '', ru = '', notPl = '', notRu = ''] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    return { concept, en, pl, ru, notPl: variants(notPl), notRu: variants(notRu) };
  });
}

function texts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/** `wording` at the start of a word of `text`, in any case ("zastał" is in "Zastałą", not in "pozastał"). */
function startsAWord(text: string, wording: string): boolean {
  const escaped = wording.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}`, 'iu').test(text);
}

const TERMS = glossary();
const sameWords = (left: string, right: string) => left.toLocaleLowerCase() === right.toLocaleLowerCase();

describe('docs/GLOSSARY.md', () => {
  it('has a row for every concept the catalogs must word one way', () => {
    expect(TERMS.map((term) => term.concept)).toEqual(
      expect.arrayContaining([
        'digest',
        'stale deal',
        'move a deal',
        'source channel',
        'what prompted contact',
        'sentiment',
        'client feedback',
        'feedback kind: praise',
        'feedback kind: complaint',
        'feedback kind: wish',
        'feedback kind: objection',
        'win rate',
        'CPL',
        'CAC',
        'kept share of the offer',
        'funnel',
        'written ICP',
        'sales-ready',
      ]),
    );
    for (const term of TERMS)
      expect([term.concept, term.pl !== '' && term.ru !== '']).toEqual([term.concept, true]);
  });

  it.each(['pl', 'ru'] as const)('is the only wording of each concept in the %s catalog', (language) => {
    const found: string[] = [];
    for (const [key, message] of Object.entries(CATALOG[language])) {
      for (const term of TERMS)
        for (const wording of language === 'pl' ? term.notPl : term.notRu)
          if (texts(message).some((text) => startsAWord(text, wording)))
            found.push(`${key}: “${wording}” where the glossary says “${term[language]}”`);
    }
    expect(found).toEqual([]);
  });

  it.each(['pl', 'ru'] as const)(
    'names each concept by its %s term where English names it alone',
    (language) => {
      const found: string[] = [];
      for (const [key, message] of Object.entries(CATALOG.en)) {
        if (typeof message !== 'string') continue;
        const term = TERMS.find((each) => sameWords(each.en, message));
        const translated = CATALOG[language][key as keyof typeof CATALOG.en];
        if (term && typeof translated === 'string' && !sameWords(translated, term[language]))
          found.push(`${key}: “${translated}”, the glossary says “${term[language]}”`);
      }
      expect(found).toEqual([]);
    },
  );
});
