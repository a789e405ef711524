// A1 notation: column letters, cell and range references with optional sheet names, and back again.
import { columnLetter as columnLetters } from '../../src/core/a1';

export { columnLetters };

/** A rectangular block of cells, 1-based like Apps Script. */
export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed A1 reference: the block, the sheet it names (if any), and which ends were open (A:A, 1:3). */
export interface A1Ref extends GridRange {
  sheetName?: string;
  wholeColumns: boolean;
  wholeRows: boolean;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits `'My Sheet'!A1:B2` into the sheet name and the cell part. */
export function splitSheet(ref: string): { sheetName?: string; cells: string } {
  const trimmed = ref.trim();
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) return { cells: trimmed };
  let name = trimmed.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: trimmed.slice(bang + 1) };
}

const END = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses `A1`, `A1:C10`, `A:A`, `A2:A`, `2:5`, optionally prefixed by a sheet name.
 * Open ends extend to maxRows / maxCols. Throws Apps Script's `Range not found` for anything else.
 */
export function parseA1(ref: string, maxRows: number, maxCols: number): A1Ref {
  const { sheetName, cells } = splitSheet(ref);
  const parts = cells.split(':');
  if (parts.length > 2 || !cells) throw new Error('Range not found');
  const ends = parts.map((p) => END.exec(p.trim()));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) throw new Error('Range not found');
  const [a, b = a] = ends as RegExpExecArray[];
  const c1 = a[1] ? columnNumber(a[1]) : undefined;
  const r1 = a[2] ? Number(a[2]) : undefined;
  const c2 = b[1] ? columnNumber(b[1]) : undefined;
  const r2 = b[2] ? Number(b[2]) : undefined;
  if (parts.length === 1 && (c1 === undefined || r1 === undefined))
    throw new Error('Range not found');
  const wholeRows = c1 === undefined && c2 === undefined;
  const wholeColumns = r1 === undefined && r2 === undefined;
  const top = Math.min(r1 ?? 1, r2 ?? (r1 === undefined ? 1 : maxRows));
  const bottom = Math.max(r1 ?? maxRows, r2 ?? maxRows);
  const left = Math.min(c1 ?? 1, c2 ?? (c1 === undefined ? 1 : maxCols));
  const right = Math.max(c1 ?? maxCols, c2 ?? maxCols);
  if (top < 1 || left < 1) throw new Error('Range not found');
  return {
    sheetName,
    row: top,
    col: left,
    numRows: bottom - top + 1,
    numCols: right - left + 1,
    wholeColumns,
    wholeRows,
  };
}

/** `A1` or `A1:C3` for a block. */
export function toA1(r: GridRange): string {
  const start = `${columnLetters(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnLetters(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** A sheet name as formulas need it: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Absolute reference with sheet, e.g. `'Deals'!$A$2:$A$100`, for named expressions. */
export function absoluteRef(sheetName: string, r: GridRange): string {
  const c1 = columnLetters(r.col);
  const c2 = columnLetters(r.col + r.numCols - 1);
  return `${quoteSheetName(sheetName)}!$${c1}$${r.row}:$${c2}$${r.row + r.numRows - 1}`;
}
