// How far ranges reach: the end of the grid, which keeps spare rows below the data.
import { MIN_SPARE_ROWS, planReach, SPARE_ROWS } from '../../src/core/range-reach';

describe('planReach', () => {
  it('leaves a grid with enough spare rows as it is, and ranges that reach its end alone', () => {
    expect(planReach({ lastDataRow: 301, gridRows: 1000, covered: 1000 })).toEqual({
      addRows: 0,
      reach: 1000,
      repoint: false,
    });
  });

  it('points ranges that stop short of a grid grown by rows added at the bottom', () => {
    // Rows 1001..1200 were added and are still empty: the ranges move, the grid has room.
    expect(planReach({ lastDataRow: 301, gridRows: 1200, covered: 1000 })).toEqual({
      addRows: 0,
      reach: 1200,
      repoint: true,
    });
  });

  it('grows the grid to SPARE_ROWS below the data once fewer than MIN_SPARE_ROWS remain', () => {
    const lastDataRow = 1500;
    const plan = planReach({ lastDataRow, gridRows: 1500, covered: 1000 });
    expect(plan).toEqual({ addRows: SPARE_ROWS, reach: lastDataRow + SPARE_ROWS, repoint: true });
    const nearly = planReach({
      lastDataRow: 1000 - MIN_SPARE_ROWS + 1,
      gridRows: 1000,
      covered: 1000,
    });
    expect(nearly.addRows).toBeGreaterThan(0);
    expect(nearly.reach - (1000 - MIN_SPARE_ROWS + 1)).toBe(SPARE_ROWS);
    expect(
      planReach({ lastDataRow: 1000 - MIN_SPARE_ROWS, gridRows: 1000, covered: 1000 }).addRows,
    ).toBe(0);
  });

  it('plans the reach but never a re-point for ranges set-up has not made', () => {
    expect(planReach({ lastDataRow: 50_001, gridRows: 50_001, covered: undefined })).toEqual({
      addRows: SPARE_ROWS,
      reach: 50_001 + SPARE_ROWS,
      repoint: false,
    });
  });
});
