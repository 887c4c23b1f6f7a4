import { textTable } from '../../../src/digest/charts/digestChart';
import { chartLabel } from '../../../src/digest/charts/chartTheme';

describe('thread tables fit a phone', () => {
  const header = ['Channel', 'Leads', 'Spend', 'CPL', 'Qualified', 'Wins', 'Won value'];
  const rows = [
    ['Paid search', '6', 'EUR 3,457', 'EUR 576', '17 %', '2', 'EUR 101,952'],
    ['Referral', '3', 'EUR 0', 'n/a', '100 %', '3', 'EUR 115,211'],
  ];

  it('splits a wide table into tables of at most 48 characters, each keeping the first column', () => {
    const tables = textTable(header, rows).split('\n\n');
    // "Qualified" would make the first 49 characters wide: it opens the second table.
    expect(tables).toEqual([
      [
        'Channel      Leads      Spend      CPL',
        'Paid search      6  EUR 3,457  EUR 576',
        'Referral         3      EUR 0      n/a',
      ].join('\n'),
      [
        'Channel      Qualified  Wins    Won value',
        'Paid search       17 %     2  EUR 101,952',
        'Referral         100 %     3  EUR 115,211',
      ].join('\n'),
    ]);
    for (const line of tables.join('\n').split('\n')) expect(line.length).toBeLessThanOrEqual(48);
  });

  it('keeps a narrow table whole', () => {
    expect(textTable(['Reason', 'Deals'], [['Price', '2']])).toBe('Reason  Deals\nPrice       2');
  });
});

describe('chart labels', () => {
  it('are cut at a word’s end, not mid-word', () => {
    expect(chartLabel('Trade fairs and industry conferences')).toBe('Trade fairs and…');
    // One word longer than the limit has no word end to cut at.
    expect(chartLabel('Supercalifragilisticexpialidocious')).toBe('Supercalifragilistice…');
    expect(chartLabel('Paid search')).toBe('Paid search');
  });
});
