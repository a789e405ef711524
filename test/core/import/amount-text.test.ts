// Amounts and percents typed as text are read as the numbers a person means, and nothing doubtful is read.
import {
  readAmountText,
  readNumberText,
  readPercentText,
} from '../../../src/core/import/amount-text';

describe('readAmountText', () => {
  it.each([
    ['₩1,200,000', 1_200_000, 'KRW'],
    ['1,200,000원', 1_200_000, 'KRW'],
    ['$800,000.50', 800_000.5, 'USD'],
    ['120만원', 1_200_000, 'KRW'],
    ['1.2억', 120_000_000, undefined],
    ['1억 2천만원', 120_000_000, 'KRW'],
    ['3천만', 30_000_000, undefined],
    ['454160', 454_160, undefined],
    ['500.0', 500, undefined],
    ['USD 1,000', 1000, 'USD'],
    ['-500', -500, undefined],
    ['(1,000)', -1000, undefined],
  ])('reads %s as %d', (text, value, currency) => {
    expect(readAmountText(text)).toEqual(currency ? { value, currency } : { value });
  });

  it.each(['1,2', '1.200.000', 'about 5k', '만억', '1억 2억', 'TBD', '', '12,34,567', '2만 1억'])(
    'leaves %j as typed',
    (text) => {
      expect(readAmountText(text)).toBeUndefined();
    },
  );
});

describe('readPercentText', () => {
  it('reads 35% with or without the apostrophe Sheets hides', () => {
    expect(readPercentText('35%')).toBe(0.35);
    expect(readPercentText("'35%")).toBe(0.35);
    expect(readPercentText('12.5 %')).toBe(0.125);
  });
  it('reads nothing without a percent sign', () => {
    expect(readPercentText('35')).toBeUndefined();
    expect(readPercentText('high')).toBeUndefined();
  });
});

describe('readNumberText', () => {
  it('reads bare numbers and grouped thousands', () => {
    expect(readNumberText('50')).toBe(50);
    expect(readNumberText('1,200')).toBe(1200);
    expect(readNumberText('-0.5')).toBe(-0.5);
    expect(readNumberText('5O')).toBeUndefined();
  });
});
