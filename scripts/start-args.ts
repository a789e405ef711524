// Command-line arguments of `npm start`, checked before anything is read or written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseIsoDay } from '../src/core/dates';

export interface StartOptions {
  /** The workbook to run on, or undefined for the built-in sample. */
  workbook: string | undefined;
  /** The day the daily job runs for, YYYY-MM-DD. */
  today: string;
  out: string;
  lang: 'ko' | 'en';
  owner: string | undefined;
  timeZone: string;
}

/** A problem with the command line or the input file: printed as one line, exit status 2. */
export class UsageError extends Error {}

export const USAGE =
  'usage: npm start -- [workbook.xlsx] [--today YYYY-MM-DD] [--out DIR] [--lang ko|en] [--owner EMAIL] [--time-zone ZONE]';

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
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}. ${USAGE}`);
        positional.push(arg);
    }
  }
  if (positional.length > 1)
    throw new UsageError(`give at most one workbook, not ${positional.length}. ${USAGE}`);
  const timeZone = opts.timeZone ?? 'Asia/Seoul';
  const today = opts.today ?? todayIn(timeZone, now);
  if (parseIsoDay(today) === undefined)
    throw new UsageError(`--today "${today}" is not a date written YYYY-MM-DD.`);
  const workbook = positional[0];
  if (workbook !== undefined) checkWorkbookFile(workbook);
  return {
    workbook,
    today,
    out: opts.out ?? 'out',
    lang: opts.lang ?? 'ko',
    owner: opts.owner,
    timeZone,
  };
}

/** An .xlsx file is a zip archive: check it exists and starts like one before handing it to the reader. */
function checkWorkbookFile(path: string): void {
  if (!existsSync(path)) throw new UsageError(`${path}: no such file.`);
  if (!statSync(path).isFile()) throw new UsageError(`${path}: not a file.`);
  const head = readFileSync(path).subarray(0, 4);
  if (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new UsageError(
      `${path}: not an .xlsx workbook (save it from your spreadsheet program as .xlsx).`,
    );
  }
}
