// Amounts in the sheet's currency: won without decimals, dollars with cents, unknown codes still readable.
import { formatAmount } from '../../src/core/currency';

describe('formatAmount', () => {
  it('writes won with ₩ and no decimals in both languages', () => {
    expect(formatAmount(12_500_000, 'KRW', 'ko')).toBe('₩12,500,000');
    expect(formatAmount(12_500_000.6, 'KRW', 'en')).toBe('₩12,500,001');
  });

  it('writes dollars with cents', () => {
    expect(formatAmount(1234.5, 'USD', 'en')).toBe('$1,234.50');
  });

  it('falls back to the code for a currency Intl does not know, and a dash for text', () => {
    expect(formatAmount(1000, 'ZZZ', 'en')).toMatch(/ZZZ\s?1,000/);
    expect(formatAmount(Number.NaN, 'KRW', 'ko')).toBe('—');
  });
});

describe('formatAmount for codes and languages', () => {
  it('writes a code Intl cannot use before the number, with cents only when there are any', () => {
    expect(formatAmount(1000, 'US$', 'en')).toBe('US$ 1,000');
    expect(formatAmount(1234.5, 'US$', 'ko')).toBe('US$ 1,234.50');
  });

  it('keeps each language’s symbol for the same currency', () => {
    expect(formatAmount(1234.5, 'USD', 'en')).toBe('$1,234.50');
    expect(formatAmount(1234.5, 'USD', 'ko')).toBe('US$1,234.50');
    expect(formatAmount(1234.5, 'USD', 'en')).toBe('$1,234.50');
  });

  it('gives a dash for infinity too, and keeps the sign of a negative amount', () => {
    expect(formatAmount(Number.POSITIVE_INFINITY, 'KRW', 'en')).toBe('—');
    expect(formatAmount(-5, 'KRW', 'ko')).toBe('-₩5');
  });
});
