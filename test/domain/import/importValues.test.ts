import {
  calendarDateText,
  parseImportInstant,
  splitAmountAndCurrency,
} from '../../../src/domain/import/importValues';

const NOW = new Date('2026-11-30T09:00:00Z');
const WARSAW = 'Europe/Warsaw';

describe('parseImportInstant', () => {
  it.each([
    ['2026-11-05', '2026-11-04T23:00:00.000Z'],
    ['2026-11-05 14:30', '2026-11-05T13:30:00.000Z'],
    ['2026-11-05T14:30:15', '2026-11-05T13:30:15.000Z'],
    ['2026-07-05 14:30', '2026-07-05T12:30:00.000Z'],
    ['05.11.2026', '2026-11-04T23:00:00.000Z'],
    ['5.11.2026 9:05', '2026-11-05T08:05:00.000Z'],
    ['2026-11-05T14:30:00Z', '2026-11-05T14:30:00.000Z'],
    ['2026-11-05T14:30:00+0300', '2026-11-05T11:30:00.000Z'],
    ['2026-11-05 14:30:00.123+01:00', '2026-11-05T13:30:00.000Z'],
  ])('%s in Warsaw → %s', (text, expected) => {
    const parsed = parseImportInstant(text, WARSAW, NOW);
    expect(parsed.ok && parsed.at.toISOString()).toBe(expected);
  });

  it.each(['05/11/2026', '2026-02-30', '2026-11-05 25:00', 'yesterday', '31.13.2026'])(
    'refuses %s',
    (text) => {
      expect(parseImportInstant(text, WARSAW, NOW)).toEqual({
        ok: false,
        message: `“${text}” is not a date; write 2026-11-05, 2026-11-05 14:30 or 05.11.2026`,
      });
    },
  );

  it('refuses a moment after now', () => {
    expect(parseImportInstant('2026-12-01', WARSAW, NOW)).toEqual({
      ok: false,
      message: '“2026-12-01” is in the future',
    });
  });
});

describe('calendarDateText', () => {
  it.each([
    ['05.11.2026', '2026-11-05'],
    ['2026-11-05 00:00:00', '2026-11-05'],
    ['2026-11-05', '2026-11-05'],
    ['2026-11-05 14:00', '2026-11-05'],
    ['next week', 'next week'],
  ])('%s → %s', (text, expected) => {
    expect(calendarDateText(text)).toBe(expected);
  });
});

describe('splitAmountAndCurrency', () => {
  it.each([
    ['12 000 PLN', { amount: '12 000', currency: 'PLN' }],
    ['EUR 1,200.50', { amount: '1,200.50', currency: 'EUR' }],
    ['4 500 zł', { amount: '4 500', currency: 'PLN' }],
    ['1200 руб.', { amount: '1200', currency: 'RUB' }],
    ['€300', { amount: '300', currency: 'EUR' }],
    ['12000', { amount: '12000' }],
    ['12000 XYZ', { amount: '12000 XYZ' }],
  ])('%s', (text, expected) => {
    expect(splitAmountAndCurrency(text)).toEqual(expected);
  });
});
