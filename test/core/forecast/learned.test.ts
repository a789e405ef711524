// The learned forecast in small exact cases: buckets, what one window shows, shrinkage, fallbacks.
import type { DealState } from '../../../src/core/forecast/as-of';
import {
  bucketOf,
  type CellCount,
  cellKey,
  cellOf,
  DEFAULT_BUCKET_EDGES,
  expectedFromOpen,
  fitModel,
  type LearnOptions,
  observeWindow,
  openRates,
  rateFor,
  typedFor,
  type WindowObs,
} from '../../../src/core/forecast/learned';

const OPTIONS: LearnOptions = { typed: [0.1, 0.2, 0.4, 0.6, 0.8], entryStage: 0 };

function state(extra: Partial<DealState>): DealState {
  return {
    status: 'open',
    stage: 1,
    amount: 100,
    age: 40,
    timeInStage: 5,
    closedDay: Number.NaN,
    ...extra,
  };
}

function win(extra: Partial<WindowObs>, cells: [number, CellCount][] = []): WindowObs {
  return {
    season: 0,
    start: 0,
    end: 29,
    cells: new Map(cells),
    newBusiness: 0,
    won: 0,
    closes: 1,
    ...extra,
  };
}

describe('bucketOf and cellOf', () => {
  it('puts days in the bucket whose edge they reach: 0, 1, just under, exactly at an edge', () => {
    const edges = [0, 15, 30];
    const table: [number, number][] = [
      [-1, 0],
      [0, 0],
      [1, 0],
      [14, 0],
      [15, 1],
      [29, 1],
      [30, 2],
      [1000, 2],
    ];
    expect(table.map(([d]) => bucketOf(d, edges))).toEqual(table.map(([, b]) => b));
    expect([149, 150].map((d) => bucketOf(d, DEFAULT_BUCKET_EDGES))).toEqual([6, 7]);
  });

  it('counts time in stage when History tells the stage, else age since Created', () => {
    const edges = [0, 15, 30];
    expect(cellOf(state({ stage: 1, timeInStage: 0, age: 40 }), edges)).toBe(cellKey(1, 0));
    expect(cellOf(state({ stage: 0, timeInStage: 20, age: 40 }), edges)).toBe(cellKey(0, 1));
    expect(cellOf(state({ stage: 2, timeInStage: -1, age: 20 }), edges)).toBe(cellKey(2, 1));
    expect(cellOf(state({ stage: -1, timeInStage: 3, age: 31 }), edges)).toBe(cellKey(-1, 2));
  });

  it('keys cells by stage (−1 unknown) and bucket without collisions', () => {
    expect([cellKey(-1, 0), cellKey(-1, 7), cellKey(0, 0), cellKey(2, 3)]).toEqual([0, 7, 64, 195]);
  });
});

describe('observeWindow', () => {
  const start = 100;
  const end = 129;
  const edges = [0, 15, 30];
  const closed = (status: 'won' | 'lost', closedDay: number, amount = 100) =>
    state({ status, closedDay, amount });
  // Deal by deal: the state at the window's start and the day after its end.
  const rows: [DealState | undefined, DealState | undefined][] = [
    [state({ amount: 100 }), closed('won', 103, 120)], // open, won inside (amount raised)
    [state({ amount: 200 }), closed('lost', 110, 200)], // open, lost inside
    [state({ amount: 300, timeInStage: 20 }), state({ amount: 300 })], // still open
    [undefined, closed('won', 120, 50)], // created inside and won: new business
    [undefined, closed('lost', 121, 70)], // created inside and lost
    [state({ amount: 40 }), closed('won', start, 40)], // won on the window's first day
    [closed('won', 90), closed('won', 90)], // won before the window
    [closed('won', 90), closed('won', 101)], // already won, close day moved: no new outcome
    [closed('lost', 95), closed('won', 115, 80)], // lost, then won inside
    [state({ amount: 60 }), undefined], // gone from the data: not counted
  ];
  // Observed inside each test (not when the file loads) so mutation testing sees which test runs it.
  const observe = () =>
    observeWindow(
      2,
      start,
      end,
      rows.map(([b]) => b),
      rows.map(([, a]) => a),
      edges,
    );

  it('counts outcomes of deals open at the start or created inside, and what was won', () => {
    const obs = observe();
    expect([obs.season, obs.start, obs.end]).toEqual([2, start, end]);
    expect(obs.closes).toBe(5);
    expect(obs.won).toBe(120 + 50 + 40 + 80);
    expect(obs.newBusiness).toBe(50);
  });

  it('puts each deal open at the start in its cell with its amount then, and what of it was won', () => {
    const obs = observe();
    expect([...obs.cells.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [cellKey(1, 0), { n: 3, amount: 100 + 200 + 40, wonAmount: 100 + 40 }],
      [cellKey(1, 1), { n: 1, amount: 300, wonAmount: 0 }],
    ]);
  });

  it('has no outcome when nothing closed inside', () => {
    const quiet = observeWindow(0, start, end, [state({})], [closed('lost', start - 1)], edges);
    expect([quiet.closes, quiet.won, quiet.newBusiness]).toEqual([0, 0, 0]);
  });
});

