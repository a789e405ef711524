// Custom-function calls as Sheets makes them: arguments typed like Sheets passes them (in the bundle's
// realm), and the returned value turned into a cell value, spilled rows or an #ERROR! message.
import type {
  CustomArg,
  CustomResult,
  EngineValue,
  NumberHint,
  RawContent,
} from './formula-engine';
import type { Realm } from './spreadsheet/context';
import { dateToSerial, isDate, serialToMs } from './spreadsheet/serial';
import type { Workbook } from './spreadsheet/workbook';

/** An argument as Sheets passes it: a cell as its value, a range or array as rows, built in `realm`. */
export function customArgument(wb: Workbook, realm: Realm, arg: CustomArg): unknown {
  switch (arg.kind) {
    case 'missing':
      return undefined;
    case 'cell':
      return typedValue(wb, realm, arg.value, arg.at.sheet, arg.at.row, arg.at.col);
    case 'range': {
      // One list of the typed cells, made into the realm's rows in one call: a range has a cell per
      // deal, and every formula that reads it is evaluated again after each change.
      const { start, height, width } = arg;
      const cells = new Array<unknown>(height * width);
      for (let r = 0; r < height; r++)
        for (let c = 0; c < width; c++)
          cells[r * width + c] = typedValue(
            wb,
            realm,
            arg.at(r, c),
            start.sheet,
            start.row + r,
            start.col + c,
          );
      return realm.grid(cells, width);
    }
    case 'array':
      return realm.rows(
        arg.rows.map((row) => row.map((x) => plainArgument(wb, realm, x.value, x.hint))),
      );
    case 'value':
      return plainArgument(wb, realm, arg.value, arg.hint);
  }
}

/** A cell's value as Sheets passes it: only a number's type depends on the cell's format. */
function typedValue(
  wb: Workbook,
  realm: Realm,
  v: EngineValue,
  engineSheet: number,
  row: number,
  col: number,
): unknown {
  // A date cell arrives as a Date, a number formatted as one; text and booleans as they are.
  if (typeof v !== 'number') return wb.typeEngineValue(v, undefined, realm);
  const sheet = wb.sheetByEngineId(engineSheet);
  if (!sheet) return v ?? '';
  return wb.typeEngineValue(v, wb.effectiveFormat(sheet, row + 1, col + 1), realm);
}

/** A computed value (no cell behind it) as Sheets passes it: dates by their type, blanks as "". */
function plainArgument(wb: Workbook, realm: Realm, v: EngineValue, hint: NumberHint): unknown {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'number' && (hint === 'date' || hint === 'datetime'))
    return realm.date(serialToMs(v, wb.timeZone));
  return v;
}

/** What a custom function returned, as the cell shows it: a value, rows that spill, or an error. */
export function customResult(wb: Workbook, result: unknown): CustomResult {
  const cell = (v: unknown): RawContent => {
    if (v === undefined || v === null || v === '') return null;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    // A returned Date shows as a date in Sheets.
    if (isDate(v)) return { dateSerial: dateToSerial(v, wb.timeZone) };
    return String(v);
  };
  if (Array.isArray(result)) {
    // A 1-D array fills a column; a 2-D array spills rows and columns.
    const rows = result.map((r) => (Array.isArray(r) ? r.map(cell) : [cell(r)]));
    if (rows.length === 0 || rows[0].length === 0) return { error: 'Result was an empty array.' };
    if (rows.length === 1 && rows[0].length === 1) return { value: rows[0][0] };
    return { rows };
  }
  if (typeof result === 'number' && !Number.isFinite(result))
    return { error: 'Result was not a number.' };
  return { value: cell(result) };
}

/** The message of whatever a custom function threw, as the cell's tooltip shows it. */
export function thrownMessage(e: unknown): string {
  const err = e as { message?: unknown };
  return typeof err?.message === 'string' ? err.message : String(e);
}
