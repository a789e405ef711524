// The Forecast model and Forecast log sheets: fixed rows the Dashboard reads, labels in both languages,
// the backtest over complete months, blanks for figures that do not exist, one log row per period a week.
import { isoDay, parseIsoDay } from '../../../src/core/dates';
import type { Deal } from '../../../src/core/deals';
import {
  forecastModelRows,
  MODEL_ROWS,
  planForecastLog,
  type WorkbookForecast,
  workbookForecast,
} from '../../../src/core/forecast/model-sheet';
import type { RateRow } from '../../../src/core/forecast/rate-table';
import { deal, HISTORY_HEADER, stages, ZONE } from '../deal-card/deal-fixture';

const dayNo = (iso: string) => parseIsoDay(iso) as number;
const kst = (iso: string) => new Date(`${iso}T10:00:00+09:00`);
const month = (i: number) => `2024-${String(i + 1).padStart(2, '0')}`;

/** One deal a month from January 2024, created on the 5th and won on the 20th, with its History. */
function workbook(months: number): { deals: Deal[]; history: unknown[][] } {
  const deals: Deal[] = [];
  const history: unknown[][] = [HISTORY_HEADER];
  for (let i = 0; i < months; i++) {
    const id = `D-${String(i + 2).padStart(4, '0')}`;
    deals.push(
      deal(i + 2, {
        dealId: id,
        stageText: 'Closing',
        status: 'won',
        amount: 100,
        created: kst(`${month(i)}-05`),
        closedOn: kst(`${month(i)}-20`),
      }),
    );
    history.push([id, '', 'Prospecting', 'Open', 100, kst(`${month(i)}-05`), 'kim', 'edit']);
    history.push([id, 'Prospecting', 'Closing', 'Won', 100, kst(`${month(i)}-20`), 'kim', 'edit']);
  }
  return { deals, history };
}

const forecastOn = (iso: string, months = 9, extra: Deal[] = []) => {
  const w = workbook(months);
  return workbookForecast([...w.deals, ...extra], w.history, stages, ZONE, dayNo(iso));
};

describe('workbookForecast', () => {
  it('forecasts this month and quarter as of today, and backtests the complete months from the seventh', () => {
    const f = forecastOn('2024-10-15');
    expect(f.asOf).toBe(dayNo('2024-10-15'));
    expect([f.month?.period.label, isoDay(f.month?.asOf ?? 0)]).toEqual(['2024-10', '2024-10-15']);
    expect([f.quarter?.period.label, isoDay(f.quarter?.asOf ?? 0)]).toEqual([
      '2024-Q4',
      '2024-10-15',
    ]);
    expect(f.backtest.periods.map((r) => [r.period, r.as_of, r.actual])).toEqual([
      ['2024-07', '2024-07-01', 100],
      ['2024-08', '2024-08-01', 100],
      ['2024-09', '2024-09-01', 100],
    ]);
    expect(f.backtest.points.map((p) => p.period.label)).toEqual(['2024-07', '2024-08', '2024-09']);
    expect(f.backtest.summary.learned.coverage).toBe(1);
  });

  it('lists closed deals dated by Expected close, and has no forecast before the data starts', () => {
    const fallback = deal(40, { status: 'lost', expectedClose: kst('2024-03-03') });
    expect(forecastOn('2024-10-15', 9, [fallback]).closeFallbackRows).toEqual([40]);
    const early = forecastOn('2023-12-15', 2);
    expect([early.month, early.quarter, early.backtest.periods]).toEqual([
      undefined,
      undefined,
      [],
    ]);
  });
});

