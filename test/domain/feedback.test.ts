import {
  defaultSentiment,
  formatClientReference,
  parseClientReference,
  validateFeedbackDraft,
} from '../../src/domain/feedback';
import { inEnglish } from '../support/englishProblems';

const PRODUCTS = [{ key: 'analytics', label: 'Analytics Suite' }];

describe('defaultSentiment', () => {
  it.each([
    ['praise', 'positive'],
    ['wish', 'neutral'],
    ['complaint', 'negative'],
    ['objection', 'negative'],
  ] as const)('%s → %s', (kind, sentiment) => {
    expect(defaultSentiment(kind)).toBe(sentiment);
  });
});

describe('parseClientReference', () => {
  it.each([
    ['L-12', { type: 'lead', number: 12 }],
    ['l12', { type: 'lead', number: 12 }],
    ['D-7', { type: 'deal', number: 7 }],
    [' d-7 ', { type: 'deal', number: 7 }],
  ])('reads %s', (text, expected) => {
    expect(parseClientReference(text)).toEqual(expected);
    expect(formatClientReference(expected as never)).toBe(
      text
        .trim()
        .toUpperCase()
        .replace(/^([LD])-?/, '$1-'),
    );
  });

  it.each(['X-1', 'L-', 'L-1a', '12'])('refuses %s', (text) => {
    expect(parseClientReference(text)).toBeUndefined();
  });
});

describe('validateFeedbackDraft', () => {
  it('normalizes aliases, defaults sentiment and source, and stores a listed product by its key', () => {
    expect(
      validateFeedbackDraft({ kind: 'Review', text: ' Great ', product: 'analytics suite' }, PRODUCTS),
    ).toEqual({
      ok: true,
      value: { kind: 'praise', text: 'Great', sentiment: 'positive', source: 'other', product: 'analytics' },
    });
    expect(
      validateFeedbackDraft(
        { kind: 'product request', text: 'SSO', client: 'D-3', source: 'phone', sentiment: 'Negative' },
        PRODUCTS,
      ),
    ).toEqual({
      ok: true,
      value: {
        kind: 'wish',
        text: 'SSO',
        client: { type: 'deal', number: 3 },
        sentiment: 'negative',
        source: 'call',
      },
    });
  });

  it('keeps an unlisted product as typed', () => {
    const parsed = validateFeedbackDraft({ kind: 'wish', text: 'x', product: 'Dark Mode' }, PRODUCTS);
    expect(parsed.ok && parsed.value.product).toBe('Dark Mode');
  });

  it('reports every problem with its field', () => {
    const parsed = validateFeedbackDraft(
      {
        kind: 'rant',
        text: 'x'.repeat(3001),
        client: 'Acme',
        product: 'p'.repeat(101),
        sentiment: 'angry',
        source: 'fax',
      },
      PRODUCTS,
    );
    expect(parsed.ok ? [] : parsed.problems.map(inEnglish).map((each) => [each.field, each.message])).toEqual(
      [
        ['kind', '“rant” is not a kind of feedback; use praise, complaint, wish, objection'],
        ['text', 'The text is 3001 characters; at most 3000 fit'],
        ['client', '“Acme” is not a lead or deal id'],
        ['product', 'Product is 101 characters; at most 100 fit'],
        ['sentiment', '“angry” is not a sentiment; use positive, neutral, negative'],
        ['source', '“fax” is not a source; use call, email, meeting, review_site, support, other'],
      ],
    );
  });

  it('requires a kind and a text', () => {
    const parsed = validateFeedbackDraft({}, []);
    expect(parsed.ok ? [] : parsed.problems.map((each) => each.field)).toEqual(['kind', 'text']);
  });
});
