// WINRATE: Won ÷ (Won + Lost), by count or weighted by amount.
import {
  type CellArg,
  fail,
  isOmitted,
  readAmount,
  readColumn,
  requireSameLength,
  statusReader,
} from './args';
import { inBoth } from './i18n';

/**
 * Won ÷ (Won + Lost) over the statuses; with amounts, Won amount ÷ closed amount.
 * Open rows do not count. Errors when nothing is closed (or the closed amounts add up to 0).
 */
export function closedWinRate(statuses: CellArg, amounts?: CellArg): number {
  const fn = 'WINRATE';
  const statusCells = readColumn(fn, 'statuses', statuses);
  const amountCells = isOmitted(amounts) ? undefined : readColumn(fn, 'amounts', amounts);
  requireSameLength(fn, ['statuses', statusCells], ['amounts', amountCells]);
  const readStatus = statusReader(fn, 'statuses');
  let won = 0;
  let closed = 0;
  let closedRows = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads a blank cell, which adds nothing
  for (let i = 0; i < statusCells.length; i++) {
    const status = readStatus(statusCells[i], i + 1);
    const weight = amountCells ? readAmount(fn, 'amounts', amountCells[i], i + 1) : 1;
    if (status === 'open') continue;
    // Stryker disable next-line UpdateOperator: only whether it is 0 matters
    closedRows++;
    closed += weight;
    if (status === 'won') won += weight;
  }
  if (closedRows === 0) {
    fail(fn, 'statuses', undefined, inBoth('cellNothingClosed'));
  }
  if (closed === 0) {
    fail(fn, 'amounts', undefined, inBoth('cellClosedAmountZero'));
  }
  return won / closed;
}
