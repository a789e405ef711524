// WINRATE by count and by amount.
import { closedWinRate } from '../../src/core/winrate';
import { messageOf, twoByTwo } from './thrown';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;

describe('closedWinRate', () => {
  it('is Won ÷ (Won + Lost), ignoring Open and blank rows', () => {
    expect(closedWinRate(col('Won', 'Lost', 'Lost', 'Open', '', '성사'))).toBe(2 / 4);
  });

  it('weights by amount when amounts are given', () => {
    expect(closedWinRate(col('Won', 'Lost', 'Open'), col(300, 100, 1000))).toBe(0.75);
  });

  it('accepts a single cell', () => {
    expect(closedWinRate('Won')).toBe(1);
    expect(closedWinRate('실패')).toBe(0);
  });

  it('errors when nothing is closed (all open, or an empty range)', () => {
    expect(() => closedWinRate(col('Open', ''))).toThrow(
      /WINRATE: statuses has no Won or Lost rows/,
    );
    expect(() => closedWinRate(col('', ''))).toThrow(/nothing is closed yet/);
  });

  it('errors when the closed amounts add up to 0', () => {
    expect(() => closedWinRate(col('Won', 'Lost'), col(0, ''))).toThrow(
      /WINRATE: amounts add up to 0/,
    );
  });

  it('names the row of an unknown status and both ranges of different lengths', () => {
    expect(() => closedWinRate(col('Won', 'Pending'))).toThrow(
      /statuses row 2 is "Pending" — write Open, Won or Lost/,
    );
    expect(() => closedWinRate(col('Won', 'Lost'), col(1))).toThrow(
      /amounts has 1 rows but statuses has 2/,
    );
  });
});

describe('argument errors name WINRATE, the argument and the row in both languages', () => {
  it.each([
    [
      'statuses two columns wide',
      () => closedWinRate(twoByTwo),
      'WINRATE: statuses is 2×2 cells — pick a single column · WINRATE: statuses 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'amounts two columns wide',
      () => closedWinRate(col('Won', 'Lost'), twoByTwo),
      'WINRATE: amounts is 2×2 cells — pick a single column · WINRATE: amounts 범위가 2×2칸입니다 — 한 열만 선택하세요',
    ],
    [
      'a negative amount on an open row 1',
      () => closedWinRate(col('Open', 'Lost'), col(-1, 5)),
      'WINRATE: amounts row 1 is -1 — amounts cannot be negative · WINRATE: amounts 1행 값 -1 — 금액은 음수일 수 없습니다',
    ],
  ])('%s', (_case, call, message) => {
    expect(messageOf(call)).toBe(message);
  });
});
