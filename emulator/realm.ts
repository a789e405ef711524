// The script's realm: a VM context whose Date follows the emulator clock, the bundle loaded into it, and
// the script time zone the manifest declares.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import type { Clock } from './runtime';
import type { Realm } from './spreadsheet/context';

const REPO = resolve(__dirname, '..');

/** The custom-function names of a bundle: global functions whose JSDoc has @customfunction. */
export function customFunctionNames(code: string): string[] {
  const out: string[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([\w$]+)\s*\(/g;
  for (const m of code.matchAll(re)) if (/@customfunction\b/.test(m[1])) out.push(m[2]);
  return out;
}

/** The bundle's source ('' without one) and its path; `false` = no bundle, undefined = dist/Code.js. */
export function readBundle(option: string | false | undefined): { path?: string; code: string } {
  if (option === false) return { code: '' };
  const path = resolve(option ?? join(REPO, 'dist', 'Code.js'));
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return { path, code: readFileSync(path, 'utf8') };
}

/** appsscript.json's timeZone (Asia/Seoul when the manifest has none). */
export function manifestTimeZone(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(REPO, 'appsscript.json'), 'utf8')) as {
      timeZone?: string;
    };
    return manifest.timeZone ?? 'Asia/Seoul';
  } catch {
    return 'Asia/Seoul';
  }
}

/** A fresh VM context for the script, and a Realm that builds Arrays and Dates inside it. */
export function createScriptRealm(clock: Clock): { global: vm.Context; realm: Realm } {
  const global = vm.createContext({});
  // Scripts read the time with new Date() / Date.now(): both follow the emulator clock. A Proxy (not
  // a subclass) keeps `instanceof Date` true for every Date of the realm.
  (global as Record<string, unknown>).__emulatorNow = () => clock.nowMs();
  // Returns a maker of the realm's Dates from milliseconds that skips the Proxy (values read from
  // cells are many): the same Date, as the Proxy builds it with the real constructor.
  const makeDate = vm.runInContext(
    `(() => {
      const RealDate = Date;
      const now = __emulatorNow;
      delete globalThis.__emulatorNow;
      globalThis.Date = new Proxy(RealDate, {
        construct(target, args, newTarget) {
          // new Date(…) itself builds the real Date directly; a subclass goes through Reflect.
          if (newTarget === globalThis.Date) return args.length ? new target(...args) : new target(now());
          return Reflect.construct(target, args.length ? args : [now()], newTarget);
        },
        apply() { return new RealDate(now()).toString(); },
        get(target, key) { return key === 'now' ? () => now() : Reflect.get(target, key); },
      });
      return (ms) => new RealDate(ms);
    })()`,
    global,
  ) as (ms: number) => Date;
  const RealmArray = vm.runInContext('Array', global) as ArrayConstructor;
  // Copies rows into the realm's arrays with a loop that runs inside it: one call per block of cells.
  const makeRows = vm.runInContext(
    `(rows) => {
      const out = [];
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        const copy = [];
        for (let j = 0; j < row.length; j++) copy.push(row[j]);
        out.push(copy);
      }
      return out;
    }`,
    global,
  ) as <T>(rows: T[][]) => T[][];
  const makeGrid = vm.runInContext(
    `(cells, width) => {
      const out = [];
      for (let i = 0; i < cells.length; i += width) {
        const row = new Array(width);
        for (let j = 0; j < width; j++) row[j] = cells[i + j];
        out.push(row);
      }
      return out;
    }`,
    global,
  ) as <T>(cells: T[], width: number) => T[][];
  return {
    global,
    realm: {
      array: (items) => RealmArray.from(items),
      rows: makeRows,
      grid: makeGrid,
      date: makeDate,
    },
  };
}
