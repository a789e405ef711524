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

describe('findHeaderRow at its limits', () => {
  const filler = (n: number) => Array.from({ length: n }, () => ['x']);
  it('searches exactly the first ten rows: a header on row 10 is found, on row 11 not', () => {
    expect(findHeaderRow([...filler(9), ['Deal', 'Stage']], score)).toBe(9);
    expect(findHeaderRow([...filler(10), ['Deal', 'Stage']], score)).toBeUndefined();
  });
  it('takes the earliest of rows naming as many columns, and none without the required one', () => {
    expect(
      findHeaderRow(
        [
          ['Deal', 'Stage'],
          ['Stage', 'Amount'],
        ],
        score,
      ),
    ).toBe(0);
    expect(findHeaderRow([['Deal', 'Amount', 'Owner']], score)).toBeUndefined();
    expect(findHeaderRow([], score)).toBeUndefined();
  });
});

describe('chooseDealsSheet in every case', () => {
  it('chooses nothing among no sheets, and the only sheet without a reason to weigh', () => {
    expect(chooseDealsSheet([])).toBeUndefined();
    expect(chooseDealsSheet([{ name: 'Old deals', rows: 0 }])).toEqual({
      chosen: { name: 'Old deals', rows: 0 },
      reason: 'only',
    });
  });
  it('recognises archive names in English and Korean', () => {
    for (const name of [
      'Backup',
      'OLD',
      'History 2023',
      '보관',
      '백업',
      '이전 딜',
      '지난해',
      '과거',
    ])
      expect(
        chooseDealsSheet([
          { name, rows: 90 },
          { name: 'Deals', rows: 1 },
        ])?.chosen.name,
      ).toBe('Deals');
  });
  it('weighs archives among themselves when every sheet is one', () => {
    expect(
      chooseDealsSheet([
        { name: 'archive 2022', rows: 5, latestDay: 10 },
        { name: 'archive 2023', rows: 1, latestDay: 20 },
      ]),
    ).toEqual({ chosen: { name: 'archive 2023', rows: 1, latestDay: 20 }, reason: 'recent' });
  });
  it('weighs only live sheets when two or more are live', () => {
    expect(
      chooseDealsSheet([
        { name: 'backup', rows: 900, latestDay: 300 },
        { name: 'A', rows: 5, latestDay: 100 },
        { name: 'B', rows: 9, latestDay: 200 },
      ]),
    ).toEqual({ chosen: { name: 'B', rows: 9, latestDay: 200 }, reason: 'recent' });
  });
  it('does not call one dated sheet the most recent when the others have no dates', () => {
    expect(
      chooseDealsSheet([
        { name: 'A', rows: 5, latestDay: 100 },
        { name: 'B', rows: 9 },
      ]),
    ).toEqual({ chosen: { name: 'B', rows: 9 }, reason: 'rows' });
  });
  it('falls to rows on equal latest dates, and to the first on equal rows', () => {
    expect(
      chooseDealsSheet([
        { name: 'A', rows: 5, latestDay: 100 },
        { name: 'B', rows: 9, latestDay: 100 },
      ])?.reason,
    ).toBe('rows');
    expect(
      chooseDealsSheet([
        { name: 'A', rows: 9 },
        { name: 'B', rows: 9 },
        { name: 'C', rows: 2 },
      ]),
    ).toEqual({ chosen: { name: 'A', rows: 9 }, reason: 'first' });
  });
});
