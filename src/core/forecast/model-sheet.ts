// What the Forecast model (예측 모델) and Forecast log (예측 기록) sheets show: the learned rates with
// n next to the typed probabilities, new business, the fit's window, this month's and quarter's
// forecasts, and the backtest with both methods' accuracy; one log row per period per week.

import { isoDay } from '../dates';
import type { Deal } from '../deals';
import { type Lang, say } from '../i18n';
import type { Stage } from '../stages';
import { type DealState, type IndexedData, indexData } from './as-of';
import { type Backtest, type BacktestRow, summarize } from './backtest';
import { DEFAULT_BUCKET_EDGES } from './learned';
import { type Period, type PeriodKind, periodOf, shiftPeriod } from './periods';
import { type RateRow, rateTable } from './rate-table';
import { type ForecastPoint, forecastSeries, MIN_TRUST_WINDOWS } from './series';
import { forecastAt, workbookForecastData } from './workbook-data';

/** The forecasts the workbook shows, computed once from Deals and History. */
export interface WorkbookForecast {
  asOf: number;
  month?: ForecastPoint;
  quarter?: ForecastPoint;
  /** The rates each forecast used, with the open pipeline per cell on its as-of day. */
  monthRates: RateRow[];
  quarterRates: RateRow[];
  /** Monthly backtest over the complete months before today (forecasts made on each first day). */
  backtest: Backtest;
  /** Rows of closed deals whose Expected close stood in for a blank Closed on. */
  closeFallbackRows: number[];
}

function pointFor(
  kind: PeriodKind,
  data: IndexedData,
  stages: readonly Stage[],
  today: number,
  cache: Map<number, (DealState | undefined)[]>,
): { point?: ForecastPoint; rates: RateRow[] } {
  const options = { kind, typed: stages.map((s) => s.probability), entryStage: 0 };
  const point = forecastAt(data, options, today, cache);
  return { point, rates: point ? rateTable(point.model, point.states, options) : [] };
}

/** The current month's and quarter's forecasts and the monthly backtest, as of the start of `today`. */
export function workbookForecast(
  deals: readonly Deal[],
  historyValues: readonly (readonly unknown[])[],
  stages: readonly Stage[],
  timeZone: string,
  today: number,
): WorkbookForecast {
  const { data, closeFallbackRows } = workbookForecastData(deals, historyValues, stages, timeZone);
  const indexed = indexData(data);
  const cache = new Map<number, (DealState | undefined)[]>();
  const month = pointFor('month', indexed, stages, today, cache);
  const quarter = pointFor('quarter', indexed, stages, today, cache);
  // Backtest rows: earlier months' forecasts made on their first day, from what was known then,
  // leaving out months that carry no outcome (after the data ends nothing was won or lost).
  const lastComplete: Period = shiftPeriod(periodOf('month', today), -1);
  const monthly = forecastSeries(
    indexed,
    { kind: 'month', typed: stages.map((s) => s.probability), entryStage: 0 },
    lastComplete,
    0,
    cache,
  )
    .slice(6)
    .filter((p) => p.closes > 0);
  const periods: BacktestRow[] = monthly.map((p) => ({
    period: p.period.label,
    as_of: isoDay(p.asOf),
    actual: p.wonSoFar + p.actual,
    weighted: p.weighted,
    learned: p.learned,
    p10: p.p10,
    p90: p.p90,
  }));
  return {
    asOf: today,
    month: month.point,
    quarter: quarter.point,
    monthRates: month.rates,
    quarterRates: quarter.rates,
    backtest: { periods, summary: summarize(periods), points: monthly, lastDay: indexed.lastDay },
    closeFallbackRows,
  };
}

