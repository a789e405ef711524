// FORECAST_RANGE and TARGET_PROBABILITY: the exact messages for bad arguments and the edge rows.
import { forecastRange, targetProbability } from '../../src/core/forecast-range';
import { messageOf } from './thrown';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;

/** The message a function throws, both languages. */

describe('argument errors name the function, the argument and the row in both languages', () => {
  it.each([
    [
      'amounts two columns wide',
      () =>
        forecastRange(
          [
            [1, 2],
            [3, 4],
          ] as never,
          col(0.5, 0.5),
        ),
      'FORECAST_RANGE: amounts is 2×2 cells — pick a single column · FORECAST_RANGE: amounts 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'probabilities two columns wide',
      () =>
        targetProbability(
          col(1, 2),
          [
            [0.5, 0.5],
            [0.5, 0.5],
          ] as never,
          1,
        ),
      'TARGET_PROBABILITY: probabilities is 2×2 cells — pick a single column · TARGET_PROBABILITY: probabilities 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'a status that is no status',
      () => forecastRange(col(1, 2), col(0.5, 0.5), undefined, col('Open', 'Maybe')),
      'FORECAST_RANGE: statuses row 2 is "Maybe" — write Open, Won or Lost (진행, 성사, 실패) · FORECAST_RANGE: statuses 2행 값 "Maybe" — 진행, 성사, 실패 (Open, Won, Lost) 중 하나를 입력하세요',
    ],
    [
      'statuses shorter than amounts',
      () => forecastRange(col(1, 2), col(0.5, 0.5), undefined, col('Open')),
      'FORECAST_RANGE: statuses has 1 rows but amounts has 2 — pick ranges of the same rows · FORECAST_RANGE: statuses 1행인데 amounts는 2행입니다 — 같은 행 범위를 선택하세요',
    ],
    [
      'probabilities longer than amounts',
      () => targetProbability(col(1), col(0.5, 0.5, 0.5), 1),
      'TARGET_PROBABILITY: probabilities has 3 rows but amounts has 1 — pick ranges of the same rows · TARGET_PROBABILITY: probabilities 3행인데 amounts는 1행입니다 — 같은 행 범위를 선택하세요',
    ],
    [
      'a negative amount on row 2',
      () => forecastRange(col(1, -2), col(0.5, 0.5)),
      'FORECAST_RANGE: amounts row 2 is -2 — amounts cannot be negative · FORECAST_RANGE: amounts 2행 값 -2 — 금액은 음수일 수 없습니다',
    ],
    [
      'a probability typed as 30 on row 1',
      () => forecastRange(col(10, 20), col(30, 0.5)),
      'FORECAST_RANGE: probabilities row 1 is 30 — write 30% (0.3) · FORECAST_RANGE: probabilities 1행 값 30 — 30% (0.3)로 입력하세요',
    ],
    [
      'a blank probability on the open deal of row 3',
      () => targetProbability(col(10, 20, 30), col(0.5, 0.5, ''), 5),
      'TARGET_PROBABILITY: probabilities row 3 is blank on an open deal — write its win probability (e.g. 40%), or pass a column that fills blanks with the stage default · TARGET_PROBABILITY: probabilities 3행 값이 진행 중인 딜에서 비어 있습니다 — 승률(예: 40%)을 입력하거나 빈 칸을 단계 기본값으로 채운 열을 지정하세요',
    ],
    [
      'percentiles two columns wide',
      () =>
        forecastRange(col(1), col(0.5), [
          [0.1, 0.2],
          [0.3, 0.4],
        ] as never),
      'FORECAST_RANGE: percentiles is 2×2 cells — pick a single column · FORECAST_RANGE: percentiles 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'errors two columns wide',
      () =>
        forecastRange(col(1), col(0.5), undefined, undefined, [
          [1, 2],
          [3, 4],
        ] as never),
      'FORECAST_RANGE: errors is 2×2 cells — pick a single column · FORECAST_RANGE: errors 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'an infinite past ratio on row 2',
      () => targetProbability(col(1), col(0.5), 5, undefined, col(1, Infinity)),
      'TARGET_PROBABILITY: errors row 2 is Infinity — write a past ratio of actual ÷ forecast above 0, such as 0.85 or 1.2 · TARGET_PROBABILITY: errors 2행 값 Infinity — 0.85나 1.2처럼 0보다 큰 과거의 실제 ÷ 예측 비율을 입력하세요',
    ],
    [
      'a past ratio of 0 on row 3',
      () => forecastRange(col(1), col(0.5), undefined, undefined, col(1, '', 0)),
      'FORECAST_RANGE: errors row 3 is 0 — write a past ratio of actual ÷ forecast above 0, such as 0.85 or 1.2 · FORECAST_RANGE: errors 3행 값 0 — 0.85나 1.2처럼 0보다 큰 과거의 실제 ÷ 예측 비율을 입력하세요',
    ],
  ])('%s', (_case, call, message) => {
    expect(messageOf(call)).toBe(message);
  });
});

