import { tokenizeQuickText, unescapeSlackText } from '../../src/domain/quickText';
import { englishText } from '../support/englishProblems';

describe('tokenizeQuickText', () => {
  it('splits words and key:value pairs, keeping quoted values whole', () => {
    const result = tokenizeQuickText('Acme Corp source:paid_search note:"met at the fair"');
    expect(result).toEqual({
      ok: true,
      tokens: [
        { kind: 'word', value: 'Acme' },
        { kind: 'word', value: 'Corp' },
        { kind: 'pair', key: 'source', rawKey: 'source', value: 'paid_search' },
        { kind: 'pair', key: 'note', rawKey: 'note', value: 'met at the fair', quoted: true },
      ],
    });
  });

  it('accepts typographic quotes and keeps apostrophes inside words', () => {
    const result = tokenizeQuickText("O'Reilly note:“smart quotes” heard:„webinar”");
    expect(result.ok && result.tokens).toEqual([
      { kind: 'word', value: "O'Reilly" },
      { kind: 'pair', key: 'note', rawKey: 'note', value: 'smart quotes', quoted: true },
      { kind: 'pair', key: 'heard', rawKey: 'heard', value: 'webinar', quoted: true },
    ]);
  });

  it('lower-cases keys but keeps the raw key for messages, and keeps Unicode values', () => {
    const result = tokenizeQuickText('Zażółć Source:SEO industry:"Торговля"');
    expect(result.ok && result.tokens).toEqual([
      { kind: 'word', value: 'Zażółć' },
      { kind: 'pair', key: 'source', rawKey: 'Source', value: 'SEO' },
      { kind: 'pair', key: 'industry', rawKey: 'industry', value: 'Торговля', quoted: true },
    ]);
  });

  it('does not read a URL as a key', () => {
    const result = tokenizeQuickText('https://acme.example');
    expect(result.ok && result.tokens).toEqual([{ kind: 'word', value: 'https://acme.example' }]);
  });

  it('rejects an unclosed quote, quoting where it starts', () => {
    const result = tokenizeQuickText('Acme note:"never closed');
    expect(result.ok ? '' : englishText(result.reason)).toBe(
      'a quote opened at “"never closed…” is never closed',
    );
  });
});

describe('unescapeSlackText', () => {
  it('turns Slack links and mailto into their labels and keeps mentions as ids', () => {
    expect(
      unescapeSlackText('<mailto:a@b.pl|a@b.pl> <@U123ABC|anna> <https://x.pl|x.pl> R&amp;D &lt;b&gt;'),
    ).toBe('a@b.pl <@U123ABC> x.pl R&D <b>');
  });
});
