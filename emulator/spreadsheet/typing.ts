// Write-side parsing: what Sheets makes of a string typed into a cell (or written by setValue).
// biome-ignore-all lint/suspicious/noAssignInExpressions: the date patterns are tried in order with `if ((m = re.exec()))`.
import { MONTHS } from '../services/date-format';
import { localeInfo } from './number-format';
import { serialOf } from './serial';

/** The outcome of typing a string into a cell. */
export type Typed =
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: string | number | boolean; format?: string };

export interface TypingOptions {
  locale: string;
  /** The cell's current number format: '@' (plain text) keeps every string as text. */
  cellFormat?: string;
  /** Tells whether `=text` parses as a formula (the formula engine's parser). */
  isFormula(formula: string): boolean;
}

const CURRENCY = /^([$₩€£¥])/;

/**
 * Parses a typed string as Sheets does:
 * - cell format '@' → the string as is; a leading `'` → the rest as text (the apostrophe is not stored);
 * - `=…` → a formula;
 * - `+…`/`-…` that is a number → the number; that is a formula starting with a number, a cell reference,
 *   a parenthesis or a function call (`+1+2`, `-A1`, `+HYPERLINK("x")`) → that formula (`=+…`);
 *   any other `+`/`-` text (`-Acme`) stays text. `@…` stays text (Sheets has no `@` formulas);
 * - TRUE/FALSE → booleans; numbers with the locale's grouping and decimal marks; `12%` → 0.12 (format 0%);
 *   `₩1,000`/`$5` → currency numbers; dates `2026-03-01`, `2026/3/1`, `2026. 3. 1`, the locale's day order
 *   (`3/1/2026` en_US, `1/3/2026` en_GB, `1.3.2026` de_DE), optionally with a time → date serials;
 *   `9:30` → a time; English month names (`March 2026`, `Mar 1, 2026`, `1 March 2026`) → dates;
 *   `(100)` → -100.
 */
