// Command-line arguments of `npm start`, checked before anything is read or written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseIsoDay } from '../src/core/dates';
import { readAmountText } from '../src/core/import/amount-text';

export interface StartOptions {
  /** The workbook to run on, or undefined for the built-in sample. */
  workbook: string | undefined;
  /** More CSV files, each a sheet beside the first file's (a CRM's stage-history export, say). */
  moreCsv?: string[];
  /** The day the daily job runs for, YYYY-MM-DD. */
  today: string;
  out: string;
  /** Undefined: the workbook's own language (its headers), Korean for the sample. */
  lang: 'ko' | 'en' | undefined;
  owner: string | undefined;
  timeZone: string;
  /** The sheet to adopt as the deals table when several have deal headers. */
  sheet?: string;
  /** ISO 4217 code for Settings' currency, instead of what the data or the locale says. */
  currency?: string;
  /** A target for the period around --today: its amount and the period's length. */
  target?: { amount: number; period: 'month' | 'quarter' };
}

/** A problem with the command line or the input file: printed as one line, exit status 2. */
export class UsageError extends Error {}

export const USAGE =
  'usage: npm start -- [workbook.xlsx | deals.csv [more.csv …]] [--sheet NAME] [--today YYYY-MM-DD] [--out DIR] [--lang ko|en] [--currency CODE] [--target AMOUNT [--period month|quarter]] [--owner EMAIL] [--time-zone ZONE]';

/** Files read as CSV (text tables); anything else must be an .xlsx workbook. */
export const CSV_FILE = /\.(csv|tsv|txt)$/i;

/** Today's date in a time zone as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Parses and checks argv (without node and script). Throws UsageError with a one-line message. */
export function parseStartArgs(argv: readonly string[], now = new Date()): StartOptions {
  const opts: Partial<StartOptions> = {};
  const positional: string[] = [];
  let target: number | undefined;
  let period: 'month' | 'quarter' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--today':
        opts.today = value();
        break;
      case '--out':
        opts.out = value();
        break;
      case '--lang': {
        const lang = value();
        if (lang !== 'ko' && lang !== 'en')
          throw new UsageError(`--lang must be ko or en, not "${lang}".`);
        opts.lang = lang;
        break;
      }
      case '--owner': {
        const owner = value();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(owner))
          throw new UsageError(`--owner "${owner}" is not an email address.`);
        opts.owner = owner;
        break;
      }
      case '--time-zone': {
        const zone = value();
        if (!isZone(zone))
          throw new UsageError(
            `--time-zone "${zone}" is not an IANA time zone such as Asia/Seoul.`,
          );
        opts.timeZone = zone;
        break;
      }
      case '--sheet':
        opts.sheet = value();
        break;
      case '--currency': {
        const code = value().toUpperCase();
        if (!/^[A-Z]{3}$/.test(code))
          throw new UsageError(
            `--currency "${code}" is not a three-letter currency code such as KRW or USD.`,
          );
        opts.currency = code;
        break;
      }
      case '--target': {
        const text = value();
        const reading = readAmountText(text);
        if (!reading || reading.value <= 0)
          throw new UsageError(
            `--target "${text}" is not an amount above 0 (e.g. 50000000, 5,000만).`,
          );
        target = reading.value;
        break;
      }
      case '--period': {
        const p = value();
        if (p !== 'month' && p !== 'quarter')
          throw new UsageError(`--period must be month or quarter, not "${p}".`);
        period = p;
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}. ${USAGE}`);
        positional.push(arg);
    }
  }
  if (positional.length > 1 && !positional.every((p) => CSV_FILE.test(p)))
    throw new UsageError(
      `give one .xlsx workbook, or one or more .csv files (each becomes a sheet), not ${positional.join(', ')}. ${USAGE}`,
    );
  const timeZone = opts.timeZone ?? 'Asia/Seoul';
  const today = opts.today ?? todayIn(timeZone, now);
  if (parseIsoDay(today) === undefined)
    throw new UsageError(`--today "${today}" is not a date written YYYY-MM-DD.`);
  const workbook = positional[0];
  for (const file of positional) checkWorkbookFile(file);
  if (period !== undefined && target === undefined)
    throw new UsageError(`--period needs --target AMOUNT. ${USAGE}`);
  if (opts.sheet !== undefined && workbook === undefined)
    throw new UsageError(`--sheet needs a workbook. ${USAGE}`);
  return {
    workbook,
    ...(positional.length > 1 ? { moreCsv: positional.slice(1) } : {}),
    today,
    out: opts.out ?? 'out',
    lang: opts.lang ?? (workbook === undefined ? 'ko' : undefined),
    owner: opts.owner,
    timeZone,
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.currency !== undefined ? { currency: opts.currency } : {}),
    ...(target !== undefined ? { target: { amount: target, period: period ?? 'month' } } : {}),
  };
}

/** An .xlsx file is a zip archive: check it exists and starts like one before handing it to the reader. */
function checkWorkbookFile(path: string): void {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file.`);
  if (!statSync(path).isFile()) throw new UsageError(`${path}: not a file.`);
  if (CSV_FILE.test(path)) return;
  const head = readFileSync(path).subarray(0, 4);
  if (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new UsageError(
      `${path}: not an .xlsx workbook or a .csv file (save it from your spreadsheet program as .xlsx or .csv).`,
    );
  }
}
