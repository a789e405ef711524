// Data validation of a person's input: a rule with setAllowInvalid(false) refuses what breaks it.
// Script writes are never checked (Apps Script does not either).
import { type GridRange, toA1 } from './spreadsheet/a1';
import { isDate } from './spreadsheet/serial';
import type { SheetModel, ValidationSpec, Workbook } from './spreadsheet/workbook';

/** Throws Sheets' message when `input` typed into (row, col) breaks a rejecting rule there. */
export function assertValidInput(
  wb: Workbook,
  sheet: SheetModel,
  row: number,
  col: number,
  input: unknown,
): void {
  const rule = sheet.cellMeta(row, col)?.validation;
  if (!rule || rule.allowInvalid) return;
  if (!satisfies(wb, rule, input))
    throw new Error(
      `The data you entered in cell ${toA1({ row, col, numRows: 1, numCols: 1 })} violates the data validation rules set on this cell.${rule.helpText ? ` ${rule.helpText}` : ''}`,
    );
}

/** Whether typed input meets a rule (blank always does). */
export function satisfies(wb: Workbook, rule: ValidationSpec, input: unknown): boolean {
  if (input === '' || input === null || input === undefined) return true;
  const text = String(input).trim();
  const num = typeof input === 'number' ? input : Number(text.replace(/,/g, ''));
  const [a, b] = rule.values as number[];
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (rule.values[0] as unknown[]).some((v) => String(v) === text);
    case 'VALUE_IN_RANGE':
      return inRange(wb, rule.values[0], text);
    case 'NUMBER_BETWEEN':
      return num >= a && num <= b;
    case 'NUMBER_NOT_BETWEEN':
      return !(num >= a && num <= b);
    case 'NUMBER_GREATER_THAN':
      return num > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= a;
    case 'NUMBER_LESS_THAN':
      return num < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= a;
    case 'NUMBER_EQUAL_TO':
      return num === a;
    case 'DATE_IS_VALID_DATE':
      return (
        isDate(input) ||
        /^\d{4}[-/.]\s?\d{1,2}[-/.]\s?\d{1,2}\.?$|^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(text)
      );
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'CHECKBOX':
      return /^(true|false)$/i.test(text);
    default:
      return true;
  }
}

/** VALUE_IN_RANGE: the text equals the display value of a cell of the rule's range. */
function inRange(wb: Workbook, range: unknown, text: string): boolean {
  const loc = (range as { __location(): { sheetId: number; grid: GridRange } }).__location();
  const s = wb.sheetById(loc.sheetId);
  if (!s) return true;
  for (let r = 0; r < loc.grid.numRows; r++)
    for (let c = 0; c < loc.grid.numCols; c++)
      if (wb.displayValue(s, loc.grid.row + r, loc.grid.col + c) === text) return true;
  return false;
}
