// The Deals sheet: found by name, or chosen among the user's sheets with deal headers (header row
// among the first rows), then adopted in place, copied beside (header below row 1) or created.
import { isDate, parseIsoDay } from '../core/dates';
import type { Lang } from '../core/i18n';
import { type ChoiceReason, chooseDealsSheet, findHeaderRow } from '../core/import/table-finder';
import {
  BESIDE_SHEET_NAMES,
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
import { ensureColumns, ensureRows, findSheet, readSheetValues } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What set-up found before changing anything: the table, where its header is, and why this sheet. */
export interface DealsSurvey {
  /** The sheet holding the deals as found, or null (a Deals sheet will be created). */
  sheet: Sheet | null;
  /** The table from its header row down (row 0 = header), as the Deals sheet will hold it. */
  table: unknown[][];
  /** 0-based row of the header in the found sheet. */
  headerRow: number;
  /** The sheet already has the add-on's name (Deals / 딜). */
  named: boolean;
  choice?: { reason: ChoiceReason | 'asked'; others: string[] };
  /** The user's other sheets the survey read (no deal header), by name: a stage history may be one. */
  read: Map<string, unknown[][]>;
}

/** Every name of the add-on's own sheets other than Deals, in both languages. */
export const OUR_SHEET_NAMES = new Set(
  (Object.keys(SHEET_NAMES) as SheetKey[]).filter((k) => k !== 'deals').flatMap(sheetNamesFor),
);

const headerScore = (row: readonly unknown[]) => {
  const m = matchDealHeaders(row);
  return { recognised: Object.keys(m.columns).length, missingRequired: m.missingRequired };
};

/** The latest date in a table's date columns (Dates, or ISO text), as a day number. */
function latestDay(table: readonly (readonly unknown[])[]): number | undefined {
  const { columns } = matchDealHeaders(table[0] ?? []);
  const dateCols = DEAL_COLUMNS.filter(
    (c) => c.kind === 'date' && columns[c.key] !== undefined,
  ).map((c) => columns[c.key] as number);
  let latest: number | undefined;
  for (let r = 1; r < table.length; r++)
    for (const c of dateCols) {
      const v = table[r][c];
      const day = isDate(v)
        ? Math.floor(v.getTime() / 86_400_000)
        : typeof v === 'string'
          ? parseIsoDay(v.slice(0, 10))
          : undefined;
      if (day !== undefined && (latest === undefined || day > latest)) latest = day;
    }
  return latest;
}

function dataRowCount(table: readonly (readonly unknown[])[]): number {
  return table.slice(1).filter((r) => r.some((v) => v !== '' && v !== null)).length;
}

/**
 * Finds the deals table without changing anything: the sheet named Deals/딜, else `preferred`,
 * else the one chosen by rule among the user's sheets whose header row (among the first rows)
 * names the required columns. Reads each candidate sheet once.
 */
export function surveyDeals(ss: Spreadsheet, preferred?: string): DealsSurvey {
  const named = findSheet(ss, 'deals');
  const pick = (sheet: Sheet, values: unknown[][]) => {
    const headerRow = findHeaderRow(values, headerScore) ?? 0;
    return { sheet, table: values.slice(headerRow), headerRow };
  };
  const read = new Map<string, unknown[][]>();
  if (named) return { ...pick(named, readSheetValues(named)), named: true, read };
  const found: { sheet: Sheet; table: unknown[][]; headerRow: number }[] = [];
  for (const sheet of ss.getSheets()) {
    if (OUR_SHEET_NAMES.has(sheet.getName()) || sheet.getLastColumn() < 1) continue;
    const values = readSheetValues(sheet);
    if (findHeaderRow(values, headerScore) === undefined) {
      read.set(sheet.getName(), values);
      continue;
    }
    found.push(pick(sheet, values));
  }
  const others = (chosen: Sheet) =>
    found.filter((f) => f.sheet !== chosen).map((f) => f.sheet.getName());
  const asked = preferred ? found.find((f) => f.sheet.getName() === preferred) : undefined;
  if (asked)
    return {
      ...asked,
      named: false,
      choice: { reason: 'asked', others: others(asked.sheet) },
      read,
    };
  const choice = chooseDealsSheet(
    found.map((f) => ({
      name: f.sheet.getName(),
      rows: dataRowCount(f.table),
      latestDay: latestDay(f.table),
    })),
  );
  if (!choice) return { sheet: null, table: [], headerRow: 0, named: false, read };
  const chosen = found.find((f) => f.sheet.getName() === choice.chosen.name) as (typeof found)[0];
  return {
    ...chosen,
    named: false,
    choice: { reason: choice.reason, others: others(chosen.sheet) },
    read,
  };
}

/** What set-up did to the deals table. */
export interface DealsUpgrade {
  sheet: Sheet;
  values: unknown[][];
  header: HeaderMatch;
  created: boolean;
  /** Name of the hand-made sheet adopted as the deals table, and what it was renamed to. */
  adopted?: { from: string; to: string };
  /** The sheet the rows were copied into when the header was below row 1. */
  copiedTo?: string;
  /** Recognised columns as they were before set-up: field and the header text found. */
  matched: { field: DealField; header: string }[];
  added: DealField[];
  /** Headers of the user's own columns, kept as they are. */
  userColumns: string[];
}

/** The header a survey's table will have after set-up: missing columns appended in `lang`. */
export function plannedHeader(
  table: readonly (readonly unknown[])[],
  lang: Lang,
): { header: HeaderMatch; added: DealField[]; row: unknown[] } {
  const before = table[0] ?? [];
  const found = matchDealHeaders(before);
  const missing = DEAL_COLUMNS.filter((c) => found.columns[c.key] === undefined);
  const row = [...before, ...missing.map((c) => c[lang])];
  return { header: matchDealHeaders(row), added: missing.map((c) => c.key), row };
}

/**
 * Makes the surveyed table the Deals sheet: renames a hand-made sheet whose header is on row 1,
 * copies one whose header is lower into a new Deals sheet (the user's sheet is left as it is), or
 * creates one; then adds the missing columns at the right end, headers in `lang`. User columns,
 * rows and values are never moved or changed.
 */
export function upgradeDealsSheet(ss: Spreadsheet, survey: DealsSurvey, lang: Lang): DealsUpgrade {
  let sheet = survey.sheet;
  let created = false;
  let adopted: DealsUpgrade['adopted'];
  let copiedTo: string | undefined;
  const values = survey.table.map((r) => [...r]);
  if (sheet && survey.headerRow > 0) {
    const usual = SHEET_NAMES.deals[lang];
    // The same name the survey reported (see dealsCopyName).
    const name = ss.getSheetByName(usual) ? (BESIDE_SHEET_NAMES.deals?.[lang] ?? usual) : usual;
    const copy = ss.insertSheet(name, 0);
    const width = Math.max(1, ...values.map((r) => r.length));
    const rows = values.map((r) => [...r, ...new Array(width - r.length).fill('')]);
    ensureRows(copy, rows.length);
    ensureColumns(copy, width);
    copy.getRange(1, 1, rows.length, width).setValues(toSheetRows(rows));
    adopted = { from: sheet.getName(), to: name };
    copiedTo = name;
    sheet = copy;
  } else if (sheet && !survey.named) {
    const from = sheet.getName();
    sheet.setName(SHEET_NAMES.deals[lang]);
    adopted = { from, to: SHEET_NAMES.deals[lang] };
  } else if (!sheet) {
    sheet = ss.insertSheet(SHEET_NAMES.deals[lang], 0);
    created = true;
  }
  const headerRow = values[0] ?? [];
  const before = matchDealHeaders(headerRow);
  const matched = DEAL_COLUMNS.filter((c) => before.columns[c.key] !== undefined).map((c) => ({
    field: c.key,
    header: before.matchedHeaders[c.key] ?? '',
  }));
  const userColumns = headerRow
    .filter((h) => String(h ?? '').trim() !== '' && !fieldForHeader(h))
    .map((h) => String(h));
  const planned = plannedHeader(values, lang);
  if (planned.added.length > 0) {
    // After every column that holds anything, so no user data sits under a new header.
    const start = headerRow.length + 1;
    const headers = planned.row.slice(headerRow.length);
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
    copiedTo,
    matched,
    added: planned.added,
    userColumns,
  };
}