describe('percentiles: fractions above 0 and below 1; 1 to 100 were meant as percent', () => {
  const percentError = (where: string, whereKo: string, value: string, fraction: string) =>
    `FORECAST_RANGE: ${where} is ${value} — write ${value}% (${fraction}) · FORECAST_RANGE: ${whereKo} 값 ${value} — ${value}% (${fraction})로 입력하세요`;
  const notPercentile = (where: string, whereKo: string, value: string) =>
    `FORECAST_RANGE: ${where} is ${value} — write a percentile between 0% and 100%, such as 10% (0.1) · FORECAST_RANGE: ${whereKo} 값 ${value} — 10% (0.1)처럼 0%와 100% 사이의 백분위를 입력하세요`;

  it.each([
    [0, notPercentile('percentiles', 'percentiles', '0')],
    [-0.1, notPercentile('percentiles', 'percentiles', '-0.1')],
    [1, percentError('percentiles', 'percentiles', '1', '0.01')],
    [50, percentError('percentiles', 'percentiles', '50', '0.5')],
    [100, percentError('percentiles', 'percentiles', '100', '1')],
    [100.5, notPercentile('percentiles', 'percentiles', '100.5')],
    ['P90', notPercentile('percentiles', 'percentiles', '"P90"')],
    ['0.5', notPercentile('percentiles', 'percentiles', '"0.5"')],
    ['50', notPercentile('percentiles', 'percentiles', '"50"')],
  ])('a single cell %p', (cell, message) => {
    expect(messageOf(() => forecastRange(col(1), col(0.5), cell as never))).toBe(message);
  });

  it.each([
    [1, percentError('percentiles row 2', 'percentiles 2행', '1', '0.01')],
    [100, percentError('percentiles row 2', 'percentiles 2행', '100', '1')],
    [0, notPercentile('percentiles row 2', 'percentiles 2행', '0')],
  ])('row 2 of a column is %p', (cell, message) => {
    expect(messageOf(() => forecastRange(col(1), col(0.5), col(0.1, cell)))).toBe(message);
  });

  it('a row of percentiles names the column of the bad cell', () => {
    expect(messageOf(() => forecastRange(col(1), col(0.5), [[0.1, 100]] as never))).toBe(
      percentError('percentiles column 2', 'percentiles 2열', '100', '1'),
    );
    expect(messageOf(() => forecastRange(col(1), col(0.5), [[0.1, 0.5, 'P90']] as never))).toBe(
      notPercentile('percentiles column 3', 'percentiles 3열', '"P90"'),
    );
  });

  it('a one-cell range names no position', () => {
    expect(messageOf(() => forecastRange(col(1), col(0.5), [[100]] as never))).toBe(
      percentError('percentiles', 'percentiles', '100', '1'),
    );
  });

  it('accepts fractions just inside 0 and 1', () => {
    // 100 @ 50%: P(total ≤ 0) = 50%, so the tiny percentile is 0 and the one near 1 is 100.
    expect(forecastRange(col(100), col(0.5), [[0.000001, 0.5, 0.999999]] as never)).toEqual([
      [0, 0, 100],
    ]);
  });
});

describe('which rows count', () => {
  // 17 uncertain deals (the grid) adding up to 4,096: one bucket per unit, so the grid is exact
  // here, and anything else on the grid would change its buckets and so every percentile.
  const amounts = [...Array(16).fill(240), 256];
  const probs = amounts.map((_, i) => (i % 2 ? 0.3 : 0.6));
  const levels = [[0.1, 0.25, 0.5, 0.75, 0.9]] as never;
  const base = forecastRange(col(...amounts), col(...probs), levels)[0];

  it('a 0% row adds nothing, whatever its amount', () => {
    expect(forecastRange(col(...amounts, 1e6), col(...probs, 0), levels)).toEqual([base]);
    expect(targetProbability(col(...amounts, 1e6), col(...probs, 0), 1e6)).toBe(0);
  });

  it('a 100% row is a sure amount added to every outcome', () => {
    const withSure = forecastRange(col(...amounts, 7), col(...probs, 1), levels);
    expect(withSure).toEqual([base.map((v) => v + 7)]);
    expect(targetProbability(col(7, ...amounts), col(1, ...probs), 7)).toBeCloseTo(1, 12);
  });

  it('an amount of 0 needs no probability; a blank amount counts as 0', () => {
    expect(forecastRange(col(0, 100), col('', 0.5))).toEqual([[0, 0, 100]]);
    expect(forecastRange(col('', 100), col('', 0.5))).toEqual([[0, 0, 100]]);
  });

  it('a closed deal needs no probability and adds nothing', () => {
    expect(forecastRange(col(500, 100), col('', 0.5), undefined, col('Won', '진행'))).toEqual([
      [0, 0, 100],
    ]);
    expect(targetProbability(col(500, 100), col('', 0.5), 100, col('실패', 'Open'))).toBe(0.5);
  });
});

