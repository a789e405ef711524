// Forecast periods at their edges: every quarter's label, shifts across years, month text that is no month.
import { parseIsoDay } from '../../../src/core/dates';
import {
  parseMonth,
  periodOf,
  periodsBetween,
  shiftPeriod,
} from '../../../src/core/forecast/periods';

const day = (iso: string) => parseIsoDay(iso) as number;

describe('periodOf', () => {
  it('puts each month in its quarter, from the quarter’s first to its last day', () => {
    const table: [string, string, string, string][] = [
      ['2025-01-01', '2025-Q1', '2025-01-01', '2025-03-31'],
      ['2025-03-31', '2025-Q1', '2025-01-01', '2025-03-31'],
      ['2025-04-01', '2025-Q2', '2025-04-01', '2025-06-30'],
      ['2025-08-15', '2025-Q3', '2025-07-01', '2025-09-30'],
      ['2025-12-31', '2025-Q4', '2025-10-01', '2025-12-31'],
    ];
    for (const [d, label, start, end] of table)
      expect(periodOf('quarter', day(d))).toEqual({
        kind: 'quarter',
        start: day(start),
        end: day(end),
        label,
      });
  });

  it('labels months with two digits, first and last day included', () => {
    expect(periodOf('month', day('2025-09-01'))).toEqual({
      kind: 'month',
      start: day('2025-09-01'),
      end: day('2025-09-30'),
      label: '2025-09',
    });
    expect(periodOf('month', day('2025-12-31')).label).toBe('2025-12');
    expect(periodOf('month', day('2023-02-28')).end).toBe(day('2023-02-28'));
  });
});

describe('shiftPeriod and periodsBetween', () => {
  it('shifts quarters back across a year and months by several', () => {
    expect(shiftPeriod(periodOf('quarter', day('2025-02-01')), -1).label).toBe('2024-Q4');
    expect(shiftPeriod(periodOf('quarter', day('2025-02-01')), 0).label).toBe('2025-Q1');
    expect(shiftPeriod(periodOf('month', day('2025-11-01')), 3).label).toBe('2026-02');
  });

  it('holds one period when both days are in it, none when the end comes first', () => {
    expect(
      periodsBetween('quarter', day('2025-04-02'), day('2025-06-30')).map((p) => p.label),
    ).toEqual(['2025-Q2']);
    expect(periodsBetween('month', day('2025-05-10'), day('2025-04-30'))).toEqual([]);
    expect(
      periodsBetween('month', day('2025-05-10'), day('2025-05-31')).map((p) => p.label),
    ).toEqual(['2025-05']);
  });
});

describe('parseMonth', () => {
  it('reads YYYY-MM, spaces around allowed, January through December', () => {
    expect(parseMonth(' 2025-01 ')).toBe(day('2025-01-01'));
    expect(parseMonth('2025-12')).toBe(day('2025-12-01'));
  });

  it('rejects month 00 and 13, one-digit months, and text around the month', () => {
    for (const text of ['2025-00', '2025-13', '2025-1', 'x2025-01', '2025-01x', '25-01', ''])
      expect(parseMonth(text)).toBeUndefined();
  });
});
