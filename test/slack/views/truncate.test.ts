import { fieldsSection, fieldsSections, listBlocks } from '../../../src/blockKit/blockKit';
import { createTranslator } from '../../../src/i18n/translator';
import { section } from '../../../src/blockKit/message';
import { escapeMrkdwn, escapeTruncated, truncate } from '../../../src/blockKit/text';
import { blockProblems } from '../../support/slackValidation';

const t = createTranslator('en');

describe('truncate', () => {
  it('cuts before an entity, a link or a surrogate pair instead of through it', () => {
    expect(truncate('ab&amp;cd', 5)).toBe('ab…');
    expect(truncate('ab&lt;cd', 6)).toBe('ab…');
    expect(truncate('ab&lt;cd', 7)).toBe('ab&lt;…');
    expect(truncate('hi <@U0000ALICE> there', 10)).toBe('hi …');
    expect(truncate('ok 😀 more', 5)).toBe('ok …');
    expect(truncate('short', 5)).toBe('short');
  });

  it('escapes first, so the escaped text is what fits the limit', () => {
    const hostile = '&<>'.repeat(2000);
    const cut = escapeTruncated(hostile, 3000);
    expect(cut.length).toBeLessThanOrEqual(3000);
    expect(cut).toMatch(/^(&amp;&lt;&gt;)+(&amp;|&amp;&lt;)?…$/);
    expect(escapeMrkdwn(truncate(hostile, 3000)).length).toBeGreaterThan(3000);
  });

  it('keeps a section Slack accepts whatever it is given', () => {
    const text = escapeMrkdwn('Zażółć & <jaźń> '.repeat(400));
    expect(blockProblems([section(text)], 50, '/blocks')).toEqual([]);
    expect(section(text).text?.text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });
});

describe('digest sections', () => {
  it('never drops a field: eleven figures make two sections, one section refuses an eleventh', () => {
    const fields = Array.from({ length: 11 }, (_, index) => `*KPI ${index + 1}*`);
    const sections = fieldsSections(fields);
    expect(sections.map((each) => each.fields?.map((field) => field.text))).toEqual([
      fields.slice(0, 10),
      ['*KPI 11*'],
    ]);
    expect(() => fieldsSection(fields)).toThrow(/at most 10 fields, got 11/);
  });

  it('cuts a capped list line without splitting an entity', () => {
    const line = `• ${escapeMrkdwn('R&D '.repeat(200))}`;
    const [only] = listBlocks([line], { t });
    expect(only?.text?.text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(blockProblems(listBlocks([line, line, line], { t }), 50, '/blocks')).toEqual([]);
  });
});
