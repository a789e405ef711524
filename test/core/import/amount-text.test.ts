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

describe('readAmountText, one case per rule', () => {
  it.each([
    ['US$500', 500, 'USD'],
    ['500 USD', 500, 'USD'],
    ['500$', 500, 'USD'],
    ['€1,000', 1000, 'EUR'],
    ['£20', 20, 'GBP'],
    ['¥300', 300, 'JPY'],
    ['300엔', 300, 'JPY'],
    ['100달러', 100, 'USD'],
    ['EUR 5', 5, 'EUR'],
    ['GBP 5', 5, 'GBP'],
    ['JPY 5', 5, 'JPY'],
    ['KRW 5', 5, 'KRW'],
    ['￦5', 5, 'KRW'],
    ['  1,000  ', 1000, undefined],
    ['１２０만원', 1_200_000, 'KRW'],
    ['$-500', -500, 'USD'],
    ['-$500', -500, 'USD'],
    ['($500)', -500, 'USD'],
    ['( 500 )', -500, undefined],
    ['만', 10_000, undefined],
    ['십', 10, undefined],
    ['백만원', 1_000_000, 'KRW'],
    ['2천5백', 2500, undefined],
    ['1억5천', 100_005_000, undefined],
    ['1억 2만', 100_020_000, undefined],
    ['1조', 1e12, undefined],
    ['1.5만', 15_000, undefined],
    ['1,000만', 10_000_000, undefined],
    ['0.7억', 70_000_000, undefined],
    ['1.25억', 125_000_000, undefined],
    ['1만 2,000원', 12_000, 'KRW'],
    ['- 500', -500, undefined],
    ['- ₩500', -500, 'KRW'],
    ['₩ - 500', -500, 'KRW'],
  ])('reads %j as %d', (text, value, currency) => {
    expect(readAmountText(text)).toEqual(currency ? { value, currency } : { value });
  });

  it.each([
    '   ',
    '1만1만',
    '1억1억',
    '1만 2천 3천만',
    '$',
    '(',
    '-',
    '5k',
    '1,2만',
    '1.2.3만',
    '$$5',
    '-₩-500',
  ])('leaves %j as typed', (text) => {
    expect(readAmountText(text)).toBeUndefined();
  });
});

describe('readPercentText and readNumberText, one case per rule', () => {
  it.each([
    ['-5%', -0.05],
    ['1.5%', 0.015],
    ['12.55%', 0.1255],
    ["' 35%", 0.35],
    ['  35%  ', 0.35],
    ['３５％', 0.35],
    ['0%', 0],
    ['100%', 1],
  ])('reads %j as %d', (text, value) => expect(readPercentText(text)).toBe(value));
  it.each(['35%%', '%', '3 5%', '35% off', 'x35%', '.5%'])('reads no percent in %j', (text) =>
    expect(readPercentText(text)).toBeUndefined(),
  );
  it.each([
    ['-50', -50],
    [' 50 ', 50],
    ['５０', 50],
    ['0', 0],
    ['1,200,000.5', 1_200_000.5],
  ])('reads %j as the number %d', (text, value) => expect(readNumberText(text)).toBe(value));
  it.each(['-', '', '--5', '1,2', '5%', '$5'])('reads no number in %j', (text) =>
    expect(readNumberText(text)).toBeUndefined(),
  );
});
