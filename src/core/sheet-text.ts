// The formula-injection guard: text a script writes must stay text, never become a formula or a number.

/**
 * Strings Sheets would parse when written: formulas (`=`), `+`/`-` expressions, `@` and `'` prefixes,
 * and number-, currency-, date- or boolean-like text (a digit or sign first, TRUE/FALSE).
 */
const PARSED_BY_SHEETS = /^\s*([=+\-@'\d.$₩€£¥]|(true|false)\s*$)/i;

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
