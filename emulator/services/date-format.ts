// Java SimpleDateFormat patterns, as Utilities.formatDate applies them, rendered in a given time zone.

import { pad, type WallClock, wallClock, zoneName } from './zone';

/** English month and weekday names (Java's and Sheets' en locale). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

type Token = { literal: string } | { letter: string; count: number };

/** Splits a pattern into letter runs and literals; throws Java's error for unknown letters. */
export function tokenizePattern(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && 'literal' in last) last.literal += text;
    else tokens.push({ literal: text });
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        literal("'");
        i += 2;
        continue;
      }
      // Quoted text runs to the next lone quote; '' inside it is a quote character.
      let text = '';
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        text += pattern[i++];
      }
      if (i >= pattern.length) throw new Error('Unterminated quote');
      i++;
      literal(text);
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      let count = 1;
      while (pattern[i + count] === c) count++;
      tokens.push({ letter: c, count });
      i += count;
      continue;
    }
    literal(c);
    i++;
  }
  return tokens;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function dayOfYear(w: WallClock): number {
  return (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000 + 1;
}

/** Week of year and week-based year with Java's US defaults: weeks start Sunday, week 1 holds 1 Jan. */
function weekOfYear(w: WallClock): { week: number; weekYear: number } {
  const doy = dayOfYear(w);
  const daysInYear = isLeap(w.year) ? 366 : 365;
  if (doy + (6 - w.weekday) > daysInYear) return { week: 1, weekYear: w.year + 1 };
  const jan1 = (w.weekday - ((doy - 1) % 7) + 7) % 7;
  return { week: Math.floor((doy - 1 + jan1) / 7) + 1, weekYear: w.year };
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function offsetText(offset: number, style: 'Z' | 'X', count: number): string {
  if (style === 'X' && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(offset) / 60), 2);
  const m = pad(Math.abs(offset) % 60, 2);
  if (style === 'Z') return `${sign}${h}${m}`;
  if (count === 1) return `${sign}${h}`;
  if (count === 2) return `${sign}${h}${m}`;
  if (count === 3) return `${sign}${h}:${m}`;
  throw new Error(`invalid ISO 8601 format: length=${count}`);
}

function field(letter: string, count: number, w: WallClock, ms: number, zone: string): string {
  switch (letter) {
    case 'G':
      return w.year > 0 ? 'AD' : 'BC';
    case 'y': {
      const y = w.year > 0 ? w.year : 1 - w.year;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case 'Y': {
      const y = weekOfYear(w).weekYear;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[w.month - 1], count) : pad(w.month, count);
    case 'w':
      return pad(weekOfYear(w).week, count);
    case 'W': {
      const firstWeekday = (w.weekday - ((w.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((w.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D':
      return pad(dayOfYear(w), count);
    case 'd':
      return pad(w.day, count);
    case 'F':
      return pad(Math.floor((w.day - 1) / 7) + 1, count);
    case 'E':
      return text(DAYS[w.weekday], count);
    case 'u':
      return pad(w.weekday === 0 ? 7 : w.weekday, count);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.hour, count);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, count);
    case 'K':
      return pad(w.hour % 12, count);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, count);
    case 'm':
      return pad(w.minute, count);
    case 's':
      return pad(w.second, count);
    case 'S':
      return pad(w.millisecond, count);
    case 'z':
      return zoneName(ms, zone, count >= 4);
    case 'Z':
      return offsetText(w.offsetMinutes, 'Z', count);
    case 'X':
      return offsetText(w.offsetMinutes, 'X', count);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats the instant `ms` with a Java SimpleDateFormat `pattern` in `timeZone`, in English
 * (Apps Script's formatDate uses English names whatever the user's locale).
 */
export function formatDatePattern(ms: number, timeZone: string, pattern: string): string {
  const w = wallClock(ms, timeZone);
  return tokenizePattern(pattern)
    .map((t) => ('literal' in t ? t.literal : field(t.letter, t.count, w, ms, timeZone)))
    .join('');
}
