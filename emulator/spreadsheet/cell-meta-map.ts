// Per-cell properties of one sheet, kept by column: formats and rules go on whole columns, and a
// column's cells then sit in one array (no key built, no map per row).
import type { CellMeta } from './workbook';

/** One row's cells with properties, by column. */
export interface MetaRow {
  get(col: number): CellMeta | undefined;
  /** The last column with properties in this row (0 when none). */
  readonly lastCol: number;
}

/** Cell properties by (row, col), 1-based. Iterates in no particular order. */
export class CellMetaMap {
  /** cols[col][row]. */
  private readonly cols: (CellMeta | undefined)[][] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(row: number, col: number): CellMeta | undefined {
    return this.cols[col]?.[row];
  }

  set(row: number, col: number, meta: CellMeta): void {
    let cells = this.cols[col];
    if (!cells) {
      cells = [];
      this.cols[col] = cells;
    }
    if (cells[row] === undefined) this.count++;
    cells[row] = meta;
  }

  delete(row: number, col: number): void {
    const cells = this.cols[col];
    if (cells?.[row] === undefined) return;
    cells[row] = undefined;
    this.count--;
  }

  clear(): void {
    this.cols.length = 0;
    this.count = 0;
  }

  /** The properties of one row's cells. */
  row(row: number): MetaRow {
    let lastCol = 0;
    for (let col = this.cols.length - 1; col > 0 && !lastCol; col--)
      if (this.cols[col]?.[row] !== undefined) lastCol = col;
    return { get: (col) => this.get(row, col), lastCol };
  }

  /** The last row with a cell that has properties (0 when none). */
  lastRow(): number {
    let last = 0;
    for (const cells of this.cols) {
      if (!cells) continue;
      let row = cells.length - 1;
      while (row > last && cells[row] === undefined) row--;
      if (row > last) last = row;
    }
    return last;
  }

  *entries(): IterableIterator<[number, number, CellMeta]> {
    for (let col = 0; col < this.cols.length; col++) {
      const cells = this.cols[col];
      if (!cells) continue;
      for (let row = 0; row < cells.length; row++) {
        const meta = cells[row];
        if (meta !== undefined) yield [row, col, meta];
      }
    }
  }

  *values(): IterableIterator<CellMeta> {
    for (const [, , meta] of this.entries()) yield meta;
  }

  /**
   * Moves the rows (or columns) from `at` on by `count`: down after inserting `count` lines at
   * `at`, up after deleting -count lines there (their cells' properties go).
   */
  shiftLines(axis: 'row' | 'col', at: number, count: number): void {
    if (axis === 'row') for (const cells of this.cols) if (cells) this.shiftList(cells, at, count);
    if (axis === 'col') this.shiftList(this.cols, at, count);
  }

  /** One line's cells with properties: [column, properties] of a row, or [row, …] of a column. */
  line(axis: 'row' | 'col', index: number): [number, CellMeta][] {
    const out: [number, CellMeta][] = [];
    if (axis === 'row') {
      for (let col = 0; col < this.cols.length; col++) {
        const meta = this.cols[col]?.[index];
        if (meta !== undefined) out.push([col, meta]);
      }
    } else {
      const cells = this.cols[index] ?? [];
      for (let row = 0; row < cells.length; row++) {
        const meta = cells[row];
        if (meta !== undefined) out.push([row, meta]);
      }
    }
    return out;
  }

  private shiftList<T>(list: (T | undefined)[], at: number, count: number): void {
    const length = list.length;
    if (at >= length || count === 0) return;
    if (count > 0) {
      list.length = length + count;
      list.copyWithin(at + count, at, length);
      list.fill(undefined, at, at + count);
      return;
    }
    const end = Math.min(length, at - count);
    for (let i = at; i < end; i++) this.count -= this.countOf(list[i]);
    list.copyWithin(at, end, length);
    list.length = length - (end - at);
  }

  /** How many cells with properties an entry holds: a cell's 1, a column's its cells. */
  private countOf(entry: unknown): number {
    if (entry === undefined) return 0;
    if (!Array.isArray(entry)) return 1;
    let n = 0;
    for (const meta of entry) if (meta !== undefined) n++;
    return n;
  }

  /** "row:col" → properties, sorted by position (for dumps and comparisons). */
  toJSON(): [string, CellMeta][] {
    return [...this.entries()]
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([row, col, meta]) => [`${row}:${col}`, meta]);
  }
}
