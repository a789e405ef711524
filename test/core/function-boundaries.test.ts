// The cell functions at their edges: period bounds, statuses, blanks, ties and the errors users see.
import { conversionRate } from '../../src/core/conversion';
import { coverageRatio } from '../../src/core/coverage';
import { weightedForecast } from '../../src/core/forecast';
import { funnelTable } from '../../src/core/funnel';
import { reachedDepth, readReached } from '../../src/core/reached';
import { closedWinRate } from '../../src/core/winrate';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const d = (iso: string) => new Date(`${iso}T00:00:00`);

describe('FORECAST_WEIGHTED around the period', () => {
  const forecast = (close: unknown, status = 'Open', amount: unknown = 1000, p: unknown = 0.5) =>
    weightedForecast(
      col(amount),
      col(p),
      col(close),
      d('2026-04-01'),
      d('2026-06-30'),
      col(status),
    );

  it.each([
    ['the day before the start', '2026-03-31', 0],
    ['the first day', '2026-04-01', 500],
    ['the last day', '2026-06-30', 500],
    ['the day after the end', '2026-07-01', 0],
  ])('an open deal closing %s counts %p', (_name, iso, expected) => {
    expect(forecast(d(iso))).toBe(expected);
  });

  it.each([
    ['Won', 1000],
    ['성사', 1000],
    ['Lost', 0],
    ['', 500],
  ])('status %p inside the period counts %p', (status, expected) => {
    expect(forecast(d('2026-05-01'), status)).toBe(expected);
  });

  it('needs a probability only on open deals with an amount inside the period', () => {
    expect(forecast(d('2026-05-01'), 'Won', 1000, '')).toBe(1000);
    expect(forecast(d('2026-05-01'), 'Open', 0, '')).toBe(0);
    expect(forecast(d('2026-05-01'), 'Open', '', '')).toBe(0);
    expect(forecast(d('2026-08-01'), 'Open', 1000, '')).toBe(0);
    expect(forecast('', 'Open', 1000, '')).toBe(0);
    expect(() => forecast(d('2026-05-01'), 'Open', 1000, '')).toThrow(
      'FORECAST_WEIGHTED: probabilities row 1 is blank on an open deal — write its win probability (e.g. 40%), or pass a column that fills blanks with the stage default',
    );
  });

  it('without statuses every row is open; a one-day period works; an inverted one is an error', () => {
    const amounts = col(100, 200);
    const close = col(d('2026-04-01'), d('2026-04-02'));
    expect(weightedForecast(amounts, col(0.5, 1), close, d('2026-04-01'), d('2026-04-02'))).toBe(
      250,
    );
    expect(weightedForecast(amounts, col(0.5, 1), close, d('2026-04-02'), d('2026-04-02'))).toBe(
      200,
    );
    expect(() =>
      weightedForecast(amounts, col(0.5, 1), close, d('2026-04-02'), d('2026-04-01')),
    ).toThrow(
      'FORECAST_WEIGHTED: period_end is before period_start — write an end date on or after the start',
    );
  });

  it('names the argument whose rows differ', () => {
    expect(() =>
      weightedForecast(
        col(1, 2),
        col(0.5, 0.5),
        col(d('2026-04-01')),
        d('2026-04-01'),
        d('2026-04-02'),
      ),
    ).toThrow(/close_dates has 1 rows but amounts has 2/);
  });
});

describe('WINRATE', () => {
  it.each([
    [['Won'], 1],
    [['Lost'], 0],
    [['Won', 'Lost', 'Open', ''], 0.5],
    [['won', '실패', '실패'], 1 / 3],
  ])('%j → %p', (statuses, rate) => {
    expect(closedWinRate(col(...statuses))).toBeCloseTo(rate, 12);
  });

  it('by amount, open rows left out', () => {
    expect(closedWinRate(col('Won', 'Lost', 'Open'), col(300, 100, 1e9))).toBe(0.75);
    expect(closedWinRate(col('Won', 'Lost'), col(0, 100))).toBe(0);
  });

  it('explains when nothing is closed, or closed amounts add up to 0', () => {
    expect(() => closedWinRate(col('Open', ''))).toThrow(
      'WINRATE: statuses has no Won or Lost rows — nothing is closed yet, so there is no win rate',
    );
    expect(() => closedWinRate(col('Won', 'Lost'), col(0, ''))).toThrow(
      'WINRATE: amounts add up to 0 on the Won and Lost rows — write their amounts, or leave amounts out to count deals',
    );
    expect(() => closedWinRate(col('Won', 'Lost'), col(1))).toThrow(
      /amounts has 1 rows but statuses has 2/,
    );
  });
});

