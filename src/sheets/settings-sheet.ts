// The Settings sheet: created with the default stages and options, upgraded by adding missing options only.
import type { Lang } from '../core/i18n';
import {
  OPTIONS,
  type OptionKey,
  SETTINGS_BLOCKS,
  SETTINGS_COLUMNS,
  SETTINGS_LAYOUT,
  SETTINGS_WIDTH,
  type SettingsField,
} from '../core/schema';
import { DEFAULT_SETTINGS, optionRows as findOptionRows } from '../core/settings';
import { toSheetRows } from '../core/sheet-text';
import type { Stage } from '../core/stages';
import { ensureColumns, ensureRows, ownSheet, readSheetValues } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What set-up did to Settings. */
export interface SettingsUpgrade {
  sheet: Sheet;
  values: unknown[][];
  created: boolean;
  optionsAdded: OptionKey[];
  /** 1-based row of each option key. */
  optionRows: Map<string, number>;
}

const LAST_COLUMN = SETTINGS_WIDTH;
const C = SETTINGS_COLUMNS;

/** Marks an option cell that holds one of our own formulas (written as a formula, not as text). */
interface OurFormula {
  formula: string;
}

function isOurFormula(v: unknown): v is OurFormula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

/** Rows for setValues: our formulas as formulas, everything else made formula-safe. */
function settingsRows(rows: readonly (readonly unknown[])[]): unknown[][] {
  const safe = toSheetRows(rows.map((r) => r.map((v) => (isOurFormula(v) ? '' : v))));
  return safe.map((r, i) =>
    r.map((v, j) => (isOurFormula(rows[i][j]) ? (rows[i][j] as OurFormula).formula : v)),
  );
}

/** The value a new option row starts with. */
function optionDefault(key: OptionKey, now: Date): unknown {
  const computed = OPTIONS.find((o) => o.key === key)?.formula;
  if (computed) return { formula: computed } satisfies OurFormula;
  switch (key) {
    case 'report_date':
      return now;
    case 'language':
      return DEFAULT_SETTINGS.language;
    case 'currency':
      return DEFAULT_SETTINGS.currency;
    case 'alert_hour':
      return DEFAULT_SETTINGS.alertHour;
    case 'cooldown_days':
      return DEFAULT_SETTINGS.cooldownDays;
    case 'business_days':
      return DEFAULT_SETTINGS.businessDays;
    case 'sender_name':
      return DEFAULT_SETTINGS.senderName;
    default:
      return '';
  }
}

/** What set-up chose from the user's data for Settings: stages, currency, language. */
export interface SettingsChoices {
  /** The stages Settings should have (a CRM's pipeline, or the current ones plus new stages). */
  stages?: readonly Stage[];
  /** Currency and language for a new Settings sheet. */
  currency?: string;
  language?: Lang | 'auto';
}

/** The whole Settings block of a new sheet: headers, stages, options. */
function newSettingsValues(lang: Lang, now: Date, choices: SettingsChoices): unknown[][] {
  const stages = choices.stages ?? DEFAULT_SETTINGS.stages;
  const height = 1 + Math.max(stages.length, OPTIONS.length);
  const grid: unknown[][] = Array.from({ length: height }, () => new Array(LAST_COLUMN).fill(''));
  const put = (row: number, field: SettingsField, value: unknown) => {
    grid[row][C[field]] = value;
  };
  for (const block of SETTINGS_BLOCKS)
    for (const h of SETTINGS_LAYOUT[block].headers) put(0, h.key, h[lang]);
  stages.forEach((s, i) => {
    put(i + 1, 'stageEn', s.en);
    put(i + 1, 'stageKo', s.ko);
    put(i + 1, 'stageProbability', s.probability);
    put(i + 1, 'stageStallDays', s.stallDays);
  });
  OPTIONS.forEach((o, i) => {
    const chosen =
      o.key === 'currency' ? choices.currency : o.key === 'language' ? choices.language : undefined;
    put(i + 1, 'optionLabel', o[lang]);
    put(i + 1, 'optionValue', chosen ?? optionDefault(o.key, now));
    put(i + 1, 'optionKey', o.key);
  });
  return grid;
}

/**
 * Creates Settings when missing (or blank); otherwise adds only the option rows it lacks, below
 * the options block, and fills a blank report_date. Never changes stages, targets or set options.
 * Reads the sheet once, writes at most twice (new options, report_date), then sets formats.
 */
