import {
  formatMoney,
  moneyInputText,
  normalizeCurrency,
  parseMoney,
  parsePercent,
} from '../../src/domain/money';
import { englishText } from '../support/englishProblems';

describe('parseMoney', () => {
  it.each([
    ['12000', 'PLN', 1_200_000],
    ['12 000,50', 'PLN', 1_200_050],
    ['12\u00a0000,50', 'PLN', 1_200_050],
    ['12,000.50', 'USD', 1_200_050],
    ['12.000,50', 'EUR', 1_200_050],
    ['1.234.567', 'EUR', 123_456_700],
    ['1,234,567', 'USD', 123_456_700],
    ['12,000', 'PLN', 1_200_000],
    ['12.000', 'EUR', 1_200_000],
    ['12,505', 'EUR', 1_250_500],
    ['12,5', 'PLN', 1_250],
    ['12.50', 'USD', 1_250],
    ['0,99', 'PLN', 99],
    ["1'000.50", 'CHF', 100_050],
    ['12,000', 'JPY', 12_000],
    ['12.500', 'KWD', 12_500],
    ['1 200 000', 'PLN', 120_000_000],
  ])('reads %s %s as %i minor units', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['12,000', 'KWD', 'could mean two amounts in KWD'],
    ['0,505', 'EUR', 'EUR has 2 decimal places; “0,505” has 3'],
    ['12.5', 'JPY', 'JPY has no minor units'],
    ['1,00,000', 'INR', 'groups its digits oddly'],
    ['12k', 'PLN', 'is not an amount'],
    ['-5', 'PLN', 'is negative'],
    ['1.000.50', 'EUR', 'groups its digits oddly'],
    ['999999999999999', 'PLN', 'more than the largest amount'],
  ])('refuses %s %s, saying why', (text, currency, message) => {
    const parsed = parseMoney(text, currency);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(englishText(parsed.reason)).toContain(message);
  });

  it('round-trips what a form shows', () => {
    for (const [minor, currency] of [
      [1_200_050, 'PLN'],
      [1_200_000, 'PLN'],
      [12_125, 'KWD'],
      [500, 'JPY'],
    ] as const) {
      expect(parseMoney(moneyInputText(minor, currency), currency)).toEqual({ ok: true, minor });
    }
  });
});

describe('money helpers', () => {
  it('formats with the currency code and its minor units', () => {
    expect(formatMoney(1_200_050, 'PLN')).toBe('PLN\u00a012,000.50');
    expect(formatMoney(1_200_000, 'PLN')).toBe('PLN\u00a012,000');
    expect(formatMoney(500, 'JPY')).toBe('JPY\u00a0500');
  });

  it('knows ISO currencies only', () => {
    expect(normalizeCurrency('pln')).toBe('PLN');
    expect(normalizeCurrency('ZZZ')).toBeUndefined();
    expect(normalizeCurrency('zloty')).toBeUndefined();
  });

  it('reads percentages from 0 to 100', () => {
    expect(parsePercent('10%')).toEqual({ ok: true, value: 10 });
    expect(parsePercent('7,5 %')).toEqual({ ok: true, value: 7.5 });
    expect(parsePercent('101').ok).toBe(false);
    expect(parsePercent('ten').ok).toBe(false);
  });
});
