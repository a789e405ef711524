// DAYS_IN_STAGE: whole calendar days each open deal has spent in its current stage.
import {
  type CellArg,
  dayReader,
  readColumn,
  readDateCell,
  readStatuses,
  requireSameLength,
} from './args';

/**
 * A column (one row per input row, down to the last row with a number): whole calendar days from
 * stage entered to as_of for Open rows, "" for closed rows and rows without a stage-entered date.
 * A date after as_of gives a negative number, so a mistyped date shows up instead of hiding as 0.
 * Trailing blank rows are left out: the named ranges run to the sheet's last row, and Sheets shows
 * #REF! instead of adding rows when a result runs past the grid. At least one row is returned.
 */
export function daysInStage(
  stageEntered: CellArg,
  asOf: CellArg,
  statuses?: CellArg,
): (number | string)[][] {
  const fn = 'DAYS_IN_STAGE';
  const enteredCells = readColumn(fn, 'stage_entered', stageEntered);
  const today = readDateCell(fn, 'as_of', asOf);
  const status = readStatuses(fn, 'statuses', statuses);
  requireSameLength(fn, ['stage_entered', enteredCells], ['statuses', status]);
  const readEntered = dayReader(fn, 'stage_entered');
  // Stryker disable next-line ArrayDeclaration: a preallocated array only saves growing it
  const out: (number | string)[][] = new Array(enteredCells.length);
  // Stryker disable next-line EqualityOperator: one step past the end reads a blank cell, a trailing blank row that is trimmed
  for (let i = 0; i < enteredCells.length; i++) {
    const day = readEntered(enteredCells[i], i + 1);
    const open = !status || status[i] === 'open';
    out[i] = [open && day !== undefined ? today - day : ''];
  }
  let rows = out.length;
  while (rows > 1 && out[rows - 1][0] === '') rows--;
  // Stryker disable next-line ConditionalExpression: slicing all rows gives the same rows
  return rows === out.length ? out : out.slice(0, rows);
}
