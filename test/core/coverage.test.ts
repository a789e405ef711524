// COVERAGE in the pure core.
import { ArgumentError } from '../../src/core/args';
import { coverageRatio } from '../../src/core/coverage';
import { messageOf, twoByTwo } from './thrown';

describe('coverageRatio', () => {
  it('counts only open rows when statuses are given; blank status is open', () => {
    expect(coverageRatio([[100], [200], [300]], 200, [['Open'], ['Won'], ['']])).toBe(2);
  });

  it('counts every row without statuses; blank amount is 0', () => {
    expect(coverageRatio([[100], [''], [300]], 100)).toBe(4);
  });

  it('reads Korean statuses, any case and spacing', () => {
    expect(coverageRatio([[1], [2], [4]], 1, [['진행'], [' 실패 '], ['OPEN']])).toBe(5);
  });

  it('supports the remaining-quota form (target minus won)', () => {
    // 1,000 target, 400 won → remaining 600; open 900 → 1.5×
    expect(coverageRatio([[400], [500], [400]], 1000 - 400, [['Won'], ['Open'], ['Open']])).toBe(
      1.5,
    );
  });

  it('treats an empty range of blanks as zero coverage', () => {
    expect(coverageRatio([[''], ['']], 10)).toBe(0);
  });

  it.each([
    [0, /target is 0 — it must be greater than 0/],
    [-5, /target is -5 — it must be greater than 0/],
    ['abc', /target is "abc" — write a number greater than 0/],
    [[[1], [2]], /target must be a single cell/],
  ])('rejects target %p', (target, message) => {
    expect(() => coverageRatio([[1]], target as never)).toThrow(message);
  });

  it('names the row of an amount typed as text', () => {
    expect(() => coverageRatio([[1], ['1,000원']], 10)).toThrow(ArgumentError);
    expect(() => coverageRatio([[1], ['1,000원']], 10)).toThrow(
      /COVERAGE: amounts row 2 is "1,000원" — write a number/,
    );
  });

  it('names the row of an unknown status', () => {
    expect(() => coverageRatio([[1], [2]], 10, [['Open'], ['Maybe']])).toThrow(
      /statuses row 2 is "Maybe"/,
    );
  });

  it('refuses a range wider than one column', () => {
    expect(() =>
      coverageRatio(
        [
          [1, 2],
          [3, 4],
        ],
        10,
      ),
    ).toThrow(/amounts is 2×2 cells — pick a single column/);
  });
});

describe('argument errors name COVERAGE, the argument and the row in both languages', () => {
  it.each([
    [
      'statuses shorter than amounts',
      () => coverageRatio([[1], [2]], 10, [['Open']]),
      'COVERAGE: statuses has 1 rows but amounts has 2 — pick ranges of the same rows · COVERAGE: statuses 1행인데 amounts는 2행입니다 — 같은 행 범위를 선택하세요',
    ],
    [
      'statuses two columns wide',
      () => coverageRatio([[1], [2]], 10, twoByTwo),
      'COVERAGE: statuses is 2×2 cells — pick a single column · COVERAGE: statuses 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
  ])('%s', (_case, call, message) => {
    expect(messageOf(call)).toBe(message);
  });
});