describe('forecastModelRows', () => {
  // Built inside each test (not when the file loads) so mutation testing sees which test runs it.
  const october = () => forecastOn('2024-10-15');
  const rows = (lang: 'en' | 'ko', forecast: WorkbookForecast = october()) =>
    forecastModelRows(forecast, stages, lang);

  it('keeps the rows the Dashboard reads where it reads them', () => {
    const f = october();
    const r = rows('en');
    expect(r[MODEL_ROWS.fitted - 1]).toEqual(['Fitted as of (start of day)', '2024-10-15']);
    expect(r[MODEL_ROWS.month - 1].slice(0, 2)).toEqual(['2024-10', '2024-10-15']);
    expect(r[MODEL_ROWS.quarter - 1].slice(0, 2)).toEqual(['2024-Q4', '2024-10-15']);
    const m = f.month;
    // Beside the values, the two formulas over the month's rate table (learned, weighted), the
    // learned rates' weight in the learned one, and why.
    const [learnedFormula, weightedFormula, weight, why] = r[MODEL_ROWS.month - 1].slice(9) as [
      { formula: string },
      { formula: string },
      number,
      string,
    ];
    expect(learnedFormula.formula).toMatch(
      /^=C7\+L7\*\(SUMPRODUCT\(H(\d+):H(\d+), E\1:E\2\)\+F7\)\+\(1-L7\)\*SUMPRODUCT\(H\1:H\2, G\1:G\2\)$/,
    );
    expect(weightedFormula.formula).toMatch(/^=C7\+SUMPRODUCT\(H(\d+):H(\d+), G\1:G\2\)$/);
    expect(weight).toBe(m?.trust.weight);
    expect(why).toMatch(/^Learned = /);
    expect(r[MODEL_ROWS.month - 1].slice(0, 9)).toEqual([
      '2024-10',
      '2024-10-15',
      m?.wonSoFar,
      m?.weighted,
      m?.learned,
      m?.newBusiness,
      m?.p10,
      m?.p50,
      m?.p90,
    ]);
    expect(r[MODEL_ROWS.weighted - 1]).toEqual(['Weighted (typed)', 1, -1, '', '']);
    expect(r[MODEL_ROWS.learned - 1][0]).toBe('Learned');
    expect(r[MODEL_ROWS.learned - 1].slice(3, 4)).toEqual([1]);
  });

  it('says which months the rates were learned from, in either language', () => {
    // October's model: months at the same place in the quarter (January, April, July) that had outcomes.
    expect(rows('en')[2]).toEqual([
      'History used (months with outcomes)',
      '2024-01-15 – 2024-07-31 (3)',
    ]);
    expect(rows('ko')[0]).toEqual(['예측 모델']);
    expect(rows('ko')[2][0]).toBe('사용한 이력 (결과가 있는 달)');
    const none = forecastOn('2024-01-20', 1);
    expect(rows('ko', none)[2]).toEqual([
      '사용한 이력 (결과가 있는 달)',
      '아직 없음 — 입력된 확률을 사용합니다',
    ]);
    expect(rows('en', none)[2][1]).toBe('none yet — typed probabilities are used');
  });

  it('leaves blank what does not exist: no month or quarter, no backtest figures, no learned forecast', () => {
    const f = october();
    const bare: WorkbookForecast = {
      ...f,
      month: undefined,
      quarter: undefined,
      monthRates: [],
      quarterRates: [],
      backtest: { periods: [], points: [], summary: f.backtest.summary, lastDay: Number.NaN },
    };
    bare.backtest.summary = {
      weighted: { mape: Number.NaN, bias: Number.NaN },
      learned: { mape: Number.NaN, bias: Number.NaN, coverage: Number.NaN, width: Number.NaN },
    };
    const r = rows('en', bare);
    expect([r[MODEL_ROWS.month - 1], r[MODEL_ROWS.quarter - 1]]).toEqual([[''], ['']]);
    expect(r[MODEL_ROWS.weighted - 1]).toEqual(['Weighted (typed)', '', '', '', '']);
    expect(r[MODEL_ROWS.learned - 1]).toEqual(['Learned', '', '', '', '']);
    const head = r.findIndex((row) => row[0] === 'Stage');
    expect(r[head + 1]).toEqual([
      'Rates are shrunk toward the stage rate, then the typed probability, with the weight of this many deals:',
      '',
    ]);
  });

  it('lists the rates used by stage and days in stage, unknown stages named, with the stage’s rate, typed probability and open amount', () => {
    const f = october();
    const rate = (r: Partial<RateRow> & Pick<RateRow, 'stage' | 'bucket'>): RateRow => ({
      n: 0,
      rate: 0,
      typed: 0.1,
      openAmount: 0,
      ...r,
    });
    const learned: WorkbookForecast = {
      ...f,
      monthRates: [
        rate({ stage: -1, bucket: 0, n: 3, raw: 0.5, rate: 0.3, openAmount: 1_000 }),
        rate({ stage: 0, bucket: 0, n: 5, raw: 0.2, rate: 0.12, typed: 0.1 }),
        rate({ stage: 1, bucket: 2, n: 4, raw: 0.25, rate: 0.22, stageRate: 0.21, typed: 0.2 }),
        rate({ stage: 1, bucket: 7, rate: 0.21, stageRate: 0.21, typed: 0.2, openAmount: 500 }),
        rate({ stage: 9, bucket: 1, n: 1, raw: 1, rate: 0.6 }),
      ],
    };
    for (const [lang, unknown] of [
      ['en', '(stage unknown)'],
      ['ko', '(단계 모름)'],
    ] as const) {
      const r = rows(lang, learned);
      const head = r.findIndex((row) => row[0] === (lang === 'en' ? 'Stage' : '단계'));
      expect(r.slice(head + 1, head + 6)).toEqual([
        [unknown, '0–14', 3, 0.5, 0.3, '', 0.1, 1_000],
        [stages[0][lang], '0–14', 5, 0.2, 0.12, '', 0.1, 0],
        [stages[1][lang], '30–44', 4, 0.25, 0.22, 0.21, 0.2, 0],
        [stages[1][lang], '150+', 0, '', 0.21, 0.21, 0.2, 500],
        ['9', '15–29', 1, 1, 0.6, '', 0.1, 0],
      ]);
      expect(r[head + 6][1]).toBe(f.month?.model.strength);
      // The learned formula sums exactly these five rows.
      const formula = (r[MODEL_ROWS.month - 1][9] as { formula: string }).formula;
      const [a, b] = [head + 2, head + 6];
      expect(formula).toBe(
        `=C7+L7*(SUMPRODUCT(H${a}:H${b}, E${a}:E${b})+F7)+(1-L7)*SUMPRODUCT(H${a}:H${b}, G${a}:G${b})`,
      );
    }
  });

  it('ends with the backtest table, actual ÷ learned blank when nothing was learned', () => {
    const f = october();
    const withZero: WorkbookForecast = {
      ...f,
      backtest: {
        ...f.backtest,
        periods: [
          ...f.backtest.periods,
          {
            period: '2024-10',
            as_of: '2024-10-01',
            actual: 50,
            weighted: 0,
            learned: 0,
            p10: 0,
            p90: 0,
          },
        ],
      },
    };
    const r = rows('en', withZero);
    expect(r.slice(-4)).toEqual([
      ...f.backtest.periods.map((p) => [
        p.period,
        p.as_of,
        p.actual,
        p.weighted,
        p.learned,
        p.p10,
        p.p90,
        p.actual / p.learned,
      ]),
      ['2024-10', '2024-10-01', 50, 0, 0, 0, 0, ''],
    ]);
    expect(r[r.length - 5]).toEqual([
      'Period',
      'As of',
      'Actual',
      'Weighted',
      'Learned',
      'P10',
      'P90',
      'Actual ÷ learned',
    ]);
  });
});