describe('typedFor', () => {
  it('is the stage’s typed probability, the entry stage’s when unknown, 0 when there is none', () => {
    expect(typedFor(3, OPTIONS)).toBe(0.6);
    expect(typedFor(0, { ...OPTIONS, entryStage: 1 })).toBe(0.1);
    expect(typedFor(-1, { ...OPTIONS, entryStage: 1 })).toBe(0.2);
    expect(typedFor(7, OPTIONS)).toBe(0);
    expect(typedFor(1, { ...OPTIONS, typed: [0.1, Number.NaN] })).toBe(0);
  });
});

describe('fitModel', () => {
  const one = win({ newBusiness: 300, start: 10, end: 39 }, [
    // Inserted out of order: stages and cells come back sorted.
    [cellKey(1, 1), { n: 5, amount: 500, wonAmount: 0 }],
    [cellKey(1, 0), { n: 10, amount: 1000, wonAmount: 500 }],
    [cellKey(-1, 0), { n: 2, amount: 200, wonAmount: 200 }],
    [cellKey(3, 2), { n: 1, amount: 0, wonAmount: 0 }],
  ]);

  it('shrinks each stage toward its typed probability by 10 deals, each cell toward its stage', () => {
    const model = fitModel([one], OPTIONS);
    // Stage 1: 15 deals, raw 1/3 → (15 × 1/3 + 10 × 0.2) ÷ 25 = 0.28.
    // Unknown stage: 2 deals, raw 1, typed = entry stage's 0.1 → (2 + 1) ÷ 12 = 0.25.
    // Stage 3: 1 deal of amount 0, raw 0 → 10 × 0.6 ÷ 11.
    expect(model.stages.map((s) => [s.stage, s.n, s.raw, s.typed])).toEqual([
      [-1, 2, 1, 0.1],
      [1, 15, 1 / 3, 0.2],
      [3, 1, 0, 0.6],
    ]);
    expect(model.stages.map((s) => s.rate)).toEqual([
      expect.closeTo(0.25, 12),
      expect.closeTo(0.28, 12),
      expect.closeTo(6 / 11, 12),
    ]);
    expect(model.cells.map((c) => [c.stage, c.bucket, c.n, c.raw])).toEqual([
      [-1, 0, 2, 1],
      [1, 0, 10, 0.5],
      [1, 1, 5, 0],
      [3, 2, 1, 0],
    ]);
    // (10 × 0.5 + 10 × 0.28) ÷ 20; (0 + 10 × 0.28) ÷ 15; (2 + 10 × 0.25) ÷ 12; (0 + 10 × 6/11) ÷ 11
    expect(model.cells.map((c) => c.rate)).toEqual([
      expect.closeTo(0.375, 12),
      expect.closeTo(0.39, 12),
      expect.closeTo(2.8 / 15, 12),
      expect.closeTo(60 / 121, 12),
    ]);
    expect([model.strength, model.bucketEdges, model.newBusiness]).toEqual([
      10,
      DEFAULT_BUCKET_EDGES,
      300,
    ]);
    expect(model.windows).toEqual([{ start: 10, end: 39 }]);
  });

  it('takes the strength and bucket edges it is given', () => {
    const edges = [0, 7];
    const strong = fitModel([one], { ...OPTIONS, strength: 5, bucketEdges: edges });
    // Stage 1: (5 + 5 × 0.2) ÷ 20 = 0.3
    expect(strong.stages.find((s) => s.stage === 1)?.rate).toBeCloseTo(0.3, 12);
    expect([strong.strength, strong.bucketEdges]).toEqual([5, edges]);
  });

  it('adds up a cell over windows and averages new business over them', () => {
    const cells = (won: number): [number, CellCount][] => [
      [cellKey(0, 0), { n: 4, amount: 400, wonAmount: won }],
    ];
    const two = fitModel(
      [
        win({ newBusiness: 100, start: 0 }, cells(100)),
        win({ newBusiness: 300, start: 30 }, cells(300)),
      ],
      OPTIONS,
    );
    expect(two.cells.map((c) => [c.n, c.raw])).toEqual([[8, 0.5]]);
    expect(two.stages.map((s) => [s.n, s.raw])).toEqual([[8, 0.5]]);
    expect(two.newBusiness).toBe(200);
  });

  it('learns nothing without windows that had outcomes', () => {
    const none = fitModel([win({ closes: 0, newBusiness: 500 })], OPTIONS);
    expect([none.cells, none.stages, none.windows, none.newBusiness]).toEqual([[], [], [], 0]);
  });

  it('skips windows without outcomes and the window right after each', () => {
    const windows = [
      win({ start: 0, closes: 2 }),
      win({ start: 30, closes: 0 }),
      win({ start: 60, closes: 3 }),
      win({ start: 90, closes: 1 }),
      win({ start: 120, closes: 4 }),
    ];
    expect(fitModel(windows, OPTIONS).windows.map((w) => w.start)).toEqual([0, 90, 120]);
  });

  it('uses the same month of the quarter when there are such windows, else all; the latest 12 at most', () => {
    const windows = Array.from({ length: 15 }, (_, i) => win({ start: i * 30, season: i % 3 }));
    const starts = (m: ReturnType<typeof fitModel>) => m.windows.map((w) => w.start);
    expect(starts(fitModel(windows, OPTIONS, 1))).toEqual([30, 120, 210, 300, 390]);
    expect(starts(fitModel(windows, OPTIONS))).toEqual([0, 90, 180, 270, 360]);
    expect(starts(fitModel(windows.slice(0, 2), OPTIONS, 2))).toEqual([0, 30]);
    const all = starts(fitModel(windows, { ...OPTIONS, seasonal: false }));
    expect(all).toEqual(Array.from({ length: 12 }, (_, i) => (i + 3) * 30));
    expect(starts(fitModel(windows, { ...OPTIONS, seasonal: false, maxWindows: 2 }))).toEqual([
      390, 420,
    ]);
    expect(starts(fitModel(windows, { ...OPTIONS, seasonal: true, maxWindows: 1 }))).toEqual([360]);
  });
});

