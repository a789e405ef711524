// Reconstruction as of a day at its edges: Closed on against History, same-day rows, amounts, duplicate IDs.
import {
  cutAt,
  dealAsOf,
  dealsAsOf,
  type ForecastData,
  indexData,
} from '../../../src/core/forecast/as-of';

const data: ForecastData = {
  deals: [
    // 0: Won, Closed on 40; History: Qualification on 12, Proposal on 35.
    { id: 'X', stage: 2, status: 'won', amount: 500, created: 10, closedOn: 40 },
    // 1: the same ID again: History goes to the first row with it.
    { id: 'X', stage: 0, status: 'open', amount: 70, created: 0 },
    // 2: no ID.
    { id: '', stage: 0, status: 'open', amount: 20, created: 5 },
    // 3: never dated.
    { id: 'N', stage: 1, status: 'open', amount: 90 },
    // 4: Lost, Closed on 50, the day of its last History row (which still says Open); amount −5.
    { id: 'L', stage: 4, status: 'lost', amount: -5, created: 20, closedOn: 50 },
    // 5: two rows on day 8, amounts missing or not numbers, Won on 15 and 16, reopened on 18.
    { id: 'H', stage: 3, status: 'open', amount: Number.POSITIVE_INFINITY, created: 3 },
    // 6: Won with Closed on 15, but History moved it on day 20 (reopened, the sheet not updated).
    { id: 'W', stage: 2, status: 'won', amount: 60, created: 3, closedOn: 15 },
    // 7: open with a stray Closed on after everything else: not a date the data reaches.
    { id: 'O', stage: 0, status: 'open', amount: 10, created: 1, closedOn: 70 },
  ],
  history: [
    { dealId: 'X', day: 35, to: 2, status: 'open', amount: 500 },
    { dealId: 'X', day: 12, to: 1, status: 'open', amount: 450 },
    { dealId: 'X', day: Number.NaN, to: 3, status: 'won', amount: 1 },
    { dealId: 'L', day: 50, to: 4, status: 'open', amount: 7 },
    { dealId: 'H', day: 8, to: 1, status: 'open', amount: 100 },
    { dealId: 'H', day: 8, to: 2, status: 'open' },
    { dealId: 'H', day: 12, to: 2, status: 'open', amount: Number.NaN },
    { dealId: 'H', day: 15, to: 2, status: 'won', amount: 300 },
    { dealId: 'H', day: 16, to: 2, status: 'won' },
    { dealId: 'H', day: 18, to: 3, status: 'open', amount: 250 },
    { dealId: 'W', day: 10, to: 1, status: 'open', amount: 60 },
    { dealId: 'W', day: 20, to: 2, status: 'open', amount: 60 },
    { dealId: 'Z', day: 99, to: 0, status: 'won', amount: 5 },
  ],
};
// Indexed on each call (not when the file loads) so mutation testing sees which test runs it.
const at = (i: number, t: number) => dealAsOf(indexData(data), i, t);

describe('indexData', () => {
  it('gives History to the first deal with the ID, drops rows without a day, sorts by day keeping ties in order', () => {
    const indexed = indexData(data);
    expect(indexed.events.map((list) => list.map((e) => e.day))).toEqual([
      [12, 35],
      [],
      [],
      [],
      [50],
      [8, 8, 12, 15, 16, 18],
      [10, 20],
      [],
    ]);
    expect(indexed.events[5].slice(0, 2).map((e) => e.to)).toEqual([1, 2]);
  });

  it('knows each deal from Created, else its first History row; the last day from closed deals and History', () => {
    const indexed = indexData(data);
    expect([...indexed.firstDay]).toEqual([10, 0, 5, Number.NaN, 20, 3, 3, 1]);
    expect(indexed.lastDay).toBe(50);
    expect(
      indexData({ deals: [{ id: 'A', stage: 0, status: 'open', amount: 1 }], history: [] }).lastDay,
    ).toBe(Number.NaN);
    const fromHistory = indexData({
      deals: [{ id: 'A', stage: 0, status: 'open', amount: 1 }],
      history: [{ dealId: 'A', day: 7, to: 0, status: 'open' }],
    });
    expect([fromHistory.firstDay[0], fromHistory.lastDay]).toEqual([7, 7]);
  });
});

