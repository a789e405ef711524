// Duplicate detection across Korean and English company-name variants.
import { findDuplicates, normalizeName } from '../../src/core/duplicates';

describe('normalizeName', () => {
  it.each([
    ['(주)에이스테크', '에이스테크'],
    ['㈜ 에이스테크', '에이스테크'],
    ['에이스테크 주식회사', '에이스테크'],
    ['주식회사에이스테크', '에이스테크'],
    ['（주）에이스　테크', '에이스테크'], // full-width brackets and space
    ['ACME Inc.', 'acme'],
    ['Acme Co., Ltd.', 'acme'],
    ['ＡＣＭＥ  corp', 'acme'],
  ])('%p → %p', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps words that only contain a marker', () => {
    expect(normalizeName('Costco')).toBe('costco');
    expect(normalizeName('Incheon Port')).toBe('incheonport');
  });
});

describe('findDuplicates', () => {
  it('groups deals with the same company and deal name', () => {
    const deals = [
      { row: 2, company: '(주)에이스', name: 'ERP 구축' },
      { row: 3, company: '에이스 주식회사', name: 'erp구축' },
      { row: 4, company: '에이스', name: 'ERP 유지보수' },
      { row: 5, company: '베타', name: 'ERP 구축' },
      { row: 6, company: '㈜에이스', name: ' ERP  구축 ' },
      { row: 7, company: '', name: '' },
      { row: 8, company: '', name: '' },
    ];
    expect(findDuplicates(deals).map((g) => g.map((d) => d.row))).toEqual([[2, 3, 6]]);
  });
});
