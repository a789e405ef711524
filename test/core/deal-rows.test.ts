// Reading Deals rows: every column by its place in the header, blanks, unreadable cells and blank rows.
import { isBlankRow, readDealRows } from '../../src/core/deals';
import { DEFAULT_STAGES, findStage, parseStatus } from '../../src/core/stages';

const findStageIndex = (label: string) => findStage(DEFAULT_STAGES, label);

/** Columns in an order unlike the schema's, so that no field can be read from the wrong place. */
const columns = {
  lostReason: 0,
  snoozeUntil: 1,
  nextStep: 2,
  lastActivity: 3,
  stageEntered: 4,
  created: 5,
  expectedClose: 6,
  probability: 7,
  amount: 8,
  status: 9,
  stage: 10,
  owner: 11,
  company: 12,
  deal: 13,
  dealId: 14,
};

function row(cells: Partial<Record<keyof typeof columns, unknown>>): unknown[] {
  const out: unknown[] = Array(15).fill('');
  for (const [field, value] of Object.entries(cells))
    out[columns[field as keyof typeof columns]] = value;
  return out;
}

const read = (...rows: unknown[][]) =>
  readDealRows([Array(15).fill('header'), ...rows], columns, findStageIndex, parseStatus);

describe('readDealRows', () => {
  it('reads every field from its own column, trimming text', () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
    const [deal] = read(
      row({
        dealId: ' D-0007 ',
        deal: ' ERP 도입 ',
        company: ' 한빛상사 ',
        owner: ' kim@acme.co.kr ',
        stage: ' 제안 및 견적 ',
        status: '성사',
        amount: 5_000_000,
        probability: 0.35,
        expectedClose: d('2026-06-30'),
        created: d('2026-01-05'),
        stageEntered: d('2026-03-02'),
        lastActivity: d('2026-03-20'),
        nextStep: ' 견적서 발송 ',
        snoozeUntil: d('2026-04-01'),
        lostReason: ' price ',
      }),
    );
    expect(deal).toEqual({
      row: 2,
      dealId: 'D-0007',
      name: 'ERP 도입',
      company: '한빛상사',
      owner: 'kim@acme.co.kr',
      stageText: '제안 및 견적',
      stage: 2,
      status: 'won',
      amount: 5_000_000,
      probability: 0.35,
      expectedClose: d('2026-06-30'),
      created: d('2026-01-05'),
      stageEntered: d('2026-03-02'),
      lastActivity: d('2026-03-20'),
      nextStep: '견적서 발송',
      snoozeUntil: d('2026-04-01'),
      lostReason: 'price',
    });
  });

  it('reads a column the sheet lacks as blank', () => {
    const [deal] = readDealRows(
      [
        ['Deal', 'Amount'],
        ['Pilot', 300],
      ],
      { deal: 0, amount: 1 },
      findStageIndex,
      parseStatus,
    );
    expect(deal).toMatchObject({
      dealId: '',
      name: 'Pilot',
      owner: '',
      stageText: '',
      stage: -1,
      status: 'open',
      amount: 300,
      probability: undefined,
      stageEntered: undefined,
      snoozeUntil: undefined,
    });
  });

  it.each([
    ['a blank cell', '', 0],
    ['an empty cell (null)', null, 0],
    ['0', 0, 0],
    ['1', 1, 1],
    ['a number', 1234.5, 1234.5],
    ['text', '1,000', Number.NaN],
    ['a date', new Date(2026, 0, 1), Number.NaN],
  ])('amount from %s is %p', (_name, cell, expected) => {
    expect(read(row({ deal: 'x', amount: cell }))[0].amount).toBe(expected);
  });

  it.each([
    ['', undefined],
    [0, 0],
    [1, 1],
    [0.4, 0.4],
    ['40%', undefined],
  ])('probability %p reads as %p', (cell, expected) => {
    expect(read(row({ deal: 'x', probability: cell }))[0].probability).toBe(expected);
  });

  it('keeps only real dates in date columns', () => {
    const [deal] = read(
      row({
        deal: 'x',
        stageEntered: '2026-03-02',
        expectedClose: new Date(Number.NaN),
        created: 45000,
      }),
    );
    expect(deal.stageEntered).toBeUndefined();
    expect(deal.expectedClose).toBeUndefined();
    expect(deal.created).toBeUndefined();
  });

  it('keeps unreadable stage and status visible: stage -1 with its text, status from the reader', () => {
    const [deal] = read(row({ deal: 'x', stage: 'Demo', status: 'Paused' }));
    expect(deal).toMatchObject({ stageText: 'Demo', stage: -1, status: 'open' });
    const [lost] = read(row({ deal: 'x', stage: 'closing', status: ' LOST ' }));
    expect(lost).toMatchObject({ stageText: 'closing', stage: 4, status: 'lost' });
  });

  it('skips blank rows but keeps each deal’s sheet row', () => {
    const deals = read(
      row({ deal: 'first' }),
      row({}),
      [null, undefined, '', null],
      row({ deal: 'fourth', amount: 0 }),
    );
    expect(deals.map((d) => [d.row, d.name])).toEqual([
      [2, 'first'],
      [5, 'fourth'],
    ]);
  });

  it('reads empty (null) text cells as blank, and a row shorter than the header as blanks', () => {
    const [deal] = read(
      row({ deal: 'x', owner: null, company: null, nextStep: null, lostReason: null }),
    );
    expect([deal.owner, deal.company, deal.nextStep, deal.lostReason]).toEqual(['', '', '', '']);
    const [short] = readDealRows(
      [['Deal', 'Amount', 'Owner'], ['Pilot']],
      { deal: 0, amount: 1, owner: 2 },
      findStageIndex,
      parseStatus,
    );
    expect([short.name, short.amount, short.owner]).toEqual(['Pilot', 0, '']);
  });

  it('reads nothing from a sheet with only a header', () => {
    expect(read()).toEqual([]);
  });
});

describe('isBlankRow', () => {
  it.each([
    [[], true],
    [['', null, undefined], true],
    [[0], false],
    [[false], false],
    [[' '], false],
    [['', '', 'x'], false],
  ])('%p is blank: %p', (cells, expected) => {
    expect(isBlankRow(cells)).toBe(expected);
  });
});
