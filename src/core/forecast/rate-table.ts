// The Forecast model's rate tables: per stage × days bucket, the rate the learned forecast used and
// the open pipeline in that bucket on the as-of day, so a SUMPRODUCT over them gives the figures.
import type { DealState } from './as-of';
import {
  cellKey,
  DEFAULT_BUCKET_EDGES,
  dayBucketOf,
  type LearnedModel,
  type LearnOptions,
  modelLookup,
  openRates,
  typedFor,
} from './learned';

/** One row of a rate table. */
export interface RateRow {
  stage: number;
  bucket: number;
  /** Deals the rate was learned from (0: the cell had none; its rate is the stage's or typed). */
  n: number;
  /** The cell's own share won; undefined when n is 0. */
  raw?: number;
  /** The rate the learned forecast gives a deal in this cell (see openRates). */
  rate: number;
  /** The stage's learned rate; undefined when the stage had nothing to learn from. */
  stageRate?: number;
  /** The typed probability the weighted forecast uses (the entry stage's when the stage is unknown). */
  typed: number;
  /** The amount of the open deals in the cell on the as-of day. */
  openAmount: number;
}

/**
 * Every cell that was learned or holds an open deal on the as-of day (`states`, as the forecast
 * saw them), in stage then bucket order. Σ openAmount × rate is the learned forecast's open part
 * and Σ openAmount × typed the weighted one's, deal for deal.
 */
export function rateTable(
  model: LearnedModel | undefined,
  states: readonly (DealState | undefined)[],
  options: LearnOptions,
): RateRow[] {
  const edges = model?.bucketEdges ?? options.bucketEdges ?? DEFAULT_BUCKET_EDGES;
  const lookup = model ? modelLookup(model) : { cells: new Map(), stages: new Map() };
  const rows = new Map<number, RateRow>();
  const row = (stage: number, bucket: number): RateRow => {
    const key = cellKey(stage, bucket);
    let r = rows.get(key);
    if (!r) {
      const stageRate = lookup.stages.get(stage);
      r = {
        stage,
        bucket,
        n: 0,
        rate: lookup.cells.get(key) ?? stageRate ?? typedFor(stage, options),
        stageRate,
        typed: typedFor(stage, options),
        openAmount: 0,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const c of model?.cells ?? []) {
    const r = row(c.stage, c.bucket);
    r.n = c.n;
    r.raw = c.raw;
  }
  const rates = model ? openRates(model, states, options) : undefined;
  states.forEach((s, i) => {
    if (s?.status !== 'open' || !(s.amount > 0)) return;
    const r = row(s.stage, dayBucketOf(s, edges));
    r.openAmount += s.amount;
    if (rates) r.rate = rates[i];
  });
  return [...rows.values()].sort((a, b) => a.stage - b.stage || a.bucket - b.bucket);
}
