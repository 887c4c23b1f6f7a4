import { icpItems, readIcpSections, summarizeIcpChange, validateIcpSections } from '../../src/domain/icp';
import { inEnglish } from '../support/englishProblems';

describe('icpItems', () => {
  it('splits list sections on commas, semicolons and lines, and line sections on lines only', () => {
    expect(icpItems('industries', 'retail, logistics;\n- food & drink')).toEqual([
      'retail',
      'logistics',
      'food & drink',
    ]);
    expect(icpItems('pains', '• Late deliveries, every week\n2. No visibility')).toEqual([
      'Late deliveries, every week',
      'No visibility',
    ]);
    expect(icpItems('countries', undefined)).toEqual([]);
  });
});

describe('summarizeIcpChange', () => {
  it('lists the sections of a first version', () => {
    expect(summarizeIcpChange(undefined, { pains: 'x', industries: 'retail' })).toBe(
      'First version: Industries, Pains',
    );
    expect(summarizeIcpChange(undefined, {})).toBeUndefined();
  });

  it('names added and removed items per section, case-insensitively, and rewordings', () => {
    expect(
      summarizeIcpChange(
        { industries: 'retail, logistics', pains: 'Slow\nCostly', countries: 'PL' },
        { industries: 'Retail, finance', pains: 'Costly\nSlow', decisionMaker: 'COO' },
      ),
    ).toBe('Industries: +finance, −logistics; Countries: −PL; Decision maker: +COO; Pains: reworded');
  });

  it('is undefined when nothing changed and shortens long lists', () => {
    expect(summarizeIcpChange({ industries: 'a' }, { industries: 'a' })).toBeUndefined();
    expect(summarizeIcpChange({}, { countries: 'PL, DE, CZ, SK, AT, HU' })).toBe(
      'Countries: +PL, +DE, +CZ, +SK, +2 more',
    );
  });
});

describe('validateIcpSections and readIcpSections', () => {
  it('trims, drops empty sections and limits the length', () => {
    expect(validateIcpSections({ industries: ' retail ', pains: '  ' })).toEqual({
      ok: true,
      value: { industries: 'retail' },
    });
    const tooLong = validateIcpSections({ pains: 'x'.repeat(2001) });
    expect(
      tooLong.ok ? [] : tooLong.problems.map(inEnglish).map((each) => [each.field, each.message]),
    ).toEqual([['pains', 'Pains is 2001 characters; at most 2000 fit']]);
  });

  it('reads stored JSON, ignoring unknown keys and anything unreadable', () => {
    expect(readIcpSections('{"industries":"retail","colour":"red","pains":7}')).toEqual({
      industries: 'retail',
    });
    expect(readIcpSections('not json')).toEqual({});
  });
});
