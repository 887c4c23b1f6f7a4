import fc from 'fast-check';
import { validateLeadDraft } from '../../src/domain/lead';
import { parseLeadCommand } from '../../src/domain/leadCommand';
import { tokenizeQuickText } from '../../src/domain/quickText';
import { englishText } from '../support/englishProblems';

/** Hostile and random text: quotes of every kind, Unicode, control characters, very long values. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        '“',
        '”',
        '„',
        '«',
        '»',
        "'",
        ':',
        ' ',
        'source',
        'note',
        '<@U1>',
        '<!channel>',
        '\n',
        '\u0000',
        'x',
      ),
      {
        maxLength: 60,
      },
    )
    .map((parts) => parts.join('')),
  fc.string({ minLength: 3900, maxLength: 4100 }),
);

describe('quick-command parsing never crashes and always explains a rejection', () => {
  it('tokenizes any text or says which quote is unclosed', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = tokenizeQuickText(text);
        if (!result.ok) expect(englishText(result.reason)).toMatch(/never closed/);
      }),
    );
  });

  it('parses any /lead text into a command or named problems', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = parseLeadCommand(text);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(problem.field.length).toBeGreaterThan(0);
            expect(englishText(problem).length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('validates any draft into a lead or field problems, enforcing length limits', () => {
    fc.assert(
      fc.property(
        fc.record({
          company: hostileText,
          note: hostileText,
          email: hostileText,
          country: hostileText,
          source: hostileText,
        }),
        (draft) => {
          const result = validateLeadDraft(draft, ['seo']);
          if (result.ok) {
            expect(result.value.company.length).toBeLessThanOrEqual(200);
            expect((result.value.note ?? '').length).toBeLessThanOrEqual(2000);
          } else {
            expect(result.problems.every((problem) => englishText(problem).length > 0)).toBe(true);
          }
        },
      ),
    );
  });
});
