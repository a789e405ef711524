// CSV exports as Excel and CRMs write them: encodings, delimiters and quoting are read back exactly.
import { decodeCsv, detectDelimiter, parseCsv, readCsv } from '../../scripts/csv-file';

const KOREAN = [
  ['딜', '단계', '금액'],
  ['삼성 납품', '제안', '1,200,000원'],
];

describe('readCsv', () => {
  it('reads CP949 bytes as Korean Excel writes them', () => {
    // "딜,단계,금액\r\n삼성 납품,제안,\"1,200,000원\"\r\n" encoded in code page 949.
    const bytes = Buffer.from(
      'b5f42cb4dcb0e82cb1ddbed70d0abbefbcba20b3b3c7b02cc1a6bec82c22312c3230302c303030bff8220d0a',
      'hex',
    );
    expect(readCsv(bytes)).toEqual({ rows: KOREAN, encoding: 'euc-kr', delimiter: ',' });
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    const text = '딜;단계;금액\n삼성 납품;제안;1,200,000원\n';
    const plain = Buffer.from(text, 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const bytes of [plain, bom, utf16]) expect(readCsv(bytes).rows).toEqual(KOREAN);
    expect(readCsv(bom).delimiter).toBe(';');
    expect(decodeCsv(bom).text.startsWith('딜')).toBe(true);
  });

  it('detects tabs, semicolons and commas, ignoring those inside quotes', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('"a,b";c\n"1,2";3\n')).toBe(';');
    expect(detectDelimiter('a,b\n1,2\n')).toBe(',');
  });

  it('keeps quoted commas, doubled quotes and line breaks, and pads short rows', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\r\n1\n\n', ',')).toEqual([['a', 'b, "c"\nd', 'e'], ['1']]);
    expect(readCsv(Buffer.from('a,b,c\n1\n')).rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ]);
  });
});
