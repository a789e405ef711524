// Tables for the small rules: Deal IDs, A1 references, text kept as text, stage defaults, days in stage, report day.
import { columnLetter, quotedSheet } from '../../src/core/a1';
import { dayNumber } from '../../src/core/dates';
import { daysInStage } from '../../src/core/days-in-stage';
import { dealIdNumber, formatDealId, nextDealNumber, planDealIds } from '../../src/core/deal-ids';
import type { Deal } from '../../src/core/deals';
import { planDefaultProbabilities } from '../../src/core/probability-defaults';
import { isoDate, reportDate, startOfDay } from '../../src/core/report-day';
import { toSheetRows, toSheetText } from '../../src/core/sheet-text';
import { DEFAULT_STAGES } from '../../src/core/stages';

describe('Deal IDs', () => {
  it.each([
    ['D-0042', 42],
    ['d-7', 7],
    ['D0009', 9],
    [' D-0100 ', 100],
    ['D-0', 0],
    ['X-0042', undefined],
    ['D-42a', undefined],
    ['', undefined],
    [42, undefined],
    [null, undefined],
  ])('%p is number %p', (id, n) => {
    expect(dealIdNumber(id)).toBe(n);
  });

  it.each([
    [1, 'D-0001'],
    [9999, 'D-9999'],
    [10000, 'D-10000'],
  ])('number %p is written %p', (n, id) => {
    expect(formatDealId(n)).toBe(id);
  });

  it.each([
    [[], undefined, 1],
    [[], 0, 1],
    [[], -3, 1],
    [[], Number.NaN, 1],
    [[], 5.7, 5],
    [['D-0004'], 5, 5],
    [['D-0005'], 5, 6],
    [['D-0009', 'X-99', ''], 5, 10],
    [['D-0002', 'D-0007', 'D-0003'], undefined, 8],
  ])('ids %j with stored %p: next is %p', (ids, stored, next) => {
    expect(nextDealNumber(ids, stored)).toBe(next);
  });

  it('assigns the next numbers to deals without an ID, in column order, and skips blank rows', () => {
    const ids = ['D-0003', '', '  ', null, 'custom', ''];
    const isDeal = (i: number) => i !== 3;
    const { assigned, next } = planDealIds(ids, isDeal, 2);
    expect([...assigned]).toEqual([
      [1, 'D-0004'],
      [2, 'D-0005'],
      [5, 'D-0006'],
    ]);
    expect(next).toBe(7);
    expect(planDealIds(['D-0001'], () => true, 9)).toEqual({ assigned: new Map(), next: 9 });
  });
});

describe('A1 references', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [0, ''],
  ])('column %p is %p', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });

  it('quotes sheet names, doubling single quotes', () => {
    expect(quotedSheet('Deals')).toBe("'Deals'");
    expect(quotedSheet("Kim's deals")).toBe("'Kim''s deals'");
    expect(quotedSheet('딜')).toBe("'딜'");
  });
});

describe('text written to a sheet stays text', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+82 10 1234', "'+82 10 1234"],
    ['-5', "'-5"],
    ['@mention', "'@mention"],
    ["'quoted", "''quoted"],
    ['2026-03-01', "'2026-03-01"],
    ['.5', "'.5"],
    ['$100', "'$100"],
    ['₩5,000', "'₩5,000"],
    ['€1', "'€1"],
    ['£1', "'£1"],
    ['¥1', "'¥1"],
    ['  =1', "'  =1"],
    ['TRUE', "'TRUE"],
    [' false ', "' false "],
    ['Trueman Co', 'Trueman Co'],
    ['ERP 2026', 'ERP 2026'],
    ['', ''],
  ])('%p is written %p', (text, written) => {
    expect(toSheetText(text)).toBe(written);
  });

  it('leaves numbers, booleans and dates as they are, in new rows', () => {
    const day = new Date(2026, 0, 1);
    const rows = [[1, true, day, '=x']];
    const safe = toSheetRows(rows);
    expect(safe).toEqual([[1, true, day, "'=x"]]);
    expect(rows[0][3]).toBe('=x');
  });
});

describe('stage default probabilities', () => {
  const deal = (row: number, over: Partial<Deal>) =>
    ({ row, stage: 2, status: 'open', probability: undefined, ...over }) as Deal;

  it('fills blank probabilities of open deals in a known stage only', () => {
    const updates = planDefaultProbabilities(
      [
        deal(2, {}),
        deal(3, { stage: 0 }),
        deal(4, { probability: 0 }),
        deal(5, { status: 'won' }),
        deal(6, { status: 'lost' }),
        deal(7, { stage: -1 }),
        deal(8, { stage: 6 }),
      ],
      DEFAULT_STAGES,
    );
    expect([...updates]).toEqual([
      [2, 0.4],
      [3, 0.1],
    ]);
  });
});

describe('DAYS_IN_STAGE', () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00`);
  it.each([
    ['the same day', d('2026-03-10'), 0],
    ['one day before', d('2026-03-09'), 1],
    ['a day after as_of (a typo shows up)', d('2026-03-11'), -1],
    ['a blank', '', ''],
  ])('entered %s', (_name, entered, days) => {
    expect(daysInStage([[entered]], d('2026-03-10'))).toEqual([[days]]);
  });

  it('is blank for closed deals, follows each row and ends at the last open deal', () => {
    const entered = [[d('2026-03-01')], [d('2026-03-01')], [d('2026-03-05')], [d('2026-03-01')]];
    const statuses = [['Open'], ['Won'], [''], ['실패']];
    expect(daysInStage(entered, d('2026-03-10'), statuses)).toEqual([[9], [''], [5]]);
    expect(() => daysInStage(entered, d('2026-03-10'), [['Open']])).toThrow(
      /statuses has 1 rows but stage_entered has 4/,
    );
  });
});

describe('the report date', () => {
  it.each([
    ['Asia/Seoul', '2026-03-10T14:59:00Z', '2026-03-09T15:00:00.000Z', '2026-03-10'],
    ['Asia/Seoul', '2026-03-10T15:00:00Z', '2026-03-10T15:00:00.000Z', '2026-03-11'],
    ['America/Los_Angeles', '2026-03-10T06:59:00Z', '2026-03-09T07:00:00.000Z', '2026-03-09'],
    ['America/Los_Angeles', '2026-03-10T07:00:00Z', '2026-03-10T07:00:00.000Z', '2026-03-10'],
    ['UTC', '2026-03-10T00:00:00Z', '2026-03-10T00:00:00.000Z', '2026-03-10'],
  ])('in %s at %s: midnight is %s (%s)', (zone, now, midnight, iso) => {
    const at = new Date(now);
    expect(reportDate(at, zone).toISOString()).toBe(midnight);
    expect(isoDate(at, zone)).toBe(iso);
  });

  it('starts a day whose midnight a clock change skips at its first hour', () => {
    // Santiago moved clocks from 00:00 to 01:00 on 2026-09-06.
    const day = dayNumber(new Date('2026-09-06T12:00:00Z'), 'America/Santiago');
    const start = startOfDay(day, 'America/Santiago');
    expect(start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(isoDate(start, 'America/Santiago')).toBe('2026-09-06');
    expect(isoDate(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2026-09-05');
  });
});
