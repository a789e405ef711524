// Settings cells at their boundaries: what each value becomes, and which ones are reported as problems.
import { cellDate, DEFAULT_SETTINGS, optionRows, parseSettings } from '../../src/core/settings';
import { DEFAULT_STAGES } from '../../src/core/stages';

/** Settings columns (1-based): stages A–D, options G (value) and H (key), targets J–L, holidays N. */
const COL = { en: 1, ko: 2, probability: 3, stallDays: 4, value: 7, key: 8 } as const;
const TARGET = { start: 10, end: 11, amount: 12 } as const;
const HOLIDAY = 14;

/** A Settings sheet: a header row, then one row per entry (cells by 1-based column). */
function sheet(...rows: Record<number, unknown>[]): unknown[][] {
  return [
    Array.from({ length: 14 }, () => 'header'),
    ...rows.map((cells) => Array.from({ length: 14 }, (_, c) => cells[c + 1] ?? '')),
  ];
}

const option = (key: string, value: unknown) =>
  parseSettings(sheet({ [COL.key]: key, [COL.value]: value }));

describe('stage rows', () => {
  const stage = (probability: unknown, stallDays: unknown, en = 'Proposal', ko = '') =>
    parseSettings(
      sheet({
        [COL.en]: en,
        [COL.ko]: ko,
        [COL.probability]: probability,
        [COL.stallDays]: stallDays,
      }),
    );

  it.each([
    [0, 0, []],
    [0.001, 0.001, []],
    [1, 1, []],
    ['', 0.4, []], // blank: Proposal's default
    [1.5, 0.4, [3]],
    [-0.1, 0.4, [3]],
    ['40%', 0.4, [3]],
  ])('probability %p reads as %p (problem columns %p)', (cell, expected, columns) => {
    const { settings, problems } = stage(cell, '');
    expect(settings.stages).toEqual([
      { en: 'Proposal', ko: 'Proposal', probability: expected, stallDays: 10 },
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual(columns.map((c) => [2, c]));
  });

  it.each([
    [0, 0, []],
    [1, 1, []],
    [2.4, 2, []],
    [2.5, 3, []],
    ['', 10, []], // blank: Proposal's default
    [-3, 10, [4]],
    ['ten', 10, [4]],
  ])('stall days %p read as %p (problem columns %p)', (cell, expected, columns) => {
    const { settings, problems } = stage('', cell);
    expect(settings.stages[0].stallDays).toBe(expected);
    expect(problems.map((p) => [p.row, p.column])).toEqual(columns.map((c) => [2, c]));
  });

  it('names the bad value in both languages', () => {
    const { problems } = stage(1.5, -3);
    expect(problems).toEqual([
      {
        row: 2,
        column: 3,
        en: 'probability 1.5 is not between 0% and 100%',
        ko: '확률 1.5은(는) 0%~100% 사이가 아닙니다',
      },
      {
        row: 2,
        column: 4,
        en: 'stall days -3 is not a number of days',
        ko: '정체 기준 -3은(는) 일 수가 아닙니다',
      },
    ]);
  });

  it('fills a missing label from the other language and finds defaults by either label', () => {
    const { settings } = parseSettings(
      sheet({ [COL.ko]: ' 협상 ' }, { [COL.en]: 'Closing' }, { [COL.en]: '  Pilot  ' }),
    );
    expect(settings.stages).toEqual([
      { en: '협상', ko: '협상', probability: 0.6, stallDays: 10 },
      { en: 'Closing', ko: 'Closing', probability: 0.8, stallDays: 7 },
      { en: 'Pilot', ko: 'Pilot', probability: 0, stallDays: 14 }, // a new stage: 0% and 14 days
    ]);
  });

  it('skips the header row and rows without a label, and keeps the six defaults when none is left', () => {
    const { settings, problems } = parseSettings(
      sheet({ [COL.probability]: 0.5, [COL.stallDays]: 3 }),
    );
    expect(problems).toEqual([]);
    expect(settings.stages).toEqual(DEFAULT_STAGES);
    expect(parseSettings([]).settings.stages).toEqual(DEFAULT_STAGES);
  });

  it('reads rows shorter than the layout and null cells as blank', () => {
    const { settings, problems } = parseSettings([[], ['Deal', null, null, null]]);
    expect(problems).toEqual([]);
    expect(settings.stages).toEqual([{ en: 'Deal', ko: 'Deal', probability: 0, stallDays: 14 }]);
  });
});

describe('target rows', () => {
  const start = new Date(2026, 0, 1);
  const target = (s: unknown, e: unknown, amount: unknown) =>
    parseSettings(sheet({ [TARGET.start]: s, [TARGET.end]: e, [TARGET.amount]: amount }));

  it.each([
    ['amount 1', start, new Date(2026, 0, 31), 1, true],
    ['one day (end = start)', start, start, 100, true],
    ['amount 0', start, new Date(2026, 0, 31), 0, false],
    ['a negative amount', start, new Date(2026, 0, 31), -5, false],
    ['an amount typed as text', start, new Date(2026, 0, 31), '100', false],
    ['an end before the start', start, new Date(2025, 11, 31), 100, false],
    ['no end', start, '', 100, false],
    ['no start', '', new Date(2026, 0, 31), 100, false],
    ['no amount', start, new Date(2026, 0, 31), '', false],
    ['only a start', start, '', '', false],
    ['only an end', '', new Date(2026, 0, 31), '', false],
    ['only an amount', '', '', 100, false],
    ['an impossible text date', '2026-02-30', '2026-03-31', 100, false],
  ])('%s: accepted %p', (_name, s, e, amount, accepted) => {
    const { settings, problems } = target(s, e, amount);
    expect(settings.targets.length).toBe(accepted ? 1 : 0);
    expect(problems.map((p) => [p.row, p.column, p.en])).toEqual(
      accepted
        ? []
        : [
            [
              2,
              10,
              'target row needs a start date, an end date on or after it, and an amount above 0',
            ],
          ],
    );
    if (!accepted)
      expect(problems[0].ko).toBe(
        '목표 행에는 시작일, 그 이후의 종료일, 0보다 큰 금액이 필요합니다',
      );
  });

  it('reads ISO text dates as those calendar days', () => {
    const { settings } = target('2026-04-01', '2026-06-30', 3e8);
    expect(settings.targets).toEqual([
      {
        start: new Date('2026-04-01T12:00:00Z'),
        end: new Date('2026-06-30T12:00:00Z'),
        amount: 3e8,
      },
    ]);
  });
});

describe('holidays', () => {
  it('reads dates and ISO text, and reports anything else in column N', () => {
    const day = new Date(2026, 4, 5);
    const { settings, problems } = parseSettings(
      sheet({ [HOLIDAY]: day }, { [HOLIDAY]: '2026-05-25' }, { [HOLIDAY]: 'Children’s Day' }),
    );
    expect(settings.holidays).toEqual([day, new Date('2026-05-25T12:00:00Z')]);
    expect(problems).toEqual([
      {
        row: 4,
        column: 14,
        en: 'holiday Children’s Day is not a date',
        ko: '휴일 Children’s Day은(는) 날짜가 아닙니다',
      },
    ]);
  });
});

describe('options', () => {
  /** The option's value after reading, or "problem" when it was reported (the default kept). */
  function read(key: string, value: unknown, field: keyof typeof DEFAULT_SETTINGS) {
    const { settings, problems } = option(key, value);
    if (problems.length > 0) {
      expect(settings[field]).toEqual(DEFAULT_SETTINGS[field]);
      expect(problems).toEqual([
        {
          row: 2,
          column: 7,
          en: `${key}: ${String(value)} is not valid; the default is used`,
          ko: `${key}: ${String(value)} 값이 올바르지 않아 기본값을 씁니다`,
        },
      ]);
      return 'problem';
    }
    return settings[field];
  }

  it.each([
    [0, 0],
    [1, 1],
    [23, 23],
    ['', 8],
    [24, 'problem'],
    [-1, 'problem'],
    [7.5, 'problem'],
    ['9', 'problem'],
  ])('alert_hour %p → %p', (value, expected) => {
    expect(read('alert_hour', value, 'alertHour')).toBe(expected);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2.4, 2],
    [14, 14],
    ['', 3],
    [-1, 'problem'],
    ['3 days', 'problem'],
  ])('cooldown_days %p → %p', (value, expected) => {
    expect(read('cooldown_days', value, 'cooldownDays')).toBe(expected);
  });

  it.each([
    ['usd', 'USD'],
    [' krw ', 'KRW'],
    ['EUR', 'EUR'],
    ['', 'KRW'],
    ['US$', 'problem'],
    ['USDT', 'problem'],
    [840, 'problem'],
  ])('currency %p → %p', (value, expected) => {
    expect(read('currency', value, 'currency')).toBe(expected);
  });

  it.each([
    ['en', 'en'],
    [' KO ', 'ko'],
    ['Auto', 'auto'],
    ['', 'auto'],
    ['fr', 'problem'],
    ['한국어', 'problem'],
  ])('language %p → %p', (value, expected) => {
    expect(read('language', value, 'language')).toBe(expected);
  });

  it.each([
    [true, true],
    [false, false],
    ['TRUE', true],
    [' yes ', true],
    ['Y', true],
    ['1', true],
    ['on', true],
    ['예', true],
    ['네', true],
    ['사용', true],
    ['', false],
    ['no', false],
    ['0', false],
    ['아니요', false],
    ['yes please', false],
    ['not on', false],
    [1, false],
  ])('business_days %p → %p', (value, expected) => {
    expect(read('business_days', value, 'businessDays')).toBe(expected);
  });

  it.each([
    ['', undefined],
    ['*', []],
    [' * ', []],
    ['acme.co.kr', ['acme.co.kr']],
    [' acme.co.kr , ', ['acme.co.kr']],
    ['@Acme.co.kr; partner.com  ,ops.io', ['acme.co.kr', 'partner.com', 'ops.io']],
  ])('allowed_domains %p → %p', (value, expected) => {
    expect(read('allowed_domains', value, 'allowedDomains')).toEqual(expected);
  });

  it('reads report_date from a date or ISO text, reports other text, and leaves a blank unset', () => {
    const day = new Date(2026, 2, 9);
    expect(read('report_date', day, 'reportDate')).toEqual(day);
    expect(read('report_date', '2026-03-09', 'reportDate')).toEqual(
      new Date('2026-03-09T12:00:00Z'),
    );
    expect(read('report_date', 'today', 'reportDate')).toBe('problem');
    expect(read('report_date', 45000, 'reportDate')).toBe('problem');
    expect(read('report_date', '', 'reportDate')).toBeUndefined();
  });

  it('trims the escalation address and the sender name; a blank keeps the default', () => {
    expect(read('escalation_email', ' lead@acme.co.kr ', 'escalationEmail')).toBe(
      'lead@acme.co.kr',
    );
    expect(read('escalation_email', '', 'escalationEmail')).toBe('');
    expect(read('sender_name', ' 영업팀 ', 'senderName')).toBe('영업팀');
    expect(read('sender_name', '', 'senderName')).toBe('Pipeline Sheet');
  });

  it('ignores unknown keys and values without a key', () => {
    expect(option('colour', 'blue').problems).toEqual([]);
    expect(parseSettings(sheet({ [COL.value]: 99 })).problems).toEqual([]);
    expect(option('  alert_hour  ', 6).settings.alertHour).toBe(6);
  });
});

describe('cellDate', () => {
  it('keeps a Date, reads ISO text at noon UTC, and refuses everything else', () => {
    const d = new Date(2026, 6, 1, 9, 30);
    expect(cellDate(d)).toBe(d);
    expect(cellDate(' 2026-07-01 ')).toEqual(new Date('2026-07-01T12:00:00Z'));
    expect(cellDate(new Date(Number.NaN))).toBeUndefined();
    expect(cellDate('2026-7-1')).toBeUndefined();
    expect(cellDate(46204)).toBeUndefined();
    expect(cellDate({ getTime: () => 0 })).toBeUndefined();
  });
});

describe('optionRows', () => {
  it('finds the sheet row of each option key, the first one winning, skipping the header', () => {
    const rows = optionRows(
      sheet(
        { [COL.key]: 'alert_hour', [COL.value]: 8 },
        { [COL.key]: '' },
        { [COL.key]: ' language ' },
        { [COL.key]: 'alert_hour' },
      ),
    );
    expect([...rows]).toEqual([
      ['alert_hour', 2],
      ['language', 4],
    ]);
    expect(optionRows([['Key', 'Key', 'Key', 'Key', 'Key', 'Key', 'Key', 'alert_hour']]).size).toBe(
      0,
    );
    expect(optionRows([[], [null, null, null, null, null, null, null, null]]).size).toBe(0);
  });
});
