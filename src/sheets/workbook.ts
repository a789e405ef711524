// The workbook adapter: reads Settings, Deals, History and Alerts in one batch each, and writes back in batches.
import { type Deal, readDealRows } from '../core/deals';
import { type Lang, workbookLang } from '../core/i18n';
import { isOurSheet } from '../core/import/our-sheets';
import { SPARE_ROWS } from '../core/range-reach';
import {
  BESIDE_SHEET_NAMES,
  type DealField,
  type HeaderMatch,
  matchDealHeaders,
  SETTINGS_COLUMNS,
  SHEET_NAMES,
  type SheetKey,
  sheetNamesFor,
} from '../core/schema';
import {
  optionRows,
  type PipelineSettings,
  parseSettings,
  type SettingsProblem,
} from '../core/settings';
import { toSheetRows, toSheetText } from '../core/sheet-text';
import { findStage, parseStatus } from '../core/stages';

export { toSheetRows, toSheetText };

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet and all its values (row 0 = header row); values are [] when the sheet is missing. */
export interface SheetData {
  sheet: Sheet | null;
  values: unknown[][];
}

/** Everything a command needs from the workbook, read once. */
export interface WorkbookSnapshot {
  spreadsheet: Spreadsheet;
  timeZone: string;
  locale: string;
  /** Settings language, or the spreadsheet locale's when Settings says auto. */
  lang: Lang;
  settings: PipelineSettings;
  settingsProblems: SettingsProblem[];
  settingsSheet: SheetData;
  deals: SheetData & { header: HeaderMatch; rows: Deal[] };
  history: SheetData;
  alerts: SheetData;
}

