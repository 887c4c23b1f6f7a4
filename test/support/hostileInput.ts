import type { ViewOutput } from '@slack/bolt';
import fc from 'fast-check';
import type { FieldProblem } from '../../src/domain/inputError';
import { CATALOG } from '../../src/i18n/catalog';
import { LANGUAGES } from '../../src/i18n/locales';
import type { Message } from '../../src/i18n/message';
import { problemFieldName, problemText } from '../../src/i18n/problemText';
import { createTranslator } from '../../src/i18n/translator';

/**
 * Random and hostile input for property tests: quotes of every kind, Unicode (graphemes, lone
 * surrogates), control characters, Slack markup, empty and 4000-character values.
 */
export function hostileText(words: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .array(
        fc.constantFrom(
          ...words,
          '"',
          '“',
          '”',
          '„',
          '«',
          '»',
          "'",
          ':',
          ' ',
          '  ',
          '-',
          ',',
          '.',
          '0',
          '12',
          '1e309',
          'NaN',
          '<@U1>',
          '<!channel>',
          '&lt;!here&gt;',
          '<https://evil.example|bank>',
          '{name}',
          '\n',
          '\t',
          '\u0000',
          '\u0007',
          '\u202e',
          'Ż',
          'ё',
          '🦄',
          'x',
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join('')),
    fc.string({ minLength: 3900, maxLength: 4100 }),
    fc.constant(''),
  );
}

type StateValues = ViewOutput['state']['values'];
type StateValue = StateValues[string][string];

/** One element's state as Slack might send it, or as a forged payload could: any field, any type. */
function hostileStateValue(text: fc.Arbitrary<string>): fc.Arbitrary<StateValue> {
  const option = fc.record({
    text: fc.record({ type: fc.constant('plain_text' as const), text }),
    value: text,
  });
  return fc.record(
    {
      type: fc.constantFrom(
        'plain_text_input',
        'static_select',
        'external_select',
        'datepicker',
        'users_select',
        'multi_static_select',
        'checkboxes',
        'radio_buttons',
        'conversations_select',
        '',
      ),
      value: fc.option(text),
      selected_option: fc.option(option),
      selected_options: fc.array(option, { maxLength: 4 }),
      selected_date: fc.option(text),
      selected_user: fc.option(text),
      selected_users: fc.array(text, { maxLength: 3 }),
      selected_conversation: fc.option(text),
      selected_channel: fc.option(text),
    },
    { requiredKeys: ['type'] },
  ) as fc.Arbitrary<StateValue>;
}

/**
 * A view's `state.values`: the form's own block and action ids (and empty or invented ones) with
 * hostile values of any element type, some blocks missing.
 */
export function hostileViewState(
  blockIds: readonly string[],
  actionIds: readonly string[],
  words: readonly string[] = [],
): fc.Arbitrary<StateValues> {
  const text = hostileText(words);
  const key = (known: readonly string[]) =>
    fc.oneof(fc.constantFrom(...known, ''), fc.string({ maxLength: 20 }));
  return fc.dictionary(
    key(blockIds),
    fc.dictionary(key(actionIds), hostileStateValue(text), { maxKeys: 3 }),
    { maxKeys: blockIds.length + 2 },
  );
}

function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));
}

/**
 * A rejection a user can act on: at least one problem, each naming its field and saying what is
 * wrong in every language, with every value its sentence needs filled in.
 */
export function expectExplainedRejection(problems: readonly FieldProblem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const each of problems) {
    expect(each.field.trim()).not.toBe('');
    expect(Object.hasOwn(CATALOG.en, each.code)).toBe(true);
    for (const language of LANGUAGES) {
      const t = createTranslator(language);
      expect(problemFieldName(t, each.field).trim()).not.toBe('');
      expect(problemText(t, each).trim()).not.toBe('');
      const missing = placeholdersOf(CATALOG[language][each.code]).filter(
        (name) => each.params?.[name] === undefined,
      );
      expect({ code: each.code, language, missing }).toEqual({ code: each.code, language, missing: [] });
    }
  }
}