describe('planForecastLog', () => {
  // Built inside each test (not when the file loads) so mutation testing sees which test runs it.
  const october = () => forecastOn('2024-10-15');
  const now = kst('2024-10-15');
  const dayOf = (v: unknown) =>
    v instanceof Date ? Math.floor(v.getTime() / 86_400_000) : undefined;
  const logged = (rows: unknown[][]) =>
    planForecastLog(october(), [['Date', 'Period'], ...rows], dayOf, now).map((r) => r[1]);

  it('logs this month and quarter with their figures', () => {
    const f = october();
    const out = planForecastLog(f, [['Date']], dayOf, now);
    const m = f.month;
    expect(out[0]).toEqual([now, '2024-10', m?.weighted, m?.learned, m?.p10, m?.p90, m?.wonSoFar]);
    expect(out.map((r) => r[1])).toEqual(['2024-10', '2024-Q4']);
  });

  it('skips a period logged less than 7 days ago; logs again at exactly 7', () => {
    const f = october();
    const on = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(logged([[on('2024-10-09'), '2024-10']])).toEqual(['2024-Q4']);
    expect(logged([[on('2024-10-08'), '2024-10']])).toEqual(['2024-10', '2024-Q4']);
    expect(logged([[on('2024-10-15'), '2024-Q4']])).toEqual(['2024-10']);
    expect(logged([['not a date', '2024-10']])).toEqual(['2024-10', '2024-Q4']);
    // The header row is not a log row, even when it looks like one.
    expect(
      planForecastLog(f, [[on('2024-10-14'), '2024-10']], dayOf, now).map((r) => r[1]),
    ).toEqual(['2024-10', '2024-Q4']);
  });

  it('logs nothing for a period without a forecast', () => {
    const f = october();
    expect(
      planForecastLog({ ...f, month: undefined }, [['Date']], dayOf, now).map((r) => r[1]),
    ).toEqual(['2024-Q4']);
  });
});

