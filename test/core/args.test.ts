// Custom-function arguments at their boundaries: what each cell becomes, and the exact error otherwise.
import { runInNewContext } from 'node:vm';
import {
  ArgumentError,
  dayReader,
  readAmount,
  readColumn,
  readDateCell,
  readDay,
  readPositive,
  readProbability,
  readSingle,
  readStatuses,
  requireSameLength,
  show,
  statusReader,
} from '../../src/core/args';
import { isWonLabel, readStage, readStageOrder, readStageRows } from '../../src/core/stage-args';

const FN = 'FN';
/** The error message a call throws (English · Korean), or the value it returns. */
function outcome<T>(call: () => T): T | string {
  try {
    return call();
  } catch (e) {
    expect(e).toBeInstanceOf(ArgumentError);
    expect((e as Error).name).toBe('ArgumentError');
    return (e as Error).message;
  }
}

describe('show', () => {
  it.each([
    ['Open', '"Open"'],
    [12.5, '12.5'],
    [true, 'true'],
    [null, 'null'],
    [new Date(2026, 2, 9, 23, 59), '2026-03-09'],
    [new Date(2026, 10, 30), '2026-11-30'],
  ])('%p is shown as %p', (value, shown) => {
    expect(show(value as never)).toBe(shown);
  });

  it('shows a date made in another script context (as a local runtime passes it) as a day', () => {
    const foreign = runInNewContext('new Date(2026, 2, 9, 8, 30)');
    expect(foreign instanceof Date).toBe(false);
    expect(show(foreign)).toBe('2026-03-09');
  });
});

describe('ranges', () => {
  it('reads one cell, one column or one row top to bottom', () => {
    expect(readColumn(FN, 'a', 5)).toEqual([5]);
    expect(readColumn(FN, 'a', [[1], [2], [3]])).toEqual([1, 2, 3]);
    expect(readColumn(FN, 'a', [[1, 2, 3]])).toEqual([1, 2, 3]);
    expect(readColumn(FN, 'a', [[]])).toEqual([]);
    expect(readColumn(FN, 'a', [1, 2] as never)).toEqual([1, 2]);
    expect(readColumn(FN, 'a', [7] as never)).toEqual([7]);
  });

  it('a block of two columns names its size', () => {
    expect(outcome(() => readColumn(FN, 'amounts', [[1], [2, 3]]))).toBe(
      'FN: amounts is 2×2 cells — pick a single column · FN: amounts 범위가 2×2칸입니다 — 한 열만 선택하세요',
    );
  });

  it('a single-cell argument refuses a range', () => {
    expect(readSingle(FN, 't', 9)).toBe(9);
    expect(readSingle(FN, 't', [[9]])).toBe(9);
    expect(outcome(() => readSingle(FN, 't', [[1, 2]]))).toBe(
      'FN: t must be a single cell, not a range · FN: t 범위가 아니라 셀 하나여야 합니다',
    );
    expect(outcome(() => readSingle(FN, 't', [[1], [2]]))).toMatch(/^FN: t must be a single cell/);
  });

  it('parallel ranges must have the same rows; a left-out one is fine', () => {
    expect(() =>
      requireSameLength(FN, ['a', [1, 2]], ['b', [3, 4]], ['c', undefined]),
    ).not.toThrow();
    expect(outcome(() => requireSameLength(FN, ['a', [1, 2]], ['b', [3, 4]], ['c', [5]]))).toBe(
      'FN: c has 1 rows but a has 2 — pick ranges of the same rows · FN: c 1행인데 a는 2행입니다 — 같은 행 범위를 선택하세요',
    );
  });
});

describe('amounts', () => {
  it.each([
    ['', 0],
    [null, 0],
    [undefined, 0],
    [0, 0],
    [1, 1],
    [0.5, 0.5],
    [
      -1,
      'FN: amounts row 3 is -1 — amounts cannot be negative · FN: amounts 3행 값 -1 — 금액은 음수일 수 없습니다',
    ],
    [
      '1,000',
      'FN: amounts row 3 is "1,000" — write a number (blank counts as 0) · FN: amounts 3행 값 "1,000" — 숫자를 입력하세요 (빈 칸은 0)',
    ],
    [
      Number.POSITIVE_INFINITY,
      'FN: amounts row 3 is Infinity — write a number (blank counts as 0) · FN: amounts 3행 값 Infinity — 숫자를 입력하세요 (빈 칸은 0)',
    ],
    [
      true,
      'FN: amounts row 3 is true — write a number (blank counts as 0) · FN: amounts 3행 값 true — 숫자를 입력하세요 (빈 칸은 0)',
    ],
  ])('%p → %p', (cell, expected) => {
    expect(outcome(() => readAmount(FN, 'amounts', cell as never, 3))).toBe(expected);
  });
});

