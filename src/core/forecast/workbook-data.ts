// The forecast's input from the workbook: Deals rows and History rows as day numbers in the
// spreadsheet's zone, and the forecast for the current month as npm start and the sheets report it.
import { dayNumber, isDate, isoDay } from '../dates';
import type { Deal } from '../deals';
import { historyColumns } from '../history';
import { findStage, parseStatus, type Stage } from '../stages';
import type { DealState, ForecastData, ForecastDeal, IndexedData, StageEvent } from './as-of';
import { indexData } from './as-of';
import { periodOf } from './periods';
import { type ForecastPoint, forecastSeries, type SeriesOptions } from './series';

/**
 * dayNumber with a memo per quarter hour: every zone's offset is a whole number of quarter hours,
 * so a local midnight never falls inside one and all instants in it share a calendar day.
 */
function dayCounter(timeZone: string): (d: Date) => number {
  const memo = new Map<number, number>();
  return (d) => {
    // Stryker disable next-line ArithmeticOperator: any key that tells instants apart gives the same days; the memo only saves work
    const key = Math.floor(d.getTime() / 900_000);
    let day = memo.get(key);
    // Stryker disable next-line ConditionalExpression: the memo only saves work; the day computed again is the same
    if (day === undefined) {
      day = dayNumber(d, timeZone);
      memo.set(key, day);
    }
    return day;
  };
}

export interface WorkbookForecastData {
  data: ForecastData;
  /** Sheet rows of Won/Lost deals without Closed on whose Expected close stood in for it. */
  closeFallbackRows: number[];
}

/**
 * Deals and History as the forecast reads them. A closed deal without Closed on falls back to its
 * Expected close (listed in `closeFallbackRows`); without either it is dated by History alone.
 * Rows an import wrote tell no stage (see below).
 */
export function workbookForecastData(
  deals: readonly Deal[],
  historyValues: readonly (readonly unknown[])[],
  stages: readonly Stage[],
  timeZone: string,
): WorkbookForecastData {
  const closeFallbackRows: number[] = [];
  const toDay = dayCounter(timeZone);
  const day = (d: Date | undefined) => (d ? toDay(d) : undefined);
  const forecastDeals: ForecastDeal[] = deals.map((d) => {
    let closedOn = day(d.closedOn);
    if (d.status !== 'open' && closedOn === undefined && d.expectedClose) {
      closedOn = day(d.expectedClose);
      closeFallbackRows.push(d.row);
    }
    return {
      id: d.dealId,
      stage: d.stage,
      status: d.status,
      amount: d.amount,
      created: day(d.created),
      closedOn,
    };
  });
  const cols = historyColumns(historyValues[0]);
  const history: StageEvent[] = [];
  const baselines = new Set<StageEvent>();
  const stageIndex = new Map<string, number>();
  const stageOf = (text: string) => {
    let i = stageIndex.get(text);
    // Stryker disable next-line ConditionalExpression: the memo only saves work; the stage looked up again is the same
    if (i === undefined) {
      i = findStage(stages, text);
      stageIndex.set(text, i);
    }
    return i;
  };
  // Stryker disable next-line MethodExpression: the header's Changed at cell is text, never a date, so the header row is skipped either way
  for (const row of historyValues.slice(1)) {
    const at = row[cols.changedAt];
    const id = String(row[cols.dealId] ?? '').trim();
    if (!id || !isDate(at)) continue;
    const amount = row[cols.amount];
    // An import row records the stage a deal arrived in, dated from the data, not a stage change:
    // an export gives an open deal's stage and only the outcome of a closed one, so taking it
    // would tell deals that later closed from deals still open. Its status and amount still count.
    const imported = String(row[cols.source] ?? '').trim() === 'import';
    const event: StageEvent = {
      dealId: id,
      day: toDay(at),
      to: imported ? -1 : stageOf(String(row[cols.to] ?? '')),
      status: parseStatus(row[cols.status]) ?? 'open',
      amount: typeof amount === 'number' ? amount : undefined,
    };
    history.push(event);
    if (imported) baselines.add(event);
  }
  inheritStages(history, baselines);
  return { data: { deals: forecastDeals, history }, closeFallbackRows };
}

/**
 * An import baseline says nothing of a deal's stage: it keeps the stage the deal's earlier rows (an
 * imported stage history) gave it, unknown (-1) when none did.
 */
function inheritStages(history: StageEvent[], baselines: ReadonlySet<StageEvent>): void {
  if (baselines.size === 0) return;
  const byDeal = new Map<string, StageEvent[]>();
  for (const e of history) {
    const list = byDeal.get(e.dealId);
    if (list) list.push(e);
    else byDeal.set(e.dealId, [e]);
  }
  for (const list of byDeal.values()) {
    list.sort((a, b) => a.day - b.day);
    let stage = -1;
    for (const e of list) {
      if (baselines.has(e)) e.to = stage;
      else stage = e.to;
    }
  }
}

/** The current month's forecast as summary.json and the sheets give it. */
export interface CurrentForecast {
  period: string;
  as_of: string;
  weighted: number;
  learned: number;
  p10: number;
  p90: number;
}

/**
 * The forecast for the `kind` period holding `today`, made at the start of `today` from what is
 * dated before it (undefined before anything is dated).
 */
export function forecastAt(
  data: IndexedData,
  options: SeriesOptions,
  today: number,
  cache?: Map<number, (DealState | undefined)[]>,
): ForecastPoint | undefined {
  const period = periodOf(options.kind, today);
  const series = forecastSeries(data, options, period, today - period.start, cache);
  const last = series[series.length - 1];
  // Stryker disable next-line ConditionalExpression: the series ends with the period asked for, or is empty
  return last?.period.start === period.start ? last : undefined;
}

/**
 * The forecast for the month holding `today`, made at the start of `today` from what is dated
 * before it; on a month's first day it equals that month's backtest row.
 */
export function currentForecastPoint(
  data: ForecastData,
  stages: readonly Stage[],
  today: number,
  entryStage = 0,
): ForecastPoint | undefined {
  const typed = stages.map((s) => s.probability);
  return forecastAt(indexData(data), { kind: 'month', typed, entryStage }, today);
}

export function currentForecast(point: ForecastPoint): CurrentForecast {
  return {
    period: point.period.label,
    as_of: isoDay(point.asOf),
    weighted: point.weighted,
    learned: point.learned,
    p10: point.p10,
    p90: point.p90,
  };
}