describe('the Forecast model sheet, top to bottom', () => {
  it('separates its sections by a blank row, each with its title and header, in either language', () => {
    const f = forecastOn('2024-10-15');
    for (const lang of ['en', 'ko'] as const) {
      const r = forecastModelRows(f, stages, lang);
      const titles = r
        .map((row, i) => [i, row] as const)
        .filter(([i]) => i > 0 && r[i - 1].length === 0)
        .map(([, row]) => row);
      expect(r.filter((row) => row.length === 0)).toHaveLength(5);
      expect(titles.map((row) => row[0])).toEqual(
        lang === 'en'
          ? [
              'Forecasts',
              'Method',
              'Learned chance to win in the rest of the month, by stage × days in stage',
              'Learned chance to win in the rest of the quarter, by stage × days in stage',
              'Backtest (forecast on each month’s first day)',
            ]
          : [
              '예측',
              '방법',
              '이번 달 남은 기간의 학습 성사 확률 — 단계 × 체류일',
              '이번 분기 남은 기간의 학습 성사 확률 — 단계 × 체류일',
              '백테스트 (각 달 첫날의 예측)',
            ],
      );
      expect(r[5]).toEqual(
        lang === 'en'
          ? [
              'Period',
              'As of',
              'Won so far',
              'Weighted (typed)',
              'Learned',
              'New business',
              'P10',
              'P50',
              'P90',
              'Learned (formula)',
              'Weighted (formula)',
              'Learned rates’ weight',
              'Why that weight',
            ]
          : [
              '기간',
              '기준일',
              '현재까지 성사',
              '가중 (입력 확률)',
              '학습',
              '신규 딜 예상',
              'P10',
              'P50',
              'P90',
              '학습 (수식)',
              '가중 (수식)',
              '학습 확률 가중치',
              '가중치 근거',
            ],
      );
      expect(r[9]).toEqual(
        lang === 'en'
          ? ['Method', 'MAPE', 'Bias', 'P10–P90 coverage', 'Mean width']
          : ['방법', 'MAPE', '편향', 'P10–P90 적중률', '평균 폭'],
      );
      const rates = r.findIndex((row) => row[0] === (lang === 'en' ? 'Stage' : '단계'));
      expect(r[rates]).toEqual(
        lang === 'en'
          ? [
              'Stage',
              'Days',
              'n',
              'Own rate',
              'Rate used',
              'Stage rate',
              'Typed probability',
              'Open amount',
            ]
          : ['단계', '일수', 'n', '자체 비율', '적용 확률', '단계 비율', '입력 확률', '진행 금액'],
      );
      // The title row says the as-of day of the open amounts, in its last cell.
      expect(r[rates - 1].slice(6)).toEqual([lang === 'en' ? 'As of' : '기준일', '2024-10-15']);
    }
  });

  it('weighs an open deal by its stage’s typed probability, this month and in the backtest', () => {
    const open = deal(50, {
      stageText: 'Negotiation',
      amount: 1000,
      created: kst('2024-01-02'),
      stageEntered: kst('2024-01-02'),
    });
    const f = forecastOn('2024-10-15', 9, [open]);
    // Imported without History. Today, after the data's last day, the Deals sheet's Stage is what
    // is known of it: Negotiation's typed probability, and its row in both rate tables.
    const negotiation = stages.findIndex((s) => s.en === 'Negotiation');
    expect(f.month?.weighted).toBeCloseTo(stages[negotiation].probability * 1000, 9);
    expect(f.quarter?.weighted).toBeCloseTo(stages[negotiation].probability * 1000, 9);
    for (const rates of [f.monthRates, f.quarterRates])
      expect(rates.filter((r) => r.openAmount > 0).map((r) => [r.stage, r.openAmount])).toEqual([
        [negotiation, 1000],
      ]);
    // On each month's first day of the backtest that Stage may have been reached later: the entry
    // stage's typed probability (Prospecting, 10%).
    expect(f.backtest.periods.map((p) => p.weighted)).toEqual(
      f.backtest.periods.map(() => expect.closeTo(stages[0].probability * 1000, 9)),
    );
  });
});
