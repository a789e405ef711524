// History, Alerts and Dashboard sheets: created when missing; History and Alerts get missing columns added.
import type { Lang } from '../core/i18n';
import {
  ALERT_COLUMNS,
  type FieldSpec,
  findColumns,
  HISTORY_COLUMNS,
  placeColumns,
} from '../core/schema';
import { toSheetRows } from '../core/sheet-text';
import { ensureColumns, ownSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What set-up did to a log sheet. */
export interface LogUpgrade {
  created: boolean;
  /** Keys of the columns added to an existing sheet. */
  added: string[];
  /** The user's sheet under the usual name that ours was put beside. */
  besideUsers?: string;
  /** The log sheet and its header row after set-up (History and Alerts). */
  sheet?: GoogleAppsScript.Spreadsheet.Sheet;
  header?: unknown[];
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
  const columns: readonly FieldSpec[] = key === 'history' ? HISTORY_COLUMNS : ALERT_COLUMNS;
  let header: unknown[] = [];
  const readHeader = (s: GoogleAppsScript.Spreadsheet.Sheet) => {
    const width = s.getLastColumn();
    header = width > 0 ? s.getRange(1, 1, 1, width).getValues()[0] : [];
    return [header];
  };
  // A History or Alerts sheet of the user's keeps its rows: ours goes beside it.
  const { sheet, created, besideUsers } = ownSheet(ss, key, lang, readHeader);
  if (created) header = [];
  // Missing headers go where placeColumns already reads and writes them: the right end, in order.
  const missingKeys = findColumns(columns, header).missing;
  const missing = columns.filter((c) => missingKeys.includes(c.key));
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
  const stampIndex = placeColumns(columns, header)[TIMESTAMP_COLUMNS[key]];
  if (sheet.getMaxRows() > 1)
    sheet
      .getRange(2, stampIndex + 1, sheet.getMaxRows() - 1, 1)
      .setNumberFormat('yyyy-mm-dd hh:mm');
  return {
    created,
    added: created ? [] : missing.map((c) => c.key),
    ...(besideUsers ? { besideUsers } : {}),
    sheet,
    header: full,
  };
}

/**
 * Creates the Dashboard sheet with its title when missing (beside a Dashboard of the user's);
 * an existing Dashboard of ours is never touched.
 */
export function ensureDashboardSheet(ss: Spreadsheet, lang: Lang, title: string): LogUpgrade {
  const { sheet, created, besideUsers } = ownSheet(ss, 'dashboard', lang, (s) =>
    s.getRange(1, 1).getValues(),
  );
  if (created) {
    sheet.getRange(1, 1).setValues(toSheetRows([[title]]));
    sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  }
  return { created, added: [], ...(besideUsers ? { besideUsers } : {}) };
}