describe('with past ratios (errors)', () => {
  const six = (ratio: number) => col(...Array(6).fill(ratio));

  it('blank cells are skipped: five ratios and a blank keep the stated default', () => {
    const withBlank = forecastRange(col(100), col(1), undefined, undefined, col(2, 2, 2, 2, 2, ''));
    const fewer = forecastRange(col(100), col(1), undefined, undefined, col(2));
    expect(withBlank).toEqual(fewer);
    // The default is centred on the forecast itself: P50 of a sure 100 stays 100.
    expect(withBlank[0][1]).toBeCloseTo(100, 4);
  });

  it('skips empty cells however Sheets passes them (blank text, null, nothing)', () => {
    const withEmpty = col(2, null, 2, undefined, 2, '', 2, 2, 2);
    expect(forecastRange(col(100), col(1), 0.5, undefined, withEmpty)).toEqual(
      forecastRange(col(100), col(1), 0.5, undefined, six(2)),
    );
  });

  it('centres the outcome on the past ratios: actuals twice the forecast double the median', () => {
    // Logs of 1, 4, 1.6, 2.5, 2, 2 are log 2 ± a spread: half the outcomes reach 200.
    const twice = col(1, 4, 1.6, 2.5, 2, 2);
    expect(targetProbability(col(100), col(1), 200, undefined, twice)).toBeCloseTo(0.5, 6);
    expect(forecastRange(col(100), col(1), 0.5, undefined, twice)[0][0]).toBeCloseTo(200, 3);
  });

  it('past misses all alike scale each percentile exactly', () => {
    // Totals 0, 100, 300, 400 a quarter each, every one × 0.8.
    expect(
      forecastRange(col(100, 300), col(0.5, 0.5), [[0.5, 0.9]] as never, undefined, six(0.8)),
    ).toEqual([[80, 320]]);
  });

  it('reads a ratio below 0.05 (a window that won next to nothing) as 0.05', () => {
    expect(forecastRange(col(100), col(1), 0.5, undefined, six(0.01))[0][0]).toBeCloseTo(5, 9);
    expect(forecastRange(col(100), col(1), 0.5, undefined, six(0.05))[0][0]).toBeCloseTo(5, 9);
    expect(forecastRange(col(100), col(1), 0.5, undefined, six(0.5))[0][0]).toBeCloseTo(50, 9);
  });

  it('past misses all alike scale the chance of a target by that ratio', () => {
    // A sure 100 with past actuals at half the forecast: 50 is reached, 51 never.
    expect(targetProbability(col(100), col(1), 50, undefined, six(0.5))).toBe(1);
    expect(targetProbability(col(100), col(1), 51, undefined, six(0.5))).toBe(0);
    // 100 @ 50% scaled by 2: 200 is reached half the time.
    expect(targetProbability(col(100), col(0.5), 200, undefined, six(2))).toBe(0.5);
  });

  it('a total of 0 stays 0 whatever the ratio; percentiles whose chance 0 already covers are 0', () => {
    const spread = col(0.5, 0.8, 1, 1.2, 1.5, 2);
    expect(forecastRange(col(100), col(0), undefined, undefined, spread)).toEqual([[0, 0, 0]]);
    // 100 @ 40%: P(total = 0) = 60%, so P10 and P50 are 0 and P90 is above 0.
    const [p10, p50, p90] = forecastRange(col(100), col(0.4), undefined, undefined, spread)[0];
    expect([p10, p50]).toEqual([0, 0]);
    // Exactly the chance of 0: still 0.
    expect(forecastRange(col(100), col(0.4), 0.6, undefined, spread)).toEqual([[0]]);
    expect(p90).toBeGreaterThan(0);
    expect(targetProbability(col(100), col(0.4), 0.001, undefined, spread)).toBeCloseTo(0.4, 6);
  });

  it('the chance of a target is the share of outcomes × ratio that reach it', () => {
    // A sure 100 × a log-normal ratio centred on 1: the chance of reaching 100 is one half,
    // of reaching more is less, of reaching less is more.
    const spread = col(0.5, 0.8, 1, 1, 1.25, 2);
    expect(targetProbability(col(100), col(1), 100, undefined, spread)).toBeCloseTo(0.5, 6);
    const above = targetProbability(col(100), col(1), 150, undefined, spread);
    const below = targetProbability(col(100), col(1), 60, undefined, spread);
    expect(above).toBeGreaterThan(0.05);
    expect(above).toBeLessThan(0.5);
    expect(below).toBeGreaterThan(0.5);
    expect(below).toBeLessThan(0.95);
    // P90 by bisection is where the chance of reaching it is 10%.
    const p90 = forecastRange(col(100), col(1), 0.9, undefined, spread)[0][0];
    expect(targetProbability(col(100), col(1), p90, undefined, spread)).toBeCloseTo(0.1, 5);
  });
});