describe('rateFor and expectedFromOpen', () => {
  const fitted = () =>
    fitModel(
      [
        win({}, [
          [cellKey(1, 0), { n: 10, amount: 1000, wonAmount: 500 }],
          [cellKey(1, 1), { n: 5, amount: 500, wonAmount: 0 }],
          [cellKey(-1, 0), { n: 2, amount: 200, wonAmount: 200 }],
        ]),
      ],
      OPTIONS,
    );

  it('uses the deal’s cell, else its stage, else the typed probability', () => {
    const model = fitted();
    expect(rateFor(model, state({ stage: 1, timeInStage: 3 }), OPTIONS)).toBeCloseTo(0.39, 12);
    expect(rateFor(model, state({ stage: 1, timeInStage: 100 }), OPTIONS)).toBeCloseTo(0.28, 12);
    expect(rateFor(model, state({ stage: -1, timeInStage: -1, age: 100 }), OPTIONS)).toBeCloseTo(
      0.25,
      12,
    );
    expect(rateFor(model, state({ stage: 3 }), OPTIONS)).toBe(0.6);
  });

  it('sums amount × rate over open deals with an amount, and the variance of independent outcomes', () => {
    const states = [
      state({ stage: 1, timeInStage: 0, amount: 100 }), // 0.39
      // Stage 3 learned nothing: the "(stage unknown)" rate of its bucket, (2 + 10 × 0.25) ÷ 12.
      state({ stage: 3, amount: 50 }), // 0.375
      state({ status: 'won', closedDay: 3, amount: 1000 }),
      state({ status: 'lost', closedDay: 3, amount: 1000 }),
      state({ amount: 0 }),
      state({ amount: -20 }),
      undefined,
    ];
    const { expected, variance } = expectedFromOpen(fitted(), states, OPTIONS);
    expect(expected).toBeCloseTo(39 + 18.75, 9);
    expect(variance).toBeCloseTo(100 * 100 * 0.39 * 0.61 + 50 * 50 * 0.375 * 0.625, 9);
  });
});

