// Reading custom-function arguments as Sheets passes them: single values or 2D ranges, "" for blanks.
import { isDate } from './dates';
import { type Bilingual, bothLanguages, inBoth } from './i18n';
import { parseStatus, type Status } from './stages';

/** One cell value as Sheets hands it to a custom function. */
export type CellValue = string | number | boolean | Date | null | undefined;
/** A custom-function argument: one cell's value or a range as rows of cells. */
export type CellArg = CellValue | CellValue[][];

/** An argument a user typed wrongly. The message names function, argument and row, in both languages. */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/** Throws an ArgumentError `FN: arg row N is X — fix` (row omitted for single values). */
export function fail(
  fn: string,
  arg: string,
  at: number | { column: number } | undefined,
  problem: Bilingual,
): never {
  const where =
    at === undefined
      ? { en: arg, ko: arg }
      : typeof at === 'number'
        ? inBoth('cellArgRow', { arg, row: at })
        : inBoth('cellArgColumn', { arg, column: at.column });
  throw new ArgumentError(
    bothLanguages({
      en: `${fn}: ${where.en} ${problem.en}`,
      ko: `${fn}: ${where.ko} ${problem.ko}`,
    }),
  );
}

/** How a cell value is quoted in an error message. */
export function show(value: CellValue): string {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** A number a formula can use (Number.isFinite is false for anything that is not a number). */
function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

function isRange(value: CellArg): value is CellValue[][] {
  return Array.isArray(value);
}

/**
 * A range argument as a flat list of cells, top to bottom. Accepts one cell, one column or one row.
 * A block wider than one column is an error: the user picked the wrong range.
 */
export function readColumn(fn: string, arg: string, value: CellArg): CellValue[] {
  if (!isRange(value)) return [value];
  // Stryker disable next-line MethodExpression: callers only read the list; the copy guards a change none makes
  if (value.length === 1) return Array.isArray(value[0]) ? value[0].slice() : [value[0]];
  // Stryker disable next-line ArrayDeclaration: the length given up front only saves growing the list
  const out: CellValue[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const row = value[i];
    if (!Array.isArray(row)) {
      out[i] = row;
      continue;
    }
    if (row.length !== 1) {
      fail(
        fn,
        arg,
        undefined,
        inBoth('cellNotOneColumn', { rows: value.length, columns: row.length }),
      );
    }
    out[i] = row[0];
  }
  return out;
}

/** One value from an argument that must be a single cell. */
export function readSingle(fn: string, arg: string, value: CellArg): CellValue {
  if (!isRange(value)) return value;
  if (value.length === 1 && value[0].length === 1) return value[0][0];
  fail(fn, arg, undefined, inBoth('cellNotSingle'));
}

/** Checks that optional parallel columns have the same length as the first; names both when not. */
export function requireSameLength(
  fn: string,
  first: [string, readonly unknown[]],
  ...others: [string, readonly unknown[] | undefined][]
): void {
  for (const [name, values] of others) {
    if (values && values.length !== first[1].length) {
      fail(
        fn,
        name,
        undefined,
        inBoth('cellRowsDiffer', {
          rows: values.length,
          other: first[0],
          otherRows: first[1].length,
        }),
      );
    }
  }
}

/** True when an optional argument was left out (Sheets passes undefined) or left blank. */
export function isOmitted(value: CellArg): boolean {
  return value === undefined || value === null || value === '';
}

/** An amount: a number >= 0; blank counts as 0. */
export function readAmount(fn: string, arg: string, value: CellValue, row: number): number {
  if (value === '' || value === null || value === undefined) return 0;
  if (isFiniteNumber(value)) {
    if (value < 0) {
      fail(fn, arg, row, inBoth('cellNegativeAmount', { value: show(value) }));
    }
    return value;
  }
  fail(fn, arg, row, inBoth('cellNotAmount', { value: show(value) }));
}

/** A status: Open/Won/Lost in English or Korean, any case; blank is Open. */
export function readStatus(fn: string, arg: string, value: CellValue, row: number): Status {
  const status = parseStatus(value);
  if (status) return status;
  fail(fn, arg, row, inBoth('cellNotStatus', { value: show(value) }));
}

/**
 * A status reader that parses each distinct text once: a column repeats a few texts, and
 * normalizing every cell is what makes 100,000 rows slow.
 */
export function statusReader(fn: string, arg: string): (value: CellValue, row: number) => Status {
  const seen = new Map<string, Status>();
  return (value, row) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: any value reads the same with or without the memo
    if (typeof value !== 'string') return readStatus(fn, arg, value, row);
    let status = seen.get(value);
    // Stryker disable next-line ConditionalExpression: reading a text again gives the status it gave before
    if (status === undefined) {
      status = readStatus(fn, arg, value, row);
      seen.set(value, status);
    }
    return status;
  };
}

