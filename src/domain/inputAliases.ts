import type { QuickToken } from './quickText';
import type { Stage } from './stages';

/**
 * Words quick commands accept in Polish and Russian besides English: stage names and the keys of
 * `key:value` pairs. They are input vocabulary, not display text, so every user may type any of
 * them whatever their Slack language. The catalog's `problem.stageWords` and `problem.keys.*`
 * list some of them back to users (a test checks that every listed word is accepted here).
 */

/**
 * One spelling for case, accents and spacing: "ŹRÓDŁO", "źródło" and "zrodlo" fold alike, as do
 * "Отказ" and "отказ" (ё and й fold to е and и, which is how people type them in a hurry too).
 */
export function foldWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[\s_]+/g, ' ');
}

function wordMap<Meaning extends string>(
  words: Record<Meaning, readonly string[]>,
): ReadonlyMap<string, Meaning> {
  return new Map(
    (Object.entries(words) as [Meaning, readonly string[]][]).flatMap(([meaning, spellings]) =>
      spellings.map((spelling) => [foldWord(spelling), meaning] as const),
    ),
  );
}

const STAGE_WORDS = wordMap<Stage>({
  LEAD: ['lead', 'лид'],
  QUALIFIED: [
    'qualified',
    'qualify',
    'kwalifikacja',
    'kwalifikowany',
    'kwalifikowana',
    'zakwalifikowany',
    'zakwalifikowana',
    'квалификация',
    'квалифицирован',
    'квалифицирована',
    'квалифицированный',
  ],
  DISCOVERY: [
    'discovery',
    'needs',
    'analiza',
    'potrzeby',
    'analiza potrzeb',
    'rozpoznanie',
    'потребности',
    'анализ',
    'выявление',
    'выявление потребностей',
    'анализ потребностей',
    'badanie potrzeb',
  ],
  OFFER: ['offer', 'proposal', 'oferta', 'ofertowanie', 'propozycja', 'предложение', 'оферта', 'кп'],
  NEGOTIATION: ['negotiation', 'negotiate', 'negocjacje', 'negocjowanie', 'переговоры', 'торг'],
  WON: [
    'won',
    'win',
    'wygrana',
    'wygrany',
    'wygrano',
    'sukces',
    'umowa',
    'faktura',
    'faktura pro forma',
    'продажа',
    'успешна',
    'успешно',
    'выиграна',
    'выиграно',
    'выигрыш',
    'успех',
    'победа',
  ],
  LOST: [
    'lost',
    'lose',
    'przegrana',
    'przegrany',
    'przegrano',
    'stracona',
    'проиграна',
    'проиграно',
    'проигрыш',
    'отказ',
    'потеряна',
    'провалена',
    'провал',
  ],
});

/** The stage a typed word names, in any of the three languages; undefined for anything else. */
export function stageOfWord(text: string): Stage | undefined {
  return STAGE_WORDS.get(foldWord(text));
}

const LONGEST_STAGE_NAME = Math.max(...[...STAGE_WORDS.keys()].map((name) => name.split(' ').length));

/**
 * The stage named by the first words typed, longest name first, so multi-word names need no quotes
 * (`analiza potrzeb`, `выявление потребностей`); `rest` is what follows it. Undefined when the first
 * word starts no stage name.
 */
export function leadingStage(words: readonly string[]): { stage: Stage; rest: string[] } | undefined {
  for (let count = Math.min(LONGEST_STAGE_NAME, words.length); count >= 1; count -= 1) {
    const stage = stageOfWord(words.slice(0, count).join(' '));
    if (stage) return { stage, rest: words.slice(count) };
  }
  return undefined;
}

/** Each command's keys: the English key, then its Polish and Russian spellings. */
export type KeyAliases = ReadonlyMap<string, string>;

export const LEAD_KEYS: KeyAliases = wordMap({
  company: ['company', 'firma', 'компания'],
  source: ['source', 'źródło', 'источник'],
  industry: ['industry', 'branża', 'отрасль'],
  segment: ['segment', 'сегмент'],
  size: ['size', 'wielkość', 'rozmiar', 'размер'],
  country: ['country', 'kraj', 'страна'],
  contact: ['contact', 'kontakt', 'контакт'],
  email: ['email', 'e-mail', 'mail', 'почта'],
  product: ['product', 'produkt', 'продукт'],
  heard: ['heard', 'skąd', 'откуда'],
  prompted: ['prompted', 'impuls', 'повод'],
  campaign: ['campaign', 'kampania', 'кампания'],
  owner: ['owner', 'opiekun', 'właściciel', 'ответственный', 'владелец'],
  note: ['note', 'notatka', 'uwagi', 'заметка', 'примечание'],
  reason: ['reason', 'powód', 'причина'],
});

export const DEAL_KEYS: KeyAliases = wordMap({
  value: ['value', 'wartość', 'kwota', 'сумма', 'стоимость'],
  currency: ['currency', 'waluta', 'валюта'],
  discount: ['discount', 'rabat', 'zniżka', 'скидка'],
  close: ['close', 'zamknięcie', 'termin', 'закрытие', 'срок'],
  problems: ['problems', 'problemy', 'проблемы'],
  outcomes: ['outcomes', 'rezultaty', 'cele', 'результаты', 'цели'],
  requested: ['requested', 'zapytanie', 'запрос'],
  sent: ['sent', 'wysłano', 'wysyłka', 'отправлено', 'отправка'],
  notes: ['notes', 'notatki', 'заметки'],
  reason: ['reason', 'powód', 'причина'],
});

export const SPEND_KEYS: KeyAliases = wordMap({
  period: ['period', 'okres', 'период'],
  note: ['note', 'notatka', 'uwagi', 'заметка', 'примечание'],
  currency: ['currency', 'waluta', 'валюта'],
  amount: ['amount', 'kwota', 'сумма'],
  channel: ['channel', 'kanał', 'канал'],
});

export const FEEDBACK_KEYS: KeyAliases = wordMap({
  product: ['product', 'produkt', 'продукт'],
  source: ['source', 'źródło', 'источник'],
  sentiment: ['sentiment', 'wydźwięk', 'nastrój', 'тональность', 'настроение'],
  client: ['client', 'klient', 'клиент'],
});

/**
 * The tokens with each pair's key replaced by the English key it stands for (`źródło:` → source),
 * so parsers match English keys only; `rawKey` keeps what was typed, for messages. A key that is
 * no alias stays as it was, for the parser to reject.
 */
export function withEnglishKeys(tokens: readonly QuickToken[], keys: KeyAliases): QuickToken[] {
  return tokens.map((token) =>
    token.kind === 'pair' ? { ...token, key: keys.get(foldWord(token.key)) ?? token.key } : token,
  );
}

/**
 * The key each field was typed under (`wielkość:` for companySize), so a problem names the key the
 * user typed rather than the field's code. Fields typed under no key are absent.
 */
export function typedKeysByField(
  tokens: readonly QuickToken[],
  keys: KeyAliases,
  fieldByKey: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  const typed = new Map<string, string>();
  for (const token of withEnglishKeys(tokens, keys)) {
    const field = token.kind === 'pair' ? fieldByKey.get(token.key) : undefined;
    if (field && token.kind === 'pair' && !typed.has(field)) typed.set(field, token.rawKey);
  }
  return typed;
}
