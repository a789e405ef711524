// npm start's input: an .xlsx workbook or a CSV export loaded into the emulator, the deals sheet
// checked before anything runs, and the language the workbook itself is written in.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Emulator } from '../emulator';
import { findHeaderRow } from '../src/core/import/table-finder';
import { dealColumn, matchDealHeaders, SHEET_NAMES } from '../src/core/schema';
import { DEALS_SHEET_PROPERTY, headerLanguage } from '../src/sheets/setup-survey';
import { readCsv } from './csv-file';
import { CSV_FILE, type StartOptions, UsageError } from './start-args';

const headerScore = (row: readonly unknown[]) => {
  const m = matchDealHeaders(row);
  return { recognised: Object.keys(m.columns).length, missingRequired: m.missingRequired };
};

/** The sheet name a CSV file's table gets: the file's name without extension (Sheets does the same). */
export function csvSheetName(path: string): string {
  return basename(path).replace(CSV_FILE, '').slice(0, 100) || 'Sheet1';
}

/**
 * Puts a CSV's rows (text cells, as an import keeping text would) into the workbook's first sheet,
 * named after the file, and each of `more` into a sheet of its own beside it. Throws when two files
 * would give the same sheet name.
 */
export function loadCsvSheets(
  emu: Emulator,
  path: string,
  rows: unknown[][],
  more: readonly string[],
): void {
  const name = csvSheetName(path);
  emu.spreadsheet.getSheets()[0].setName(name);
  emu.setValues(name, 'A1', rows);
  for (const file of more) {
    const extra = readCsv(readFileSync(file)).rows;
    const sheetName = csvSheetName(file);
    if (emu.sheetNames().includes(sheetName))
      throw new Error(`${file}: a sheet named "${sheetName}" is already loaded.`);
    emu.spreadsheet.insertSheet(sheetName);
    if (extra.length > 0) emu.setValues(sheetName, 'A1', extra);
  }
}

/**
 * The sheet holding deals (a header row with the required columns among its first rows): the one
 * asked for with --sheet, else Deals/딜, else any. Throws a UsageError naming what is missing.
 */
export function findDealsSheet(emu: Emulator, asked?: string): { name: string; header: unknown[] } {
  const names = emu.sheetNames();
  if (asked !== undefined && !names.includes(asked))
    throw new UsageError(`--sheet "${asked}": no such sheet (sheets: ${names.join(', ')}).`);
  const preferred =
    asked ?? names.find((n) => n === SHEET_NAMES.deals.en || n === SHEET_NAMES.deals.ko);
  const candidates = preferred ? [preferred, ...names.filter((n) => n !== preferred)] : names;
  let best: { name: string; missing: string[] } | undefined;
  for (const name of asked !== undefined ? [asked] : candidates) {
    const values = emu.getValues(name);
    const row = findHeaderRow(values, headerScore);
    if (row !== undefined) return { name, header: values[row] };
    const missing = matchDealHeaders(values[0] ?? []).missingRequired.map((f) => dealColumn(f).en);
    if (!best || missing.length < best.missing.length || name === preferred)
      best = { name, missing };
  }
  if (!best) throw new UsageError('the workbook has no sheets.');
  throw new UsageError(
    `no sheet has the required deal columns: sheet "${best.name}" is missing ${best.missing.join(', ')} (headers may be in English or Korean, e.g. Stage/단계, and Deal/딜, Deal ID or Company/회사).`,
  );
}

/**
 * Loads the workbook or CSV into the emulator (a CSV as text cells in one sheet named after the
 * file, as an import keeping text would; more CSV files each in a sheet of their own), checks its deals sheet, sets the spreadsheet locale to
 * its language (its headers, unless --lang), and remembers --sheet for set-up. Returns the language.
 */
export async function loadInput(emu: Emulator, opts: StartOptions): Promise<'ko' | 'en'> {
  const path = opts.workbook as string;
  if (CSV_FILE.test(path)) {
    const { rows } = readCsv(readFileSync(path));
    if (rows.length === 0) throw new UsageError(`${path}: the file is empty.`);
    try {
      loadCsvSheets(emu, path, rows, opts.moreCsv ?? []);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  } else {
    try {
      await emu.importXlsx(path);
    } catch (err) {
      throw new UsageError(
        `${path}: cannot be read as an .xlsx workbook (${(err as Error).message}).`,
      );
    }
  }
  const deals = findDealsSheet(emu, opts.sheet);
  if (opts.sheet !== undefined) emu.properties.document.set(DEALS_SHEET_PROPERTY, opts.sheet);
  const lang = opts.lang ?? headerLanguage(deals.header) ?? 'en';
  emu.workbook.locale = lang === 'ko' ? 'ko_KR' : 'en_US';
  return lang;
}
