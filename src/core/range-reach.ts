// How far the workbook's ranges reach: from a table's first data row to the end of its sheet's grid,
// with spare rows kept below the data, so rows added later fall inside every name, dropdown and rule.

/** Spare rows the grid keeps below the last row with data after it grows. */
export const SPARE_ROWS = 1000;

/** The grid grows once fewer spare rows than this remain below the last row with data. */
export const MIN_SPARE_ROWS = 500;

/** What a table's sheet looks like now. */
export interface ReachState {
  /** The last row with content (the height of what the job reads). */
  lastDataRow: number;
  /** Rows in the sheet's grid. */
  gridRows: number;
  /** The last row the table's ranges cover now; undefined when set-up never made them. */
  covered: number | undefined;
}

/** What to do so the table's ranges cover it with room to spare. */
export interface ReachPlan {
  /** Rows to append after the grid (0 when there is room enough). */
  addRows: number;
  /** The last row every range over the table should cover: the end of the grid. */
  reach: number;
  /** True when the ranges stop short of (or past) `reach` and must be pointed again. */
  repoint: boolean;
}

/**
 * Where a table's ranges should reach. The grid grows to SPARE_ROWS below the data once fewer
 * than MIN_SPARE_ROWS remain, and the ranges run to the end of the grid, so a deal typed or
 * pasted below the data is counted before any job runs. Ranges that do not exist yet are not
 * re-pointed (set-up makes them).
 */
export function planReach(state: ReachState): ReachPlan {
  const { lastDataRow, gridRows, covered } = state;
  const addRows = gridRows - lastDataRow < MIN_SPARE_ROWS ? lastDataRow + SPARE_ROWS - gridRows : 0;
  const reach = gridRows + addRows;
  return { addRows, reach, repoint: covered !== undefined && covered !== reach };
}
