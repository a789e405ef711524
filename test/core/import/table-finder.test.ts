// The header row is found below titles, and the live deals sheet is chosen over an archive by rule.
import { chooseDealsSheet, findHeaderRow } from '../../../src/core/import/table-finder';

const score = (row: readonly unknown[]) => {
  const known = new Set(['deal', 'stage', 'amount', 'owner']);
  const names = row.map((v) => String(v).toLowerCase());
  return {
    recognised: names.filter((n) => known.has(n)).length,
    missingRequired: ['stage'].filter((f) => !names.includes(f)),
  };
};

describe('findHeaderRow', () => {
  it('finds the header on row 3 under a title and a blank row', () => {
    expect(
      findHeaderRow(
        [['2024 영업 현황'], [], ['Deal', 'Stage', 'Amount'], ['A', 'Proposal', 5]],
        score,
      ),
    ).toBe(2);
  });
  it('prefers the row naming most columns and gives up after the first rows', () => {
    expect(findHeaderRow([['Stage'], ['Deal', 'Stage', 'Owner']], score)).toBe(1);
    const deep = [...Array.from({ length: 10 }, () => ['x']), ['Deal', 'Stage']];
    expect(findHeaderRow(deep, score)).toBeUndefined();
  });
});

describe('chooseDealsSheet', () => {
  it('takes the live sheet over one named as an archive', () => {
    const r = chooseDealsSheet([
      { name: '2023 archive', rows: 900 },
      { name: 'Pipeline', rows: 40 },
    ]);
    expect(r).toEqual({ chosen: { name: 'Pipeline', rows: 40 }, reason: 'named' });
  });
  it('takes the most recent dates, then the most rows', () => {
    expect(
      chooseDealsSheet([
        { name: 'A', rows: 900, latestDay: 100 },
        { name: 'B', rows: 40, latestDay: 200 },
      ])?.chosen.name,
    ).toBe('B');
    expect(
      chooseDealsSheet([
        { name: 'A', rows: 9 },
        { name: 'B', rows: 40 },
      ]),
    ).toEqual({
      chosen: { name: 'B', rows: 40 },
      reason: 'rows',
    });
  });
});
