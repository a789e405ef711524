// Workbook files through exceljs: import values, formulas, dates, formats, validation lists; export with computed values.
import ExcelJS from 'exceljs';
import type { RawContent } from './formula-engine';
import { absoluteRef, parseA1, splitSheet } from './spreadsheet/a1';
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
        if (format) sheet.editMeta(r, c).format = format;
        if (cell.note)
          sheet.editMeta(r, c).note =
            typeof cell.note === 'string'
              ? cell.note
              : (cell.note.texts ?? []).map((t) => t.text).join('');
        const dv = cell.dataValidation;
        const spec = importValidation(dv);
        if (spec) sheet.editMeta(r, c).validation = spec;
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
    v.sheet.editMeta(v.row, v.col).validation = {
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
    };
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
 * Writes the workbook as .xlsx: formulas with their computed values, number formats, frozen rows,
 * validation. Rows are streamed to the file as they are built, so a large sheet is never held whole.
 */
export async function exportXlsx(wb: Workbook, path: string): Promise<void> {
  const file = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
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
    const lastRow = wb.lastRow(sheet);
    const lastCol = wb.lastColumn(sheet);
    const rows = Math.max(lastRow, sheet.meta.lastRow());
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      if (r <= lastRow)
        for (let c = 1; c <= lastCol; c++) exportValue(wb, sheet, r, c, row.getCell(c));
      const metas = sheet.meta.row(r);
      for (const [c, meta] of metas) exportMeta(wb, meta, row.getCell(c));
      // The writer drops rows without values; cells with only a format or validation are kept.
      if (metas.size) Object.defineProperty(row, 'hasValues', { value: true });
      row.commit();
    }
    ws.commit();
  }
  for (const name of wb.namedRanges) {
    const at = wb.namedRange(name);
    if (at) file.definedNames.add(absoluteRef(at.sheet.name, at.grid), name);
  }
  await file.commit();
}

/** A cell's value, or its formula with the computed value. */
function exportValue(wb: Workbook, sheet: SheetModel, r: number, c: number, cell: ExcelJS.Cell) {
  const addr = { sheet: sheet.engineId, row: r - 1, col: c - 1 };
  const raw = wb.engine.value(addr);
  const kind = formatKind(wb.effectiveFormat(sheet, r, c));
  const isDateKind = kind === 'date' || kind === 'datetime' || kind === 'time';
  let value: unknown = raw;
  if (raw !== null && typeof raw === 'object') value = { error: raw.error };
  else if (typeof raw === 'number' && isDateKind) value = utcWallOfSerial(raw);
  const formula = wb.formula(sheet, r, c);
  if (formula)
    cell.value = {
      formula: formula.slice(1),
      result: value ?? undefined,
    } as ExcelJS.CellFormulaValue;
  else if (value !== null) cell.value = value as ExcelJS.CellValue;
}

/** A cell's number format, note, background, weight and validation. */
function exportMeta(wb: Workbook, meta: CellMeta, cell: ExcelJS.Cell) {
  if (meta.format && formatKind(meta.format) !== 'general') cell.numFmt = meta.format;
  if (meta.note) cell.note = meta.note;
  if (meta.background)
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${meta.background.replace('#', '').toUpperCase()}` },
    };
  if (meta.fontWeight === 'bold') cell.font = { bold: true };
  if (meta.validation) {
    const dv = exportValidation(wb, meta.validation);
    if (dv) cell.dataValidation = dv;
  }
}
