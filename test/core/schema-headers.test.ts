// Finding a table's columns by header: what a header's key ignores, which field wins, rows written and read.
import {
  buildRow,
  DEAL_COLUMNS,
  type DealField,
  dealColumn,
  type FieldSpec,
  fieldForHeader,
  fieldOf,
  findColumns,
  headerKey,
  headersOf,
  matchDealHeaders,
  placeColumns,
  readRecord,
  sheetNamesFor,
} from '../../src/core/schema';

describe('headerKey: what a header match ignores', () => {
  it.each([
    ['Amount', 'amount'],
    ['  AMOUNT  ', 'amount'],
    ['ＡＭＯＵＮＴ', 'amount'],
    ['Amount (USD)', 'amount'],
    ['Amount(USD)', 'amount'],
    ['Amount [KRW]', 'amount'],
    ['금액 (원)', '금액'],
    ['확률(%)', '확률'],
    ['Amount (USD) note', 'amount(usd)note'],
    ['(원)', '(원)'],
    ['[KRW]', '[krw]'],
    ['deal_stage', 'dealstage'],
    ['Deal-Stage', 'dealstage'],
    ['Deal.Stage', 'dealstage'],
    ['Amount*', 'amount'],
    ['Amount:', 'amount'],
    ['Next  step', 'nextstep'],
    ['', ''],
  ])('%p → %p', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe('fieldOf and fieldForHeader', () => {
  it.each<[unknown, DealField | undefined]>([
    ['Deal ID', 'dealId'],
    ['딜 ID', 'dealId'],
    ['opportunity_id', 'dealId'],
    ['금액 (원)', 'amount'],
    ['Amount (USD)', 'amount'],
    ['예상 마감일', 'expectedClose'],
    ['SNOOZE UNTIL:', 'snoozeUntil'],
    ['실패 사유', 'lostReason'],
    ['Notes', undefined],
    ['메모', undefined],
    ['', undefined],
    ['   ', undefined],
    [42, undefined],
    [null, undefined],
    [undefined, undefined],
  ])('Deals header %p is field %p', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('finds a field by its English, Korean or other header in any table', () => {
    const fields: FieldSpec<'a' | 'b'>[] = [
      { key: 'a', en: 'Alpha', ko: '알파' },
      { key: 'b', en: 'Beta', ko: '베타', synonyms: ['Second'] },
    ];
    expect(
      ['alpha', '알파', 'beta', '베타', 'second', 'third'].map((h) => fieldOf(fields, h)),
    ).toEqual(['a', 'a', 'b', 'b', 'b', undefined]);
    expect(headersOf(fields[1])).toEqual(['Beta', '베타', 'Second']);
    expect(headersOf(fields[0])).toEqual(['Alpha', '알파']);
  });
});

describe('findColumns', () => {
  const fields: FieldSpec<'a' | 'b' | 'c'>[] = [
    { key: 'a', en: 'Name', ko: '이름' },
    { key: 'b', en: 'Title', ko: '제목', synonyms: ['Name'] },
    { key: 'c', en: 'Amount', ko: '금액' },
  ];

  it('gives a header two fields answer to the first field, and a field two columns the first column', () => {
    expect(findColumns(fields, ['Name', 'Title', 'title', 'Amount'])).toEqual({
      columns: { a: 0, b: 1, c: 3 },
      matchedHeaders: { a: 'Name', b: 'Title', c: 'Amount' },
      missing: [],
    });
  });

  it('skips blank and non-text headers and lists missing fields in table order', () => {
    expect(findColumns(fields, ['', 7, null, '  ', '금액'])).toEqual({
      columns: { c: 4 },
      matchedHeaders: { c: '금액' },
      missing: ['a', 'b'],
    });
  });

  it('places missing log fields after the last header, in table order', () => {
    expect(placeColumns(fields, ['Memo', 'Amount'])).toEqual({ a: 2, b: 3, c: 1 });
    expect(placeColumns(fields, [])).toEqual({ a: 0, b: 1, c: 2 });
  });
});

describe('buildRow and readRecord', () => {
  it('writes each field at its column, blanks elsewhere, at least `width` wide', () => {
    expect(buildRow({ a: 2, b: 0 }, { a: 'x', b: 5 })).toEqual([5, '', 'x']);
    expect(buildRow({ a: 1 }, { a: 'x' }, 4)).toEqual(['', 'x', '', '']);
    expect(buildRow({ a: 3 }, { a: 'x' }, 2)).toEqual(['', '', '', 'x']);
    expect(buildRow({ a: 0, b: 1 }, { a: 'x' })).toEqual(['x', '']);
    expect(buildRow({ a: 0 }, { a: undefined })).toEqual([undefined]);
  });

  it('reads a blank for a column past the end of a short row', () => {
    expect(readRecord({ a: 0, b: 3 }, ['x'])).toEqual({ a: 'x', b: '' });
    expect(readRecord({ a: 0 }, [0])).toEqual({ a: 0 });
  });
});

describe('the Deals table', () => {
  it('gives each field its spec, and says which field it does not know', () => {
    expect(dealColumn('amount')).toMatchObject({ en: 'Amount', ko: '금액', kind: 'amount' });
    expect(dealColumn('amount').namedRange).toBe('deals_amount');
    expect(() => dealColumn('budget' as DealField)).toThrow('schema: unknown deal field budget');
    expect(DEAL_COLUMNS.map((c) => dealColumn(c.key))).toEqual(DEAL_COLUMNS);
  });

  it.each<[string[], DealField[]]>([
    [['Deal', 'Stage'], []],
    [['Deal ID', 'Stage'], []],
    [['회사', '단계'], []],
    [['Notes', 'Stage'], ['deal']],
    [['Deal', 'Notes'], ['stage']],
    [['Notes'], ['deal', 'stage']],
    [[], ['deal', 'stage']],
  ])('header %j misses %j', (header, missing) => {
    expect(matchDealHeaders(header).missingRequired).toEqual(missing);
  });
});

describe('sheet names', () => {
  it('prefers the sheet beside the user’s, then the usual names, then older ones', () => {
    expect(sheetNamesFor('history')).toEqual([
      'Pipeline stage history',
      '파이프라인 이력',
      'Stage history',
      '이력',
      'History',
      '단계 이력',
    ]);
    expect(sheetNamesFor('deals')).toEqual(['Pipeline deals', '파이프라인 딜', 'Deals', '딜']);
    expect(sheetNamesFor('forecastModel')).toEqual(['Forecast model', '예측 모델']);
  });
});
