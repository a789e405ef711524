// Workbook files through exceljs: import values, formulas, dates, formats, validation lists; export with computed values.
import ExcelJS from 'exceljs';
import type { RawContent } from './formula-engine';
import { absoluteRef, type GridRange, parseA1, splitSheet, toA1 } from './spreadsheet/a1';
import { formatKind } from './spreadsheet/number-format';
import type { CellMeta, SheetModel, ValidationSpec, Workbook } from './spreadsheet/workbook';

const EPOCH_1899 = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** exceljs reads date cells as Dates holding the wall clock in UTC: back to a serial. */
function serialOfUtcWall(d: Date): number {
  return (d.getTime() - EPOCH_1899) / MS_PER_DAY;
}
function utcWallOfSerial(serial: number): Date {
  return new Date(Math.round(EPOCH_1899 + serial * MS_PER_DAY));
}

type ImportedCell = { content: RawContent; format?: string };

function importCell(cell: ExcelJS.Cell): ImportedCell {
  const v = cell.value as unknown;
  const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (v === null || v === undefined) return { content: null, format };
  if (typeof v === 'number' || typeof v === 'boolean') return { content: v, format };
  if (typeof v === 'string') return { content: v.startsWith('=') ? `'${v}` : `'${v}`, format };
  if (v instanceof Date) return { content: serialOfUtcWall(v), format: format ?? 'yyyy-mm-dd' };
  const o = v as {
    formula?: string;
    sharedFormula?: string;
    richText?: { text: string }[];
    text?: string;
    hyperlink?: string;
    error?: string;
  };
  if (o.formula) return { content: `=${o.formula}`, format };
  if (o.sharedFormula) {
    // exceljs resolves shared formulas per cell through cell.formula.
    const f = (cell as unknown as { formula?: string }).formula;
    return { content: f ? `=${f}` : null, format };
  }
  if (o.richText) return { content: `'${o.richText.map((t) => t.text).join('')}`, format };
  if (o.text !== undefined) return { content: `'${o.text}`, format };
  if (o.error) return { content: null, format };
  return { content: `'${String(v)}`, format };
}

function importValidation(dv: ExcelJS.DataValidation | undefined): ValidationSpec | undefined {
  if (dv?.type !== 'list' || !dv.formulae?.length) return undefined;
  const f = String(dv.formulae[0]);
  const allowInvalid = dv.showErrorMessage === false;
  if (f.startsWith('"'))
    return {
      criteria: 'VALUE_IN_LIST',
      values: [f.slice(1, -1).split(','), true],
      allowInvalid,
      helpText: dv.prompt ?? null,
    };
  return undefined;
}

/** Replaces the workbook's sheets with those of an .xlsx file. */
export async function importXlsx(wb: Workbook, path: string): Promise<void> {
  const file = new ExcelJS.Workbook();
  await file.xlsx.readFile(path);
  const old = [...wb.sheets];
  old.forEach((s, i) => {
    wb.renameSheet(s, `__old_${i}_${Date.now()}`);
  });
  const rangeValidations: {
    sheet: SheetModel;
    row: number;
    col: number;
    ref: string;
    allowInvalid: boolean;
  }[] = [];
  for (const ws of file.worksheets) {
    const rows = Math.max(ws.rowCount, 1000);
    const cols = Math.max(ws.columnCount, 26);
    const sheet = wb.addSheet(ws.name, wb.sheets.length, rows, cols);
    const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
    if (view?.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenCols = view.xSplit ?? 0;
    }
    if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.hidden = true;
    const block: RawContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const { content, format } = importCell(cell);
        while (block.length < r) block.push([]);
        block[r - 1][c - 1] = content;
        if (format) sheet.setProp(r, c, 'format', format);
        if (cell.note)
          sheet.setProp(
            r,
            c,
            'note',
            typeof cell.note === 'string'
              ? cell.note
              : (cell.note.texts ?? []).map((t) => t.text).join(''),
          );
        const dv = cell.dataValidation;
        const spec = importValidation(dv);
        if (spec) sheet.setProp(r, c, 'validation', spec);
        else if (dv?.type === 'list' && dv.formulae?.length)
          rangeValidations.push({
            sheet,
            row: r,
            col: c,
            ref: String(dv.formulae[0]),
            allowInvalid: dv.showErrorMessage === false,
          });
      });
    });
    const width = Math.max(0, ...block.map((r) => r.length));
    if (block.length && width) {
      const padded = block.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
      wb.writeContents(sheet, 1, 1, padded);
    }
  }
  for (const s of old) wb.removeSheet(s);
  for (const v of rangeValidations) {
    const { sheetName, cells } = splitSheet(v.ref.replace(/\$/g, ''));
    const target = sheetName ? wb.sheetByName(sheetName) : v.sheet;
    if (!target) continue;
    v.sheet.setProp(v.row, v.col, 'validation', {
      criteria: 'VALUE_IN_RANGE',
      values: [
        {
          __location: () => ({
            sheetId: target.sheetId,
            grid: parseA1(cells, target.maxRows, target.maxCols),
          }),
        },
        true,
      ],
      allowInvalid: v.allowInvalid,
      helpText: null,
    });
  }
  const names = (file.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  for (const { name, ranges } of names ?? []) {
    const { sheetName, cells } = splitSheet(ranges[0].replace(/\$/g, ''));
    const sheet = sheetName ? wb.sheetByName(sheetName) : undefined;
    if (sheet) wb.setName(name, sheet, parseA1(cells, sheet.maxRows, sheet.maxCols));
  }
  wb.activeSheetId = wb.sheets[0]?.sheetId;
}

