// The formula-injection guard: risky text gets an apostrophe, everything else is written as is.
import { toSheetRows, toSheetText } from '../../src/core/sheet-text';

describe('toSheetText', () => {
  it.each([
    '=HYPERLINK("http://evil.example","click")',
    '+1',
    '-Acme',
    '@x',
    "'quoted",
    '1,000',
    '2026-03-01',
    'TRUE',
    ' =1',
    '₩5,000',
    // Sheets reads these as dates and a negative number (see the emulator's fidelity table, F7).
    'March 2026',
    'Mar 1, 2026',
    'september 3 2026',
    '1 March 2026',
    '(100)',
  ])('keeps %p as text with a leading apostrophe', (text) => {
    expect(toSheetText(text)).toBe(`'${text}`);
  });

  it('leaves plain text, numbers, dates and booleans alone', () => {
    const d = new Date(2026, 2, 1);
    expect(toSheetText('Acme 2차 구축')).toBe('Acme 2차 구축');
    expect(toSheetText('May Kim')).toBe('May Kim');
    expect(toSheetText('Marchetti Group')).toBe('Marchetti Group');
    expect(toSheetText(5)).toBe(5);
    expect(toSheetText(d)).toBe(d);
    expect(toSheetText(true)).toBe(true);
    expect(toSheetText('')).toBe('');
  });

  it('makes whole rows safe without changing the input', () => {
    const rows = [['=1', 2]];
    expect(toSheetRows(rows)).toEqual([["'=1", 2]]);
    expect(rows[0][0]).toBe('=1');
  });
});
