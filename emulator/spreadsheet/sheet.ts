// Sheet: grid size, content extents, rows/columns, frozen rows, visibility, rules, charts, protection.
// biome-ignore-all lint/complexity/noCommaOperator: API tables meter the call, then return its result: `(touch, value)`.
// biome-ignore-all lint/suspicious/noAssignInExpressions: setters in those tables assign and return the object.

import { strict } from '../runtime';
import { type GridRange, parseA1 } from './a1';
import { makeChartBuilder, specOfRule } from './builders';
import { keepProps } from './cell-props';
import { touch } from './context';
import type { SheetsApi } from './spreadsheet';
import type { ChartSpec, SheetModel } from './workbook';

/** Apps Script's checks on getRange(row, column, numRows, numColumns). */
export function checkGrid(sheet: SheetModel, g: GridRange): GridRange {
  if (!Number.isInteger(g.row) || g.row < 1)
    throw new Error('The starting row of the range is too small.');
  if (!Number.isInteger(g.col) || g.col < 1)
    throw new Error('The starting column of the range is too small.');
  if (!Number.isInteger(g.numRows) || g.numRows < 1)
    throw new Error('The number of rows in the range must be at least 1.');
  if (!Number.isInteger(g.numCols) || g.numCols < 1)
    throw new Error('The number of columns in the range must be at least 1.');
  if (g.row + g.numRows - 1 > sheet.maxRows || g.col + g.numCols - 1 > sheet.maxCols)
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  return g;
}