describe('probabilities', () => {
  it.each([
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    [0, 0],
    [1, 1],
    [0.35, 0.35],
    [1.5, 'FN: p row 2 is 1.5 — write 1.5% (0.015) · FN: p 2행 값 1.5 — 1.5% (0.015)로 입력하세요'],
    [30, 'FN: p row 2 is 30 — write 30% (0.3) · FN: p 2행 값 30 — 30% (0.3)로 입력하세요'],
    [
      -0.1,
      'FN: p row 2 is -0.1 — write a probability from 0% to 100% · FN: p 2행 값 -0.1 — 0%에서 100% 사이의 확률을 입력하세요',
    ],
    [
      '40%',
      'FN: p row 2 is "40%" — write a probability such as 40% (0.4) · FN: p 2행 값 "40%" — 40% (0.4)처럼 확률을 입력하세요',
    ],
  ])('%p → %p', (cell, expected) => {
    expect(outcome(() => readProbability(FN, 'p', cell as never, 2))).toBe(expected);
  });
});

describe('positive single numbers', () => {
  it.each([
    [1, 1],
    [0.01, 0.01],
    [0, 'FN: target is 0 — it must be greater than 0 · FN: target 값 0 — 0보다 커야 합니다'],
    [-5, 'FN: target is -5 — it must be greater than 0 · FN: target 값 -5 — 0보다 커야 합니다'],
    [
      '',
      'FN: target is "" — write a number greater than 0 · FN: target 값 "" — 0보다 큰 숫자를 입력하세요',
    ],
    [
      Number.NaN,
      'FN: target is NaN — write a number greater than 0 · FN: target 값 NaN — 0보다 큰 숫자를 입력하세요',
    ],
  ])('%p → %p', (cell, expected) => {
    expect(outcome(() => readPositive(FN, 'target', cell as never))).toBe(expected);
  });
});

describe('dates', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

  it.each([
    ['a Date late in the day', new Date(2026, 2, 9, 23, 59), day('2026-03-09')],
    ['serial 0 (1899-12-30)', 0, day('1899-12-30')],
    ['serial 1', 1, day('1899-12-31')],
    ['serial 46090.75 (a time of day)', 46090.75, day('2026-03-09')],
    ['a blank', '', undefined],
    ['a blank passed as null', null, undefined],
    ['a left-out argument', undefined, undefined],
  ])('%s', (_name, cell, expected) => {
    expect(readDay(FN, 'd', cell as never)).toBe(expected);
  });

  it('refuses text and invalid dates, naming the row when there is one', () => {
    const message = 'is "2026-03-09" — write a date such as 2026-03-31';
    expect(outcome(() => readDay(FN, 'd', '2026-03-09', 4))).toMatch(`FN: d row 4 ${message}`);
    expect(outcome(() => readDay(FN, 'd', new Date(Number.NaN)))).toMatch(
      /^FN: d is Invalid Date|^FN: d is NaN/,
    );
    expect(outcome(() => readDateCell(FN, 'as_of', ''))).toBe(
      'FN: as_of is blank — write a date such as 2026-03-31 or point to the report_date cell · FN: as_of 값이 비어 있습니다 — 2026-03-31처럼 날짜를 입력하거나 report_date 셀을 지정하세요',
    );
    expect(readDateCell(FN, 'as_of', [[new Date(2026, 0, 2)]])).toBe(day('2026-01-02'));
  });

  it('a column reader gives each moment its day, repeated or not', () => {
    const read = dayReader(FN, 'd');
    const a = new Date(2026, 0, 1, 10);
    expect([
      read(a, 1),
      read(new Date(a), 2),
      read(new Date(2026, 0, 2), 3),
      read(3, 4),
      read('', 5),
    ]).toEqual([
      day('2026-01-01'),
      day('2026-01-01'),
      day('2026-01-02'),
      day('1900-01-02'),
      undefined,
    ]);
    expect(outcome(() => read(new Date(Number.NaN), 6))).toMatch(/^FN: d row 6 is/);
  });
});

