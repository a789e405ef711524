// FORECAST_WEIGHTED (the product's FORECAST) and the date and probability readers it relies on.
import { weightedForecast } from '../../src/core/forecast';
import { messageOf, twoByTwo } from './thrown';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

describe('weightedForecast', () => {
  const start = d(2026, 4, 1);
  const end = d(2026, 6, 30);

  it('adds Won at full amount and Open × probability, in the period, inclusive of both ends', () => {
    const amounts = col(1000, 2000, 4000, 8000, 500);
    const probabilities = col(0.5, 0.25, 0.9, 0.1, '');
    const closes = col(d(2026, 4, 1), d(2026, 6, 30), d(2026, 5, 5), d(2026, 7, 1), d(2026, 5, 1));
    const statuses = col('Open', '진행', 'Lost', 'Open', 'Won');
    // 1000×0.5 + 2000×0.25 + (lost skipped) + (after the period) + 500 won
    expect(weightedForecast(amounts, probabilities, closes, start, end, statuses)).toBe(1500);
  });

  it('with Closed on, counts a Won deal in the period it was won, by its close date only when blank', () => {
    const amounts = col(1000, 200, 30, 4000);
    const probabilities = col('', '', '', 0.5);
    // Won before the period though expected in it; won in it though expected after; won without
    // Closed on (by its close date); an open deal, whose Closed on does not matter.
    const closes = col(d(2026, 4, 10), d(2026, 7, 2), d(2026, 5, 1), d(2026, 5, 1));
    const closedOn = col(d(2026, 3, 25), d(2026, 6, 30), '', d(2026, 1, 1));
    const statuses = col('Won', '성사', 'won', 'Open');
    expect(weightedForecast(amounts, probabilities, closes, start, end, statuses, closedOn)).toBe(
      200 + 30 + 2000,
    );
    expect(weightedForecast(amounts, probabilities, closes, start, end, statuses)).toBe(
      1000 + 30 + 2000,
    );
    expect(() =>
      weightedForecast(amounts, probabilities, closes, start, end, statuses, col(1, 2)),
    ).toThrow(/^FORECAST_WEIGHTED: closed_on /);
  });

  it('treats every row as Open without statuses and skips blank close dates', () => {
    expect(weightedForecast(col(100, 100), col(0.4, 0.4), col(d(2026, 5, 1), ''), start, end)).toBe(
      40,
    );
  });

  it('compares calendar days: a time of day late on the last day still counts', () => {
    const late = new Date(2026, 5, 30, 23, 59, 59);
    expect(weightedForecast(col(100), col(1), col(late), start, end)).toBe(100);
  });

  it('accepts day serial numbers for dates (day 0 = 1899-12-30)', () => {
    // 46113 is 2026-04-01 as a spreadsheet serial
    expect(weightedForecast(col(100), col(0.5), col(46113), 46113, 46113)).toBe(50);
    expect(weightedForecast(col(100), col(0.5), col(46112.9), 46113, 46113)).toBe(0);
  });

  it('accepts single cells instead of ranges', () => {
    expect(weightedForecast(100, 0.3, d(2026, 5, 1), start, end)).toBeCloseTo(30);
  });

  it('returns 0 when everything is closed and lost', () => {
    expect(
      weightedForecast(
        col(5, 6),
        col(0.5, 0.5),
        col(d(2026, 5, 1), d(2026, 5, 2)),
        start,
        end,
        col('Lost', '실패'),
      ),
    ).toBe(0);
  });

  it('allows blank probabilities where they do not matter (won, lost, out of period, zero amount)', () => {
    expect(
      weightedForecast(
        col(100, 100, 100, ''),
        col('', '', '', ''),
        col(d(2026, 5, 1), d(2026, 5, 1), d(2027, 1, 1), d(2026, 5, 1)),
        start,
        end,
        col('Won', 'Lost', 'Open', 'Open'),
      ),
    ).toBe(100);
  });

  it('names the row of a blank probability on an open deal in the period, and says what to write', () => {
    expect(() =>
      weightedForecast(col(100, 200), col(0.5, ''), col(d(2026, 5, 1), d(2026, 5, 2)), start, end),
    ).toThrow(
      /^FORECAST_WEIGHTED: probabilities row 2 is blank on an open deal — write its win probability \(e\.g\. 40%\)/,
    );
  });

  it('says to write 30% (0.3) when a probability is typed as 30', () => {
    expect(() =>
      weightedForecast(col(1, 1, 1, 1), col(0.1, 0.2, 0.3, 30), col('', '', '', ''), start, end),
    ).toThrow(/FORECAST_WEIGHTED: probabilities row 4 is 30 — write 30% \(0\.3\)/);
  });

  it.each([
    [col('soon'), /close_dates row 1 is "soon" — write a date such as 2026-03-31/],
    [col(true), /close_dates row 1 is true — write a date/],
  ])('names a close date that is no date: %p', (closes, message) => {
    expect(() => weightedForecast(col(1), col(0.5), closes, start, end)).toThrow(message);
  });

  it('rejects a blank, ranged or reversed period', () => {
    expect(() => weightedForecast(col(1), col(0.5), col(''), '', end)).toThrow(
      /period_start is blank/,
    );
    expect(() => weightedForecast(col(1), col(0.5), col(''), col(start, end), end)).toThrow(
      /period_start must be a single cell/,
    );
    expect(() => weightedForecast(col(1), col(0.5), col(''), end, start)).toThrow(
      /period_end is before period_start/,
    );
  });

  it('names both ranges when their lengths differ', () => {
    expect(() => weightedForecast(col(1, 2), col(0.5), col('', ''), start, end)).toThrow(
      /probabilities has 1 rows but amounts has 2/,
    );
  });

  it('rejects negative amounts and probabilities', () => {
    expect(() => weightedForecast(col(-1), col(0.5), col(''), start, end)).toThrow(
      /amounts row 1 is -1 — amounts cannot be negative/,
    );
    expect(() => weightedForecast(col(1), col(-0.5), col(''), start, end)).toThrow(
      /probabilities row 1 is -0.5/,
    );
  });
});

