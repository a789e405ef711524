import { parseIsoDay } from '../../../src/core/dates';
import {
  parseMonth,
  periodOf,
  periodsBetween,
  shiftPeriod,
} from '../../../src/core/forecast/periods';

const day = (iso: string) => parseIsoDay(iso) as number;

describe('forecast periods', () => {
  it('labels months and quarters across year ends', () => {
    expect(
      periodsBetween('month', day('2024-11-15'), day('2025-02-01')).map((p) => p.label),
    ).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(shiftPeriod(periodOf('quarter', day('2025-11-30')), 1)).toEqual({
      kind: 'quarter',
      start: day('2026-01-01'),
      end: day('2026-03-31'),
      label: '2026-Q1',
    });
    expect(shiftPeriod(periodOf('month', day('2025-01-31')), -1).label).toBe('2024-12');
  });

  it('gives each month its first and last day, leap years included', () => {
    expect(periodOf('month', day('2024-02-10'))).toMatchObject({
      start: day('2024-02-01'),
      end: day('2024-02-29'),
    });
    expect(parseMonth('2017-04')).toBe(day('2017-04-01'));
    expect(parseMonth('2017-13')).toBeUndefined();
  });
});