/** The sheet for `key` under its English or Korean name, or null. */
export function findSheet(ss: Spreadsheet, key: SheetKey): Sheet | null {
  for (const name of sheetNamesFor(key)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/**
 * The add-on's own sheet for `key`: the one found under its names when its first rows are ours
 * (or blank), else a new sheet — under the usual name, or beside the user's sheet that has it.
 * `firstRows` gives a found sheet's first rows (callers pass what they already read).
 */
export function ownSheet(
  ss: Spreadsheet,
  key: SheetKey,
  lang: Lang,
  firstRows: (sheet: Sheet) => readonly (readonly unknown[])[],
): { sheet: Sheet; created: boolean; besideUsers?: string } {
  const found = findSheet(ss, key);
  if (found && isOurSheet(key, firstRows(found))) return { sheet: found, created: false };
  const usual = SHEET_NAMES[key][lang];
  const beside = BESIDE_SHEET_NAMES[key]?.[lang];
  const taken = found !== null || ss.getSheetByName(usual) !== null;
  const name = taken && beside ? beside : usual;
  return {
    sheet: ss.insertSheet(name),
    created: true,
    ...(taken ? { besideUsers: found?.getName() ?? usual } : {}),
  };
}

/** All values of a sheet in one read; [] for a missing or empty sheet. */
export function readSheetValues(sheet: Sheet | null): unknown[][] {
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues() as unknown[][];
  // An empty sheet's data range is A1 with "".
  if (values.length === 1 && values[0].every((v) => v === '')) return [];
  return values;
}

/** The language `ss` speaks, read cheaply: Settings only (none yet: its locale). */
export function readWorkbookLang(ss: Spreadsheet): Lang {
  const { settings } = parseSettings(readSheetValues(findSheet(ss, 'settings')));
  return workbookLang(settings.language, ss.getSpreadsheetLocale());
}

/**
 * Reads Settings, Deals, History and Alerts with one getValues each (plus name and locale
 * lookups). Missing sheets give `sheet: null` and no values; missing Settings means defaults.
 * `options.history` / `options.alerts` false skip those logs (given as null and []).
 */
export function readWorkbook(
  ss: Spreadsheet,
  options: { history?: boolean; alerts?: boolean } = {},
): WorkbookSnapshot {
  const timeZone = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const settingsSheet = findSheet(ss, 'settings');
  const settingsValues = readSheetValues(settingsSheet);
  const { settings, problems } = parseSettings(settingsValues);
  const dealsSheet = findSheet(ss, 'deals');
  const dealValues = readSheetValues(dealsSheet);
  const header = matchDealHeaders(dealValues[0] ?? []);
  const rows = readDealRows(
    dealValues,
    header.columns,
    (label) => findStage(settings.stages, label),
    parseStatus,
    timeZone,
  );
  // Commands that do not need a log can skip reading it (it only grows).
  const historySheet = options.history === false ? null : findSheet(ss, 'history');
  const alertsSheet = options.alerts === false ? null : findSheet(ss, 'alerts');
  return {
    spreadsheet: ss,
    timeZone,
    locale,
    lang: workbookLang(settings.language, locale),
    settings,
    settingsProblems: problems,
    settingsSheet: { sheet: settingsSheet, values: settingsValues },
    deals: { sheet: dealsSheet, values: dealValues, header, rows },
    history: { sheet: historySheet, values: readSheetValues(historySheet) },
    alerts: { sheet: alertsSheet, values: readSheetValues(alertsSheet) },
  };
}

/** Makes sure the sheet has at least `rows` rows (Sheets rejects ranges past the grid). */
export function ensureRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}

/** Makes sure the sheet has at least `columns` columns. */
export function ensureColumns(sheet: Sheet, columns: number): void {
  const max = sheet.getMaxColumns();
  if (columns > max) sheet.insertColumnsAfter(max, columns - max);
}

/**
 * Appends rows after the sheet's last row in one setValues (rows padded to the same width),
 * every string made formula-safe. A grid too short for them grows with SPARE_ROWS to spare (see
 * core/range-reach), so a log does not grow its grid on every append. Does nothing for no rows.
 */
export function appendRows(sheet: Sheet, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const padded = toSheetRows(
    rows.map((r) => (r.length < width ? [...r, ...new Array(width - r.length).fill('')] : r)),
  );
  const first = sheet.getLastRow() + 1;
  const last = first + rows.length - 1;
  const gridRows = sheet.getMaxRows();
  if (last > gridRows) sheet.insertRowsAfter(gridRows, last + SPARE_ROWS - gridRows);
  sheet.getRange(first, 1, rows.length, width).setValues(padded);
}

/**
 * Writes changed cells of one Deals column in one setValues over the rows from the first to the
 * last change. Cells in between keep their content: their values from the snapshot, or their
 * formulas (read with one getFormulas, only when such cells exist). Updates the snapshot's values.
 * Returns false when the column or the sheet is missing.
 */
export function writeDealColumn(
  snapshot: Pick<WorkbookSnapshot, 'deals'>,
  field: DealField,
  updates: ReadonlyMap<number, unknown>,
): boolean {
  const { sheet, values, header } = snapshot.deals;
  const col = header.columns[field];
  if (!sheet || col === undefined) return false;
  if (updates.size === 0) return true;
  const rows = [...updates.keys()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const height = last - first + 1;
  const range = sheet.getRange(first, col + 1, height, 1);
  const formulas = height > updates.size ? (range.getFormulas() as string[][]) : undefined;
  const out: unknown[][] = [];
  for (let r = first; r <= last; r++) {
    if (updates.has(r)) {
      const v = updates.get(r);
      out.push([toSheetText(v)]);
      while (values.length < r) values.push([]);
      values[r - 1][col] = v;
    } else {
      const formula = formulas?.[r - first][0];
      out.push([formula ? formula : toSheetText(values[r - 1]?.[col] ?? '')]);
    }
  }
  range.setValues(out);
  return true;
}

/**
 * Sets Settings `report_date` (one write) and the snapshot's settings. Returns false when there
 * is no Settings sheet or no report_date row (run set-up).
 */
export function setReportDate(
  snapshot: Pick<WorkbookSnapshot, 'settingsSheet' | 'settings'>,
  date: Date,
): boolean {
  const { sheet, values } = snapshot.settingsSheet;
  const row = optionRows(values).get('report_date');
  if (!sheet || row === undefined) return false;
  sheet.getRange(row, SETTINGS_COLUMNS.optionValue + 1).setValue(date);
  values[row - 1][SETTINGS_COLUMNS.optionValue] = date;
  snapshot.settings.reportDate = date;
  return true;
}