describe('COVERAGE', () => {
  it('divides the open amount by the target', () => {
    expect(coverageRatio(col(100, 200, 300), 200, col('Open', 'Won', ''))).toBe(2);
    expect(coverageRatio(col(100, 200), 300)).toBe(1);
    expect(coverageRatio(col(100, ''), 1)).toBe(100);
    expect(() => coverageRatio(col(100), 0)).toThrow(
      'COVERAGE: target is 0 — it must be greater than 0',
    );
    expect(() => coverageRatio(col(100, 1), 5, col('Open'))).toThrow(
      /statuses has 1 rows but amounts has 2/,
    );
  });
});

describe('reached depth', () => {
  it.each([
    [2, 'open', 6, 2],
    [2, 'lost', 6, 2],
    [0, 'won', 6, 4],
    [4, 'won', 6, 4],
    [5, 'won', 6, 5],
    [0, 'won', 2, 0],
  ])('stage %p, %s, of %p stages: reached %p', (stage, status, count, depth) => {
    expect(reachedDepth(stage, status as never, count)).toBe(depth);
  });
});

describe('CONVERSION edges', () => {
  const stages = col('Prospecting', 'Proposal', 'Proposal', 'Closing', 'Retention');
  const statuses = col('Lost', 'Open', 'Lost', 'Won', 'Won');

  it('to the next stage, to a later one, to the same one, and to Won', () => {
    expect(conversionRate(stages, 'Prospecting', undefined, statuses)).toBe(4 / 5);
    expect(conversionRate(stages, 'Proposal', 'Closing', statuses)).toBe(2 / 4);
    expect(conversionRate(stages, 'Proposal', 'Proposal', statuses)).toBe(1);
    expect(conversionRate(stages, 'Prospecting', 'Won', statuses)).toBe(2 / 5);
    expect(conversionRate(stages, 'Closing', '성사', statuses)).toBe(1);
    expect(conversionRate(stages, 'Closing', '', statuses)).toBe(1 / 2);
  });

  it.each([
    [
      '',
      undefined,
      'CONVERSION: from_stage is blank — write the stage to convert from, such as Proposal',
    ],
    [
      'Won',
      undefined,
      'CONVERSION: from_stage is "Won" — Won can only be to_stage; write a stage here',
    ],
    [
      'Retention',
      '',
      'CONVERSION: to_stage is blank and Retention is the last stage — write the stage to convert to, or "Won"',
    ],
    [
      'Closing',
      'Proposal',
      'CONVERSION: to_stage is "Proposal", which comes before from_stage Closing — swap them',
    ],
  ])('from %p to %p: %s', (from, to, message) => {
    expect(() => conversionRate(stages, from, to, statuses)).toThrow(message);
  });

  it('to Won needs the statuses', () => {
    expect(() => conversionRate(stages, 'Proposal', 'Won')).toThrow(
      'CONVERSION: to_stage is "Won" — give the statuses argument too, so Won deals can be counted',
    );
  });

  it('nothing reached from_stage is an error naming it', () => {
    expect(() => conversionRate(col('Prospecting'), 'Negotiation', undefined, col('Lost'))).toThrow(
      'CONVERSION: from_stage is "Negotiation" — no deal has reached it yet, so there is nothing to convert',
    );
  });
});