describe('argument errors name FORECAST_WEIGHTED, the argument and the row in both languages', () => {
  const start = d(2026, 4, 1);
  const end = d(2026, 6, 30);
  it.each([
    [
      'amounts two columns wide',
      () => weightedForecast(twoByTwo, col(0.5), col(''), start, end),
      'FORECAST_WEIGHTED: amounts is 2×2 cells — pick a single column · FORECAST_WEIGHTED: amounts 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'probabilities two columns wide',
      () => weightedForecast(col(1), twoByTwo, col(''), start, end),
      'FORECAST_WEIGHTED: probabilities is 2×2 cells — pick a single column · FORECAST_WEIGHTED: probabilities 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'close_dates two columns wide',
      () => weightedForecast(col(1), col(0.5), twoByTwo, start, end),
      'FORECAST_WEIGHTED: close_dates is 2×2 cells — pick a single column · FORECAST_WEIGHTED: close_dates 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'close_dates shorter than amounts',
      () => weightedForecast(col(1, 2), col(0.5, 0.5), col(''), start, end),
      'FORECAST_WEIGHTED: close_dates has 1 rows but amounts has 2 — pick ranges of the same rows · FORECAST_WEIGHTED: close_dates 1행인데 amounts는 2행입니다 — 같은 행 범위를 선택하세요',
    ],
    [
      'statuses longer than amounts',
      () => weightedForecast(col(1), col(0.5), col(''), start, end, col('Open', 'Won')),
      'FORECAST_WEIGHTED: statuses has 2 rows but amounts has 1 — pick ranges of the same rows · FORECAST_WEIGHTED: statuses 2행인데 amounts는 1행입니다 — 같은 행 범위를 선택하세요',
    ],
    [
      'a status that is no status',
      () => weightedForecast(col(1), col(0.5), col(''), start, end, col('Maybe')),
      'FORECAST_WEIGHTED: statuses row 1 is "Maybe" — write Open, Won or Lost (진행, 성사, 실패) · FORECAST_WEIGHTED: statuses 1행 값 "Maybe" — 진행, 성사, 실패 (Open, Won, Lost) 중 하나를 입력하세요',
    ],
    [
      'period_end a range',
      () => weightedForecast(col(1), col(0.5), col(''), start, col(end, end)),
      'FORECAST_WEIGHTED: period_end must be a single cell, not a range · FORECAST_WEIGHTED: period_end 범위가 아니라 셀 하나여야 합니다',
    ],
    [
      'period_end blank',
      () => weightedForecast(col(1), col(0.5), col(''), start, ''),
      'FORECAST_WEIGHTED: period_end is blank — write a date such as 2026-03-31 or point to the report_date cell · FORECAST_WEIGHTED: period_end 값이 비어 있습니다 — 2026-03-31처럼 날짜를 입력하거나 report_date 셀을 지정하세요',
    ],
  ])('%s', (_case, call, message) => {
    expect(messageOf(call)).toBe(message);
  });
});
