// The adoption plan, one rule at a time: which cells it converts, fills or leaves, and where it says so.
import {
  currencyOfFormat,
  type PlanColumn,
  planAdoption,
} from '../../../src/core/import/adoption-plan';
import { DEFAULT_STAGES } from '../../../src/core/stages';

const base = { headerRow: 0, stages: DEFAULT_STAGES, stagesReplaceable: true, locale: 'en_US' };

/** The plan for one column of `kind` holding `cells` under a header. */
const one = (kind: PlanColumn['kind'], cells: unknown[], over: object = {}) =>
  planAdoption({
    ...base,
    columns: [{ field: kind, kind, index: 1 }],
    values: [['Deal', kind], ...cells.map((c, i) => [`Deal ${i + 1}`, c])],
    ...over,
  });

/** Conversions as [row, from, to, kind]. */
const conversions = (plan: ReturnType<typeof planAdoption>) =>
  plan.conversions.map((c) => [c.row, c.from, c.to, c.kind]);

describe('currencyOfFormat', () => {
  it.each([
    ['₩#,##0', 'KRW'],
    ['￦#,##0', 'KRW'],
    ['#,##0"원"', 'KRW'],
    ['[$€-407]#,##0.00', 'EUR'],
    ['£#,##0', 'GBP'],
    ['¥#,##0', 'JPY'],
    ['[$$-409]#,##0.00', 'USD'],
    ['#,##0', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j names %s', (format, code) => expect(currencyOfFormat(format)).toBe(code));
});

describe('planAdoption: rows', () => {
  it('counts rows with anything in them as deals, blank or null or missing cells not', () => {
    const plan = planAdoption({
      ...base,
      columns: [{ field: 'amount', kind: 'amount', index: 0 }],
      values: [['Amount'], [null, undefined, ''], [], ['', 'note'], [0]],
    });
    expect(plan.deals).toBe(2);
  });
});

describe('planAdoption: amounts', () => {
  it('converts text amounts in place, leaves numbers and blanks, and lists text it cannot read', () => {
    const plan = one('amount', ['$1,000', 500, '  ', 'TBD', '', '(200)']);
    expect(conversions(plan)).toEqual([
      [2, '$1,000', 1000, 'amount'],
      [7, '(200)', -200, 'amount'],
    ]);
    expect(plan.unreadable).toEqual([{ row: 5, column: 1, field: 'amount', value: 'TBD' }]);
    expect(plan.conversions[0]).toEqual({
      row: 2,
      column: 1,
      field: 'amount',
      kind: 'amount',
      from: '$1,000',
      to: 1000,
    });
  });

  it('names a currency only when the amounts and the number format name exactly one', () => {
    expect(one('amount', ['$5', '7']).currency).toBe('USD');
    expect(one('amount', ['$5', '₩7']).currency).toBeUndefined();
    expect(one('amount', ['5']).currency).toBeUndefined();
    expect(one('amount', [5], { amountFormat: '₩#,##0' }).currency).toBe('KRW');
    expect(one('amount', ['₩5'], { amountFormat: '₩#,##0' }).currency).toBe('KRW');
    expect(one('amount', ['$5'], { amountFormat: '₩#,##0' }).currency).toBeUndefined();
    expect(one('amount', [5], { amountFormat: '#,##0' }).currency).toBeUndefined();
  });
});

describe('planAdoption: probabilities', () => {
  it('reads a column of 0–100 with one above 1 as percents, 100 and 0 included', () => {
    expect(conversions(one('probability', [100, 0, 2, '50', 33.3]))).toEqual([
      [2, 100, 1, 'percentColumn'],
      [3, 0, 0, 'percentColumn'],
      [4, 2, 0.02, 'percentColumn'],
      [5, '50', 0.5, 'percentColumn'],
      [6, 33.3, 0.333, 'percentColumn'],
    ]);
  });

  it('leaves numbers alone when any is above 100 or below 0, or none above 1', () => {
    expect(one('probability', [101, 50]).conversions).toEqual([]);
    expect(one('probability', [-1, 50]).conversions).toEqual([]);
    expect(one('probability', [1, 0.5, 0]).conversions).toEqual([]);
  });

  it('reads number texts from 0 to 1 as fractions and lists the others', () => {
    const plan = one('probability', ['0', '1', '0.25', '-0.1', 101, '35 %', 'high']);
    expect(conversions(plan)).toEqual([
      [7, '35 %', 0.35, 'percent'],
      [2, '0', 0, 'number'],
      [3, '1', 1, 'number'],
      [4, '0.25', 0.25, 'number'],
    ]);
    expect(plan.unreadable.map((u) => [u.row, u.value])).toEqual([
      [8, 'high'],
      [5, '-0.1'],
    ]);
    const over = one('probability', ['1.5', 150]);
    expect(over.conversions).toEqual([]);
    expect(over.unreadable).toEqual([{ row: 2, column: 1, field: 'probability', value: '1.5' }]);
  });

  it('skips blank and whitespace cells', () => {
    const plan = one('probability', ['', '   ', null, 50]);
    expect(conversions(plan)).toEqual([[5, 50, 0.5, 'percentColumn']]);
    expect(plan.unreadable).toEqual([]);
  });
});

describe('planAdoption: dates', () => {
  it('keeps real dates, lists numbers and other non-text, and skips blanks', () => {
    const plan = one('date', [new Date(2022, 0, 5), 44000, true, null, '  ', '2022-01-05']);
    expect(plan.unreadable.map((u) => [u.row, u.value])).toEqual([
      [3, 44000],
      [4, true],
    ]);
    expect(conversions(plan)).toEqual([
      [7, '2022-01-05', { y: 2022, m: 1, d: 5, hour: 0, minute: 0 }, 'date'],
    ]);
  });

  it('says no day order for a column of year-first dates or of no texts', () => {
    expect(one('date', ['2022-01-05', '2022. 3. 1.']).dayOrders).toEqual([]);
    expect(one('date', [new Date(2022, 0, 5)]).dayOrders).toEqual([]);
  });

  it('takes month first from the data even in a day-first locale, and says so', () => {
    const plan = one('date', ['3/14/2022', '4/1/2022'], { locale: 'en_GB' });
    expect(plan.dayOrders).toEqual([{ field: 'date', order: 'mdy', source: 'data' }]);
    expect(plan.conversions.map((c) => c.to)).toEqual([
      { y: 2022, m: 3, d: 14, hour: 0, minute: 0 },
      { y: 2022, m: 4, d: 1, hour: 0, minute: 0 },
    ]);
  });

  it("reads undecided dates in the locale's order, naming the locale as its source", () => {
    const plan = one('date', ['4/1/2022', ' 5-2-2022'], { locale: 'ko_KR' });
    expect(plan.dayOrders).toEqual([{ field: 'date', order: 'mdy', source: 'locale' }]);
    expect(plan.conversions.map((c) => c.to)).toEqual([
      { y: 2022, m: 4, d: 1, hour: 0, minute: 0 },
      { y: 2022, m: 5, d: 2, hour: 0, minute: 0 },
    ]);
  });

  it('on conflicting orders says none, reads what needs none and lists the rest', () => {
    const plan = one('date', ['14/03/2022', '3/14/2022', '4/1/2022', '2022-05-06']);
    expect(plan.dayOrders).toEqual([]);
    expect(plan.conversions.map((c) => c.row)).toEqual([2, 3, 5]);
    expect(plan.unreadable).toEqual([{ row: 4, column: 1, field: 'date', value: '4/1/2022' }]);
  });
});

describe('planAdoption: statuses', () => {
  const plan = (rows: unknown[][], columns: PlanColumn[]) =>
    planAdoption({ ...base, columns, values: [['Stage', 'Status'], ...rows] });
  const both: PlanColumn[] = [
    { field: 'stage', kind: 'stage', index: 0 },
    { field: 'status', kind: 'status', index: 1 },
  ];

  it('fills blank, whitespace and null statuses from the outcome in the stage column, in its language', () => {
    const p = plan(
      [
        ['Closed Lost', '  '],
        ['수주', null],
        ['Proposal', ''],
        ['실주', undefined],
      ],
      both,
    );
    expect(p.fills).toEqual([
      { row: 2, column: 1, field: 'status', value: 'Lost' },
      { row: 3, column: 1, field: 'status', value: '성사' },
      { row: 5, column: 1, field: 'status', value: '실패' },
    ]);
    expect(p.outcomesInStage).toEqual({ won: 1, lost: 2 });
  });

  it('renames status words to the labels, and leaves the labels as they are in either language', () => {
    const p = plan(
      [
        ['Proposal', 'Won'],
        ['Proposal', '성사'],
        ['Proposal', 'Lost'],
        ['Proposal', '실패'],
        ['Proposal', 'Open'],
        ['Proposal', '진행'],
        ['Proposal', 'won'],
        ['Proposal', 'In progress'],
        ['Proposal', '진행 중'],
        ['Proposal', '드랍'],
      ],
      both,
    );
    expect(p.conversions.map((c) => [c.row, c.from, c.to, c.kind, c.field, c.column])).toEqual([
      [8, 'won', 'Won', 'status', 'status', 1],
      [9, 'In progress', 'Open', 'status', 'status', 1],
      [10, '진행 중', '진행', 'status', 'status', 1],
      [11, '드랍', '실패', 'status', 'status', 1],
    ]);
    expect(p.fills).toEqual([]);
    expect(p.outcomesInStage).toEqual({ won: 0, lost: 0 });
  });

  it('lists a status cell it cannot read, with its row and column, numbers included', () => {
    const p = plan(
      [
        ['Proposal', 'maybe'],
        ['Won', 1],
      ],
      both,
    );
    expect(p.unreadable).toEqual([
      { row: 2, column: 1, field: 'status', value: 'maybe' },
      { row: 3, column: 1, field: 'status', value: 1 },
    ]);
    expect(p.fills).toEqual([]);
  });

  it('counts outcomes in the stage column without a status column, and reads statuses without a stage column', () => {
    const stageOnly = plan([['Won'], ['Closed Won'], ['드랍']], [both[0]]);
    expect(stageOnly.outcomesInStage).toEqual({ won: 2, lost: 1 });
    expect(stageOnly.fills).toEqual([]);
    const statusOnly = plan(
      [
        ['', ''],
        ['', 'closedwon'],
      ],
      [both[1]],
    );
    expect(statusOnly.conversions.map((c) => [c.row, c.to])).toEqual([[3, 'Won']]);
    expect(statusOnly.outcomesInStage).toEqual({ won: 0, lost: 0 });
  });
});

describe('planAdoption: stages', () => {
  const stagePlan = (cells: unknown[], over: object = {}) =>
    planAdoption({
      ...base,
      columns: [{ field: 'stage', kind: 'stage', index: 0 }],
      values: [['Stage'], ...cells.map((c) => [c])],
      ...over,
    });

  it('keeps the stages, as copies, when the data uses only known ones (labels in either language)', () => {
    const p = stagePlan(['Proposal', '협상', ' Closing ', 'Won', '', '   ', 7]);
    expect(p.stages).toEqual(DEFAULT_STAGES);
    expect(p.stages[0]).not.toBe(DEFAULT_STAGES[0]);
    expect(p.pipeline).toBeUndefined();
    expect(p.addedStages).toEqual([]);
  });

  it("keeps the stages when the data uses only known ones that are also another CRM's", () => {
    // Salesmap's pipeline has Proposal and Negotiation too; known stages are no reason to replace.
    const p = stagePlan(['Proposal', 'Negotiation']);
    expect(p.pipeline).toBeUndefined();
    expect(p.stages).toEqual(DEFAULT_STAGES);
  });

  it('keeps the stages without a stage column', () => {
    const p = planAdoption({ ...base, columns: [], values: [['Deal'], ['A']] });
    expect(p.stages).toEqual(DEFAULT_STAGES);
  });

  it('adds each unknown stage once, trimmed, in order', () => {
    const p = stagePlan([' Engaging ', 'Engaging', ' Blue ', ' Blue ', 'Proposal', 'Closed Lost'], {
      stagesReplaceable: false,
    });
    expect(p.addedStages.map((s) => s.en)).toEqual(['Engaging', 'Blue']);
    expect(p.stages.map((s) => s.en)).toEqual([
      'Prospecting',
      'Engaging',
      'Qualification',
      'Proposal',
      'Negotiation',
      'Blue',
      'Closing',
      'Retention',
    ]);
  });

  it("adopts HubSpot's pipeline keeping the export's own spelling of its stages", () => {
    const p = stagePlan([
      'appointmentscheduled',
      'decisionmakerboughtin',
      'Contract Sent',
      'closedwon',
      'contractsent',
    ]);
    expect(p.pipeline).toBe('HubSpot');
    expect(p.stages.map((s) => s.en)).toEqual([
      'Appointment Scheduled',
      'Qualified To Buy',
      'Presentation Scheduled',
      'decisionmakerboughtin',
      'Contract Sent',
    ]);
    expect(p.addedStages).toEqual([]);
  });

  it("keeps the export's spelling of the first stage too", () => {
    const p = stagePlan(['appointment_scheduled', 'contractsent']);
    expect(p.stages.map((s) => s.en)).toEqual([
      'appointment_scheduled',
      'Qualified To Buy',
      'Presentation Scheduled',
      'Decision Maker Bought-In',
      'Contract Sent',
    ]);
  });

  it('adds unknown stages instead when no known pipeline holds them all', () => {
    const p = stagePlan(['Prospecting', 'Value Proposition', 'Blue']);
    expect(p.pipeline).toBeUndefined();
    expect(p.addedStages.map((s) => s.en)).toEqual(['Value Proposition', 'Blue']);
  });
});
