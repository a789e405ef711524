// Conditional formatting as Sheets shows it: the first rule of a sheet whose range holds the cell and whose
// condition is true gives the cell its format. Custom formulas are relative to the rule's first range.
import { notImplemented } from '../runtime';
import { absoluteRef, type GridRange, parseA1 } from './a1';
import { dateToSerial, isDate } from './serial';
import type { ConditionalRuleSpec, SheetModel, Workbook } from './workbook';

export type ConditionalFormat = ConditionalRuleSpec['format'];

const inside = (g: GridRange, row: number, col: number) =>
  row >= g.row && row < g.row + g.numRows && col >= g.col && col < g.col + g.numCols;

/** The format of the first rule that applies to the cell and holds there, or undefined. */
export function conditionalFormatAt(
  wb: Workbook,
  sheet: SheetModel,
  row: number,
  col: number,
): ConditionalFormat | undefined {
  for (const rule of sheet.conditionalRules) {
    const mine = rule.ranges.filter((r) => r.sheetId === sheet.sheetId);
    if (!mine.some((r) => inside(r.grid, row, col))) continue;
    if (ruleHolds(wb, sheet, rule, row, col)) return rule.format;
  }
  return undefined;
}

function ruleHolds(
  wb: Workbook,
  sheet: SheetModel,
  rule: ConditionalRuleSpec,
  row: number,
  col: number,
): boolean {
  const [a, b] = rule.values;
  if (rule.criteria === 'CUSTOM_FORMULA') {
    const anchor = rule.ranges[0].grid;
    const formula = literalIndirects(wb, sheet, String(a));
    const v = wb.engine.evaluateAt(
      formula.startsWith('=') ? formula : `=${formula}`,
      { sheet: sheet.engineId, row: anchor.row - 1, col: anchor.col - 1 },
      { sheet: sheet.engineId, row: row - 1, col: col - 1 },
    );
    // TRUE or a non-zero number formats the cell (=MOD(ROW(),2) is a common rule); errors do not.
    return v === true || (typeof v === 'number' && v !== 0);
  }
  const value = wb.engine.value({ sheet: sheet.engineId, row: row - 1, col: col - 1 });
  const empty = value === null || value === '';
  const num = typeof value === 'number' ? value : undefined;
  // Sheets compares text without regard to case.
  const text = empty ? '' : wb.displayValue(sheet, row, col).toLowerCase();
  const t = (x: unknown) => String(x ?? '').toLowerCase();
  const day = (x: unknown) =>
    isDate(x) ? Math.floor(dateToSerial(x, wb.timeZone)) : Math.floor(Number(x));
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return empty;
    case 'CELL_NOT_EMPTY':
      return !empty;
    case 'NUMBER_GREATER_THAN':
      return num !== undefined && num > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== undefined && num >= Number(a);
    case 'NUMBER_LESS_THAN':
      return num !== undefined && num < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== undefined && num <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return num !== undefined && num === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== undefined && num !== Number(a);
    case 'NUMBER_BETWEEN':
      return num !== undefined && num >= Number(a) && num <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return num !== undefined && !(num >= Number(a) && num <= Number(b));
    case 'TEXT_CONTAINS':
      return !empty && text.includes(t(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(t(a));
    case 'TEXT_EQUAL_TO':
      return !empty && text === t(a);
    case 'TEXT_STARTS_WITH':
      return !empty && text.startsWith(t(a));
    case 'TEXT_ENDS_WITH':
      return !empty && text.endsWith(t(a));
    case 'DATE_BEFORE':
      return num !== undefined && Math.floor(num) < day(a);
    case 'DATE_AFTER':
      return num !== undefined && Math.floor(num) > day(a);
    case 'DATE_EQUAL_TO':
      return num !== undefined && Math.floor(num) === day(a);
    default:
      throw notImplemented(`conditional format condition ${rule.criteria}`);
  }
}

/**
 * INDIRECT("…") with a constant text is the reference it names (Sheets resolves it the same way):
 * rules reach other sheets through it. A computed argument is not supported and says so.
 */
function literalIndirects(wb: Workbook, here: SheetModel, formula: string): string {
  const out = formula.replace(
    /\bINDIRECT\(\s*"((?:[^"]|"")*)"\s*(?:,\s*(?:TRUE|1)\s*)?\)/gi,
    (_m, text: string) => {
      const ref = text.replace(/""/g, '"');
      try {
        const probe = parseA1(ref, 1e7, 18278);
        const sheet = probe.sheetName ? wb.sheetByName(probe.sheetName) : here;
        if (!sheet) return '#REF!';
        return absoluteRef(sheet.name, parseA1(ref, sheet.maxRows, sheet.maxCols));
      } catch {
        return '#REF!';
      }
    },
  );
  if (/\bINDIRECT\s*\(/i.test(out))
    throw notImplemented(`INDIRECT with a computed or R1C1 reference in ${formula}`);
  return out;
}
