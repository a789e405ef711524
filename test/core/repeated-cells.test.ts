// Sheets repeat the same labels, days and dates in thousands of rows: reading them again gives the same answer.
import vm from 'node:vm';
import { isDate, parseIsoDay } from '../../src/core/dates';
import { readDealRows } from '../../src/core/deals';
import {
  type AdoptionInput,
  conversionCounts,
  planAdoption,
} from '../../src/core/import/adoption-plan';
import { calendarDayToDate, readDateText } from '../../src/core/import/date-text';
import { DEFAULT_STAGES, findStage, labelKey, parseStatus } from '../../src/core/stages';

describe('labels read again', () => {
  it('gives the same key each time, and a stage renamed after a lookup is found by its new label', () => {
    expect(labelKey(' Ｐｒｏｐｏｓａｌ  Sent ')).toBe('proposalsent');
    expect(labelKey(' Ｐｒｏｐｏｓａｌ  Sent ')).toBe('proposalsent');
    const stages = DEFAULT_STAGES.map((s) => ({ ...s }));
    expect(findStage(stages, 'Engaging')).toBe(-1);
    stages[1].en = 'Engaging';
    expect(findStage(stages, 'engaging')).toBe(1);
    expect(findStage(stages, DEFAULT_STAGES[1].en)).toBe(-1);
    expect(findStage(stages, DEFAULT_STAGES[1].ko)).toBe(1);
  });
});

describe('days read again', () => {
  it('reads an ISO day the same every time, and a text that is no day stays none', () => {
    expect(parseIsoDay('2026-11-27')).toBe(20_784);
    expect(parseIsoDay('2026-11-27')).toBe(20_784);
    expect(parseIsoDay('2026-02-30')).toBeUndefined();
    expect(parseIsoDay('2026-02-30')).toBeUndefined();
    expect(parseIsoDay(' 2026-11-27 ')).toBe(20_784);
  });

  it('tells Dates from any realm, and nothing else, as dates', () => {
    const other = vm.runInNewContext('new Date(Date.UTC(2026, 10, 27))');
    expect(isDate(other)).toBe(true);
    expect(isDate(new Date(0))).toBe(true);
    expect(isDate(new Date(Number.NaN))).toBe(false);
    expect(isDate(vm.runInNewContext('new Date(NaN)'))).toBe(false);
    expect(isDate({ getTime: () => 0 })).toBe(false);
    expect(isDate('2026-11-27')).toBe(false);
    expect(isDate(20_784)).toBe(false);
    expect(isDate(null)).toBe(false);
  });

  it('places one calendar day at its own moment in each zone it is asked for', () => {
    const day = readDateText('2026-11-27', undefined);
    if (!day) throw new Error('2026-11-27 should read as a day');
    expect(calendarDayToDate(day, 'Asia/Seoul').toISOString()).toBe('2026-11-26T15:00:00.000Z');
    expect(calendarDayToDate(day, 'America/New_York').toISOString()).toBe(
      '2026-11-27T05:00:00.000Z',
    );
    expect(calendarDayToDate(day, 'Asia/Seoul').toISOString()).toBe('2026-11-26T15:00:00.000Z');
    // Each call gives its own Date: changing one does not change the next.
    const first = calendarDayToDate(day, 'Asia/Seoul');
    first.setTime(0);
    expect(calendarDayToDate(day, 'Asia/Seoul').toISOString()).toBe('2026-11-26T15:00:00.000Z');
  });
});

describe('a column of repeated texts', () => {
  const input = (values: unknown[][]): AdoptionInput => ({
    values,
    headerRow: 0,
    columns: [
      { field: 'created', kind: 'date', index: 0 },
      { field: 'amount', kind: 'amount', index: 1 },
      { field: 'expectedClose', kind: 'date', index: 2 },
    ],
    stages: DEFAULT_STAGES,
    stagesReplaceable: true,
    locale: 'en_US',
  });

  it('converts every row, reading the order from any row that decides it', () => {
    const plan = planAdoption(
      input([
        ['Created', 'Amount', 'Close'],
        ['03/04/2022', '$10', '2022-05-01'],
        ['03/04/2022', '$10', 'soon'],
        ['14/04/2022', '', '2022-05-01'],
      ]),
    );
    const created = plan.conversions.filter((c) => c.field === 'created');
    expect(created.map((c) => [c.row, c.to])).toEqual([
      [2, { y: 2022, m: 4, d: 3, hour: 0, minute: 0 }],
      [3, { y: 2022, m: 4, d: 3, hour: 0, minute: 0 }],
      [4, { y: 2022, m: 4, d: 14, hour: 0, minute: 0 }],
    ]);
    expect(plan.unreadable).toEqual([{ row: 3, column: 2, field: 'expectedClose', value: 'soon' }]);
    // Counted per field and kind, in the order each first appears.
    expect(conversionCounts(plan)).toEqual([
      { field: 'created', kind: 'date', count: 3 },
      { field: 'amount', kind: 'amount', count: 2 },
      { field: 'expectedClose', kind: 'date', count: 2 },
    ]);
  });
});

describe('deals read from rows', () => {
  it('reads each field from its own column, and missing columns as blank', () => {
    const deals = readDealRows(
      [
        ['Stage', 'Deal', 'Amount', 'Created'],
        [' Lead ', ' Alpha ', 100, new Date(Date.UTC(2026, 0, 2))],
        ['', '', '', ''],
        ['Nowhere', 42, 'ten', 'yesterday'],
      ],
      { stage: 0, deal: 1, amount: 2, created: 3 },
      (label) => findStage(DEFAULT_STAGES, label),
      parseStatus,
    );
    expect(deals.map((d) => [d.row, d.stageText, d.name, d.amount, d.created, d.company])).toEqual([
      [2, 'Lead', 'Alpha', 100, new Date(Date.UTC(2026, 0, 2)), ''],
      [4, 'Nowhere', '42', Number.NaN, undefined, ''],
    ]);
    expect(deals.map((d) => [d.stage, d.status, d.owner, d.probability])).toEqual([
      [findStage(DEFAULT_STAGES, 'Lead'), 'open', '', undefined],
      [-1, 'open', '', undefined],
    ]);
  });
});
