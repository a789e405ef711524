// The forecast's input from Deals and History: day numbers in the sheet's zone, Expected close standing in
// for a missing Closed on, History rows it can and cannot use; and the current month's forecast.
import { isoDay, parseIsoDay } from '../../../src/core/dates';
import type { ForecastPoint } from '../../../src/core/forecast/series';
import {
  currentForecast,
  currentForecastPoint,
  workbookForecastData,
} from '../../../src/core/forecast/workbook-data';
import { at, day, deal, HISTORY_HEADER, stages, ZONE } from '../deal-card/deal-fixture';

const dayNo = (iso: string) => parseIsoDay(iso) as number;

describe('workbookForecastData', () => {
  it('turns each deal into day numbers in the sheet’s zone; a late-evening UTC instant is the next day in Seoul', () => {
    const d = deal(2, {
      created: new Date('2026-01-04T15:00:00Z'), // 2026-01-05 00:00 in Seoul
      stageText: 'Negotiation',
      amount: 2500,
    });
    const { data } = workbookForecastData([d], [HISTORY_HEADER], stages, ZONE);
    expect(data.deals).toEqual([
      {
        id: 'D-0002',
        stage: 3,
        status: 'open',
        amount: 2500,
        created: dayNo('2026-01-05'),
        closedOn: undefined,
      },
    ]);
    const early = deal(3, { created: new Date('2026-01-04T14:59:00Z') });
    expect(
      isoDay(
        workbookForecastData([early], [HISTORY_HEADER], stages, ZONE).data.deals[0].created ?? 0,
      ),
    ).toBe('2026-01-04');
  });

  it('dates a Won or Lost deal without Closed on by its Expected close, and lists those rows', () => {
    const deals = [
      deal(2, { status: 'won', closedOn: day('2026-02-03'), expectedClose: day('2026-02-28') }),
      deal(3, { status: 'won', expectedClose: day('2026-02-20') }),
      deal(4, { status: 'lost', expectedClose: day('2026-02-21') }),
      deal(5, { status: 'open', expectedClose: day('2026-02-22') }),
      deal(6, { status: 'lost' }),
    ];
    const { data, closeFallbackRows } = workbookForecastData(deals, [HISTORY_HEADER], stages, ZONE);
    expect(data.deals.map((d) => (d.closedOn === undefined ? '' : isoDay(d.closedOn)))).toEqual([
      '2026-02-03',
      '2026-02-20',
      '2026-02-21',
      '',
      '',
    ]);
    expect(closeFallbackRows).toEqual([3, 4]);
  });

  it('reads History rows with an ID and a date, stages in either language, amounts only when numbers', () => {
    const history = [
      HISTORY_HEADER,
      [' D-0002 ', '', '제안 및 견적', '진행', 1000, at('2026-01-10'), 'kim', 'edit'],
      ['D-0002', '', 'Closing', 'Won', '1,200', at('2026-01-20'), 'kim', 'edit'],
      ['D-0002', '', 'Demo', 'pending', 900, at('2026-01-21'), 'kim', 'edit'],
      ['D-0002', '', '', '', '', at('2026-01-22'), 'kim', 'edit'],
      ['', '', 'Closing', 'Won', 1, at('2026-01-23'), 'kim', 'edit'],
      ['D-0002', '', 'Closing', 'Won', 1, '2026-01-24', 'kim', 'edit'],
    ];
    const { data } = workbookForecastData([deal(2)], history, stages, ZONE);
    expect(data.history).toEqual([
      { dealId: 'D-0002', day: dayNo('2026-01-10'), to: 2, status: 'open', amount: 1000 },
      { dealId: 'D-0002', day: dayNo('2026-01-20'), to: 4, status: 'won', amount: undefined },
      { dealId: 'D-0002', day: dayNo('2026-01-21'), to: -1, status: 'open', amount: 900 },
      { dealId: 'D-0002', day: dayNo('2026-01-22'), to: -1, status: 'open', amount: undefined },
    ]);
  });
});

describe('currentForecastPoint and currentForecast', () => {
  const history = [
    HISTORY_HEADER,
    ['D-0002', '', 'Proposal', 'Open', 1000, at('2026-01-10'), 'kim', 'edit'],
  ];
  const input = workbookForecastData(
    [deal(2, { created: day('2026-01-10'), stageEntered: day('2026-01-10') })],
    history,
    stages,
    ZONE,
  ).data;

  it('makes the month’s forecast at the start of today from what is dated before it', () => {
    const point = currentForecastPoint(input, stages, dayNo('2026-03-17')) as ForecastPoint;
    expect([point.period.label, isoDay(point.asOf)]).toEqual(['2026-03', '2026-03-17']);
    // Proposal's typed 40% of 1000, nothing won.
    expect(point.weighted).toBeCloseTo(400, 9);
    expect(currentForecast(point)).toEqual({
      period: '2026-03',
      as_of: '2026-03-17',
      weighted: point.weighted,
      learned: point.learned,
      p10: point.p10,
      p90: point.p90,
    });
  });

  it('takes the Deals sheet’s Stage of an import on the report day when nothing is dated after it', () => {
    const d = deal(2, { created: day('2026-01-10') });
    const imported = workbookForecastData([d], [HISTORY_HEADER], stages, ZONE).data;
    expect(d.stage).toBeGreaterThan(1);
    for (const entry of [0, 1])
      expect(
        currentForecastPoint(imported, stages, dayNo('2026-03-01'), entry)?.weighted,
      ).toBeCloseTo(stages[d.stage].probability * 1000, 9);
  });

  it('takes the entry stage for deals whose stage History does not tell, on a day before the data ends', () => {
    // A deal created later: on 1 March the first one's Stage may have been reached after that day.
    const later = deal(3, { created: day('2026-04-10') });
    const imported = workbookForecastData(
      [deal(2, { created: day('2026-01-10') }), later],
      [HISTORY_HEADER],
      stages,
      ZONE,
    ).data;
    expect(currentForecastPoint(imported, stages, dayNo('2026-03-01'))?.weighted).toBeCloseTo(
      stages[0].probability * 1000,
      9,
    );
    expect(currentForecastPoint(imported, stages, dayNo('2026-03-01'), 1)?.weighted).toBeCloseTo(
      stages[1].probability * 1000,
      9,
    );
  });

  it('has no forecast before anything is dated', () => {
    expect(currentForecastPoint(input, stages, dayNo('2025-12-31'))).toBeUndefined();
    expect(
      currentForecastPoint({ deals: [], history: [] }, stages, dayNo('2026-03-01')),
    ).toBeUndefined();
  });
});