describe('FUNNEL labels', () => {
  it('uses Korean labels when most cells are Korean, English on a tie', () => {
    const label = (...cells: string[]) => funnelTable(col(...cells))[1][0];
    expect(label('잠재 고객 발굴', '잠재 고객 발굴', 'Prospecting')).toBe('잠재 고객 발굴');
    expect(label('잠재 고객 발굴', 'Prospecting')).toBe('Prospecting');
    expect(label('Prospecting', 'Prospecting', '잠재 고객 발굴')).toBe('Prospecting');
  });

  it('gives step and cumulative conversion, blank after the last stage and below an empty one', () => {
    const table = funnelTable(
      col('Proposal', 'Prospecting'),
      undefined,
      col('Prospecting', 'Proposal', 'Closing'),
    );
    expect(table.slice(1)).toEqual([
      ['Prospecting', 2, 0.5, 1],
      ['Proposal', 1, 0, 0.5],
      ['Closing', 0, '', 0],
    ]);
  });
});

describe('CONVERSION and FUNNEL arguments, named in both languages', () => {
  const stages = col('Proposal', 'Closing');
  const statuses = col('Open', 'Won');
  const stageList =
    'write one of Prospecting, Qualification, Proposal, Negotiation, Closing, Retention · CONVERSION:';

  it.each([
    [
      () => conversionRate(stages, [['Proposal', 'Closing']] as never),
      'CONVERSION: from_stage must be a single cell, not a range',
    ],
    [
      () => conversionRate(stages, 'Proposal', [['Closing', 'Won']] as never),
      'CONVERSION: to_stage must be a single cell, not a range',
    ],
    [() => conversionRate(stages, 3 as never), `CONVERSION: from_stage is 3 — ${stageList}`],
    [
      () => conversionRate(stages, 'Proposal', 3 as never, statuses),
      `CONVERSION: to_stage is 3 — ${stageList}`,
    ],
    [
      () => conversionRate(stages, 'Proposal', 'Demo', statuses),
      `CONVERSION: to_stage is "Demo" — ${stageList}`,
    ],
    [
      () =>
        conversionRate(
          [
            ['Proposal', 'x'],
            ['Closing', 'y'],
          ] as never,
          'Proposal',
        ),
      'CONVERSION: stages is 2×2 cells',
    ],
    [
      () =>
        conversionRate(stages, 'Proposal', undefined, [
          ['Open', 'x'],
          ['Won', 'y'],
        ] as never),
      'CONVERSION: statuses is 2×2 cells',
    ],
    [
      () => conversionRate(stages, 'Proposal', undefined, col('Open', 'Paused')),
      'CONVERSION: statuses row 2 is "Paused"',
    ],
  ])('%#: %s', (call, message) => {
    expect(call).toThrow(message);
  });

  it.each([
    [
      stages,
      '',
      undefined,
      undefined,
      '값이 비어 있습니다 — 제안 및 견적처럼 시작 단계를 입력하세요',
    ],
    [
      stages,
      'Won',
      undefined,
      undefined,
      '값 "Won" — 성사는 to_stage에만 쓸 수 있습니다. 여기에는 단계를 입력하세요',
    ],
    [
      stages,
      'Retention',
      '',
      statuses,
      '값이 비어 있고 관계 유지 및 재구매 유도은 마지막 단계입니다 — 도착 단계나 "성사"를 입력하세요',
    ],
    [
      stages,
      'Proposal',
      'Won',
      undefined,
      '값 "Won" — 성사한 딜을 셀 수 있도록 statuses 인수도 지정하세요',
    ],
    [
      stages,
      'Closing',
      'Proposal',
      statuses,
      '값 "Proposal"은 from_stage 계약 성사보다 앞 단계입니다 — 두 값을 바꾸세요',
    ],
    [
      col('Proposal'),
      'Negotiation',
      'Closing',
      col('Lost'),
      '값 "Negotiation" — 아직 이 단계에 도달한 딜이 없어 전환율을 계산할 수 없습니다',
    ],
  ])('case %#: the Korean half of the message', (cells, from, to, sts, korean) => {
    expect(() => conversionRate(cells, from, to, sts)).toThrow(korean);
  });

  it('blank rows do not count toward the language of the labels', () => {
    const table = funnelTable(col('잠재 고객 발굴', '제안 및 견적', '', '', ''));
    expect(table[1][0]).toBe('잠재 고객 발굴');
  });

  it('counts Won rows', () => {
    expect(
      readReached(
        'FUNNEL',
        col('Proposal', 'Closing', 'Closing'),
        col('Won', 'Won', 'Lost'),
        undefined,
      ).won,
    ).toBe(2);
  });
});