function exportValidation(wb: Workbook, spec: ValidationSpec): ExcelJS.DataValidation | undefined {
  const base = {
    allowBlank: true,
    showErrorMessage: !spec.allowInvalid,
    ...(spec.helpText ? { showInputMessage: true, prompt: spec.helpText } : {}),
  };
  const [a, b] = spec.values as number[];
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [`"${(spec.values[0] as unknown[]).join(',')}"`] };
    case 'VALUE_IN_RANGE': {
      const loc = (
        spec.values[0] as {
          __location(): { sheetId: number; grid: import('./spreadsheet/a1').GridRange };
        }
      ).__location();
      const s = wb.sheetById(loc.sheetId);
      return s ? { ...base, type: 'list', formulae: [absoluteRef(s.name, loc.grid)] } : undefined;
    }
    case 'NUMBER_BETWEEN':
      return { ...base, type: 'decimal', operator: 'between', formulae: [a, b] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [a] };
    case 'NUMBER_GREATER_THAN':
      return { ...base, type: 'decimal', operator: 'greaterThan', formulae: [a] };
    default:
      return undefined;
  }
}

/**
 * Cell styles shared by every cell that looks alike. The writer keeps each style object it has seen
 * with its style id, so cells sharing one object skip building and comparing their own style's XML.
 * A date without a number format takes the writer's default date format, so dates keep their own.
 */
class SharedStyles {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();
  private readonly plain = {};
  private readonly plainDate = {};
  /** Cells share their properties object: its styles (plain, date) are looked up once. */
  private readonly byMeta = new WeakMap<
    CellMeta,
    [Partial<ExcelJS.Style>?, Partial<ExcelJS.Style>?]
  >();

  of(meta: CellMeta | undefined, isDate: boolean): Partial<ExcelJS.Style> {
    if (!meta?.format && !meta?.background && !meta?.fontWeight)
      return isDate ? this.plainDate : this.plain;
    let known = this.byMeta.get(meta);
    if (!known) {
      known = [];
      this.byMeta.set(meta, known);
    }
    const slot = isDate ? 1 : 0;
    known[slot] ??= this.build(meta, isDate);
    return known[slot];
  }

  private build(meta: CellMeta, isDate: boolean): Partial<ExcelJS.Style> {
    const numFmt = meta.format && formatKind(meta.format) !== 'general' ? meta.format : undefined;
    const fill = meta.background
      ? `FF${meta.background.replace('#', '').toUpperCase()}`
      : undefined;
    const bold = meta.fontWeight === 'bold';
    const key = `${numFmt}\u0000${fill}\u0000${bold}\u0000${isDate && !numFmt}`;
    let style = this.byKey.get(key);
    if (!style) {
      style = {
        ...(numFmt ? { numFmt } : {}),
        ...(bold ? { font: { bold: true } } : {}),
        ...(fill
          ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } as ExcelJS.Fill }
          : {}),
      };
      this.byKey.set(key, style);
    }
    return style;
  }
}

type WriterValidations = {
  dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void };
};

/**
 * Data validations by column: runs of cells below one another holding the same rule become one
 * range (as the file stores them), instead of one entry per cell that the writer merges at the end.
 */
class ValidationRuns {
  private readonly exported = new Map<ValidationSpec, ExcelJS.DataValidation | undefined>();
  /** Column → the run still open there. */
  private readonly open = new Map<
    number,
    { spec: ValidationSpec; text: string; dv: ExcelJS.DataValidation; from: number; to: number }
  >();

  constructor(
    private readonly wb: Workbook,
    private readonly ws: ExcelJS.Worksheet,
  ) {}

  add(r: number, c: number, spec: ValidationSpec): void {
    let dv = this.exported.get(spec);
    if (!this.exported.has(spec)) {
      dv = exportValidation(this.wb, spec);
      this.exported.set(spec, dv);
    }
    const run = this.open.get(c);
    if (!dv) return;
    const text = run?.spec === spec ? run.text : JSON.stringify(dv);
    if (run && run.to === r - 1 && run.text === text) {
      run.to = r;
      return;
    }
    if (run) this.close(c);
    this.open.set(c, { spec, text, dv, from: r, to: r });
  }

