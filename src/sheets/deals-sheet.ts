// The Deals sheet: found by name, adopted from a hand-made sheet by its headers, or created; missing columns added.
import type { Lang } from '../core/i18n';
import {
  DEAL_COLUMNS,
  type DealField,
  fieldForHeader,
  type HeaderMatch,
  matchDealHeaders,
  SHEET_NAMES,
  type SheetKey,
  sheetNamesFor,
} from '../core/schema';
import { toSheetRows } from '../core/sheet-text';
import { ensureColumns, findSheet, readSheetValues } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What set-up did to the deals table. */
export interface DealsUpgrade {
  sheet: Sheet;
  values: unknown[][];
  header: HeaderMatch;
  created: boolean;
  /** Name of the hand-made sheet adopted as the deals table, and what it was renamed to. */
  adopted?: { from: string; to: string };
  /** Recognised columns as they were before set-up: field and the header text found. */
  matched: { field: DealField; header: string }[];
  added: DealField[];
  /** Headers of the user's own columns, kept as they are. */
  userColumns: string[];
}

const OUR_SHEET_NAMES = new Set((Object.keys(SHEET_NAMES) as SheetKey[]).flatMap(sheetNamesFor));

/**
 * A hand-made sheet whose first row names at least the required deal columns (the one with most
 * recognised columns wins), or null. Reads only header rows.
 */
function findDealsLikeSheet(ss: Spreadsheet): Sheet | null {
  let best: { sheet: Sheet; score: number } | null = null;
  for (const sheet of ss.getSheets()) {
    if (OUR_SHEET_NAMES.has(sheet.getName())) continue;
    const width = sheet.getLastColumn();
    if (width < 1) continue;
    const match = matchDealHeaders(sheet.getRange(1, 1, 1, width).getValues()[0]);
    const score = Object.keys(match.columns).length;
    if (match.missingRequired.length === 0 && (!best || score > best.score))
      best = { sheet, score };
  }
  return best?.sheet ?? null;
}

/**
 * Finds or creates the deals table and adds the columns it lacks at its right end, headers in
 * `lang`. User columns, rows and values are never moved or changed. One read of the table.
 */
export function ensureDealsSheet(ss: Spreadsheet, lang: Lang): DealsUpgrade {
  let sheet = findSheet(ss, 'deals');
  let created = false;
  let adopted: DealsUpgrade['adopted'];
  if (!sheet) {
    const found = findDealsLikeSheet(ss);
    if (found) {
      const from = found.getName();
      found.setName(SHEET_NAMES.deals[lang]);
      adopted = { from, to: SHEET_NAMES.deals[lang] };
      sheet = found;
    } else {
      sheet = ss.insertSheet(SHEET_NAMES.deals[lang], 0);
      created = true;
    }
  }
  const values = readSheetValues(sheet);
  const headerRow = values[0] ?? [];
  const before = matchDealHeaders(headerRow);
  const matched = DEAL_COLUMNS.filter((c) => before.columns[c.key] !== undefined).map((c) => ({
    field: c.key,
    header: before.matchedHeaders[c.key] ?? '',
  }));
  const userColumns = headerRow
    .filter((h) => String(h ?? '').trim() !== '' && !fieldForHeader(h))
    .map((h) => String(h));
  const missing = DEAL_COLUMNS.filter((c) => before.columns[c.key] === undefined);
  if (missing.length > 0) {
    // After every column that holds anything, so no user data sits under a new header.
    const start = headerRow.length + 1;
    const headers = missing.map((c) => c[lang]);
    ensureColumns(sheet, start + headers.length - 1);
    sheet.getRange(1, start, 1, headers.length).setValues(toSheetRows([headers]));
    if (values.length === 0) values.push([]);
    for (const row of values) {
      while (row.length < start - 1) row.push('');
      row.push(...(row === values[0] ? headers : headers.map(() => '')));
    }
  }
  return {
    sheet,
    values,
    header: matchDealHeaders(values[0]),
    created,
    adopted,
    matched,
    added: missing.map((c) => c.key),
    userColumns,
  };
}