/** A whole statuses column, or undefined when the optional argument was left out. */
export function readStatuses(fn: string, arg: string, value: CellArg): Status[] | undefined {
  if (isOmitted(value)) return undefined;
  const read = statusReader(fn, arg);
  return readColumn(fn, arg, value).map((v, i) => read(v, i + 1));
}

/** A positive number from a single cell (targets). */
export function readPositive(fn: string, arg: string, value: CellArg): number {
  const v = readSingle(fn, arg, value);
  if (!isFiniteNumber(v)) {
    fail(fn, arg, undefined, inBoth('cellNotPositiveNumber', { value: show(v) }));
  }
  if (v <= 0) {
    fail(fn, arg, undefined, inBoth('cellNotPositive', { value: show(v) }));
  }
  return v;
}

/**
 * A probability: a fraction 0..1 (a cell formatted as %); undefined when blank.
 * 30 is an error telling the user to write 30% (0.3).
 */
export function readProbability(
  fn: string,
  arg: string,
  value: CellValue,
  row: number,
): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (isFiniteNumber(value)) {
    if (value > 1) {
      const fraction = show(Number((value / 100).toPrecision(12)));
      fail(fn, arg, row, inBoth('cellPercentAsNumber', { value: show(value), fraction }));
    }
    if (value < 0) {
      fail(fn, arg, row, inBoth('cellNegativeProbability', { value: show(value) }));
    }
    return value;
  }
  fail(fn, arg, row, inBoth('cellNotProbability', { value: show(value) }));
}

const MS_PER_DAY = 86_400_000;
/** Day number (days since 1970-01-01) of the spreadsheet serial day 0, 1899-12-30. */
const SERIAL_EPOCH_DAY = -25_569;

/**
 * A date cell as a day number (days since 1970-01-01), or undefined when blank.
 * Dates are read by their local calendar fields: in Apps Script that is the script time zone,
 * which the manifest sets to the team's zone (custom functions cannot ask for the sheet's zone).
 * A number is a spreadsheet day serial (day 0 = 1899-12-30; a time of day is dropped).
 */
export function readDay(
  fn: string,
  arg: string,
  value: CellValue,
  row?: number,
): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  // isDate is false for an invalid Date, which falls through to the error below.
  if (isDate(value)) {
    return Math.round(
      Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()) / MS_PER_DAY,
    );
  }
  if (isFiniteNumber(value)) return SERIAL_EPOCH_DAY + Math.floor(value);
  fail(fn, arg, row, inBoth('cellNotDate', { value: show(value) }));
}

/**
 * A date reader that converts each distinct moment once: a column holds a few hundred distinct
 * days, and local calendar fields are slow to compute per cell.
 */
export function dayReader(
  fn: string,
  arg: string,
): (value: CellValue, row: number) => number | undefined {
  const seen = new Map<number, number>();
  return (value, row) => {
    // Stryker disable next-line ConditionalExpression: any value reads the same with or without the memo
    if (!isDate(value)) return readDay(fn, arg, value, row);
    const time = value.getTime();
    let day = seen.get(time);
    // Stryker disable next-line ConditionalExpression: reading a moment again gives the day it gave before
    if (day === undefined) {
      day = readDay(fn, arg, value, row);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a date cell gives a day or an error, never undefined
      if (day !== undefined) seen.set(time, day);
    }
    return day;
  };
}

/** A required single date cell (period bounds, as_of) as a day number. */
export function readDateCell(fn: string, arg: string, value: CellArg): number {
  const day = readDay(fn, arg, readSingle(fn, arg, value));
  if (day === undefined) {
    fail(fn, arg, undefined, inBoth('cellBlankDate'));
  }
  return day;
}