  /** Ends the runs that did not reach row `r` (call once per row, after its cells). */
  endBefore(r: number): void {
    for (const [c, run] of this.open) if (run.to < r) this.close(c);
  }

  closeAll(): void {
    for (const c of [...this.open.keys()]) this.close(c);
  }

  private close(c: number): void {
    const run = this.open.get(c);
    if (!run) return;
    this.open.delete(c);
    const address = toA1({ row: run.from, col: c, numRows: run.to - run.from + 1, numCols: 1 });
    // The writer's worksheet keeps validations by address; a range address is one entry.
    (this.ws as unknown as WriterValidations).dataValidations.add(address, run.dv);
  }
}

/**
 * Writes the workbook as .xlsx: formulas with their computed values, number formats, frozen rows,
 * validation. Rows are streamed to the file as they are built, so a large sheet is never held whole;
 * text is written in its cell rather than in a shared table, which would hold every text to the end.
 */
export async function exportXlsx(wb: Workbook, path: string): Promise<void> {
  const file = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const styles = new SharedStyles();
  const rowStyle = {};
  for (const sheet of wb.sheets) {
    const ws = file.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views:
        sheet.frozenRows || sheet.frozenCols
          ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenCols }]
          : [],
      ...(sheet.tabColor
        ? {
            properties: {
              tabColor: { argb: `FF${sheet.tabColor.replace('#', '').toUpperCase()}` },
            },
          }
        : {}),
    });
    for (const [col, px] of sheet.columnWidths) ws.getColumn(col).width = Math.round(px / 7);
    const validations = new ValidationRuns(wb, ws);
    const lastRow = wb.lastRow(sheet);
    const lastCol = wb.lastColumn(sheet);
    const rows = Math.max(lastRow, sheet.meta.lastRow());
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      (row as unknown as { style: object }).style = rowStyle;
      const metas = sheet.meta.row(r);
      const width = Math.max(r <= lastRow ? lastCol : 0, metas.lastCol);
      for (let c = 1; c <= width; c++) {
        const meta = metas.get(c);
        const value = r <= lastRow && c <= lastCol ? exportValue(wb, sheet, r, c) : undefined;
        if (value === undefined && !meta) continue;
        const cell = row.getCell(c);
        if (value !== undefined) cell.value = value;
        const result = (value as { result?: unknown } | undefined)?.result;
        cell.style = styles.of(meta, value instanceof Date || result instanceof Date);
        if (meta?.note) cell.note = meta.note;
        if (meta?.validation) validations.add(r, c, meta.validation);
      }
      validations.endBefore(r);
      // The writer drops rows without values; cells with only a format or validation are kept.
      if (metas.lastCol) Object.defineProperty(row, 'hasValues', { value: true });
      row.commit();
      // Let the file take what was written so far: the writer holds rows until the zip reads them.
      if (r % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    validations.closeAll();
    ws.commit();
  }
  // The writer's defined names keep an entry for every cell of every range (most of a big Deals
  // sheet) only to find the ranges again: give it the ranges, written as it writes them.
  const names = [...wb.namedRanges].flatMap((name) => {
    const at = wb.namedRange(name);
    return at ? [{ name, ranges: [definedNameRange(at.sheet.name, at.grid)] }] : [];
  });
  Object.defineProperty(file.definedNames, 'model', { value: names });
  await file.commit();
}

/** `Deals!$A$2:$A$9`, `'딜'!$A$2:$A$9` or `Settings!$B$2` (one cell), as the xlsx writer spells them. */
function definedNameRange(sheetName: string, grid: GridRange): string {
  const sheet = /^[a-zA-Z0-9]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  const end = toA1({
    row: grid.row + grid.numRows - 1,
    col: grid.col + grid.numCols - 1,
    numRows: 1,
    numCols: 1,
  });
  const start = toA1({ ...grid, numRows: 1, numCols: 1 });
  const abs = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return grid.numRows * grid.numCols > 1
    ? `${sheet}!${abs(start)}:${abs(end)}`
    : `${sheet}!${abs(start)}`;
}

/** A cell's value, or its formula with the computed value; undefined when it is empty. */
function exportValue(
  wb: Workbook,
  sheet: SheetModel,
  r: number,
  c: number,
): ExcelJS.CellValue | undefined {
  const addr = { sheet: sheet.engineId, row: r - 1, col: c - 1 };
  const raw = wb.engine.value(addr);
  const formula = wb.formula(sheet, r, c);
  if (raw === null && !formula) return undefined;
  let value: unknown = raw;
  if (raw !== null && typeof raw === 'object') value = { error: raw.error };
  else if (typeof raw === 'number') {
    const kind = formatKind(wb.effectiveFormat(sheet, r, c));
    if (kind === 'date' || kind === 'datetime' || kind === 'time') value = utcWallOfSerial(raw);
  }
  if (formula)
    return {
      formula: formula.slice(1),
      result: value ?? undefined,
    } as ExcelJS.CellFormulaValue;
  return value as ExcelJS.CellValue;
}
