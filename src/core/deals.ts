// A deal as the core sees it: typed fields read from one Deals row, independent of column order.
import { isDate, serialToDate } from './dates';
import type { Columns, DealField } from './schema';
import type { Status } from './stages';

export interface Deal {
  /** 1-based sheet row the deal was read from (for links, notes and error messages). */
  row: number;
  dealId: string;
  name: string;
  company: string;
  owner: string;
  /** Stage label as written in the sheet. */
  stageText: string;
  /** Index into the configured stages, or -1 when the text matches no stage. */
  stage: number;
  status: Status;
  /** Amount; 0 when blank. NaN when the cell held text that is no number. */
  amount: number;
  /** Probability as a fraction 0..1, or undefined when blank (stage default applies). */
  probability: number | undefined;
  expectedClose: Date | undefined;
  created: Date | undefined;
  stageEntered: Date | undefined;
  /** The day the deal became Won or Lost, when recorded. */
  closedOn: Date | undefined;
  lastActivity: Date | undefined;
  nextStep: string;
  snoozeUntil: Date | undefined;
  lostReason: string;
}

function text(v: unknown): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a string read by the general case below is the same
  if (typeof v === 'string') return v.trim();
  if (v === null || v === undefined) return '';
  // Stryker disable next-line MethodExpression: no number, boolean or Date prints with spaces around it
  return String(v).trim();
}

/**
 * A date cell: a Date, or a number (a day serial: a date column the user formatted as a number, or a
 * formula result without a date format) read in the spreadsheet's zone. Anything else is blank here
 * (Check data reports it).
 */
function optionalDate(v: unknown, timeZone: string | undefined): Date | undefined {
  if (isDate(v)) return v;
  if (typeof v === 'number' && Number.isFinite(v) && timeZone) return serialToDate(v, timeZone);
  return undefined;
}

/** True for a row with nothing in any recognised column (trailing blank rows of a sheet). */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((v) => v === '' || v === null || v === undefined);
}

/**
 * Typed deals from the Deals sheet's values (row 0 = header row). `columns` maps fields to
 * 0-based indexes (keys as in Deal, with `deal` for the name column). Blank rows are skipped;
 * values that cannot be read are kept visible (amount NaN, stage -1, status text) for Check data.
 */
export function readDealRows(
  values: readonly (readonly unknown[])[],
  columns: Columns<DealField>,
  findStageIndex: (label: string) => number,
  parseStatusText: (v: unknown) => Status | undefined,
  /** The spreadsheet's zone, for date serials in date columns (without it numbers there are blank). */
  timeZone?: string,
): Deal[] {
  // Each field's column is looked up once, not once per row; a missing column reads as blank.
  const col = (field: DealField): number => columns[field] ?? -1;
  const [dealId, name, company, owner, stage, status, amount, probability] = (
    ['dealId', 'deal', 'company', 'owner', 'stage', 'status', 'amount', 'probability'] as const
  ).map(col);
  const [expectedClose, created, stageEntered, closedOn, lastActivity, snoozeUntil] = (
    ['expectedClose', 'created', 'stageEntered', 'closedOn', 'lastActivity', 'snoozeUntil'] as const
  ).map(col);
  const [nextStep, lostReason] = (['nextStep', 'lostReason'] as const).map(col);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: row[-1] is undefined, which every field reads as blank too
  const at = (row: readonly unknown[], i: number): unknown => (i < 0 ? '' : row[i]);
  const deals: Deal[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const amountCell = at(row, amount);
    const probCell = at(row, probability);
    const stageText = text(at(row, stage));
    deals.push({
      row: r + 1,
      dealId: text(at(row, dealId)),
      name: text(at(row, name)),
      company: text(at(row, company)),
      owner: text(at(row, owner)),
      stageText,
      stage: findStageIndex(stageText),
      status: parseStatusText(at(row, status)) ?? 'open',
      amount:
        amountCell === '' || amountCell === null || amountCell === undefined
          ? 0
          : typeof amountCell === 'number'
            ? amountCell
            : Number.NaN,
      probability: typeof probCell === 'number' ? probCell : undefined,
      expectedClose: optionalDate(at(row, expectedClose), timeZone),
      created: optionalDate(at(row, created), timeZone),
      stageEntered: optionalDate(at(row, stageEntered), timeZone),
      closedOn: optionalDate(at(row, closedOn), timeZone),
      lastActivity: optionalDate(at(row, lastActivity), timeZone),
      nextStep: text(at(row, nextStep)),
      snoozeUntil: optionalDate(at(row, snoozeUntil), timeZone),
      lostReason: text(at(row, lostReason)),
    });
  }
  return deals;
}
