// Display values: formats a cell value by its Sheets number format in the spreadsheet's locale.
import { DAYS, MONTHS } from '../services/date-format';
import { serialParts } from './serial';

/** What a number format makes of a number: which getValues type and which display. */
export type FormatKind = 'general' | 'text' | 'number' | 'percent' | 'date' | 'time' | 'datetime';

/** Apps Script's getNumberFormat() for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

interface LocaleInfo {
  decimal: string;
  group: string;
  date: string;
  dateTime: string;
  time: string;
  months: string[];
  monthsShort: string[];
  days: string[];
  daysShort: string[];
  am: string;
  pm: string;
  currency: string;
}

const KO_DAYS = ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];

const EN: LocaleInfo = {
  decimal: '.',
  group: ',',
  date: 'M/d/yyyy',
  dateTime: 'M/d/yyyy H:mm:ss',
  time: 'h:mm:ss am/pm',
  months: MONTHS,
  monthsShort: MONTHS.map((m) => m.slice(0, 3)),
  days: DAYS,
  daysShort: DAYS.map((d) => d.slice(0, 3)),
  am: 'AM',
  pm: 'PM',
  currency: '$',
};

const LOCALES: Record<string, LocaleInfo> = {
  en_US: EN,
  en_GB: { ...EN, date: 'dd/MM/yyyy', dateTime: 'dd/MM/yyyy HH:mm:ss', currency: '£' },
  ko_KR: {
    decimal: '.',
    group: ',',
    date: 'yyyy. M. d',
    dateTime: 'yyyy. M. d H:mm:ss',
    time: 'am/pm h:mm:ss',
    months: MONTHS.map((_, i) => `${i + 1}월`),
    monthsShort: MONTHS.map((_, i) => `${i + 1}월`),
    days: KO_DAYS,
    daysShort: KO_DAYS.map((d) => d.slice(0, 1)),
    am: '오전',
    pm: '오후',
    currency: '₩',
  },
  de_DE: { ...EN, decimal: ',', group: '.', date: 'd.M.yyyy', dateTime: 'd.M.yyyy H:mm:ss' },
};

/** Locale conventions for a Sheets locale code (`ko_KR`, `en_US`…); unknown codes fall back to en_US. */
export function localeInfo(locale: string): LocaleInfo {
  return LOCALES[locale] ?? LOCALES[locale.replace('-', '_')] ?? EN;
}

/** The number format Sheets gives a cell when a script writes a Date into it. */
export function defaultDateTimeFormat(locale: string): string {
  return localeInfo(locale).dateTime;
}
export function defaultDateFormat(locale: string): string {
  return localeInfo(locale).date;
}

/** Removes quoted literals, escapes and [tags] so tokens can be classified. */
function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** Kinds of the formats seen so far: a sheet has few distinct formats, read for every cell. */
const kinds = new Map<string, FormatKind>();

/** Classifies a number format. */
export function formatKind(format: string | undefined): FormatKind {
  if (!format || format === 'General' || format === DEFAULT_NUMBER_FORMAT) return 'general';
  let kind = kinds.get(format);
  if (kind === undefined) {
    if (kinds.size > 10_000) kinds.clear();
    kind = classify(format);
    kinds.set(format, kind);
  }
  return kind;
}

function classify(format: string): FormatKind {
  const first = stripLiterals(format.split(';')[0]).toLowerCase();
  if (first.trim() === '@') return 'text';
  const hasDate = /[yd]/.test(first) || (/m/.test(first) && !/[hs]/.test(first));
  const hasTime = /[hs]/.test(first) || /am\/pm|a\/p/.test(first);
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  if (first.includes('%')) return 'percent';
  return 'number';
}

/** Formats a general (unformatted) number the way Sheets shows it: up to ~10 significant digits. */
export function formatGeneralNumber(n: number, locale: string): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1e15 || abs < 1e-9) s = n.toExponential(2).replace('e+', 'E+').replace('e-', 'E-');
  else s = String(Number(n.toPrecision(abs >= 1e10 ? 15 : 10)));
  const { decimal } = localeInfo(locale);
  return decimal === '.' ? s : s.replace('.', decimal);
}

/** Formats a value (number, string, boolean) with a number format, as getDisplayValue shows it. */
export function formatValue(value: unknown, format: string | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    const sections = (format ?? '').split(';');
    if (sections.length >= 4) return applyTextSection(sections[3], value);
    return value;
  }
  if (typeof value !== 'number') return String(value);
  const kind = formatKind(format);
  if (kind === 'general') return formatGeneralNumber(value, locale);
  if (kind === 'text') return formatGeneralNumber(value, locale);
  const sections = format!.split(';');
  let section = sections[0];
  let n = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  if (kind === 'date' || kind === 'time' || kind === 'datetime')
    return formatDateSection(section, value, localeInfo(locale));
  return formatNumberSection(section, n, localeInfo(locale));
}

function applyTextSection(section: string, text: string): string {
  return tokenizeLiterals(section)
    .map((t) => (t.literal ? t.text : t.text.replace(/@/g, text)))
    .join('');
}

interface Piece {
  text: string;
  literal: boolean;
}

