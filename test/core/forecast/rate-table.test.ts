// The Forecast model's rate table: one row per stage × days bucket learned or holding open deals,
// in stage then bucket order, with the rate each open deal got and the open amount behind it.
import type { DealState } from '../../../src/core/forecast/as-of';
import type { LearnedModel } from '../../../src/core/forecast/learned';
import { rateTable } from '../../../src/core/forecast/rate-table';

const open = (stage: number, timeInStage: number, amount: number, age = 200): DealState => ({
  status: 'open',
  stage,
  amount,
  age,
  timeInStage,
  closedDay: Number.NaN,
});

const OPTIONS = { typed: [0.1, 0.4, 0.8], entryStage: 1 };

/** Learned: stage 0 days 0–14 (n 5) and 30–44 (n 2); stage 2 as a whole; two buckets 0–29, 30+. */
const MODEL: LearnedModel = {
  cells: [
    { stage: 0, bucket: 1, n: 2, raw: 0.5, rate: 0.3 },
    { stage: 0, bucket: 0, n: 5, raw: 0.2, rate: 0.25 },
  ],
  stages: [
    { stage: 0, n: 7, raw: 0.3, typed: 0.1, rate: 0.28 },
    { stage: 2, n: 3, raw: 0.6, typed: 0.8, rate: 0.65 },
  ],
  newBusiness: 0,
  windows: [{ start: 0, end: 30 }],
  strength: 10,
  bucketEdges: [0, 30],
};

describe('rateTable', () => {
  it('lists learned cells and open deals in stage then bucket order, the open amounts summed per cell', () => {
    const states = [
      open(2, 40, 500),
      open(0, 3, 100),
      undefined,
      open(0, 10, 50),
      { ...open(0, 3, 999), status: 'won' as const },
      open(0, 45, 0),
      open(-1, -1, 20, 5),
    ];
    const rows = rateTable(MODEL, states, OPTIONS);
    expect(
      rows.map((r) => [r.stage, r.bucket, r.n, r.raw, r.rate, r.stageRate, r.typed, r.openAmount]),
    ).toEqual([
      // Stage unknown first: the entry stage's typed probability, bucketed by age.
      [-1, 0, 0, undefined, 0.4, undefined, 0.4, 20],
      [0, 0, 5, 0.2, 0.25, 0.28, 0.1, 150],
      [0, 1, 2, 0.5, 0.3, 0.28, 0.1, 0],
      // A stage learned as a whole: its open deal takes the stage's rate; n 0, no own rate.
      [2, 1, 0, undefined, 0.65, 0.65, 0.8, 500],
    ]);
  });

  it("uses the model's day buckets, and the typed probability (the entry stage's for an unknown stage) when nothing was learned", () => {
    const rows = rateTable(undefined, [open(-1, -1, 70, 20), open(1, 50, 30)], {
      ...OPTIONS,
      bucketEdges: [0, 10, 40],
    });
    expect(rows.map((r) => [r.stage, r.bucket, r.rate, r.typed, r.openAmount])).toEqual([
      [-1, 1, 0.4, 0.4, 70],
      [1, 2, 0.4, 0.4, 30],
    ]);
    // Later stages met first still come after.
    expect(
      rateTable(undefined, [open(2, 5, 10), open(1, 5, 10)], OPTIONS).map((r) => r.stage),
    ).toEqual([1, 2]);
    // Without buckets from the model or the options, the default ones: 50 days is 45–59 (bucket 3).
    expect(rateTable(undefined, [open(1, 50, 30)], OPTIONS)[0].bucket).toBe(3);
    // With a model, its buckets win over the options': 50 days is the second of [0, 30].
    expect(rateTable(MODEL, [open(1, 50, 30)], { ...OPTIONS, bucketEdges: [0, 10, 40] })).toEqual(
      expect.arrayContaining([expect.objectContaining({ stage: 1, bucket: 1, openAmount: 30 })]),
    );
  });
});
