// Deals formatting: bold frozen header, number formats, banded rows, and conditional colours for stalled deals.
import { columnLetter, quotedSheet } from '../core/a1';
import {
  DEAL_COLUMNS,
  type HeaderMatch,
  SETTINGS_COLUMNS,
  type SettingsField,
} from '../core/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'newConditionalFormatRule'>;

/** Row colours for stalled deals: past the stage's stall days, and past twice that (escalated). */
export const STALL_COLOURS = { warning: '#fff2cc', escalated: '#f4cccc' } as const;

/** Marker inside our conditional-format formulas (N("…") is 0), so re-running set-up replaces only ours. */
export const STALL_RULE_MARK = 'N("pipeline-stall")=0';

/** Header row bold and frozen; each recognised column gets its number format on rows 2..reach. */
export function formatDeals(deals: Sheet, header: HeaderMatch, width: number, reach: number): void {
  deals.setFrozenRows(1);
  deals.getRange(1, 1, 1, width).setFontWeight('bold');
  const rows = reach - 1;
  if (rows < 1) return;
  for (const spec of DEAL_COLUMNS) {
    const col = header.columns[spec.key];
    if (col !== undefined && spec.numberFormat)
      deals.getRange(2, col + 1, rows, 1).setNumberFormat(spec.numberFormat);
  }
  widenDealColumns(deals, header);
}

/** Readable widths (pixels) by column kind; names and companies need the most room. */
const WIDTH_BY_KIND: Record<string, number> = {
  id: 80,
  text: 200,
  email: 200,
  stage: 150,
  status: 70,
  amount: 130,
  probability: 80,
  date: 100,
};

/**
 * Gives our columns a readable width, but only those still at Sheets' default width (100 px):
 * a width the team chose is kept. One lookup and at most one write per column.
 */
function widenDealColumns(deals: Sheet, header: HeaderMatch): void {
  for (const spec of DEAL_COLUMNS) {
    const col = header.columns[spec.key];
    if (col === undefined) continue;
    const width = WIDTH_BY_KIND[spec.kind];
    if (width !== 100 && deals.getColumnWidth(col + 1) === 100)
      deals.setColumnWidth(col + 1, width);
  }
}

/**
 * Bands the table's rows 1..reach. A sheet with no banding gets ours; a banding the sheet already
 * has (the user's or ours) that starts at the header and stops short of `reach` is stretched to
 * it, keeping its columns and colours. One read, at most one write per banding.
 */
export function bandDeals(deals: Sheet, width: number, reach: number): void {
  const bandings = deals.getBandings();
  if (bandings.length === 0) {
    deals.getRange(1, 1, reach, width).applyRowBanding();
    return;
  }
  for (const banding of bandings) {
    const range = banding.getRange();
    if (range.getRow() === 1 && range.getLastRow() < reach)
      banding.setRange(deals.getRange(1, range.getColumn(), reach, range.getNumColumns()));
  }
}

/**
 * The two conditional-format formulas (escalated first, so it wins) for a deal row anchored at row 2:
 * open (blank status counts), not snoozed, Stage entered set, and whole days since Stage entered up
 * to report_date (today when blank) past the stage's stall days looked up in Settings by either label.
 * Settings is reached with INDIRECT because conditional formats cannot reference other sheets directly.
 */
export function stallFormulas(
  header: HeaderMatch,
  settingsName: string,
  reportDateRow: number,
): { warning: string; escalated: string } | undefined {
  const c = header.columns;
  if (c.stage === undefined || c.stageEntered === undefined) return undefined;
  const ref = (col: number) => `$${columnLetter(col + 1)}2`;
  const s = quotedSheet(settingsName);
  const col = (field: SettingsField) => columnLetter(SETTINGS_COLUMNS[field] + 1);
  // The stages table from either label column through Stall after; VLOOKUP counts from its first
  // column. Open-ended (A2:D): the lookup reaches every stage row, however far the Settings grid grows.
  const table = (from: SettingsField) => `INDIRECT("${s}!${col(from)}2:${col('stageStallDays')}")`;
  const offset = (from: SettingsField) =>
    SETTINGS_COLUMNS.stageStallDays - SETTINGS_COLUMNS[from] + 1;
  const stall = `IFERROR(VLOOKUP(${ref(c.stage)},${table('stageEn')},${offset('stageEn')},FALSE),VLOOKUP(${ref(c.stage)},${table('stageKo')},${offset('stageKo')},FALSE))`;
  const reportCell = `INDIRECT("${s}!${col('optionValue')}${reportDateRow}")`;
  const today = `IF(${reportCell}="",TODAY(),INT(${reportCell}))`;
  const days = `(${today}-INT(${ref(c.stageEntered)}))`;
  const conditions = [STALL_RULE_MARK, `${ref(c.stage)}<>""`, `${ref(c.stageEntered)}<>""`];
  if (c.status !== undefined) {
    const st = ref(c.status);
    conditions.push(`OR(${st}="",${st}="Open",${st}="진행")`);
  }
  if (c.snoozeUntil !== undefined) {
    const sn = ref(c.snoozeUntil);
    conditions.push(`OR(${sn}="",${sn}<=${today})`);
  }
  const base = conditions.join(',');
  return {
    escalated: `=AND(${base},${days}>=2*${stall})`,
    warning: `=AND(${base},${days}>${stall})`,
  };
}

/** True for a conditional-format rule set-up made (its formula carries the marker). */
function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const cond = rule.getBooleanCondition();
  if (!cond) return false;
  return cond.getCriteriaValues().some((v) => String(v).includes(STALL_RULE_MARK));
}

/**
 * Replaces our stalled-row rules (the user's own rules are kept, after ours) over the table's data
 * rows 2..reach. One read and one write of the sheet's rules.
 */
export function applyStallColours(
  app: App,
  deals: Sheet,
  header: HeaderMatch,
  width: number,
  settingsName: string,
  reportDateRow: number | undefined,
  reach: number,
): void {
  const kept = deals.getConditionalFormatRules().filter((r) => !isOurRule(r));
  const formulas =
    reportDateRow === undefined ? undefined : stallFormulas(header, settingsName, reportDateRow);
  const rows = reach - 1;
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  if (formulas && rows >= 1) {
    const range = deals.getRange(2, 1, rows, width);
    for (const level of ['escalated', 'warning'] as const)
      ours.push(
        app
          .newConditionalFormatRule()
          .whenFormulaSatisfied(formulas[level])
          .setBackground(STALL_COLOURS[level])
          .setRanges([range])
          .build(),
      );
  }
  deals.setConditionalFormatRules([...ours, ...kept]);
}
