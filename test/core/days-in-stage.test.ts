// DAYS_IN_STAGE: a column of whole calendar days for open deals.
import { daysInStage } from '../../src/core/days-in-stage';
import { messageOf, twoByTwo } from './thrown';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const d = (y: number, m: number, day: number, h = 0) => new Date(y, m - 1, day, h);

describe('daysInStage', () => {
  const asOf = d(2026, 3, 10);

  it('counts whole calendar days for open rows and leaves closed and blank rows blank', () => {
    expect(
      daysInStage(
        col(d(2026, 3, 1), d(2026, 2, 1), '', d(2026, 3, 10)),
        asOf,
        col('Open', 'Won', 'Open', ''),
      ),
    ).toEqual([[9], [''], [''], [0]]);
  });

  it('counts calendar days, not 24-hour periods', () => {
    // entered at 23:00 the day before: one calendar day, though only an hour passed
    expect(daysInStage(col(d(2026, 3, 9, 23)), d(2026, 3, 10, 0))).toEqual([[1]]);
  });

  it('crosses month and leap-year ends', () => {
    expect(daysInStage(col(d(2024, 2, 28), d(2023, 12, 31)), d(2024, 3, 1))).toEqual([[2], [61]]);
  });

  it('accepts a single cell and serial numbers', () => {
    expect(daysInStage(d(2026, 3, 3), asOf)).toEqual([[7]]);
    expect(daysInStage(46082, 46091)).toEqual([[9]]);
  });

  it('shows a stage-entered date after as_of as a negative number', () => {
    expect(daysInStage(col(d(2026, 3, 12)), asOf)).toEqual([[-2]]);
  });

  it('returns one blank row when everything is closed', () => {
    expect(daysInStage(col(d(2026, 1, 1), d(2026, 1, 2)), asOf, col('Lost', 'Won'))).toEqual([
      [''],
    ]);
  });

  it('stops at the last row with a number, so a sheet-long named range fits the grid', () => {
    // deals_stage_entered runs to the sheet's last row: 3 deals, then 996 empty rows.
    const entered = col(d(2026, 3, 1), d(2026, 3, 5), d(2026, 2, 1), ...new Array(996).fill(''));
    const statuses = col('Open', 'Open', 'Won', ...new Array(996).fill(''));
    expect(daysInStage(entered, asOf, statuses)).toEqual([[9], [5]]);
  });

  it('rejects a blank as_of, text dates and ranges of different lengths', () => {
    expect(() => daysInStage(col(d(2026, 1, 1)), '')).toThrow(
      /DAYS_IN_STAGE: as_of is blank — write a date/,
    );
    expect(() => daysInStage(col('yesterday'), asOf)).toThrow(
      /stage_entered row 1 is "yesterday" — write a date/,
    );
    expect(() => daysInStage(col(d(2026, 1, 1)), asOf, col('Open', 'Open'))).toThrow(
      /statuses has 2 rows but stage_entered has 1/,
    );
  });
});

describe('argument errors name DAYS_IN_STAGE, the argument and the row in both languages', () => {
  it.each([
    [
      'stage_entered two columns wide',
      () => daysInStage(twoByTwo, d(2026, 3, 10)),
      'DAYS_IN_STAGE: stage_entered is 2×2 cells — pick a single column · DAYS_IN_STAGE: stage_entered 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'a status that is no status',
      () => daysInStage(col(d(2026, 3, 1)), d(2026, 3, 10), col('Maybe')),
      'DAYS_IN_STAGE: statuses row 1 is "Maybe" — write Open, Won or Lost (진행, 성사, 실패) · DAYS_IN_STAGE: statuses 1행 값 "Maybe" — 진행, 성사, 실패 (Open, Won, Lost) 중 하나를 입력하세요',
    ],
  ])('%s', (_case, call, message) => {
    expect(messageOf(call)).toBe(message);
  });
});
