// Named ranges: one per Deals column (deals_amount, …) and the Settings blocks, for formulas and validation.
import {
  DEAL_COLUMNS,
  type HeaderMatch,
  OPTIONS,
  SETTINGS_COLUMNS,
  SETTINGS_NAMED_RANGES,
  type SettingsField,
} from '../core/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Names each recognised Deals column over its data rows 2..reach (replacing an older range). */
export function nameDealColumns(
  ss: Spreadsheet,
  deals: Sheet,
  header: HeaderMatch,
  reach: number,
): void {
  const rows = reach - 1;
  if (rows < 1) return;
  for (const spec of DEAL_COLUMNS) {
    const col = header.columns[spec.key];
    if (col !== undefined) ss.setNamedRange(spec.namedRange, deals.getRange(2, col + 1, rows, 1));
  }
}

/**
 * Names the Settings blocks (stage labels and probabilities, targets, holidays) over rows 2..reach
 * and the option cells that have a name (report_date), given the 1-based row of each option.
 */
export function nameSettingsRanges(
  ss: Spreadsheet,
  settings: Sheet,
  optionRows: ReadonlyMap<string, number>,
  reach: number,
): void {
  const n = reach - 1;
  const column = (field: SettingsField, width = 1) =>
    settings.getRange(2, SETTINGS_COLUMNS[field] + 1, n, width);
  ss.setNamedRange(SETTINGS_NAMED_RANGES.stageNames, column('stageEn'));
  ss.setNamedRange(SETTINGS_NAMED_RANGES.stageNamesKo, column('stageKo'));
  ss.setNamedRange(SETTINGS_NAMED_RANGES.stageLabels, column('stageEn', 2));
  ss.setNamedRange(SETTINGS_NAMED_RANGES.stageProbabilities, column('stageProbability'));
  ss.setNamedRange(SETTINGS_NAMED_RANGES.targetsStart, column('targetStart'));
  ss.setNamedRange(SETTINGS_NAMED_RANGES.targetsEnd, column('targetEnd'));
  ss.setNamedRange(SETTINGS_NAMED_RANGES.targetsAmount, column('targetAmount'));
  ss.setNamedRange(SETTINGS_NAMED_RANGES.holidays, column('holiday'));
  for (const option of OPTIONS) {
    const row = optionRows.get(option.key);
    if (option.namedRange && row !== undefined)
      ss.setNamedRange(option.namedRange, settings.getRange(row, SETTINGS_COLUMNS.optionValue + 1));
  }
}