const MODEL_TEXT = {
  title: { en: 'Forecast model', ko: '예측 모델' },
  fitted: { en: 'Fitted as of (start of day)', ko: '적합 기준일 (당일 시작 시점)' },
  windows: { en: 'History used (months with outcomes)', ko: '사용한 이력 (결과가 있는 달)' },
  none: {
    en: 'none yet — typed probabilities are used',
    ko: '아직 없음 — 입력된 확률을 사용합니다',
  },
  forecasts: { en: 'Forecasts', ko: '예측' },
  head: {
    en: [
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
    ],
    ko: [
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
  },
  rates: {
    en: 'Learned chance to win in the rest of the {p}, by stage × days in stage',
    ko: '이번 {p} 남은 기간의 학습 성사 확률 — 단계 × 체류일',
  },
  rateHead: {
    en: [
      'Stage',
      'Days',
      'n',
      'Own rate',
      'Rate used',
      'Stage rate',
      'Typed probability',
      'Open amount',
    ],
    ko: ['단계', '일수', 'n', '자체 비율', '적용 확률', '단계 비율', '입력 확률', '진행 금액'],
  },
  unknown: { en: '(stage unknown)', ko: '(단계 모름)' },
  shrink: {
    en: 'Rates are shrunk toward the stage rate, then the typed probability, with the weight of this many deals:',
    ko: '비율은 단계 비율, 다시 입력 확률 쪽으로 다음 딜 수만큼의 가중치로 당겨집니다:',
  },
  backtest: {
    en: 'Backtest (forecast on each month’s first day)',
    ko: '백테스트 (각 달 첫날의 예측)',
  },
  btHead: {
    en: ['Period', 'As of', 'Actual', 'Weighted', 'Learned', 'P10', 'P90', 'Actual ÷ learned'],
    ko: ['기간', '기준일', '실제', '가중', '학습', 'P10', 'P90', '실제 ÷ 학습'],
  },
  summary: {
    en: ['Method', 'MAPE', 'Bias', 'P10–P90 coverage', 'Mean width'],
    ko: ['방법', 'MAPE', '편향', 'P10–P90 적중률', '평균 폭'],
  },
  weighted: { en: 'Weighted (typed)', ko: '가중 (입력 확률)' },
  learned: { en: 'Learned', ko: '학습' },
} as const;

function bucketLabel(bucket: number, edges: readonly number[]): string {
  const from = edges[bucket];
  const to = edges[bucket + 1];
  return to === undefined ? `${from}+` : `${from}–${to - 1}`;
}

/** What the Learned column shows, and why, in plain words. */
export function trustText(p: ForecastPoint, lang: Lang): string {
  const t = p.trust;
  if (t.n < MIN_TRUST_WINDOWS) return say(lang, 'forecastUnjudged');
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const month = p.period.kind === 'month';
  return say(lang, 'forecastVerdict', {
    share: pct(t.weight),
    learned: pct(t.learnedMape),
    weighted: pct(t.weightedMape),
    n: t.n,
    unit: {
      en: `${month ? 'month' : 'quarter'}${t.n === 1 ? '' : 's'}`,
      ko: month ? '개월' : '개 분기',
    },
  });
}

function pointRow(p: ForecastPoint): unknown[] {
  return [
    p.period.label,
    isoDay(p.asOf),
    p.wonSoFar,
    p.weighted,
    p.learned,
    p.newBusiness,
    p.p10,
    p.p50,
    p.p90,
  ];
}

/** Rows of the Forecast model sheet the Dashboard reads (1-based). */
export const MODEL_ROWS = { fitted: 2, month: 7, quarter: 8, weighted: 11, learned: 12 } as const;

/** A cell the sheet gets as a formula (everything else is written as a value, text kept text). */
export interface FormulaCell {
  formula: string;
}

export function isFormulaCell(v: unknown): v is FormulaCell {
  return typeof v === 'object' && v !== null && typeof (v as FormulaCell).formula === 'string';
}

/**
 * A rate table's rows: title with the as-of day of its open pipeline, header, one row per cell
 * (learned, or holding an open deal), and the shrinkage weight.
 */
function rateRows(
  kind: 'month' | 'quarter',
  point: ForecastPoint | undefined,
  rates: readonly RateRow[],
  stages: readonly Stage[],
  lang: Lang,
): unknown[][] {
  const model = point?.model;
  const stageName = (st: number) =>
    st >= 0 ? (stages[st]?.[lang] ?? String(st)) : MODEL_TEXT.unknown[lang];
  const rows: unknown[][] = [
    [
      MODEL_TEXT.rates[lang].replace(
        '{p}',
        lang === 'en' ? kind : kind === 'month' ? '달' : '분기',
      ),
      '',
      '',
      '',
      '',
      '',
      MODEL_TEXT.head[lang][1],
      point ? isoDay(point.asOf) : '',
    ],
    [...MODEL_TEXT.rateHead[lang]],
  ];
  for (const r of rates)
    rows.push([
      stageName(r.stage),
      bucketLabel(r.bucket, model?.bucketEdges ?? DEFAULT_BUCKET_EDGES),
      r.n,
      r.raw ?? '',
      r.rate,
      r.stageRate ?? '',
      r.typed,
      r.openAmount,
    ]);
  rows.push([MODEL_TEXT.shrink[lang], model?.strength ?? ''], [say(lang, 'forecastScaled')]);
  return rows;
}

/**
 * Beside a forecast row, what rebuilds it from its rate table (rows `first`..`last`, 1-based):
 * learned = won so far + w × (SUMPRODUCT(open amount, rate used) + new business) + (1 − w) ×
 * SUMPRODUCT(open amount, typed probability), with the weight w of the learned rates written
 * beside it and why; weighted = won so far + SUMPRODUCT(open amount, typed probability). The open
 * amounts need the whole History, so they are values with their as-of day above them; the rest
 * (rates, w) a manager can check or change.
 */
function formulaCells(p: ForecastPoint, row: number, first: number, last: number, lang: Lang) {
  // Rate table columns: H the open amount, E the rate used, G the typed probability.
  const sum = (col: string) =>
    last >= first ? `SUMPRODUCT(H${first}:H${last}, ${col}${first}:${col}${last})` : '0';
  return [
    { formula: `=C${row}+L${row}*(${sum('E')}+F${row})+(1-L${row})*${sum('G')}` },
    { formula: `=C${row}+${sum('G')}` },
    p.trust.weight,
    trustText(p, lang),
  ];
}

/** The Forecast model sheet's values, top to bottom (rows of varying width). */
export function forecastModelRows(
  f: WorkbookForecast,
  stages: readonly Stage[],
  lang: Lang,
): unknown[][] {
  const rows: unknown[][] = [[MODEL_TEXT.title[lang]], [MODEL_TEXT.fitted[lang], isoDay(f.asOf)]];
  const model = f.month?.model;
  const windows = model?.windows ?? [];
  rows.push([
    MODEL_TEXT.windows[lang],
    windows.length
      ? `${isoDay(windows[0].start)} – ${isoDay(windows[windows.length - 1].end)} (${windows.length})`
      : MODEL_TEXT.none[lang],
  ]);
  rows.push([], [MODEL_TEXT.forecasts[lang]], [...MODEL_TEXT.head[lang]]);
  // Fixed rows (the Dashboard refers to them): 7 this month, 8 this quarter, 11–12 the accuracy.
  for (const p of [f.month, f.quarter]) rows.push(p ? pointRow(p) : ['']);
  const s = f.backtest.summary;
  const num = (x: number) => (Number.isFinite(x) ? x : '');
  rows.push([], [...MODEL_TEXT.summary[lang]]);
  rows.push([MODEL_TEXT.weighted[lang], num(s.weighted.mape), num(s.weighted.bias), '', '']);
  rows.push([
    MODEL_TEXT.learned[lang],
    num(s.learned.mape),
    num(s.learned.bias),
    num(s.learned.coverage),
    num(s.learned.width),
  ]);
  // Each period's rate table, and beside its forecast row the formulas over that table.
  const tables = [
    { kind: 'month', point: f.month, rates: f.monthRates, row: MODEL_ROWS.month },
    { kind: 'quarter', point: f.quarter, rates: f.quarterRates, row: MODEL_ROWS.quarter },
  ] as const;
  for (const t of tables) {
    rows.push([]);
    const first = rows.length + 3; // after the title and header rows
    rows.push(...rateRows(t.kind, t.point, t.rates, stages, lang));
    if (t.point)
      rows[t.row - 1].push(
        ...formulaCells(t.point, t.row, first, first + t.rates.length - 1, lang),
      );
  }
  rows.push([], [MODEL_TEXT.backtest[lang]], [...MODEL_TEXT.btHead[lang]]);
  for (const r of f.backtest.periods)
    rows.push([
      r.period,
      r.as_of,
      r.actual,
      r.weighted,
      r.learned,
      r.p10,
      r.p90,
      r.learned > 0 ? r.actual / r.learned : '',
    ]);
  return rows;
}

/** Forecast log header, in the sheet's language. */
export const FORECAST_LOG_HEADER = {
  en: ['Date', 'Period', 'Weighted', 'Learned', 'P10', 'P90', 'Won to date'],
  ko: ['날짜', '기간', '가중', '학습', 'P10', 'P90', '현재까지 성사'],
} as const;

/**
 * Log rows to append: one per period (month, quarter) unless the log already has a row for that
 * period dated within the last 7 days (so a daily job logs once a week). `logValues` row 0 is the
 * header; dates in column 0 are day numbers via `dayOf`.
 */
export function planForecastLog(
  f: WorkbookForecast,
  logValues: readonly (readonly unknown[])[],
  dayOf: (v: unknown) => number | undefined,
  now: Date,
): unknown[][] {
  const out: unknown[][] = [];
  for (const p of [f.month, f.quarter]) {
    if (!p) continue;
    const recent = logValues.slice(1).some((r) => {
      const d = dayOf(r[0]);
      return String(r[1]) === p.period.label && d !== undefined && f.asOf - d < 7;
    });
    if (!recent) out.push([now, p.period.label, p.weighted, p.learned, p.p10, p.p90, p.wonSoFar]);
  }
  return out;
}
