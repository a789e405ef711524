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
