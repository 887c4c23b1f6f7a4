import type { MessageKey } from '../i18n/catalog';
import { foldWord } from './inputAliases';
import { stripControlCharacters } from './text';
import { type FieldProblem, type Parsed, problem, because, term } from './inputError';

export const FEEDBACK_KINDS = ['praise', 'complaint', 'wish', 'objection'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
/** Singular and plural forms, so both `/feedback wish …` and `/feedback list wishes` read naturally. */
const KIND_ALIASES: Record<string, FeedbackKind> = {
  praise: 'praise',
  review: 'praise',
  reviews: 'praise',
  kudos: 'praise',
  complaint: 'complaint',
  complaints: 'complaint',
  complain: 'complaint',
  wish: 'wish',
  wishes: 'wish',
  request: 'wish',
  requests: 'wish',
  product_request: 'wish',
  feature: 'wish',
  objection: 'objection',
  objections: 'objection',
  refusal: 'objection',
};

/** The kinds in Polish and Russian (docs/GLOSSARY.md), singular and plural, and words people use for them. */
const LOCAL_KIND_WORDS: ReadonlyMap<string, FeedbackKind> = new Map(
  (
    [
      ['praise', ['pochwała', 'pochwały', 'похвала', 'похвалы', 'отзыв', 'отзывы']],
      ['complaint', ['skarga', 'skargi', 'reklamacja', 'reklamacje', 'жалоба', 'жалобы', 'претензия']],
      ['wish', ['sugestia', 'sugestie', 'prośba', 'prośby', 'życzenie', 'пожелание', 'пожелания', 'запрос']],
      ['objection', ['obiekcja', 'obiekcje', 'zastrzeżenie', 'возражение', 'возражения']],
    ] as const
  ).flatMap(([kind, words]) => words.map((word) => [foldWord(word), kind] as const)),
);

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const FEEDBACK_SOURCES = ['call', 'email', 'meeting', 'review_site', 'support', 'other'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
const SOURCE_ALIASES: Record<string, FeedbackSource> = {
  phone: 'call',
  mail: 'email',
  review: 'review_site',
  reviews: 'review_site',
};

/** The quick form and the modal leave the source open; a quick note most often comes from a chat. */
export const DEFAULT_FEEDBACK_SOURCE: FeedbackSource = 'other';

/** What a kind of feedback usually says about the client's mood; the user may override it. */
export function defaultSentiment(kind: FeedbackKind): Sentiment {
  switch (kind) {
    case 'praise':
      return 'positive';
    case 'wish':
      return 'neutral';
    case 'complaint':
    case 'objection':
      return 'negative';
  }
}

export const FEEDBACK_FIELDS = {
  kind: { label: 'Kind', example: '/feedback complaint L-12 "delivery took three weeks"' },
  text: { label: 'What the client said', example: '/feedback wish D-7 "export to Excel"', maxLength: 3000 },
  client: { label: 'Client', example: 'L-12, D-7' },
  product: { label: 'Product', example: 'product:analytics', maxLength: 100 },
  sentiment: { label: 'Sentiment', example: 'sentiment:neutral' },
  source: { label: 'Source', example: 'source:call' },
} as const;
export type FeedbackField = keyof typeof FEEDBACK_FIELDS;

/** Each field's name at the start of a problem's sentence ("Product is given twice"). */
export const FEEDBACK_FIELD_LABELS: Record<Exclude<FeedbackField, 'kind' | 'text'>, MessageKey> = {
  client: 'problem.label.client',
  product: 'field.feedbackProduct',
  sentiment: 'field.sentiment',
  source: 'field.feedbackSource',
};

/** The raw text of each field, as typed in the quick command or picked in the modal. */
export type FeedbackDraft = Partial<Record<FeedbackField, string>>;

/** A lead (L-12) or a deal (D-7) the feedback is about. */
export type ClientReference = { type: 'lead' | 'deal'; number: number };

export type FeedbackInput = {
  kind: FeedbackKind;
  text: string;
  client?: ClientReference;
  product?: string;
  sentiment: Sentiment;
  source: FeedbackSource;
};

function aliasKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
}

export function normalizeFeedbackKind(text: string): FeedbackKind | undefined {
  return KIND_ALIASES[aliasKey(text)] ?? LOCAL_KIND_WORDS.get(foldWord(text));
}

export function normalizeSentiment(text: string): Sentiment | undefined {
  const key = aliasKey(text);
  return (SENTIMENTS as readonly string[]).includes(key) ? (key as Sentiment) : undefined;
}

export function normalizeFeedbackSource(text: string): FeedbackSource | undefined {
  const key = aliasKey(text);
  if ((FEEDBACK_SOURCES as readonly string[]).includes(key)) return key as FeedbackSource;
  return SOURCE_ALIASES[key];
}

const CLIENT_PATTERN = /^([LD])-?(\d{1,9})$/i;

/** `L-12` → lead 12, `D-7` → deal 7; undefined for anything else. */
export function parseClientReference(text: string): ClientReference | undefined {
  const match = CLIENT_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { type: match[1].toUpperCase() === 'L' ? 'lead' : 'deal', number: Number.parseInt(match[2], 10) };
}

export function formatClientReference(reference: ClientReference): string {
  return `${reference.type === 'lead' ? 'L' : 'D'}-${reference.number}`;
}

/** A team product list entry: typed text matching its key or label is stored as the key. */
export type ProductOption = { key: string; label: string };

function normalizeProduct(text: string, products: readonly ProductOption[]): string {
  const lowered = text.toLowerCase();
  const known = products.find(
    (product) => product.key.toLowerCase() === lowered || product.label.toLowerCase() === lowered,
  );
  return known ? known.key : text;
}

/** Validates feedback as typed; the sentiment defaults from the kind and the source to "other". */
export function validateFeedbackDraft(
  draft: FeedbackDraft,
  products: readonly ProductOption[],
): Parsed<FeedbackInput> {
  const problems: FieldProblem[] = [];
  const kindText = draft.kind?.trim() ?? '';
  const kind = kindText === '' ? undefined : normalizeFeedbackKind(kindText);
  if (kindText === '') {
    problems.push(
      problem(
        'kind',
        because('problem.feedback.kindRequired', { kinds: FEEDBACK_KINDS.join(', ') }),
        FEEDBACK_FIELDS.kind.example,
      ),
    );
  } else if (!kind) {
    problems.push(
      problem(
        'kind',
        because('problem.feedback.notAKind', { typed: kindText, kinds: FEEDBACK_KINDS.join(', ') }),
        FEEDBACK_FIELDS.kind.example,
      ),
    );
  }
  // Control characters (a pasted NUL) are dropped: PostgreSQL refuses NUL in text.
  const text = stripControlCharacters(draft.text ?? '').trim();
  if (text === '') {
    problems.push(problem('text', 'problem.feedback.textMissing', FEEDBACK_FIELDS.text.example));
  } else if (text.length > FEEDBACK_FIELDS.text.maxLength) {
    problems.push(
      problem(
        'text',
        because('problem.textTooLong', { count: text.length, max: FEEDBACK_FIELDS.text.maxLength }),
        FEEDBACK_FIELDS.text.example,
      ),
    );
  }
  const clientText = draft.client?.trim() ?? '';
  const client = clientText === '' ? undefined : parseClientReference(clientText);
  if (clientText !== '' && !client) {
    problems.push(
      problem(
        'client',
        because('problem.notAClientId', { typed: clientText }),
        FEEDBACK_FIELDS.client.example,
      ),
    );
  }
  const productText = draft.product?.trim() ?? '';
  if (productText.length > FEEDBACK_FIELDS.product.maxLength) {
    problems.push(
      problem(
        'product',
        because('problem.tooLong', {
          label: term('field.feedbackProduct'),
          count: productText.length,
          max: FEEDBACK_FIELDS.product.maxLength,
        }),
        FEEDBACK_FIELDS.product.example,
      ),
    );
  }
  const sentimentText = draft.sentiment?.trim() ?? '';
  const sentiment = sentimentText === '' ? undefined : normalizeSentiment(sentimentText);
  if (sentimentText !== '' && !sentiment) {
    problems.push(
      problem(
        'sentiment',
        because('problem.feedback.notASentiment', {
          typed: sentimentText,
          sentiments: SENTIMENTS.join(', '),
        }),
        FEEDBACK_FIELDS.sentiment.example,
      ),
    );
  }
  const sourceText = draft.source?.trim() ?? '';
  const source = sourceText === '' ? DEFAULT_FEEDBACK_SOURCE : normalizeFeedbackSource(sourceText);
  if (!source) {
    problems.push(
      problem(
        'source',
        because('problem.feedback.notASource', { typed: sourceText, sources: FEEDBACK_SOURCES.join(', ') }),
        FEEDBACK_FIELDS.source.example,
      ),
    );
  }
  if (problems.length > 0 || !kind || !source) return { ok: false, problems };
  return {
    ok: true,
    value: {
      kind,
      text,
      sentiment: sentiment ?? defaultSentiment(kind),
      source,
      ...(client ? { client } : {}),
      ...(productText ? { product: normalizeProduct(productText, products) } : {}),
    },
  };
}
