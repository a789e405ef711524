// How ranges, rules and per-cell properties move when rows or columns are inserted or deleted.
import type { GridRange } from './a1';
import type { CellMetaMap } from './cell-meta-map';
import { withProp } from './cell-props';
import type { ValidationSpec } from './workbook';

/** True when two cells carry the same validation rule (a range criterion compared by where it points). */
function sameValidation(a: ValidationSpec | undefined, b: ValidationSpec | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const key = (v: ValidationSpec) =>
    JSON.stringify([
      v.criteria,
      v.allowInvalid,
      v.helpText,
      v.values.map((x) =>
        x && typeof x === 'object' && '__location' in x
          ? (x as { __location(): unknown }).__location()
          : x,
      ),
    ]);
  return key(a) === key(b);
}

/**
 * Where a range is after inserting (count > 0) or deleting (count < 0) rows or columns at `at`
 * (1-based, along `axis`), as Sheets moves named, rule and banding ranges: inserted before its
 * start it moves; inserted inside it (after its first line, up to its last) it grows; inserted
 * after its last line, including rows appended after the grid, it stays as it was. Deleting
 * shrinks or moves it; undefined when every line of it was deleted.
 */
export function shiftGrid(
  g: GridRange,
  axis: 'row' | 'col',
  at: number,
  count: number,
): GridRange | undefined {
  const start = axis === 'row' ? g.row : g.col;
  const size = axis === 'row' ? g.numRows : g.numCols;
  const end = start + size - 1;
  let nextStart = start;
  let nextSize = size;
  if (count > 0) {
    if (at <= start) nextStart = start + count;
    else if (at <= end) nextSize = size + count;
  } else {
    const delFirst = at;
    const delLast = at - count - 1;
    const overlap = Math.max(0, Math.min(end, delLast) - Math.max(start, delFirst) + 1);
    nextSize = size - overlap;
    if (delFirst < start)
      nextStart = Math.max(delFirst, start - Math.min(-count, start - delFirst));
  }
  if (nextSize <= 0) return undefined;
  return axis === 'row'
    ? { ...g, row: nextStart, numRows: nextSize }
    : { ...g, col: nextStart, numCols: nextSize };
}

/**
 * Moves per-cell properties in place after inserting (count > 0) or deleting (count < 0) rows or
 * columns at `at`. Inserted lines take the formatting of their neighbour `inheritFrom`, as in
 * Sheets. Validation is a rule over a range: it reaches the new cells only when they land inside
 * it (the cells on both sides carry the same rule), so rows appended after a validated range, or
 * after the grid, stay unvalidated.
 */
export function shiftCellMeta(
  meta: CellMetaMap,
  axis: 'row' | 'col',
  at: number,
  count: number,
  inheritFrom?: number,
): void {
  meta.shiftLines(axis, at, count);
  // Inserted rows/columns take the formatting of their neighbour, as in Sheets. Validation is a
  // rule over a range: it reaches the new cells only when they land inside it (the cells on
  // both sides carry the same rule), so rows appended after a validated range stay unvalidated.
  if (count > 0 && inheritFrom !== undefined) {
    const src = inheritFrom >= at ? inheritFrom + count : inheritFrom;
    const other = src === at - 1 ? at + count : at - 1;
    const at2 = (line: number, cross: number): [number, number] =>
      axis === 'row' ? [line, cross] : [cross, line];
    for (const [cross, m] of meta.line(axis, src)) {
      const inside =
        m.validation !== undefined &&
        sameValidation(meta.get(...at2(other, cross))?.validation, m.validation);
      let copy = withProp(m, 'note', undefined);
      if (!inside) copy = withProp(copy, 'validation', undefined);
      if (copy) for (let i = 0; i < count; i++) meta.set(...at2(at + i, cross), copy);
    }
  }
}
