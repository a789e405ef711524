// Range: the cell block API (values, formulas, display values, formats, notes, validation…), metered per call.
// biome-ignore-all lint/complexity/noCommaOperator: API tables meter the call, then return its result: `(touch, value)`.
// biome-ignore-all lint/suspicious/noAssignInExpressions: setters in those tables assign and return the object.
import { strict } from '../runtime';
import { typeName } from '../services/metered';
import { columnLetters, type GridRange, toA1 } from './a1';
import { makeDataValidation, makeRichText, specOfValidation } from './builders';
import { keepProps } from './cell-props';
import { HOST_REALM, touch } from './context';
import type { SheetsApi } from './spreadsheet';
import type { CellMeta, SheetModel } from './workbook';

/** What clearing formats keeps: notes, validation and links are not formats. */
const NOT_FORMATS: (keyof CellMeta)[] = ['note', 'validation', 'link'];

/** Apps Script's shape check for set*s(rows): exact texts, rows first, then each row's columns. */
export function checkShape(rows: unknown, g: GridRange, method = 'setValues'): unknown[][] {
  // Not an array of rows (a single value, or one flat row): no overload of the method takes it.
  const flat = Array.isArray(rows) ? rows.find((row) => !Array.isArray(row)) : undefined;
  if (!Array.isArray(rows) || flat !== undefined) {
    const shown = Array.isArray(rows) ? `${typeName(flat)}[]` : typeName(rows);
    throw new Error(
      `The parameters (${shown}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (rows.length !== g.numRows)
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${g.numRows}.`,
    );
  for (const row of rows) {
    const n = (row as unknown[]).length;
    if (n !== g.numCols)
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${g.numCols}.`,
      );
  }
  return rows as unknown[][];
}

/** Builds the Range object Apps Script code sees for a block of a sheet. */
export function makeRange(
  api: SheetsApi,
  sheet: SheetModel,
  g: GridRange,
): GoogleAppsScript.Spreadsheet.Range {
  const { ctx, wb } = api;
  const realm = () => ctx.realm();
  /** Calls `fn` on each cell, row after row (for setters: no rows of results are built). */
  const each = (fn: (row: number, col: number) => void): void => {
    for (let r = 0; r < g.numRows; r++)
      for (let c = 0; c < g.numCols; c++) fn(g.row + r, g.col + c);
  };
  const cells = <T>(fn: (row: number, col: number) => T): T[][] => {
    const out: T[][] = [];
    for (let r = 0; r < g.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < g.numCols; c++) row.push(fn(g.row + r, g.col + c));
      out.push(row);
    }
    return out;
  };
  const read = <T>(method: string, fn: (row: number, col: number) => T) => {
    touch(ctx, 'read', `Range.${method}`);
    // One list of the cells, made into the realm's rows in one call (a sheet's rows are many).
    const list = new Array<T>(g.numRows * g.numCols);
    let i = 0;
    each((row, col) => {
      list[i++] = fn(row, col);
    });
    return realm().grid(list, g.numCols);
  };
  const readOne = <T>(method: string, fn: (row: number, col: number) => T) => {
    touch(ctx, 'read', `Range.${method}`);
    return fn(g.row, g.col);
  };
  const write = (method: string) => touch(ctx, 'write', `Range.${method}`);
  const other = (method: string) => touch(ctx, 'other', `Range.${method}`);
  /** Sets one property of each cell from rows of values (`as` turns a value into the property's). */
  const setMeta = <K extends keyof CellMeta>(
    method: string,
    key: K,
    rows: unknown[][],
    as: (v: unknown) => CellMeta[K] | undefined,
  ) => {
    write(method);
    checkShape(rows, g, method);
    rows.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) sheet.setProp(g.row + r, g.col + c, key, as(row[c]));
    });
  };
  /** Sets one property of every cell to one value (undefined removes it). */
  const setAll = <K extends keyof CellMeta>(
    method: string,
    key: K,
    value: CellMeta[K] | undefined,
  ) => {
    write(method);
    each((row, col) => sheet.setProp(row, col, key, value));
  };
  const fill = (v: unknown) => cells(() => v);
  let self: GoogleAppsScript.Spreadsheet.Range;

  const clearContents = () =>
    wb.writeContents(
      sheet,
      g.row,
      g.col,
      cells(() => null),
    );
  const clearFormats = () =>
    each((row, col) => sheet.putMeta(row, col, keepProps(sheet.cellMeta(row, col), NOT_FORMATS)));

  const impl = {
    /** Not Apps Script API: where this range points (builders use it). */
    __location: () => ({ sheetId: sheet.sheetId, grid: { ...g } }),
    getA1Notation: () => {
      other('getA1Notation');
      return toA1(g);
    },
    getRow: () => (other('getRow'), g.row),
    getColumn: () => (other('getColumn'), g.col),
    getRowIndex: () => (other('getRowIndex'), g.row),
    getColumnIndex: () => (other('getColumnIndex'), g.col),
    getLastRow: () => (other('getLastRow'), g.row + g.numRows - 1),
    getLastColumn: () => (other('getLastColumn'), g.col + g.numCols - 1),
    getNumRows: () => (other('getNumRows'), g.numRows),
    getNumColumns: () => (other('getNumColumns'), g.numCols),
    getHeight: () => (other('getHeight'), g.numRows),
    getWidth: () => (other('getWidth'), g.numCols),
    getSheet: () => (other('getSheet'), api.sheet(sheet)),
    getGridId: () => (other('getGridId'), sheet.sheetId),
    offset: (rowOffset: number, colOffset: number, numRows?: number, numCols?: number) => {
      other('offset');
      return api.range(sheet, {
        row: g.row + rowOffset,
        col: g.col + colOffset,
        numRows: numRows ?? g.numRows,
        numCols: numCols ?? g.numCols,
      });
    },
    getCell: (row: number, col: number) => {
      other('getCell');
      if (row < 1 || col < 1 || row > g.numRows || col > g.numCols)
        throw new Error('Cell reference out of range');
      return api.range(sheet, {
        row: g.row + row - 1,
        col: g.col + col - 1,
        numRows: 1,
        numCols: 1,
      });
    },
    activate: () => {
      other('activate');
      wb.select(sheet, g);
      return self;
    },

    getValue: () => readOne('getValue', (r, c) => wb.typedValue(sheet, r, c, realm())),
    getValues: () => read('getValues', (r, c) => wb.typedValue(sheet, r, c, realm())),
    getDisplayValue: () => readOne('getDisplayValue', (r, c) => wb.displayValue(sheet, r, c)),
    getDisplayValues: () => read('getDisplayValues', (r, c) => wb.displayValue(sheet, r, c)),
    getFormula: () => readOne('getFormula', (r, c) => wb.formula(sheet, r, c)),
    getFormulas: () => read('getFormulas', (r, c) => wb.formula(sheet, r, c)),
    getNumberFormat: () => readOne('getNumberFormat', (r, c) => wb.numberFormat(sheet, r, c)),
    getNumberFormats: () => read('getNumberFormats', (r, c) => wb.numberFormat(sheet, r, c)),
    getNote: () => readOne('getNote', (r, c) => sheet.cellMeta(r, c)?.note ?? ''),
    getNotes: () => read('getNotes', (r, c) => sheet.cellMeta(r, c)?.note ?? ''),
    getBackground: () =>
      readOne('getBackground', (r, c) => sheet.cellMeta(r, c)?.background ?? '#ffffff'),
    getBackgrounds: () =>
      read('getBackgrounds', (r, c) => sheet.cellMeta(r, c)?.background ?? '#ffffff'),
    getFontColor: () =>
      readOne('getFontColor', (r, c) => sheet.cellMeta(r, c)?.fontColor ?? '#000000'),
    getFontColors: () =>
      read('getFontColors', (r, c) => sheet.cellMeta(r, c)?.fontColor ?? '#000000'),
    getFontWeight: () =>
      readOne('getFontWeight', (r, c) => sheet.cellMeta(r, c)?.fontWeight ?? 'normal'),
    getFontWeights: () =>
      read('getFontWeights', (r, c) => sheet.cellMeta(r, c)?.fontWeight ?? 'normal'),
    getHorizontalAlignment: () =>
      readOne('getHorizontalAlignment', (r, c) => sheet.cellMeta(r, c)?.hAlign ?? 'general'),
    getHorizontalAlignments: () =>
      read('getHorizontalAlignments', (r, c) => sheet.cellMeta(r, c)?.hAlign ?? 'general'),
    getWrap: () => readOne('getWrap', (r, c) => sheet.cellMeta(r, c)?.wrap ?? false),
    getWraps: () => read('getWraps', (r, c) => sheet.cellMeta(r, c)?.wrap ?? false),
    getDataValidation: () =>
      readOne('getDataValidation', (r, c) => {
        const v = sheet.cellMeta(r, c)?.validation;
        return v ? makeDataValidation(v) : null;
      }),
    getDataValidations: () =>
      read('getDataValidations', (r, c) => {
        const v = sheet.cellMeta(r, c)?.validation;
        return v ? makeDataValidation(v) : null;
      }),
    getRichTextValue: () =>
      readOne('getRichTextValue', (r, c) =>
        makeRichText(wb.displayValue(sheet, r, c), sheet.cellMeta(r, c)?.link ?? null),
      ),
    isBlank: () =>
      readOne('isBlank', () =>
        cells((r, c) => !wb.hasContent(sheet, r, c))
          .flat()
          .every(Boolean),
      ),
    getMergedRanges: () => {
      touch(ctx, 'read', 'Range.getMergedRanges');
      return realm().array(
        sheet.merges.filter((m) => overlaps(m, g)).map((m) => api.range(sheet, m)),
      );
    },

    setValue: (value: unknown) => {
      write('setValue');
      wb.write(sheet, g.row, g.col, fill(value), true);
      return self;
    },
    setValues: (rows: unknown[][]) => {
      write('setValues');
      wb.write(sheet, g.row, g.col, checkShape(rows, g), true);
      return self;
    },
    setFormula: (formula: string) => {
      write('setFormula');
      wb.writeContents(sheet, g.row, g.col, fill(asFormula(formula)) as string[][]);
      return self;
    },
    setFormulas: (rows: string[][]) => {
      write('setFormulas');
      wb.writeContents(
        sheet,
        g.row,
        g.col,
        checkShape(rows, g, 'setFormulas').map((r) => r.map((f) => asFormula(f as string))),
      );
      return self;
    },
    setNumberFormat: (f: string) => (setAll('setNumberFormat', 'format', f), self),
    setNumberFormats: (rows: string[][]) => (
      setMeta('setNumberFormats', 'format', rows, (v) => v as string), self
    ),
    setNote: (note: string | null) => (
      setAll('setNote', 'note', note ? String(note) : undefined), self
    ),
    setNotes: (rows: (string | null)[][]) => (
      setMeta('setNotes', 'note', rows, (v) => (v ? String(v) : undefined)), self
    ),
    clearNote: () => (setAll('clearNote', 'note', undefined), self),
    setBackground: (color: string | null) => (
      setAll('setBackground', 'background', color ?? undefined), self
    ),
    setBackgrounds: (rows: (string | null)[][]) => (
      setMeta('setBackgrounds', 'background', rows, (v) => (v as string) ?? undefined), self
    ),
    setFontColor: (color: string | null) => (
      setAll('setFontColor', 'fontColor', color ?? undefined), self
    ),
    setFontColors: (rows: string[][]) => (
      setMeta('setFontColors', 'fontColor', rows, (v) => v as string), self
    ),
    setFontWeight: (w: string | null) => (
      setAll('setFontWeight', 'fontWeight', w ?? undefined), self
    ),
    setFontWeights: (rows: string[][]) => (
      setMeta('setFontWeights', 'fontWeight', rows, (v) => v as string), self
    ),
    setFontStyle: (s: string | null) => (setAll('setFontStyle', 'fontStyle', s ?? undefined), self),
    setFontSize: (n: number) => (setAll('setFontSize', 'fontSize', n), self),
    setHorizontalAlignment: (a: string | null) => (
      setAll('setHorizontalAlignment', 'hAlign', a ?? undefined), self
    ),
    setHorizontalAlignments: (rows: string[][]) => (
      setMeta('setHorizontalAlignments', 'hAlign', rows, (v) => v as string), self
    ),
    setVerticalAlignment: (a: string | null) => (
      setAll('setVerticalAlignment', 'vAlign', a ?? undefined), self
    ),
    setWrap: (w: boolean) => (setAll('setWrap', 'wrap', !!w), self),
    setWraps: (rows: boolean[][]) => (setMeta('setWraps', 'wrap', rows, (v) => !!v), self),
    setWrapStrategy: (s: string) => (setAll('setWrapStrategy', 'wrap', s === 'WRAP'), self),
    setBorder: (..._args: unknown[]) => (write('setBorder'), self),
    setDataValidation: (rule: unknown) => {
      write('setDataValidation');
      const spec = rule === null ? undefined : specOfValidation(rule);
      each((r, c) => sheet.setProp(r, c, 'validation', spec));
      return self;
    },
    setDataValidations: (rows: unknown[][]) => {
      write('setDataValidations');
      checkShape(rows, g, 'setDataValidations').forEach((row, r) => {
        row.forEach((rule, c) => {
          sheet.setProp(
            g.row + r,
            g.col + c,
            'validation',
            rule === null ? undefined : specOfValidation(rule),
          );
        });
      });
      return self;
    },
    clearDataValidations: () => (setAll('clearDataValidations', 'validation', undefined), self),
    setRichTextValue: (value: { __rich?: { text: string; link: string | null } }) => {
      write('setRichTextValue');
      const rich = value?.__rich;
      if (!rich) throw new Error('Invalid argument: value (expected a RichTextValue)');
      wb.write(sheet, g.row, g.col, fill(rich.text), false);
      each((r, c) => sheet.setProp(r, c, 'link', rich.link ?? undefined));
      return self;
    },
    clearContent: () => {
      write('clearContent');
      clearContents();
      return self;
    },
    clearFormat: () => {
      write('clearFormat');
      clearFormats();
      return self;
    },
    clear: (options?: {
      contentsOnly?: boolean;
      formatOnly?: boolean;
      validationsOnly?: boolean;
      commentsOnly?: boolean;
    }) => {
      write('clear');
      const o = options ?? {};
      const only = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
      if (!only || o.contentsOnly) clearContents();
      if (!only || o.formatOnly) clearFormats();
      if (!only || o.validationsOnly) each((r, c) => sheet.setProp(r, c, 'validation', undefined));
      if (o.commentsOnly) each((r, c) => sheet.setProp(r, c, 'note', undefined));
      return self;
    },
    merge: () => {
      write('merge');
      sheet.merges.push({ ...g });
      return self;
    },
    mergeAcross: () => {
      write('mergeAcross');
      for (let r = 0; r < g.numRows; r++) sheet.merges.push({ ...g, row: g.row + r, numRows: 1 });
      return self;
    },
    breakApart: () => {
      write('breakApart');
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, g));
      return self;
    },
    applyRowBanding: (theme?: string, showHeader = true, showFooter = false) => {
      write('applyRowBanding');
      if (sheet.bandings.some((b) => overlaps(b.grid, g)))
        throw new Error(
          'You cannot add alternating background colors to a range that already has them.',
        );
      const spec = {
        grid: { ...g },
        theme: String(theme ?? 'LIGHT_GREY'),
        header: showHeader,
        footer: showFooter,
      };
      sheet.bandings.push(spec);
      return api.banding(sheet, spec);
    },
    getBandings: () => {
      touch(ctx, 'read', 'Range.getBandings');
      return realm().array(
        sheet.bandings.filter((b) => overlaps(b.grid, g)).map((b) => api.banding(sheet, b)),
      );
    },
    protect: () => {
      write('protect');
      const spec = {
        kind: 'RANGE' as const,
        grid: { ...g },
        description: '',
        warningOnly: false,
        editors: wb.owner ? [wb.owner] : [],
        unprotected: [],
        removed: false,
      };
      sheet.protections.push(spec);
      return api.protection(sheet, spec);
    },
    sort: (spec: number | { column: number; ascending?: boolean } | unknown[]) => {
      write('sort');
      const keys = (Array.isArray(spec) ? spec : [spec]).map((s) =>
        typeof s === 'number'
          ? { column: s, ascending: true }
          : {
              column: (s as { column: number }).column,
              ascending: (s as { ascending?: boolean }).ascending !== false,
            },
      );
      const rows = cells((r, c) => ({
        value: wb.typedValue(sheet, r, c, HOST_REALM),
        formula: wb.formula(sheet, r, c),
        meta: sheet.cellMeta(r, c),
      }));
      rows.sort((a, b) => {
        for (const k of keys) {
          const i = k.column - g.col;
          const d = compareCells(a[i].value, b[i].value);
          if (d) return k.ascending ? d : -d;
        }
        return 0;
      });
      wb.write(
        sheet,
        g.row,
        g.col,
        rows.map((r) => r.map((c) => (c.formula ? c.formula : c.value))),
        false,
      );
      rows.forEach((row, r) => {
        row.forEach((c, j) => {
          sheet.putMeta(g.row + r, g.col + j, c.meta);
        });
      });
      return self;
    },
    toString: () => 'Range',
  };
  self = strict('Range', impl) as unknown as GoogleAppsScript.Spreadsheet.Range;
  return self;
}

function asFormula(f: string): string | null {
  if (f === '' || f === null || f === undefined) return null;
  const s = String(f);
  return s.startsWith('=') ? s : `=${s}`;
}

export function overlaps(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

function compareCells(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    v === '' ? 4 : typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'boolean' ? 2 : 1;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  return String(a).localeCompare(String(b));
}

export { columnLetters };
