// History, Alerts and Dashboard sheets: created when missing; History and Alerts get missing columns added.
import type { Lang } from '../core/i18n';
import { toSheetRows } from '../core/sheet-text';
import { labelKey } from '../core/stages';
import { ALERT_COLUMNS, HISTORY_COLUMNS, SHEET_NAMES } from './schema';
import { ensureColumns, findSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface LogColumn {
  key: string;
  en: string;
  ko: string;
}

/** What set-up did to a log sheet. */
export interface LogUpgrade {
  created: boolean;
  /** Keys of the columns added to an existing sheet. */
  added: string[];
}

/** Columns shown as date and time in each log. */
const TIMESTAMP_COLUMNS: Record<'history' | 'alerts', string> = {
  history: 'changedAt',
  alerts: 'at',
};

/**
 * Creates the History or Alerts sheet with its header, or adds the header cells it lacks at the
 * right end. Rows are never touched (both are append-only logs). One read of the header row.
 */
export function ensureLogSheet(ss: Spreadsheet, key: 'history' | 'alerts', lang: Lang): LogUpgrade {
  const columns: readonly LogColumn[] = key === 'history' ? HISTORY_COLUMNS : ALERT_COLUMNS;
  let sheet = findSheet(ss, key);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(SHEET_NAMES[key][lang]);
  const width = sheet.getLastColumn();
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  const present = new Set(header.map((h) => labelKey(String(h ?? ''))));
  const missing = columns.filter(
    (c) => !present.has(labelKey(c.en)) && !present.has(labelKey(c.ko)),
  );
  const start = header.length + 1;
  if (missing.length > 0) {
    ensureColumns(sheet, start + missing.length - 1);
    sheet
      .getRange(1, start, 1, missing.length)
      .setValues(toSheetRows([missing.map((c) => c[lang])]));
  }
  const full = [...header, ...missing.map((c) => c[lang])];
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, full.length).setFontWeight('bold');
  const stampKey = TIMESTAMP_COLUMNS[key];
  const stamp = columns.find((c) => c.key === stampKey);
  const stampIndex = stamp
    ? full.findIndex((h) => [labelKey(stamp.en), labelKey(stamp.ko)].includes(labelKey(String(h))))
    : -1;
  if (stampIndex >= 0 && sheet.getMaxRows() > 1)
    sheet
      .getRange(2, stampIndex + 1, sheet.getMaxRows() - 1, 1)
      .setNumberFormat('yyyy-mm-dd hh:mm');
  return { created, added: created ? [] : missing.map((c) => c.key) };
}

/** Creates the Dashboard sheet with its title when missing; an existing Dashboard is never touched. */
export function ensureDashboardSheet(ss: Spreadsheet, lang: Lang, title: string): boolean {
  if (findSheet(ss, 'dashboard')) return false;
  const sheet = ss.insertSheet(SHEET_NAMES.dashboard[lang]);
  sheet.getRange(1, 1).setValues(toSheetRows([[title]]));
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  return true;
}
