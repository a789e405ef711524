// The formula-injection guard: text a script writes must stay text, never become a formula or a number.

/**
 * Strings Sheets would parse when written: formulas (`=`), `+`/`-` expressions, `@` and `'` prefixes,
 * and number-, currency-, date- or boolean-like text (a digit, sign or `(` first — `(100)` is −100 —,
 * TRUE/FALSE, or an English month name followed by a number: "March 2026", "Mar 1, 2026").
 */
const PARSED_BY_SHEETS =
  /^\s*([=+\-@'\d.$₩€£¥(]|(true|false)\s*$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d)/i;

/**
 * A value as it must be written with setValues so that Sheets keeps it exactly.
 * Strings Sheets would parse get a leading apostrophe: Sheets stores the rest as plain text and
 * hides the apostrophe (getValues returns the original string). The apostrophe is chosen over the
 * '@' number format because it works in any cell, including users' own columns whose formats we
 * must not change. Numbers, booleans, Dates and other strings are returned unchanged.
 */
export function toSheetText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return PARSED_BY_SHEETS.test(value) ? `'${value}` : value;
}

/** Every cell of `rows` made safe with toSheetText (a new array; the input is not changed). */
export function toSheetRows(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => row.map(toSheetText));
}

/**
 * A value as it must be written into a cell with number format `numberFormat`. A cell formatted
 * as plain text (`@`) keeps every string exactly as written, a leading apostrophe included, so
 * strings go there unchanged; anywhere else they go through toSheetText.
 */
export function toCellText(value: unknown, numberFormat: string): unknown {
  return numberFormat === '@' ? value : toSheetText(value);
}