export function parseTyped(text: string, opts: TypingOptions): Typed {
  if (opts.cellFormat === '@') return { kind: 'value', value: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const t = text.trim();
  if (!t) return { kind: 'value', value: text };
  const num = parseNumber(t, opts.locale);
  if (num) return { kind: 'value', ...num };
  if (/^[+-]/.test(t) && looksLikeFormula(t) && opts.isFormula(`=${t}`))
    return { kind: 'formula', formula: `=${t}` };
  if (/^(true|false)$/i.test(t)) return { kind: 'value', value: t.toLowerCase() === 'true' };
  const date = parseDate(t, opts.locale);
  if (date) return { kind: 'value', ...date };
  return { kind: 'value', value: text };
}

function looksLikeFormula(t: string): boolean {
  return /^[+-]\s*([A-Za-z_][\w.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+\b|[\d.(])/.test(t);
}

/** A number-like string → number and the format Sheets would give it (percent, grouping, currency). */
export function parseNumber(
  t: string,
  locale: string,
): { value: number; format?: string } | undefined {
  const { decimal, group } = localeInfo(locale);
  // Accounting negatives: (100) and (1,000.50) are -100 and -1000.5.
  const bracketed = /^\((.+)\)$/.exec(t);
  if (bracketed && !/^[-+(]/.test(bracketed[1].trim())) {
    const inner = parseNumber(bracketed[1].trim(), locale);
    return inner && { ...inner, value: -inner.value };
  }
  let s = t;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1).trim();
  }
  let currency: string | undefined;
  const cur = CURRENCY.exec(s);
  if (cur) {
    currency = cur[1];
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const g = group === '.' ? '\\.' : group;
  const d = decimal === '.' ? '\\.' : decimal;
  const re = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
  const m = re.exec(s);
  if (!m || (!m[1] && !m[2])) return undefined;
  if (currency && percent) return undefined;
  const grouped = !!m[1] && m[1].includes(group);
  const intPart = (m[1] ?? '0').split(group).join('');
  let value = Number(`${intPart}.${m[2] ?? '0'}${m[3] ? `e${m[3]}` : ''}`) * sign;
  const decimals = m[2]?.length ?? 0;
  const frac = decimals ? `.${'0'.repeat(decimals)}` : '';
  if (percent) {
    value /= 100;
    return { value: Number(value.toPrecision(15)), format: `0${frac}%` };
  }
  if (currency) return { value, format: `"${currency}"#,##0${frac}` };
  if (grouped) return { value, format: `#,##0${frac}` };
  return { value };
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|오전|오후)?$/i;

function parseTime(t: string): { h: number; mi: number; s: number } | undefined {
  const m = TIME.exec(t.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  const ampm = m[4]?.toLowerCase();
  if (ampm === 'pm' || ampm === '오후') h = (h % 12) + 12;
  if (ampm === 'am' || ampm === '오전') h %= 12;
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return { h, mi, s };
}

/** A date/time-like string → its serial and a matching number format. */
export function parseDate(
  t: string,
  locale: string,
): { value: number; format: string } | undefined {
  const onlyTime = parseTime(t);
  if (onlyTime) {
    const { h, mi, s } = onlyTime;
    return { value: (h * 3600 + mi * 60 + s) / 86400, format: 'h:mm:ss' };
  }
  const named = parseNamedMonth(t);
  if (named) return named;
  const m = /^(\S+(?:\s\d{1,2}\.\s?\d{1,2}\.?)?)(?:\s+(.+))?$/.exec(t);
  if (!m) return undefined;
  const datePart = m[1];
  const time = m[2] ? parseTime(m[2]) : undefined;
  if (m[2] && !time) return undefined;
  let y: number;
  let mo: number;
  let d: number;
  let format: string;
  let parts: RegExpExecArray | null;
  if ((parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart))) {
    [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    format = 'yyyy-mm-dd';
  } else if ((parts = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(datePart))) {
    [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    format = 'yyyy/m/d';
  } else if ((parts = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?$/.exec(datePart))) {
    [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    format = 'yyyy. m. d';
  } else if ((parts = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(datePart))) {
    const dayFirst = locale !== 'en_US' && locale !== 'ko_KR';
    const a = Number(parts[1]);
    const b = Number(parts[2]);
    [y, mo, d] = dayFirst ? [Number(parts[3]), b, a] : [Number(parts[3]), a, b];
    format = localeInfo(locale).date;
  } else return undefined;
  if (!validDay(y, mo, d)) return undefined;
  const serial = serialOf(y, mo, d, time?.h ?? 0, time?.mi ?? 0, time?.s ?? 0);
  return { value: serial, format: time ? `${format} h:mm:ss` : format };
}

/** The month (1–12) an English month name or its 3-letter abbreviation names ("Mar", "Sept."). */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.toLowerCase() === w || m.toLowerCase().slice(0, 3) === w);
  if (i >= 0) return i + 1;
  return w === 'sept' ? 9 : undefined;
}

/**
 * Dates written with an English month name, in any locale: "March 2026" (the 1st), "Mar 1, 2026",
 * "March 1 2026", "1 March 2026", "1-Mar-2026".
 */
function parseNamedMonth(t: string): { value: number; format: string } | undefined {
  let m: RegExpExecArray | null;
  let y: number;
  let mo: number | undefined;
  let d: number;
  let format: string;
  if ((m = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(t))) {
    [mo, d, y, format] = [monthNumber(m[1]), 1, Number(m[2]), 'mmmm yyyy'];
  } else if ((m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(t))) {
    [mo, d, y, format] = [monthNumber(m[1]), Number(m[2]), Number(m[3]), 'mmm d, yyyy'];
  } else if ((m = /^(\d{1,2})[\s-]+([A-Za-z]+\.?)[\s-]+(\d{4})$/.exec(t))) {
    [mo, d, y, format] = [monthNumber(m[2]), Number(m[1]), Number(m[3]), 'd mmmm yyyy'];
  } else return undefined;
  if (mo === undefined || !validDay(y, mo, d)) return undefined;
  return { value: serialOf(y, mo, d, 0, 0, 0), format };
}