describe('openRates: stages that learned nothing', () => {
  // Only "(stage unknown)" deals were learned from, as with an import: bucket 0 won a quarter.
  const model = fitModel(
    [win({}, [[cellKey(-1, 0), { n: 1000, amount: 1000, wonAmount: 250 }]])],
    OPTIONS,
  );
  const unknown = rateFor(model, state({ stage: -1, age: 5 }), OPTIONS);

  it('shares out the bucket’s "(stage unknown)" amount by typed odds, keeping its total', () => {
    expect(unknown).toBeCloseTo((250 + 10 * ((250 + 10 * 0.1) / 1010)) / 1010, 12);
    const states = [
      state({ stage: 1, timeInStage: 3, amount: 300 }), // typed 0.2
      state({ stage: 4, timeInStage: 3, amount: 100 }), // typed 0.8
      state({ stage: 4, timeInStage: 40, amount: 100 }), // another bucket, alone in it
      state({ status: 'won', stage: 4, amount: 1000 }),
    ];
    const rates = openRates(model, states, OPTIONS);
    // Amount-weighted typed odds of bucket 0: (300 × 0.2 + 100 × 0.8) ÷ 400 = 0.35.
    expect(rates[0]).toBeCloseTo((unknown * 0.2) / 0.35, 12);
    expect(rates[1]).toBeCloseTo((unknown * 0.8) / 0.35, 12);
    expect(300 * rates[0] + 100 * rates[1]).toBeCloseTo(400 * unknown, 9);
    // No learned "(stage unknown)" cell in bucket 2: the stage's, here the unknown stage's rate.
    expect(rates[2]).toBeCloseTo(model.stages[0].rate, 12);
    expect(rates[3]).toBeNaN();
    expect(expectedFromOpen(model, states, OPTIONS).expected).toBeCloseTo(
      400 * unknown + 100 * model.stages[0].rate,
      9,
    );
  });

  it('keeps a rate at 100% at most, and the typed probability when nothing at all was learned', () => {
    const sure = fitModel(
      [win({}, [[cellKey(-1, 0), { n: 1000, amount: 1000, wonAmount: 1000 }]])],
      OPTIONS,
    );
    const rates = openRates(
      sure,
      [state({ stage: 4, amount: 100 }), state({ stage: 0, amount: 100 })],
      OPTIONS,
    );
    expect(rates[0]).toBe(1);
    expect(rates[1]).toBeCloseTo(
      (rateFor(sure, state({ stage: -1, age: 5 }), OPTIONS) * 0.1) / 0.45,
      12,
    );
    const empty = fitModel([], OPTIONS);
    expect([...openRates(empty, [state({ stage: 2 }), state({ stage: -1 })], OPTIONS)]).toEqual([
      0.4, 0.1,
    ]);
  });
});
