// As-of reconstruction: every deal's status, stage, amount, age and time in stage on a past day,
// from Deals and History, using nothing dated on or after that day.
import type { Status } from '../stages';

/** A Deals row as the forecast sees it. Days are day numbers (days since 1970-01-01) in the sheet's zone. */
export interface ForecastDeal {
  id: string;
  /** Current stage index, -1 when unknown or blank. */
  stage: number;
  status: Status;
  /** Current amount; NaN or negative counts as 0. */
  amount: number;
  created?: number;
  /** The day the deal became Won or Lost (only meaningful on a closed deal). */
  closedOn?: number;
}

/** One History row: on `day` the deal moved to stage `to` (-1 unknown) with `status` and `amount`. */
export interface StageEvent {
  dealId: string;
  day: number;
  to: number;
  status: Status;
  /** The amount written on the row, when it is a number. */
  amount?: number;
}

export interface ForecastData {
  deals: readonly ForecastDeal[];
  history: readonly StageEvent[];
}

/** A deal as it stood at the start of a day. */
export interface DealState {
  status: Status;
  /** Stage index from History, -1 when History says nothing before that day. */
  stage: number;
  amount: number;
  /** Whole days since the deal was created (or first appeared in History). */
  age: number;
  /** Whole days since it entered its stage, when History tells; -1 otherwise. */
  timeInStage: number;
  /** For a closed deal: the day it closed. */
  closedDay: number;
}

/** Deals with their History sorted by day, ready for repeated as-of questions. */
export interface IndexedData {
  deals: readonly ForecastDeal[];
  /** Per deal (same order as `deals`), its History rows sorted by day (stable). */
  events: readonly (readonly StageEvent[])[];
  /** Per deal, the first day it is known (Created, else its first History row); NaN when never. */
  firstDay: Float64Array;
  /** The last day anything in the data is dated (Created, Closed on, History), or NaN. */
  lastDay: number;
}

function cleanAmount(a: number | undefined): number {
  return typeof a === 'number' && Number.isFinite(a) && a > 0 ? a : 0;
}

/** Sorts History per deal once; rows for IDs that are not in Deals are ignored. */
export function indexData(data: ForecastData): IndexedData {
  const byId = new Map<string, number>();
  data.deals.forEach((d, i) => {
    if (d.id && !byId.has(d.id)) byId.set(d.id, i);
  });
  const events: StageEvent[][] = data.deals.map(() => []);
  for (const e of data.history) {
    const i = byId.get(e.dealId);
    if (i !== undefined && Number.isFinite(e.day)) events[i].push(e);
  }
  let lastDay = Number.NaN;
  const later = (d: number | undefined) => {
    if (d !== undefined && Number.isFinite(d) && !(d <= lastDay)) lastDay = d;
  };
  const firstDay = new Float64Array(data.deals.length);
  data.deals.forEach((d, i) => {
    const list = events[i];
    list.sort((a, b) => a.day - b.day);
    const first = d.created ?? list[0]?.day;
    firstDay[i] = first === undefined || !Number.isFinite(first) ? Number.NaN : first;
    later(d.created);
    if (d.status !== 'open') later(d.closedOn);
    for (const e of list) later(e.day);
  });
  return { deals: data.deals, events, firstDay, lastDay };
}

/** Number of History rows of a deal dated before `t` (binary search). */
function countBefore(list: readonly StageEvent[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].day < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Deal `i` at the start of day `t`, from what is dated before `t` only; undefined when the deal
 * was not yet known then (created on or after `t`, or never dated at all).
 * - status: Won/Lost from Closed on when it is before `t` and not older than the last History
 *   row before `t`; else the last History row's status; else Open.
 * - stage and time in stage: from History rows before `t` only (imports without History: unknown).
 * - amount: the last History row's amount before `t`, else the deal's amount (an amount change
 *   leaves no trace without a stage change, so the present amount is the best known).
 */
export function dealAsOf(data: IndexedData, i: number, t: number): DealState | undefined {
  const first = data.firstDay[i];
  if (!(first < t)) return undefined;
  const deal = data.deals[i];
  const list = data.events[i];
  const n = countBefore(list, t);
  const last = n > 0 ? list[n - 1] : undefined;
  let status: Status = 'open';
  let closedDay = Number.NaN;
  const closeKnown =
    deal.status !== 'open' &&
    deal.closedOn !== undefined &&
    deal.closedOn < t &&
    (!last || deal.closedOn >= last.day);
  if (closeKnown) {
    status = deal.status;
    closedDay = deal.closedOn as number;
  } else if (last) {
    status = last.status;
    if (status !== 'open') {
      let k = n - 1;
      while (k > 0 && list[k - 1].status === status) k--;
      closedDay = list[k].day;
    }
  }
  let amount = cleanAmount(deal.amount);
  for (let k = n - 1; k >= 0; k--) {
    if (typeof list[k].amount === 'number' && Number.isFinite(list[k].amount)) {
      amount = cleanAmount(list[k].amount);
      break;
    }
  }
  let stage = -1;
  let timeInStage = -1;
  if (last) {
    stage = last.to;
    let k = n - 1;
    while (k > 0 && list[k - 1].to === stage) k--;
    timeInStage = t - list[k].day;
  }
  return { status, stage, amount, age: t - first, timeInStage, closedDay };
}

/** Every deal at the start of day `t` (undefined for deals not yet known), in Deals order. */
export function dealsAsOf(data: IndexedData, t: number): (DealState | undefined)[] {
  const out: (DealState | undefined)[] = new Array(data.deals.length);
  for (let i = 0; i < data.deals.length; i++) out[i] = dealAsOf(data, i, t);
  return out;
}

/**
 * The workbook as it stood at the start of day `t`: deals not yet known dropped, History rows
 * dated on or after `t` dropped, and each remaining deal's status, stage, amount and Closed on set
 * to what was known then. Used to prove that reconstruction never looks ahead.
 */
export function cutAt(data: ForecastData, t: number): ForecastData {
  const indexed = indexData(data);
  const deals: ForecastDeal[] = [];
  data.deals.forEach((deal, i) => {
    const s = dealAsOf(indexed, i, t);
    if (!s) return;
    deals.push({
      id: deal.id,
      stage: s.stage,
      status: s.status,
      amount: s.amount,
      created: deal.created,
      closedOn: s.status !== 'open' ? s.closedDay : undefined,
    });
  });
  const known = new Set(deals.map((d) => d.id));
  const history = data.history.filter((e) => e.day < t && known.has(e.dealId));
  return { deals, history };
}

/**
 * The deals as known at `t` when `t` is the workbook's present (not before the data's last day):
 * an open deal whose stage History does not tell (an import) takes the Stage the Deals sheet
 * shows, which is what is known of it then. Before the data's end that Stage may have been reached
 * later, so past days keep `states` as they are.
 */
export function presentStates(
  data: IndexedData,
  t: number,
  states: readonly (DealState | undefined)[],
): readonly (DealState | undefined)[] {
  if (!(t >= data.lastDay)) return states;
  return states.map((s, i) => {
    const deal = data.deals[i];
    return s?.status === 'open' && s.stage < 0 && deal.status === 'open' && deal.stage >= 0
      ? { ...s, stage: deal.stage }
      : s;
  });
}
