// The learned forecast: chances of winning within a window by stage × age bucket, learned from
// earlier windows of the same length, shrunk toward the stage rate and then the typed probability.
import type { DealState } from './as-of';

/** Bucket edges in days (time in stage when History tells the stage, else age since Created). */
export const DEFAULT_BUCKET_EDGES: readonly number[] = [0, 15, 30, 45, 60, 90, 120, 150];
/** Shrinkage strength: a cell's own rate counts as much as this many deals of its stage's rate. */
export const DEFAULT_STRENGTH = 10;
/** How many of the latest windows with outcomes a fit uses. */
export const DEFAULT_MAX_WINDOWS = 12;

export interface LearnOptions {
  /** Typed probability per stage index (Settings). */
  typed: readonly number[];
  /** The stage whose typed probability stands for a deal whose stage History does not tell. */
  entryStage: number;
  bucketEdges?: readonly number[];
  strength?: number;
  maxWindows?: number;
  /** Learn from windows at the same season position when there are any with outcomes (default true). */
  seasonal?: boolean;
}

/** Amount-weighted outcome counts of one cell (or stage). */
export interface CellCount {
  n: number;
  amount: number;
  wonAmount: number;
}

/** What one past window showed: deals open at its start by cell, and what was won in it. */
export interface WindowObs {
  /** Position of the window's period in its season (month of the quarter: 0, 1, 2). */
  season: number;
  start: number;
  end: number;
  cells: Map<number, CellCount>;
  /** Won inside the window by deals created inside it. */
  newBusiness: number;
  /** Won inside the window, all deals (amount as of the window's end). */
  won: number;
  /** Deals won or lost inside the window: 0 means the window carries no outcome to learn from. */
  closes: number;
}

export interface LearnedCell {
  stage: number;
  bucket: number;
  n: number;
  /** The cell's own amount-weighted share won within the window. */
  raw: number;
  /** The rate used: raw shrunk toward the stage's rate. */
  rate: number;
}

export interface LearnedStage {
  stage: number;
  n: number;
  raw: number;
  typed: number;
  rate: number;
}

export interface LearnedModel {
  cells: LearnedCell[];
  stages: LearnedStage[];
  newBusiness: number;
  /** Windows used (with outcomes), oldest first; empty when nothing could be learned yet. */
  windows: { start: number; end: number }[];
  strength: number;
  bucketEdges: readonly number[];
}

export function bucketOf(days: number, edges: readonly number[]): number {
  let b = 0;
  while (b + 1 < edges.length && days >= edges[b + 1]) b++;
  return b;
}

/** Cell key of stage (−1 unknown) and bucket. */
export function cellKey(stage: number, bucket: number): number {
  return (stage + 1) * 64 + bucket;
}

function stageOfKey(key: number): number {
  return Math.floor(key / 64) - 1;
}

/** The days bucket of a deal open at a window's start: time in stage, or age when the stage is unknown. */
export function dayBucketOf(state: DealState, edges: readonly number[]): number {
  const days = state.stage >= 0 && state.timeInStage >= 0 ? state.timeInStage : state.age;
  return bucketOf(days, edges);
}

/** The cell a deal open at a window's start falls in. */
export function cellOf(state: DealState, edges: readonly number[]): number {
  return cellKey(state.stage, dayBucketOf(state, edges));
}

/** A window's observation from the deals at its start and at the day after its end. */
export function observeWindow(
  season: number,
  start: number,
  end: number,
  atStart: readonly (DealState | undefined)[],
  atEnd: readonly (DealState | undefined)[],
  edges: readonly number[],
): WindowObs {
  const obs: WindowObs = {
    season,
    start,
    end,
    cells: new Map(),
    newBusiness: 0,
    won: 0,
    closes: 0,
  };
  for (let i = 0; i < atEnd.length; i++) {
    const after = atEnd[i];
    if (!after) continue;
    const before = atStart[i];
    const closedInside = after.status !== 'open' && after.closedDay >= start;
    if (closedInside && (!before || before.status === 'open')) obs.closes++;
    const wonInside = closedInside && after.status === 'won' && before?.status !== 'won';
    if (wonInside) {
      obs.won += after.amount;
      if (!before) obs.newBusiness += after.amount;
    }
    if (before?.status !== 'open') continue;
    const key = cellOf(before, edges);
    let c = obs.cells.get(key);
    if (!c) {
      c = { n: 0, amount: 0, wonAmount: 0 };
      obs.cells.set(key, c);
    }
    c.n++;
    c.amount += before.amount;
    if (wonInside) c.wonAmount += before.amount;
  }
  return obs;
}

function share(c: CellCount): number {
  return c.amount > 0 ? c.wonAmount / c.amount : 0;
}

/** Typed probability for a stage index (−1: the entry stage's). */
export function typedFor(stage: number, options: LearnOptions): number {
  const p = options.typed[stage >= 0 ? stage : options.entryStage];
  return typeof p === 'number' && Number.isFinite(p) ? p : 0;
}

/**
 * Fits the rates from the latest `maxWindows` windows that had outcomes. A window in which nothing
 * was won or lost carries no outcome (typically: before the team recorded outcomes), and the window
 * right after such a one is left out as well: its open deals piled up while nothing could close.
 * With `seasonal` (the default), only windows at the same season position are used when there are
 * any (a quarter's third month closes differently from its first), else all. Stage rate =
 * (n·raw + m·typed) ÷ (n + m); cell rate = (n·raw + m·stage rate) ÷ (n + m), m = strength.
 */
