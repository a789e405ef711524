// FORECAST_WEIGHTED: expected revenue closing in a period, Won at full amount and Open × probability.
import {
  type CellArg,
  dayReader,
  fail,
  isOmitted,
  readAmount,
  readColumn,
  readDateCell,
  readProbability,
  readStatuses,
  requireSameLength,
} from './args';
import { inBoth } from './i18n';

/** The error for an Open deal whose probability cell is blank although its probability is needed. */
export function blankProbability(fn: string, row: number): never {
  fail(fn, 'probabilities', row, inBoth('cellBlankProbability'));
}

/**
 * Expected revenue in [period_start, period_end] (inclusive calendar dates): Won rows closing in
 * the period at their full amount plus Open rows closing in the period × their probability.
 * With `closedOn` (the Closed on column), a Won row counts by the day it was won, and by its close
 * date only when Closed on is blank. Lost rows and rows without a date are skipped. Without
 * statuses every row is Open. A blank probability on an Open row that counts is an error (the
 * function has no stage to default from); blank probabilities elsewhere are fine.
 */
export function weightedForecast(
  amounts: CellArg,
  probabilities: CellArg,
  closeDates: CellArg,
  periodStart: CellArg,
  periodEnd: CellArg,
  statuses?: CellArg,
  closedOn?: CellArg,
): number {
  const fn = 'FORECAST_WEIGHTED';
  const amountCells = readColumn(fn, 'amounts', amounts);
  const probabilityCells = readColumn(fn, 'probabilities', probabilities);
  const closeCells = readColumn(fn, 'close_dates', closeDates);
  const start = readDateCell(fn, 'period_start', periodStart);
  const end = readDateCell(fn, 'period_end', periodEnd);
  const status = readStatuses(fn, 'statuses', statuses);
  const closedCells = isOmitted(closedOn) ? undefined : readColumn(fn, 'closed_on', closedOn);
  requireSameLength(
    fn,
    ['amounts', amountCells],
    ['probabilities', probabilityCells],
    ['close_dates', closeCells],
    ['statuses', status],
    ['closed_on', closedCells],
  );
  if (end < start) {
    fail(fn, 'period_end', undefined, inBoth('cellEndBeforeStart'));
  }
  const readClose = dayReader(fn, 'close_dates');
  const readClosed = dayReader(fn, 'closed_on');
  let total = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads a blank cell, which adds nothing
  for (let i = 0; i < amountCells.length; i++) {
    const row = i + 1;
    const amount = readAmount(fn, 'amounts', amountCells[i], row);
    const probability = readProbability(fn, 'probabilities', probabilityCells[i], row);
    // Stryker disable next-line StringLiteral: any text but won or lost is read as open below
    const s = status ? status[i] : 'open';
    const wonOn = s === 'won' && closedCells ? readClosed(closedCells[i], row) : undefined;
    const day = wonOn ?? readClose(closeCells[i], row);
    if (s === 'lost' || day === undefined || day < start || day > end) continue;
    if (s === 'won') {
      total += amount;
    } else if (amount > 0) {
      if (probability === undefined) blankProbability(fn, row);
      total += amount * probability;
    }
  }
  return total;
}