describe('dealAsOf', () => {
  it('is unknown before its first day, on it, and always when never dated', () => {
    expect([at(0, 9), at(0, 10), at(3, 100), at(7, 1)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(at(7, 2)).toEqual({
      status: 'open',
      stage: -1,
      amount: 10,
      age: 1,
      timeInStage: -1,
      closedDay: Number.NaN,
    });
  });

  it('is Won from the day after Closed on when Closed on is not older than History', () => {
    expect(at(0, 40)).toMatchObject({
      status: 'open',
      stage: 2,
      timeInStage: 5,
      closedDay: Number.NaN,
    });
    expect(at(0, 41)).toEqual({
      status: 'won',
      stage: 2,
      amount: 500,
      age: 31,
      timeInStage: 6,
      closedDay: 40,
    });
    // Closed on the same day as the last History row: Closed on wins.
    expect(at(4, 51)).toMatchObject({ status: 'lost', closedDay: 50, amount: 7, stage: 4 });
    expect(at(4, 50)).toMatchObject({ status: 'open', amount: 0, stage: -1 });
  });

  it('follows History when it moved the deal after Closed on', () => {
    expect(at(6, 16)).toMatchObject({ status: 'won', closedDay: 15, stage: 1 });
    expect(at(6, 21)).toMatchObject({
      status: 'open',
      closedDay: Number.NaN,
      stage: 2,
      timeInStage: 1,
    });
  });

  it('takes stage, time in stage and amount from History, rows without a numeric amount skipped', () => {
    // Before any History: amount ∞ counts as 0.
    expect(at(5, 4)).toMatchObject({ stage: -1, amount: 0, timeInStage: -1, age: 1 });
    // Day 8's second row (Proposal) is the later one; its amount is missing: the first row's 100.
    expect(at(5, 9)).toMatchObject({ status: 'open', stage: 2, amount: 100, timeInStage: 1 });
    // Day 12: still Proposal (since 8), amount not a number: 100 again.
    expect(at(5, 13)).toMatchObject({ stage: 2, amount: 100, timeInStage: 5 });
  });

  it('a closed History status dates the close from the first row of the closed run', () => {
    expect(at(5, 16)).toMatchObject({ status: 'won', closedDay: 15, amount: 300 });
    expect(at(5, 17)).toMatchObject({ status: 'won', closedDay: 15, amount: 300, timeInStage: 9 });
    expect(at(5, 19)).toMatchObject({
      status: 'open',
      closedDay: Number.NaN,
      stage: 3,
      amount: 250,
      timeInStage: 1,
    });
  });
});

describe('cutAt', () => {
  it('keeps the deals known before the day as they stood, Closed on only on closed ones, and earlier History', () => {
    const cut = cutAt(data, 17);
    expect(cut.deals).toEqual([
      { id: 'X', stage: 1, status: 'open', amount: 450, created: 10, closedOn: undefined },
      { id: 'X', stage: -1, status: 'open', amount: 70, created: 0, closedOn: undefined },
      { id: '', stage: -1, status: 'open', amount: 20, created: 5, closedOn: undefined },
      { id: 'H', stage: 2, status: 'won', amount: 300, created: 3, closedOn: 15 },
      { id: 'W', stage: 1, status: 'won', amount: 60, created: 3, closedOn: 15 },
      { id: 'O', stage: -1, status: 'open', amount: 10, created: 1, closedOn: undefined },
    ]);
    expect(cut.history.map((e) => `${e.dealId}@${e.day}`)).toEqual([
      'X@12',
      'H@8',
      'H@8',
      'H@12',
      'H@15',
      'H@16',
      'W@10',
    ]);
  });
});

describe('the data’s last day and every deal’s state', () => {
  it('reaches a closed deal’s Closed on when it is the latest date; an open deal’s is not read', () => {
    const deals = [
      { id: 'A', stage: 0, status: 'won' as const, amount: 1, created: 3, closedOn: 60 },
      { id: 'B', stage: 0, status: 'open' as const, amount: 1, created: 4, closedOn: 90 },
    ];
    expect(indexData({ deals, history: [] }).lastDay).toBe(60);
  });

  it('gives one state per deal, known or not', () => {
    const states = dealsAsOf(indexData(data), 11);
    expect(states).toHaveLength(data.deals.length);
    expect(states.map((s) => s !== undefined)).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});
