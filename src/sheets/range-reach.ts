// Every range over the Deals and Settings tables (named ranges, dropdowns, stalled-row colours,
// banding), pointed at the end of each sheet's grid with spare rows below the data. Set-up, the
// daily job and the edit handler all ask this module how far the ranges reach.
import type { Lang } from '../core/i18n';
import { planReach, type ReachPlan } from '../core/range-reach';
import { dealColumn, type HeaderMatch, SETTINGS_NAMED_RANGES } from '../core/schema';
import { optionRows } from '../core/settings';
import { applyStallColours, bandDeals } from './formatting';
import { nameDealColumns, nameSettingsRanges } from './named-ranges';
import { applyDealValidation } from './validation';
import type { WorkbookSnapshot } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type RuleBuilders = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'newDataValidation' | 'newConditionalFormatRule'
>;

/** The named ranges whose ends say how far each table's ranges reach (Amount is a required column). */
const DEALS_MARK = dealColumn('amount').namedRange;
const SETTINGS_MARK = SETTINGS_NAMED_RANGES.targetsStart;

/** The two tables, as a command has already read them. */
export interface PipelineTables {
  lang: Lang;
  deals: { sheet: Sheet; header: HeaderMatch; width: number; lastDataRow: number };
  settings: {
    sheet: Sheet;
    lastDataRow: number;
    /** 1-based row of each option (report_date, period_start, …). */
    optionRows: ReadonlyMap<string, number>;
  };
}

/** The last row a named range covers, or undefined when it does not exist. */
function coveredBy(ss: Spreadsheet, name: string): number | undefined {
  return ss.getRangeByName(name)?.getLastRow();
}

/** The last Deals row the Deals ranges cover now, or undefined before set-up. */
export function dealsCovered(ss: Spreadsheet): number | undefined {
  return coveredBy(ss, DEALS_MARK);
}

/** Plans a table's reach and appends the spare rows it calls for (one write when the grid grows). */
function growGrid(sheet: Sheet, lastDataRow: number, covered: number | undefined): ReachPlan {
  const gridRows = sheet.getMaxRows();
  const plan = planReach({ lastDataRow, gridRows, covered });
  if (plan.addRows > 0) sheet.insertRowsAfter(gridRows, plan.addRows);
  return plan;
}

/** Points the Deals ranges (names, dropdowns, banding, stalled-row colours) at rows 2..reach. */
function pointDealsRanges(
  ss: Spreadsheet,
  app: RuleBuilders,
  tables: PipelineTables,
  reach: { deals: number; settings: number },
): void {
  const { deals, settings, lang } = tables;
  bandDeals(deals.sheet, deals.width, reach.deals);
  applyDealValidation(app, deals.sheet, settings.sheet, deals.header, lang, reach);
  nameDealColumns(ss, deals.sheet, deals.header, reach.deals);
  applyStallColours(
    app,
    deals.sheet,
    deals.header,
    deals.width,
    settings.sheet.getName(),
    settings.optionRows.get('report_date'),
    reach.deals,
  );
}

/**
 * Set-up: leaves spare rows below both tables and points every range at the end of each grid.
 * Returns how far the ranges now reach.
 */
export function pointAllRanges(
  ss: Spreadsheet,
  app: RuleBuilders,
  tables: PipelineTables,
): { deals: number; settings: number } {
  const reach = {
    deals: growGrid(tables.deals.sheet, tables.deals.lastDataRow, undefined).reach,
    settings: growGrid(tables.settings.sheet, tables.settings.lastDataRow, undefined).reach,
  };
  pointDealsRanges(ss, app, tables, reach);
  nameSettingsRanges(ss, tables.settings.sheet, tables.settings.optionRows, reach.settings);
  return reach;
}

/**
 * The daily job and the edit handler: when a table's data has come near the end of its grid, or its
 * grid has grown past its ranges (rows added at the bottom, a paste past the last row), appends
 * spare rows and points that table's ranges at the new end. The Stage dropdown reads Settings, so
 * it follows either table. A table whose ranges set-up never made is left alone. A constant number
 * of calls whatever the number of deals; on most days a few lookups and nothing else. Returns
 * true when it re-pointed anything.
 */
export function keepRangesCovering(
  ss: Spreadsheet,
  app: RuleBuilders,
  tables: PipelineTables,
): boolean {
  const { deals, settings } = tables;
  const dealsCoveredNow = dealsCovered(ss);
  const settingsCoveredNow = coveredBy(ss, SETTINGS_MARK);
  const dealsPlan =
    dealsCoveredNow === undefined
      ? undefined
      : growGrid(deals.sheet, deals.lastDataRow, dealsCoveredNow);
  const settingsPlan =
    settingsCoveredNow === undefined
      ? undefined
      : growGrid(settings.sheet, settings.lastDataRow, settingsCoveredNow);
  if (!dealsPlan?.repoint && !settingsPlan?.repoint) return false;
  const reach = {
    deals: dealsPlan?.reach ?? deals.sheet.getMaxRows(),
    settings: settingsPlan?.reach ?? settings.sheet.getMaxRows(),
  };
  if (settingsPlan?.repoint)
    nameSettingsRanges(ss, settings.sheet, settings.optionRows, reach.settings);
  if (dealsPlan?.repoint) pointDealsRanges(ss, app, tables, reach);
  else if (dealsPlan)
    applyDealValidation(app, deals.sheet, settings.sheet, deals.header, tables.lang, reach);
  return true;
}

/**
 * keepRangesCovering over what a command has already read (no further reads). Does nothing when
 * the Deals or Settings sheet is missing.
 */
export function keepSnapshotRangesCovering(app: RuleBuilders, snapshot: WorkbookSnapshot): boolean {
  const { deals, settingsSheet } = snapshot;
  if (!deals.sheet || !settingsSheet.sheet || deals.values.length === 0) return false;
  return keepRangesCovering(snapshot.spreadsheet, app, {
    lang: snapshot.lang,
    deals: {
      sheet: deals.sheet,
      header: deals.header,
      width: deals.values[0].length,
      lastDataRow: deals.values.length,
    },
    settings: {
      sheet: settingsSheet.sheet,
      lastDataRow: settingsSheet.values.length,
      optionRows: optionRows(settingsSheet.values),
    },
  });
}
