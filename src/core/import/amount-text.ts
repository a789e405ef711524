// Numbers people type as text: amounts with currency signs, thousands commas and Korean units (만, 억), percents.

/** An amount read from text, with the currency its sign or unit names (when it names one). */
export interface AmountReading {
  value: number;
  currency?: string;
}

/** Currency signs, codes and suffixes, longest first so that "US$" wins over "$". */
const CURRENCY_MARKS: readonly [string, string][] = [
  ['US$', 'USD'],
  ['KRW', 'KRW'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['JPY', 'JPY'],
  ['₩', 'KRW'],
  ['￦', 'KRW'],
  ['원', 'KRW'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['엔', 'JPY'],
  ['달러', 'USD'],
];

const SMALL_UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const BIG_UNITS: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };

/** A plain decimal number: digits with an optional fraction, or properly grouped thousands (1,200,000.50). */
const PLAIN_NUMBER = /^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/** Removes float noise such as 1.2 × 1e8 = 120000000.00000001. */
function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

/** A plain number from text ("1,200,000", "800000.50"), or undefined. */
function plainNumber(text: string): number | undefined {
  if (!PLAIN_NUMBER.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/**
 * A number written with Korean units: "120만", "1.2억", "1억 2천만", "3천". Units must come in
 * descending order (억 before 만); anything else is not a reading.
 */
function koreanNumber(text: string): number | undefined {
  // Stryker disable next-line ArrayDeclaration: match finds nothing only in empty text, which has no unit either way
  const tokens = text.replace(/\s+/g, '').match(/\d[\d,]*(?:\.\d+)?|[십백천만억조]|./g) ?? [];
  let total = 0;
  let group = 0;
  let num: number | undefined;
  let lastBig = Number.POSITIVE_INFINITY;
  let sawUnit = false;
  for (const t of tokens) {
    // Stryker disable next-line Regex: a token with a digit is a number token, which starts with it
    if (/^\d/.test(t)) {
      // Stryker disable next-line ConditionalExpression: two numbers never follow each other once spaces are gone
      if (num !== undefined) return undefined;
      num = plainNumber(t);
      if (num === undefined) return undefined;
    } else if (t in SMALL_UNITS) {
      group += (num ?? 1) * SMALL_UNITS[t];
      num = undefined;
      sawUnit = true;
    } else if (t in BIG_UNITS) {
      const unit = BIG_UNITS[t];
      if (unit >= lastBig) return undefined;
      const n = group + (num ?? 0);
      total += (n === 0 ? 1 : n) * unit;
      lastBig = unit;
      group = 0;
      num = undefined;
      sawUnit = true;
    } else return undefined;
  }
  if (!sawUnit) return undefined;
  return tidy(total + group + (num ?? 0));
}

/**
 * An amount from text: "₩1,200,000", "1,200,000원", "$800,000.50", "120만원", "1.2억", "-500",
 * "(500)" for a negative. Undefined for anything that is not clearly one number (e.g. "1,2",
 * "1.200.000", "about 5k"), which then stays as typed.
 */
export function readAmountText(raw: string): AmountReading | undefined {
  let text = raw.normalize('NFKC').trim();
  // Stryker disable next-line ConditionalExpression,StringLiteral: empty text reads as no number below too
  if (text === '') return undefined;
  let sign = 1;
  // Stryker disable next-line Regex: unanchored, the slice below leaves a parenthesis that no number reads
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-')) {
    sign = -sign;
    text = text.slice(1).trim();
  }
  let currency: string | undefined;
  for (const [mark, code] of CURRENCY_MARKS) {
    const at = text.startsWith(mark) ? 'start' : text.endsWith(mark) ? 'end' : undefined;
    if (!at) continue;
    text = (at === 'start' ? text.slice(mark.length) : text.slice(0, -mark.length)).trim();
    currency = code;
    break;
  }
  if (text.startsWith('-') && sign === 1) {
    sign = -1;
    text = text.slice(1).trim();
  }
  const value = plainNumber(text) ?? koreanNumber(text);
  if (value === undefined) return undefined;
  return { value: sign * value, ...(currency ? { currency } : {}) };
}

/** A percent written with a sign ("35%", "'35 %", "12.5%") as a fraction, or undefined. */
export function readPercentText(raw: string): number | undefined {
  const m = /^'?\s*(-?\d+(?:\.\d+)?)\s*%$/.exec(raw.normalize('NFKC').trim());
  return m ? tidy(Number(m[1]) / 100) : undefined;
}

/** A bare number written as text ("50", "0.35", "1,200"), or undefined. */
export function readNumberText(raw: string): number | undefined {
  const text = raw.normalize('NFKC').trim();
  const negative = text.startsWith('-');
  const n = plainNumber(negative ? text.slice(1) : text);
  return n === undefined ? undefined : negative ? -n : n;
}
