// Pipeline coverage: open pipeline amount against a target.
import {
  type CellArg,
  readAmount,
  readColumn,
  readPositive,
  readStatuses,
  requireSameLength,
} from './args';

/**
 * Sum of the amounts of Open rows divided by target. Without statuses every row counts.
 * Throws an ArgumentError naming the argument and row for bad input.
 */
export function coverageRatio(amounts: CellArg, target: CellArg, statuses?: CellArg): number {
  const fn = 'COVERAGE';
  const amountCells = readColumn(fn, 'amounts', amounts);
  const goal = readPositive(fn, 'target', target);
  const status = readStatuses(fn, 'statuses', statuses);
  requireSameLength(fn, ['amounts', amountCells], ['statuses', status]);
  let open = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads a blank cell, which adds nothing
  for (let i = 0; i < amountCells.length; i++) {
    const amount = readAmount(fn, 'amounts', amountCells[i], i + 1);
    if (!status || status[i] === 'open') open += amount;
  }
  return open / goal;
}
