// Check data findings on a small planted set of deals, and the note merging that spares user notes.
import {
  checkDeals,
  countProblems,
  mergeNote,
  NOTE_MARK,
  userNotePart,
} from '../../src/core/check-data';
import { dayNumber } from '../../src/core/dates';
import { readDealRows } from '../../src/core/deals';
import { matchDealHeaders } from '../../src/core/schema';
import { DEFAULT_STAGES, findStage, parseStatus } from '../../src/core/stages';

const stages = DEFAULT_STAGES.map((s) => ({ ...s }));
const tz = 'Asia/Seoul';
const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

const values: unknown[][] = [
  [
    'Deal ID',
    'Deal',
    'Company',
    'Owner',
    'Stage',
    'Status',
    'Amount',
    'Probability',
    'Expected close',
  ],
  ['D-1', 'ERP', '(주)에이스', 'kim@acme.co.kr', 'Proposal', 'Open', 100, 0.4, day('2026-04-01')],
  ['D-2', 'erp', '에이스 주식회사', '', 'Proposal', '', 100, '', ''],
  ['D-3', 'CRM', 'Beta', 'not-an-email', 'Closing', 'Won', 100, '', day('2026-01-01')],
  [
    'D-4',
    'MES',
    'Gamma',
    'lee@acme.co.kr',
    'Negotiation',
    'Open',
    '1,000',
    0.95,
    day('2026-03-01'),
  ],
  ['D-5', 'SCM', 'Delta', 'park@acme.co.kr', 'Demo', 'maybe', 5, '', day('2026-03-02')],
];

function run() {
  // The sheet as set-up leaves it: a Closed on column at the right end, blank on every row.
  const header = matchDealHeaders([...values[0], 'Closed on']);
  const deals = readDealRows(values, header.columns, (t) => findStage(stages, t), parseStatus);
  return checkDeals({
    deals,
    values,
    columns: header.columns,
    stages,
    today: dayNumber(day('2026-03-02'), tz),
    timeZone: tz,
  });
}

describe('checkDeals', () => {
  it('finds every planted problem on the right cell', () => {
    const found = run().map((p) => `${p.kind}@${p.row}:${p.field}`);
    expect(found.sort()).toEqual(
      [
        'duplicate@2:deal',
        'duplicate@3:deal',
        'missingOwner@3:owner',
        'invalidEmail@4:owner',
        // D-3 is Won: a past close date is fine; D-5 closes today: not past yet.
        'pastClose@5:expectedClose',
        // D-3 is Won without Closed on.
        'noClosedOn@4:closedOn',
        'probability@5:probability',
        'amountText@5:amount',
        'unknownStage@6:stage',
        'unknownStatus@6:status',
      ].sort(),
    );
  });

  it('counts problems per kind and fills note parameters', () => {
    const problems = run();
    expect(countProblems(problems)).toEqual({
      duplicate: 2,
      missingOwner: 1,
      invalidEmail: 1,
      pastClose: 1,
      noClosedOn: 1,
      lostNoClosedOn: 0,
      probability: 1,
      amountText: 1,
      unknownStage: 1,
      unknownStatus: 1,
    });
    expect(problems.find((p) => p.kind === 'duplicate' && p.row === 2)?.params).toEqual({
      rows: '3',
    });
    expect(problems.find((p) => p.kind === 'noClosedOn')?.params).toEqual({ date: '2026-01-01' });
    expect(problems.find((p) => p.kind === 'probability')?.params).toEqual({
      value: '95%',
      stage: 'Negotiation',
      default: '60%',
    });
  });
});

describe('notes', () => {
  it('adds our lines after the user note and removes only ours', () => {
    const merged = mergeNote('call back Monday', ['Duplicate deal']);
    expect(merged).toBe(`call back Monday\n\n${NOTE_MARK}\nDuplicate deal`);
    expect(userNotePart(merged)).toBe('call back Monday');
    expect(mergeNote(merged, [])).toBe('call back Monday');
    expect(mergeNote(mergeNote('', ['a']), ['b'])).toBe(`${NOTE_MARK}\nb`);
  });
});
