// Deal IDs: which cells hold one, counters that cannot be used, and rows whose ID cell is empty.
import { dealIdNumber, nextDealNumber, planDealIds } from '../../src/core/deal-ids';

describe('dealIdNumber', () => {
  it.each<[unknown, number | undefined]>([
    ['D-0003', 3],
    [['D-0003'], undefined],
    [{ toString: () => 'D-0003' }, undefined],
    [3, undefined],
    [true, undefined],
  ])('%p holds number %p', (cell, n) => {
    expect(dealIdNumber(cell)).toBe(n);
  });
});

describe('nextDealNumber', () => {
  it.each([
    [Number.POSITIVE_INFINITY, 1],
    [Number.NEGATIVE_INFINITY, 1],
    [1, 1],
    [0.5, 1],
    [2, 2],
  ])('a stored counter of %p gives %p on an empty sheet', (stored, next) => {
    expect(nextDealNumber([], stored)).toBe(next);
  });

  it('goes past an ID equal to the counter, and ignores D-0 and other cells', () => {
    expect(nextDealNumber(['D-0002'], 2)).toBe(3);
    expect(nextDealNumber(['D-0'], undefined)).toBe(1);
    expect(nextDealNumber(['D-0001', 'ACME-9', 9], undefined)).toBe(2);
  });
});

describe('planDealIds', () => {
  it('gives an ID to a deal whose ID cell is empty, null or missing', () => {
    const { assigned, next } = planDealIds([null, undefined, '', ' '], () => true, undefined);
    expect([...assigned.values()]).toEqual(['D-0001', 'D-0002', 'D-0003', 'D-0004']);
    expect(next).toBe(5);
  });
});
