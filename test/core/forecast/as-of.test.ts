import fc from 'fast-check';
import { cutAt, dealsAsOf, type ForecastData, indexData } from '../../../src/core/forecast/as-of';

const data: ForecastData = {
  deals: [
    // Created day 10, Qualification on 12, Proposal on 20, Won on 30 (Closed on), amount raised on 20.
    { id: 'D-1', stage: 2, status: 'won', amount: 500, created: 10, closedOn: 30 },
    // Imported without History: only Created and Closed on.
    { id: 'D-2', stage: 4, status: 'lost', amount: 300, created: 5, closedOn: 25 },
    // No Created: known from its first History row.
    { id: 'D-3', stage: 1, status: 'open', amount: 200 },
  ],
  history: [
    { dealId: 'D-1', day: 20, to: 2, status: 'open', amount: 500 },
    { dealId: 'D-1', day: 12, to: 1, status: 'open', amount: 400 },
    { dealId: 'D-1', day: 30, to: 2, status: 'won', amount: 500 },
    { dealId: 'D-3', day: 15, to: 1, status: 'open', amount: 200 },
    { dealId: 'D-9', day: 1, to: 0, status: 'won', amount: 1 },
  ],
};

describe('dealsAsOf: every deal at the start of a past day, from what is dated before it', () => {
  const at = (t: number) => dealsAsOf(indexData(data), t);

  it('leaves out deals created on or after the day, and deals known only from later History', () => {
    expect(at(5)).toEqual([undefined, undefined, undefined]);
    expect(at(15)[2]).toBeUndefined();
    expect(at(16)[2]).toMatchObject({ status: 'open', stage: 1, age: 1 });
  });

  it('takes stage, time in stage and amount from History rows before the day', () => {
    expect(at(12)[0]).toEqual({
      status: 'open',
      stage: -1,
      amount: 500,
      age: 2,
      timeInStage: -1,
      closedDay: Number.NaN,
    });
    expect(at(13)[0]).toMatchObject({ stage: 1, amount: 400, age: 3, timeInStage: 1 });
    expect(at(25)[0]).toMatchObject({ status: 'open', stage: 2, amount: 500, timeInStage: 5 });
  });

  it('is Won or Lost only from the day after Closed on, with the close day', () => {
    expect(at(30)[0]?.status).toBe('open');
    expect(at(31)[0]).toMatchObject({ status: 'won', closedDay: 30 });
    expect(at(25)[1]).toMatchObject({ status: 'open', stage: -1, amount: 300, age: 20 });
    expect(at(26)[1]).toMatchObject({ status: 'lost', closedDay: 25 });
  });

  it('ignores History rows of IDs that are not in Deals', () => {
    expect(
      indexData(data)
        .events.flat()
        .some((e) => e.dealId === 'D-9'),
    ).toBe(false);
  });
});

const statusArb = fc.constantFrom('open' as const, 'won' as const, 'lost' as const);
const dayArb = fc.integer({ min: 0, max: 60 });
const amountArb = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(Number.NaN));
const dataArb = fc
  .array(
    fc.record({
      stage: fc.integer({ min: -1, max: 4 }),
      status: statusArb,
      amount: amountArb,
      created: fc.option(dayArb, { nil: undefined }),
      closedOn: fc.option(dayArb, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .chain((deals) =>
    fc
      .array(
        fc.record({
          deal: fc.integer({ min: 0, max: deals.length }),
          day: dayArb,
          to: fc.integer({ min: -1, max: 4 }),
          status: statusArb,
          amount: fc.option(amountArb, { nil: undefined }),
        }),
        { maxLength: 25 },
      )
      .map(
        (rows): ForecastData => ({
          deals: deals.map((d, i) => ({ id: `D-${i}`, ...d })),
          history: rows.map(({ deal, ...r }) => ({ dealId: `D-${deal}`, ...r })),
        }),
      ),
  );

describe('no look-ahead', () => {
  it('reconstructing at day t from all the data equals reconstructing from the data cut at t', () => {
    fc.assert(
      fc.property(dataArb, fc.integer({ min: 0, max: 65 }), (full, t) => {
        const fromFull = dealsAsOf(indexData(full), t);
        const known = full.deals.filter((_, i) => fromFull[i] !== undefined).map((d) => d.id);
        const cut = cutAt(full, t);
        expect(cut.deals.map((d) => d.id)).toEqual(known);
        expect(cut.history.every((e) => e.day < t)).toBe(true);
        expect(dealsAsOf(indexData(cut), t)).toEqual(fromFull.filter((s) => s !== undefined));
      }),
      { numRuns: 500 },
    );
  });
});