describe('statuses', () => {
  it('reads each text once, and still names the row of every bad cell', () => {
    const read = statusReader(FN, 's');
    expect([
      read('Won', 1),
      read('won', 2),
      read('Won', 3),
      read('', 4),
      read(' 실패 ', 5),
    ]).toEqual(['won', 'won', 'won', 'open', 'lost']);
    expect(outcome(() => read('Paused', 6))).toBe(
      'FN: s row 6 is "Paused" — write Open, Won or Lost (진행, 성사, 실패) · FN: s 6행 값 "Paused" — 진행, 성사, 실패 (Open, Won, Lost) 중 하나를 입력하세요',
    );
    expect(outcome(() => read('Paused', 9))).toMatch(/^FN: s row 9 is "Paused"/);
    expect(outcome(() => read(3, 7))).toMatch(/^FN: s row 7 is 3 — write Open/);
  });

  it('a left-out statuses argument is undefined; a given one is read per row', () => {
    expect(readStatuses(FN, 's', undefined)).toBeUndefined();
    expect(readStatuses(FN, 's', '')).toBeUndefined();
    expect(readStatuses(FN, 's', [['Open'], ['성사']])).toEqual(['open', 'won']);
  });
});

describe('stage arguments', () => {
  it('knows Won in either language as the status, not a stage', () => {
    expect(['Won', ' won ', '성사', 'WON'].map(isWonLabel)).toEqual([true, true, true, true]);
    expect(['Closing', 'Wonder', ''].map(isWonLabel)).toEqual([false, false, false]);
  });

  it('reads a stage cell, a blank as -1, and lists the stages for anything else', () => {
    const order = readStageOrder(FN, 'stage_order', undefined);
    expect(readStage(FN, 'from', ' 협상 ', order)).toBe(3);
    expect(readStage(FN, 'from', '', order)).toBe(-1);
    expect(outcome(() => readStage(FN, 'from', 3, order, 5))).toBe(
      'FN: from row 5 is 3 — write one of Prospecting, Qualification, Proposal, Negotiation, Closing, Retention · FN: from 5행 값 3 — 다음 중 하나를 입력하세요: 잠재 고객 발굴, 고객 자격 평가, 제안 및 견적, 협상, 계약 성사, 관계 유지 및 재구매 유도',
    );
  });

  it('a blank stage is an empty row unless the row has a status', () => {
    const order = readStageOrder(FN, 'stage_order', undefined);
    expect([...readStageRows(FN, ['Proposal', '', ''], ['Open', '', null], order)]).toEqual([
      2, -1, -1,
    ]);
    expect([...readStageRows(FN, ['', 'Closing'], undefined, order)]).toEqual([-1, 4]);
    expect(outcome(() => readStageRows(FN, ['Proposal', ''], ['Open', 'Won'], order))).toBe(
      'FN: stages row 2 is blank but the deal has status "Won" — write its stage · FN: stages 2행 값이 비어 있지만 상태가 "Won"입니다 — 단계를 입력하세요',
    );
  });

  it('a stage_order of two columns pairs the labels; one column keeps a default stage’s both labels', () => {
    const pairs = readStageOrder(FN, 'o', [
      ['Lead', '리드'],
      ['', ''],
      ['Deal', ''],
    ]);
    expect(pairs.custom).toBe(true);
    expect(pairs.stages).toEqual([
      { en: 'Lead', ko: '리드' },
      { en: 'Deal', ko: 'Deal' },
    ]);
    expect([pairs.indexOf('리드'), pairs.languageOf('리드'), pairs.languageOf('lead')]).toEqual([
      0,
      'ko',
      'en',
    ]);
    const column = readStageOrder(FN, 'o', [['Proposal'], [''], ['Pilot']]);
    expect(column.stages).toEqual([
      { en: 'Proposal', ko: '제안 및 견적', written: 'Proposal' },
      { en: 'Pilot', ko: 'Pilot', written: 'Pilot' },
    ]);
    expect(column.indexOf('제안 및 견적')).toBe(0);
    expect(column.indexOf('Closing')).toBe(-1);
    expect(column.languageOf('Closing')).toBeUndefined();
  });

  it.each([
    [[['Lead'], ['lead']], 'FN: o row 2 is "lead", the same stage as row 1 — list each stage once'],
    [[['Proposal'], ['제안 및 견적']], 'FN: o row 2 is "제안 및 견적", the same stage as row 1'],
    [
      [
        ['Lead', '리드'],
        ['리드', 'Deal'],
      ],
      'FN: o row 2 is "리드", the same stage as row 1',
    ],
    [[['Lead'], ['Won']], 'FN: o row 2 is "Won" — that is a status, not a stage; list stages only'],
    [[['Lead'], [3]], 'FN: o row 2 is 3 — write a stage name such as Proposal'],
    [[[''], ['']], 'FN: o has no stage names — pick the range that lists your stages in order'],
  ])('stage_order %j: %s', (value, message) => {
    expect(outcome(() => readStageOrder(FN, 'o', value as never))).toMatch(
      new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it('a stage listed with the same text in both label columns is one stage', () => {
    expect(readStageOrder(FN, 'o', [['Lead', 'Lead']]).stages).toEqual([
      { en: 'Lead', ko: 'Lead' },
    ]);
  });
});
