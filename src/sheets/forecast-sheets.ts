// Forecast model (예측 모델) and Forecast log (예측 기록) sheets: rewritten / appended from the
// workbook snapshot the caller already read — one write for the model, one read and at most one
// append for the log.
import { dayNumber, isDate } from '../core/dates';
import {
  FORECAST_LOG_HEADER,
  forecastModelRows,
  isFormulaCell,
  planForecastLog,
  type WorkbookForecast,
  workbookForecast,
} from '../core/forecast/model-sheet';
import { SHEET_NAMES } from '../core/schema';
import { toSheetText } from '../core/sheet-text';
import { appendRows, findSheet, readSheetValues, type WorkbookSnapshot } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ForecastRefresh {
  forecast: WorkbookForecast;
  modelRows: number;
  logged: number;
}

/**
 * Writes `rows` from A1 in one setValues, blanking what an earlier, larger write left. Our own
 * formula cells go in as formulas; every other value is written formula-safe (stage names are the
 * user's text).
 */
function overwrite(sheet: Sheet, rows: readonly (readonly unknown[])[]): void {
  const height = Math.max(rows.length, sheet.getLastRow());
  const width = Math.max(1, ...rows.map((r) => r.length), sheet.getLastColumn());
  const grid = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''),
  );
  if (sheet.getMaxRows() < height)
    sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet
    .getRange(1, 1, height, width)
    .setValues(grid.map((row) => row.map((v) => (isFormulaCell(v) ? v.formula : toSheetText(v)))));
}

/**
 * Refits the forecast from the snapshot's Deals and History as of the start of today and writes the
 * Forecast model sheet (created when missing) and this week's Forecast log rows. Service calls
 * added: the model sheet's one write (plus its size lookups), the log's one read and, once a week
 * per period, one append — whatever the number of deals.
 */
export function refreshForecastSheets(snapshot: WorkbookSnapshot, now: Date): ForecastRefresh {
  const ss = snapshot.spreadsheet;
  const { timeZone, lang } = snapshot;
  const today = dayNumber(now, timeZone);
  const forecast = workbookForecast(
    snapshot.deals.rows,
    snapshot.history.values,
    snapshot.settings.stages,
    timeZone,
    today,
  );
  const model = findSheet(ss, 'forecastModel') ?? ss.insertSheet(SHEET_NAMES.forecastModel[lang]);
  const rows = forecastModelRows(forecast, snapshot.settings.stages, lang);
  overwrite(model, rows);
  let log = findSheet(ss, 'forecastLog');
  const created = !log;
  if (!log) log = ss.insertSheet(SHEET_NAMES.forecastLog[lang]);
  const values = created ? [] : readSheetValues(log);
  const dayOf = (v: unknown) => (isDate(v) ? dayNumber(v, timeZone) : undefined);
  const logRows = planForecastLog(forecast, values, dayOf, now);
  const header = values.length === 0 ? [[...FORECAST_LOG_HEADER[lang]]] : [];
  appendRows(log, [...header, ...logRows]);
  return { forecast, modelRows: rows.length, logged: logRows.length };
}