/** Builds the Sheet object Apps Script code sees. */
export function makeSheet(api: SheetsApi, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet {
  const { ctx, wb } = api;
  const other = (m: string) => touch(ctx, 'other', `Sheet.${m}`);
  const write = (m: string) => touch(ctx, 'write', `Sheet.${m}`);
  const read = (m: string) => touch(ctx, 'read', `Sheet.${m}`);
  let self: GoogleAppsScript.Spreadsheet.Sheet;
  const rangeOf = (grid: GridRange) => api.range(sheet, grid);

  const impl = {
    getName: () => (other('getName'), sheet.name),
    setName: (name: string) => {
      write('setName');
      wb.renameSheet(sheet, String(name));
      return self;
    },
    getSheetId: () => (other('getSheetId'), sheet.sheetId),
    getIndex: () => (other('getIndex'), wb.sheets.indexOf(sheet) + 1),
    getParent: () => (other('getParent'), api.spreadsheet()),
    getRange: (a: string | number, col?: number, numRows?: number, numCols?: number) => {
      other('getRange');
      if (typeof a === 'string') {
        const ref = parseA1(a, sheet.maxRows, sheet.maxCols);
        const target = ref.sheetName ? wb.sheetByName(ref.sheetName) : sheet;
        if (!target) throw new Error('Range not found');
        return api.range(target, checkGrid(target, ref));
      }
      return api.range(
        sheet,
        checkGrid(sheet, { row: a, col: col!, numRows: numRows ?? 1, numCols: numCols ?? 1 }),
      );
    },
    getDataRange: () => {
      other('getDataRange');
      return api.range(sheet, {
        row: 1,
        col: 1,
        numRows: Math.max(1, wb.lastRow(sheet)),
        numCols: Math.max(1, wb.lastColumn(sheet)),
      });
    },
    getSheetValues: (row: number, col: number, numRows: number, numCols: number) => {
      read('getSheetValues');
      const nr = numRows === -1 ? wb.lastRow(sheet) - row + 1 : numRows;
      const nc = numCols === -1 ? wb.lastColumn(sheet) - col + 1 : numCols;
      const g = checkGrid(sheet, { row, col, numRows: nr, numCols: nc });
      const realm = ctx.realm();
      const list = new Array<unknown>(g.numRows * g.numCols);
      for (let r = 0, i = 0; r < g.numRows; r++)
        for (let c = 0; c < g.numCols; c++, i++)
          list[i] = wb.typedValue(sheet, g.row + r, g.col + c, realm);
      return realm.grid(list, g.numCols);
    },
    getLastRow: () => (other('getLastRow'), wb.lastRow(sheet)),
    getLastColumn: () => (other('getLastColumn'), wb.lastColumn(sheet)),
    getMaxRows: () => (other('getMaxRows'), sheet.maxRows),
    getMaxColumns: () => (other('getMaxColumns'), sheet.maxCols),
    appendRow: (values: unknown[]) => {
      write('appendRow');
      if (!Array.isArray(values) || values.length === 0)
        throw new Error('Invalid argument: rowContents (expected a non-empty array)');
      const row = wb.lastRow(sheet) + 1;
      wb.ensureSize(sheet, row, values.length);
      wb.write(sheet, row, 1, [values], true);
      return self;
    },
    insertRowsAfter: (after: number, howMany: number) => {
      write('insertRowsAfter');
      checkPosition(after, sheet.maxRows, 'row');
      wb.insertRows(sheet, after + 1, howMany, after);
      return self;
    },
    insertRowsBefore: (before: number, howMany: number) => {
      write('insertRowsBefore');
      checkPosition(before, sheet.maxRows, 'row');
      wb.insertRows(sheet, before, howMany, before);
      return self;
    },
    insertRowAfter: (after: number) => {
      write('insertRowAfter');
      checkPosition(after, sheet.maxRows, 'row');
      wb.insertRows(sheet, after + 1, 1, after);
      return self;
    },
    insertRowBefore: (before: number) => {
      write('insertRowBefore');
      checkPosition(before, sheet.maxRows, 'row');
      wb.insertRows(sheet, before, 1, before);
      return self;
    },
    insertRows: (at: number, howMany = 1) => {
      write('insertRows');
      checkPosition(at, sheet.maxRows, 'row');
      wb.insertRows(sheet, at, howMany, at);
      return self;
    },
    deleteRow: (at: number) => {
      write('deleteRow');
      checkDelete(sheet, at, 1, 'row');
      wb.deleteRows(sheet, at, 1);
      return self;
    },
    deleteRows: (at: number, howMany: number) => {
      write('deleteRows');
      checkDelete(sheet, at, howMany, 'row');
      wb.deleteRows(sheet, at, howMany);
      return self;
    },
    insertColumnsAfter: (after: number, howMany: number) => {
      write('insertColumnsAfter');
      checkPosition(after, sheet.maxCols, 'column');
      wb.insertColumns(sheet, after + 1, howMany, after);
      return self;
    },
    insertColumnsBefore: (before: number, howMany: number) => {
      write('insertColumnsBefore');
      checkPosition(before, sheet.maxCols, 'column');
      wb.insertColumns(sheet, before, howMany, before);
      return self;
    },
    insertColumnAfter: (after: number) => {
      write('insertColumnAfter');
      wb.insertColumns(sheet, after + 1, 1, after);
      return self;
    },
    deleteColumn: (at: number) => {
      write('deleteColumn');
      checkDelete(sheet, at, 1, 'column');
      wb.deleteColumns(sheet, at, 1);
      return self;
    },
    deleteColumns: (at: number, howMany: number) => {
      write('deleteColumns');
      checkDelete(sheet, at, howMany, 'column');
      wb.deleteColumns(sheet, at, howMany);
      return self;
    },
    setFrozenRows: (n: number) => {
      write('setFrozenRows');
      sheet.frozenRows = n;
      return self;
    },
    getFrozenRows: () => (other('getFrozenRows'), sheet.frozenRows),
    setFrozenColumns: (n: number) => {
      write('setFrozenColumns');
      sheet.frozenCols = n;
      return self;
    },
    getFrozenColumns: () => (other('getFrozenColumns'), sheet.frozenCols),
    hideSheet: () => {
      write('hideSheet');
      if (wb.sheets.filter((s) => !s.hidden && s !== sheet).length === 0)
        throw new Error("You can't hide all the sheets in a document.");
      sheet.hidden = true;
      return self;
    },
    showSheet: () => {
      write('showSheet');
      sheet.hidden = false;
      return self;
    },
    isSheetHidden: () => (other('isSheetHidden'), sheet.hidden),
    setTabColor: (color: string | null) => {
      write('setTabColor');
      sheet.tabColor = color;
      return self;
    },
    getTabColor: () => (other('getTabColor'), sheet.tabColor),
    activate: () => {
      other('activate');
      wb.activeSheetId = sheet.sheetId;
      return self;
    },
    clear: (options?: { contentsOnly?: boolean; formatOnly?: boolean }) => {
      write('clear');
      if (!options?.formatOnly)
        wb.writeContents(sheet, 1, 1, emptyBlock(wb.lastRow(sheet), wb.lastColumn(sheet)));
      if (!options?.contentsOnly) {
        sheet.meta.clear();
        sheet.conditionalRules = [];
      }
      return self;
    },
    clearContents: () => {
      write('clearContents');
      wb.writeContents(sheet, 1, 1, emptyBlock(wb.lastRow(sheet), wb.lastColumn(sheet)));
      return self;
    },
    clearFormats: () => {
      write('clearFormats');
      // Notes and validation are not formats: they stay.
      for (const [row, col, m] of [...sheet.meta.entries()])
        sheet.putMeta(row, col, keepProps(m, ['note', 'validation']));
      return self;
    },
    setColumnWidth: (col: number, width: number) => {
      write('setColumnWidth');
      sheet.columnWidths.set(col, width);
      return self;
    },
    setColumnWidths: (start: number, n: number, width: number) => {
      write('setColumnWidths');
      for (let i = 0; i < n; i++) sheet.columnWidths.set(start + i, width);
      return self;
    },
    getColumnWidth: (col: number) => (other('getColumnWidth'), sheet.columnWidths.get(col) ?? 100),
    autoResizeColumns: (start: number, n: number) => {
      write('autoResizeColumns');
      for (let i = 0; i < n; i++) {
        let chars = 0;
        for (let r = 1; r <= wb.lastRow(sheet); r++)
          chars = Math.max(chars, wb.displayValue(sheet, r, start + i).length);
        sheet.columnWidths.set(start + i, Math.max(40, Math.min(500, chars * 8 + 16)));
      }
      return self;
    },
    autoResizeColumn: (col: number) => {
      write('autoResizeColumn');
      sheet.columnWidths.set(col, sheet.columnWidths.get(col) ?? 100);
      return self;
    },
    setRowHeight: (row: number, h: number) => {
      write('setRowHeight');
      sheet.rowHeights.set(row, h);
      return self;
    },
    setRowHeights: (start: number, n: number, h: number) => {
      write('setRowHeights');
      for (let i = 0; i < n; i++) sheet.rowHeights.set(start + i, h);
      return self;
    },
    getRowHeight: (row: number) => (other('getRowHeight'), sheet.rowHeights.get(row) ?? 21),
    hideColumns: (col: number, n = 1) => (write('hideColumns'), void [col, n], self),
    showColumns: (col: number, n = 1) => (write('showColumns'), void [col, n], self),
    hideRows: (row: number, n = 1) => (write('hideRows'), void [row, n], self),
    showRows: (row: number, n = 1) => (write('showRows'), void [row, n], self),
    getConditionalFormatRules: () => {
      read('getConditionalFormatRules');
      return ctx.realm().array(sheet.conditionalRules.map((r) => api.conditionalRule(r)));
    },
    setConditionalFormatRules: (rules: unknown[]) => {
      write('setConditionalFormatRules');
      // Replaces every rule of the sheet, as in Apps Script.
      sheet.conditionalRules = [...rules].map((r) => structuredClone(specOfRule(r)));
      return self;
    },
    clearConditionalFormatRules: () => {
      write('clearConditionalFormatRules');
      sheet.conditionalRules = [];
      return self;
    },
    getBandings: () => {
      read('getBandings');
      return ctx.realm().array(sheet.bandings.map((b) => api.banding(sheet, b)));
    },
    protect: () => {
      write('protect');
      let spec = sheet.protections.find((p) => p.kind === 'SHEET' && !p.removed);
      if (!spec) {
        spec = {
          kind: 'SHEET',
          description: '',
          warningOnly: false,
          editors: wb.owner ? [wb.owner] : [],
          unprotected: [],
          removed: false,
        };
        sheet.protections.push(spec);
      }
      return api.protection(sheet, spec);
    },
    getProtections: (type: string) => {
      read('getProtections');
      return ctx
        .realm()
        .array(
          sheet.protections
            .filter((p) => !p.removed && p.kind === String(type))
            .map((p) => api.protection(sheet, p)),
        );
    },
    newChart: () => {
      other('newChart');
      const spec: ChartSpec = {
        chartId: wb.newChartId(),
        type: '',
        ranges: [],
        position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
        options: {},
      };
      return makeChartBuilder(spec, rangeOf);
    },
    insertChart: (chart: { __chart?: ChartSpec }) => {
      write('insertChart');
      if (!chart?.__chart) throw new Error('Invalid argument: chart');
      sheet.charts.push(structuredClone(chart.__chart));
      return undefined;
    },
    updateChart: (chart: { __chart?: ChartSpec }) => {
      write('updateChart');
      const spec = chart?.__chart;
      if (!spec) throw new Error('Invalid argument: chart');
      const i = sheet.charts.findIndex((c) => c.chartId === spec.chartId);
      if (i < 0) throw new Error('Chart not found on this sheet.');
      sheet.charts[i] = structuredClone(spec);
      return undefined;
    },
    getCharts: () => {
      read('getCharts');
      return ctx.realm().array(sheet.charts.map((c) => api.chart(sheet, c)));
    },
    removeChart: (chart: { __chart?: ChartSpec }) => {
      write('removeChart');
      const id = chart?.__chart?.chartId;
      sheet.charts = sheet.charts.filter((c) => c.chartId !== id);
      return undefined;
    },
    toString: () => 'Sheet',
  };
  self = strict('Sheet', impl) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  return self;
}

function emptyBlock(rows: number, cols: number): null[][] {
  return Array.from({ length: Math.max(rows, 1) }, () => new Array(Math.max(cols, 1)).fill(null));
}

function checkPosition(pos: number, max: number, what: 'row' | 'column'): void {
  if (!Number.isInteger(pos) || pos < 1 || pos > max)
    throw new Error(`Those ${what}s are out of bounds.`);
}

function checkDelete(sheet: SheetModel, at: number, n: number, what: 'row' | 'column'): void {
  const max = what === 'row' ? sheet.maxRows : sheet.maxCols;
  if (!Number.isInteger(at) || at < 1 || at + n - 1 > max)
    throw new Error(`Those ${what}s are out of bounds.`);
  if (n >= max) throw new Error(`You can't delete all the ${what}s on the sheet.`);
}
