import {
  icpChangeBetween,
  icpItems,
  type IcpSectionChange,
  readIcpChange,
  readIcpSections,
  storedIcpChange,
  validateIcpSections,
} from '../../src/domain/icp';
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

describe('icpChangeBetween', () => {
  const section = (name: IcpSectionChange['section'], change: Partial<IcpSectionChange> = {}) => ({
    section: name,
    added: [],
    moreAdded: 0,
    removed: [],
    moreRemoved: 0,
    ...change,
  });

  it('lists the sections of a first version', () => {
    expect(icpChangeBetween(undefined, { pains: 'x', industries: 'retail' })).toEqual({
      kind: 'first',
      sections: ['industries', 'pains'],
    });
    expect(icpChangeBetween(undefined, {})).toBeUndefined();
  });

  it('names added and removed items per section, case-insensitively, and rewordings', () => {
    expect(
      icpChangeBetween(
        { industries: 'retail, logistics', pains: 'Slow\nCostly', countries: 'PL' },
        { industries: 'Retail, finance', pains: 'Costly\nSlow', decisionMaker: 'COO' },
      ),
    ).toEqual({
      kind: 'edit',
      sections: [
        section('industries', { added: ['finance'], removed: ['logistics'] }),
        section('countries', { removed: ['PL'] }),
        section('decisionMaker', { added: ['COO'] }),
        section('pains'),
      ],
    });
  });

  it('is undefined when nothing changed, and counts the items beyond the first four', () => {
    expect(icpChangeBetween({ industries: 'a' }, { industries: 'a' })).toBeUndefined();
    expect(icpChangeBetween({}, { countries: 'PL, DE, CZ, SK, AT, HU' })).toEqual({
      kind: 'edit',
      sections: [section('countries', { added: ['PL', 'DE', 'CZ', 'SK'], moreAdded: 2 })],
    });
  });

  it('shortens a long item, so what a version stores stays small', () => {
    const change = icpChangeBetween({}, { pains: 'x'.repeat(2000) });
    const pains = change?.kind === 'edit' ? change.sections[0]?.added[0] : undefined;
    expect(pains).toHaveLength(200);
    expect(pains?.endsWith('…')).toBe(true);
  });
});

describe('readIcpChange', () => {
  it('reads back what a version stored', () => {
    const change = icpChangeBetween({ industries: 'retail' }, { industries: 'finance' });
    expect(change && readIcpChange(storedIcpChange(change))).toEqual(change);
  });

  it('keeps the English sentence an older version was saved with, and anything else unreadable, as text', () => {
    expect(readIcpChange('First version: Industries, Pains')).toEqual({
      kind: 'text',
      text: 'First version: Industries, Pains',
    });
    expect(readIcpChange('{"kind":"edit","sections":[{"section":"colour"}]}')).toEqual({
      kind: 'text',
      text: '{"kind":"edit","sections":[{"section":"colour"}]}',
    });
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