export function ensureSettingsSheet(
  ss: Spreadsheet,
  lang: Lang,
  now: Date,
  choices: SettingsChoices = {},
): SettingsUpgrade {
  let values: unknown[][] = [];
  // A Settings sheet of the user's is never written: ours goes beside it.
  const own = ownSheet(ss, 'settings', lang, (s) => {
    values = readSheetValues(s);
    return values.slice(0, 1);
  });
  const sheet = own.sheet;
  if (own.created) values = [];
  let created = false;
  const optionsAdded: OptionKey[] = [];
  if (values.length === 0) {
    values = newSettingsValues(lang, now, choices);
    ensureColumns(sheet, LAST_COLUMN);
    sheet.getRange(1, 1, values.length, LAST_COLUMN).setValues(settingsRows(values));
    values = values.map((r) => r.map((v) => (isOurFormula(v) ? '' : v)));
    created = true;
  } else {
    const present = findOptionRows(values);
    const missing = OPTIONS.filter((o) => !present.has(o.key));
    if (missing.length > 0) {
      // Below the last used row of the options block (label, value, key columns).
      let last = 0;
      const optionCells = [C.optionLabel, C.optionValue, C.optionKey];
      for (let r = 0; r < values.length; r++)
        if (optionCells.some((c) => String(values[r][c] ?? '') !== '')) last = r + 1;
      // The options block's own columns, from its first: label, value, key.
      const records = missing.map((o) => ({
        optionLabel: o[lang],
        optionValue: optionDefault(o.key, now),
        optionKey: o.key,
      }));
      const block = SETTINGS_LAYOUT.options.headers;
      const rows = records.map((r) => block.map((h) => r[h.key]));
      ensureRows(sheet, last + rows.length);
      ensureColumns(sheet, LAST_COLUMN);
      sheet
        .getRange(last + 1, C[block[0].key] + 1, rows.length, block.length)
        .setValues(settingsRows(rows));
      records.forEach((record, i) => {
        while (values.length <= last + i) values.push(new Array(LAST_COLUMN).fill(''));
        for (const h of block) {
          const v = record[h.key];
          values[last + i][C[h.key]] = isOurFormula(v) ? '' : v;
        }
      });
      optionsAdded.push(...missing.map((o) => o.key));
    }
    if (choices.stages) writeStages(sheet, values, choices.stages);
    const reportRow = findOptionRows(values).get('report_date');
    if (reportRow !== undefined && !optionsAdded.includes('report_date')) {
      if (values[reportRow - 1][C.optionValue] === '') {
        sheet.getRange(reportRow, C.optionValue + 1).setValue(now);
        values[reportRow - 1][C.optionValue] = now;
      }
    }
  }
  const optionRows = findOptionRows(values);
  formatSettings(sheet, optionRows);
  return { sheet, values, created, optionsAdded, optionRows };
}

/** Header bold and frozen; percentages, dates and amounts formatted in their blocks. */
function formatSettings(sheet: Sheet, optionRows: ReadonlyMap<string, number>): void {
  const n = SETTINGS_LAYOUT.maxRows;
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, LAST_COLUMN).setFontWeight('bold');
  ensureRows(sheet, n + 1);
  sheet.getRange(2, C.stageProbability + 1, n, 1).setNumberFormat('0%');
  sheet.getRange(2, C.targetStart + 1, n, 2).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(2, C.targetAmount + 1, n, 1).setNumberFormat('#,##0');
  sheet.getRange(2, C.holiday + 1, n, 1).setNumberFormat('yyyy-mm-dd');
  const reportRow = optionRows.get('report_date');
  if (reportRow !== undefined)
    sheet.getRange(reportRow, C.optionValue + 1).setNumberFormat('yyyy-mm-dd');
  for (const option of OPTIONS) {
    const row = optionRows.get(option.key);
    if (option.numberFormat && row !== undefined)
      sheet.getRange(row, C.optionValue + 1).setNumberFormat(option.numberFormat);
  }
}

/** Rewrites the stages block when `stages` differs from it (one write; leftover rows blanked). */
function writeStages(sheet: Sheet, values: unknown[][], stages: readonly Stage[]): void {
  const cols = [C.stageEn, C.stageKo, C.stageProbability, C.stageStallDays];
  let current = 0;
  for (let r = 1; r < values.length; r++)
    if (cols.some((c) => String(values[r][c] ?? '') !== '')) current = r;
  const rows = stages.map((s) => [s.en, s.ko, s.probability, s.stallDays]);
  const same =
    current === rows.length &&
    rows.every((row, i) => row.every((v, j) => values[i + 1][cols[j]] === v));
  if (same) return;
  while (rows.length < current) rows.push(['', '', '', '']);
  ensureRows(sheet, rows.length + 1);
  sheet.getRange(2, C.stageEn + 1, rows.length, 4).setValues(toSheetRows(rows));
  rows.forEach((row, i) => {
    while (values.length <= i + 1) values.push(new Array(LAST_COLUMN).fill(''));
    row.forEach((v, j) => {
      values[i + 1][cols[j]] = v;
    });
  });
}