export function fitModel(
  windows: readonly WindowObs[],
  options: LearnOptions,
  season = 0,
): LearnedModel {
  const strength = options.strength ?? DEFAULT_STRENGTH;
  const edges = options.bucketEdges ?? DEFAULT_BUCKET_EDGES;
  const withOutcomes = windows.filter(
    (w, i) => w.closes > 0 && !(i > 0 && windows[i - 1].closes === 0),
  );
  const sameSeason = withOutcomes.filter((w) => w.season === season);
  const pool = (options.seasonal ?? true) && sameSeason.length > 0 ? sameSeason : withOutcomes;
  const used = pool.slice(-(options.maxWindows ?? DEFAULT_MAX_WINDOWS));
  const cellSums = new Map<number, CellCount>();
  const stageSums = new Map<number, CellCount>();
  const add = (map: Map<number, CellCount>, key: number, c: CellCount) => {
    const s = map.get(key) ?? { n: 0, amount: 0, wonAmount: 0 };
    s.n += c.n;
    s.amount += c.amount;
    s.wonAmount += c.wonAmount;
    map.set(key, s);
  };
  let newBusiness = 0;
  for (const w of used) {
    newBusiness += w.newBusiness;
    for (const [key, c] of w.cells) {
      add(cellSums, key, c);
      add(stageSums, stageOfKey(key), c);
    }
  }
  const stages: LearnedStage[] = [...stageSums.entries()]
    .map(([stage, c]) => {
      const typed = typedFor(stage, options);
      const raw = share(c);
      return { stage, n: c.n, raw, typed, rate: (c.n * raw + strength * typed) / (c.n + strength) };
    })
    .sort((a, b) => a.stage - b.stage);
  const stageRate = new Map(stages.map((s) => [s.stage, s.rate]));
  const cells: LearnedCell[] = [...cellSums.entries()]
    .map(([key, c]) => {
      const stage = stageOfKey(key);
      const raw = share(c);
      const toward = stageRate.get(stage) ?? typedFor(stage, options);
      return {
        stage,
        bucket: key % 64,
        n: c.n,
        raw,
        rate: (c.n * raw + strength * toward) / (c.n + strength),
      };
    })
    .sort((a, b) => a.stage - b.stage || a.bucket - b.bucket);
  return {
    cells,
    stages,
    newBusiness: used.length > 0 ? newBusiness / used.length : 0,
    windows: used.map((w) => ({ start: w.start, end: w.end })),
    strength,
    bucketEdges: edges,
  };
}

/** Chance of winning within the window for an open deal in this state: cell, else stage, else typed. */
export function rateFor(
  model: LearnedModel,
  state: DealState,
  options: LearnOptions,
  lookup = modelLookup(model),
): number {
  const key = cellOf(state, model.bucketEdges);
  return lookup.cells.get(key) ?? lookup.stages.get(state.stage) ?? typedFor(state.stage, options);
}

export interface ModelLookup {
  cells: Map<number, number>;
  stages: Map<number, number>;
}

export function modelLookup(model: LearnedModel): ModelLookup {
  return {
    cells: new Map(model.cells.map((c) => [cellKey(c.stage, c.bucket), c.rate])),
    stages: new Map(model.stages.map((s) => [s.stage, s.rate])),
  };
}

/**
 * The rate each deal open in `states` gets (NaN for the others): its cell's, else its stage's
 * learned rate, else its typed probability. A known stage that learned nothing (imported deals
 * have no stage history, so the stage is known only at the present) takes instead the learned
 * "(stage unknown)" rate of its days bucket × its typed probability ÷ the amount-weighted typed
 * probability of the deals so placed in that bucket, at most 1: the stages share out the bucket's
 * expected amount by their typed odds, and its total stays the one the backtest scored.
 */
export function openRates(
  model: LearnedModel,
  states: readonly (DealState | undefined)[],
  options: LearnOptions,
): Float64Array {
  const lookup = modelLookup(model);
  const edges = model.bucketEdges;
  const rates = new Float64Array(states.length).fill(Number.NaN);
  // Per days bucket, the deals to scale: Σ amount and Σ amount × typed.
  const scaled = new Map<number, { amount: number; typed: number; unknown: number }>();
  const scaledOf: number[] = [];
  states.forEach((s, i) => {
    if (s?.status !== 'open') return;
    const key = cellOf(s, edges);
    const own = lookup.cells.get(key) ?? lookup.stages.get(s.stage);
    const bucket = key % 64;
    const unknown = lookup.cells.get(cellKey(-1, bucket)) ?? lookup.stages.get(-1);
    if (own !== undefined || s.stage < 0 || unknown === undefined) {
      rates[i] = own ?? typedFor(s.stage, options);
      return;
    }
    const b = scaled.get(bucket) ?? { amount: 0, typed: 0, unknown };
    b.amount += s.amount;
    b.typed += s.amount * typedFor(s.stage, options);
    scaled.set(bucket, b);
    scaledOf.push(i);
  });
  for (const i of scaledOf) {
    const s = states[i] as DealState;
    const b = scaled.get(dayBucketOf(s, edges)) as {
      amount: number;
      typed: number;
      unknown: number;
    };
    const ratio = b.typed > 0 ? (typedFor(s.stage, options) * b.amount) / b.typed : 1;
    rates[i] = Math.min(1, b.unknown * ratio);
  }
  return rates;
}

/** Open pipeline part of the learned forecast: expected amount and its deal-level variance. */
export function expectedFromOpen(
  model: LearnedModel,
  states: readonly (DealState | undefined)[],
  options: LearnOptions,
  rates = openRates(model, states, options),
): { expected: number; variance: number } {
  let expected = 0;
  let variance = 0;
  states.forEach((s, i) => {
    if (s?.status !== 'open' || s.amount <= 0) return;
    const p = rates[i];
    expected += s.amount * p;
    variance += s.amount * s.amount * p * (1 - p);
  });
  return { expected, variance };
}
