// Per-cell properties of one sheet, keyed by row and column: rows of columns, so a lookup builds no key.
import type { CellMeta } from './workbook';

const EMPTY_ROW: ReadonlyMap<number, CellMeta> = new Map();

/** Cell properties by (row, col), 1-based. Iterates in no particular order. */
export class CellMetaMap {
  private readonly rows = new Map<number, Map<number, CellMeta>>();
  private count = 0;
  /** The row last looked up and its cells: reads go along a row, cell after cell. */
  private cachedRow = -1;
  private cachedCols: Map<number, CellMeta> | undefined;

  get size(): number {
    return this.count;
  }

  get(row: number, col: number): CellMeta | undefined {
    if (row !== this.cachedRow) {
      this.cachedRow = row;
      this.cachedCols = this.rows.get(row);
    }
    return this.cachedCols?.get(col);
  }

  set(row: number, col: number, meta: CellMeta): void {
    let cols = this.rows.get(row);
    if (!cols) {
      cols = new Map();
      this.rows.set(row, cols);
      if (row === this.cachedRow) this.cachedCols = cols;
    }
    if (!cols.has(col)) this.count++;
    cols.set(col, meta);
  }

  delete(row: number, col: number): void {
    const cols = this.rows.get(row);
    if (!cols?.delete(col)) return;
    this.count--;
    if (!cols.size) {
      this.rows.delete(row);
      if (row === this.cachedRow) this.cachedCols = undefined;
    }
  }

  clear(): void {
    this.rows.clear();
    this.count = 0;
    this.cachedRow = -1;
    this.cachedCols = undefined;
  }

  /** The properties of one row's cells, by column. */
  row(row: number): ReadonlyMap<number, CellMeta> {
    return this.rows.get(row) ?? EMPTY_ROW;
  }

  /** The last row with a cell that has properties (0 when none). */
  lastRow(): number {
    let last = 0;
    for (const row of this.rows.keys()) if (row > last) last = row;
    return last;
  }

  *entries(): IterableIterator<[number, number, CellMeta]> {
    for (const [row, cols] of this.rows) for (const [col, meta] of cols) yield [row, col, meta];
  }

  *values(): IterableIterator<CellMeta> {
    for (const cols of this.rows.values()) yield* cols.values();
  }

  /** Replaces every entry with those of `other`. */
  replaceWith(other: CellMetaMap): void {
    this.clear();
    for (const [row, col, meta] of other.entries()) this.set(row, col, meta);
  }

  /** "row:col" → properties, sorted by position (for dumps and comparisons). */
  toJSON(): [string, CellMeta][] {
    return [...this.entries()]
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([row, col, meta]) => [`${row}:${col}`, meta]);
  }
}