/** Splits a format section into literal pieces (quoted, escaped, currency tags) and pattern pieces. */
function tokenizeLiterals(section: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  let buf = '';
  const flush = () => {
    if (buf) out.push({ text: buf, literal: false });
    buf = '';
  };
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      flush();
      out.push({ text: section.slice(i + 1, end < 0 ? undefined : end), literal: true });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\' && i + 1 < section.length) {
      flush();
      out.push({ text: section[i + 1], literal: true });
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      flush();
      // [$₩-412] is a currency symbol; [Red], [>100] and the like do not print.
      if (tag.startsWith('$')) out.push({ text: tag.slice(1).split('-')[0], literal: true });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '_' && i + 1 < section.length) {
      flush();
      out.push({ text: ' ', literal: true });
      i += 2;
    } else if (ch === '*' && i + 1 < section.length) {
      i += 2;
    } else {
      buf += ch;
      i++;
    }
  }
  flush();
  return out;
}

function formatNumberSection(section: string, n: number, loc: LocaleInfo): string {
  const pieces = tokenizeLiterals(section);
  const pattern = pieces
    .filter((p) => !p.literal)
    .map((p) => p.text)
    .join('');
  const percent = (pattern.match(/%/g) ?? []).length;
  let value = n * 100 ** percent;
  // Trailing commas after the digits scale by thousands.
  const scale = /[0#?],+(?=[^0#?]*$)/.exec(pattern);
  if (scale) value /= 1000 ** (scale[0].length - 1);
  const digits = /[0#?,]+(\.[0#?]*)?/.exec(pattern)?.[0] ?? '';
  const [intPat, fracPat = ''] = digits.split('.');
  const grouping = /[0#?],[0#?]/.test(intPat);
  const fracDigits = fracPat.length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(fracDigits);
  let [intPart, fracPart = ''] = fixed.split('.');
  while (fracPart.length > minFrac && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  const minInt = (intPat.match(/0/g) ?? []).length;
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, loc.group);
  const number = (negative ? '-' : '') + intPart + (fracPart ? loc.decimal + fracPart : '');
  let placed = false;
  return pieces
    .map((p) => {
      if (p.literal) return p.text;
      return p.text.replace(/[0#?,]+(\.[0#?]*)?|\./g, () => {
        if (placed) return '';
        placed = true;
        return number;
      });
    })
    .join('');
}

function formatDateSection(section: string, serial: number, loc: LocaleInfo): string {
  const pieces = tokenizeLiterals(section);
  const pattern = pieces
    .filter((p) => !p.literal)
    .map((p) => p.text)
    .join('')
    .toLowerCase();
  const twelveHour = /am\/pm|a\/p/.test(pattern);
  const fracMatch = /s+\.(0+)/.exec(pattern);
  const fracDigits = fracMatch ? fracMatch[1].length : 0;
  // Round to the shown precision so 23:59:59.9 does not show as :60.
  const unit = 86400 * 10 ** fracDigits;
  const p = serialParts(Math.round(serial * unit) / unit);
  const pad = (v: number, w = 2) => String(v).padStart(w, '0');
  const out: string[] = [];
  for (const piece of pieces) {
    if (piece.literal) {
      out.push(piece.text);
      continue;
    }
    const src = piece.text;
    const lower = src.toLowerCase();
    let i = 0;
    let lastWasHour = false;
    while (i < src.length) {
      const rest = lower.slice(i);
      const run = (ch: string) => {
        let k = 0;
        while (rest[k] === ch) k++;
        return k;
      };
      if (rest.startsWith('am/pm')) {
        out.push(p.h < 12 ? loc.am : loc.pm);
        i += 5;
      } else if (rest.startsWith('a/p')) {
        out.push(p.h < 12 ? 'a' : 'p');
        i += 3;
      } else if (rest[0] === 'y') {
        const k = run('y');
        out.push(k <= 2 ? pad(p.y % 100) : String(p.y));
        i += k;
      } else if (rest[0] === 'd') {
        const k = run('d');
        out.push(
          k === 1
            ? String(p.d)
            : k === 2
              ? pad(p.d)
              : k === 3
                ? loc.daysShort[p.weekday]
                : loc.days[p.weekday],
        );
        i += k;
      } else if (rest[0] === 'h') {
        const k = run('h');
        const h = twelveHour ? p.h % 12 || 12 : p.h;
        out.push(k >= 2 ? pad(h) : String(h));
        lastWasHour = true;
        i += k;
        continue;
      } else if (rest[0] === 'm') {
        const k = run('m');
        // m right after an hour or right before seconds means minutes.
        const after = lower.slice(i + k).replace(/^[^a-z]*/, '');
        const minutes = k <= 2 && (lastWasHour || after.startsWith('s'));
        if (minutes) out.push(k === 2 ? pad(p.mi) : String(p.mi));
        else
          out.push(
            k === 1
              ? String(p.m)
              : k === 2
                ? pad(p.m)
                : k === 3
                  ? loc.monthsShort[p.m - 1]
                  : loc.months[p.m - 1],
          );
        i += k;
      } else if (rest[0] === 's') {
        const k = run('s');
        out.push(k >= 2 ? pad(p.s) : String(p.s));
        i += k;
        if (fracDigits && lower[i] === '.' && lower[i + 1] === '0') {
          out.push(`.${pad(Math.floor(p.ms / 10 ** (3 - fracDigits)), fracDigits)}`);
          i += 1 + fracDigits;
        }
      } else {
        out.push(src[i]);
        i++;
        continue;
      }
      lastWasHour = false;
    }
  }
  return out.join('');
}
