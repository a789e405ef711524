// Each Check data rule at its boundary, which cell it marks, and the duplicate-name rules behind it.
import {
  checkDeals,
  countProblems,
  isEmail,
  mergeNote,
  userNotePart,
} from '../../src/core/check-data';
import { dayNumber } from '../../src/core/dates';
import type { Deal } from '../../src/core/deals';
import { duplicateKey, findDuplicates, normalizeName } from '../../src/core/duplicates';
import { DEFAULT_STAGES } from '../../src/core/stages';

const TZ = 'Asia/Seoul';
const seoul = (iso: string, time = '00:00') => new Date(`${iso}T${time}:00+09:00`);
const TODAY = dayNumber(seoul('2026-03-10'), TZ);
const COLUMNS = { deal: 0, owner: 1, status: 2, amount: 3 };

function deal(row: number, over: Partial<Deal> = {}): Deal {
  return {
    row,
    dealId: `D-${row}`,
    name: `Deal ${row}`,
    company: `Company ${row}`,
    owner: 'kim@acme.co.kr',
    stageText: 'Proposal',
    stage: 2, // default probability 40%
    status: 'open',
    amount: 100,
    probability: undefined,
    expectedClose: undefined,
    created: undefined,
    stageEntered: undefined,
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    closedOn: undefined,
    ...over,
  };
}

/** The problems for deals whose raw Status/Amount cells are given per row (others blank). */
function check(
  deals: Deal[],
  raw: Record<number, unknown[]> = {},
  columns: Record<string, number> = COLUMNS,
) {
  const height = Math.max(1, ...deals.map((d) => d.row));
  const values = Array.from({ length: height }, (_, i) => raw[i + 1] ?? ['', '', '', '']);
  return checkDeals({ deals, values, columns, stages: DEFAULT_STAGES, today: TODAY, timeZone: TZ });
}
const kinds = (deals: Deal[], raw?: Record<number, unknown[]>) =>
  check(deals, raw).map((p) => p.kind);

describe('probability far from the stage default (Proposal 40%, tolerance 25 points)', () => {
  it.each([
    [0.4, false],
    [0.65, false],
    [0.15, false],
    [0.66, true],
    [0.14, true],
    [0, true],
    [1, true],
  ])('%p flagged: %p', (probability, flagged) => {
    expect(kinds([deal(2, { probability })])).toEqual(flagged ? ['probability'] : []);
  });

  it('checks the first stage too, which is no unknown stage', () => {
    const first = deal(2, { stage: 0, stageText: 'Prospecting', probability: 0.9 });
    expect(kinds([first])).toEqual(['probability']);
  });

  it('names the value, the stage as written and its default', () => {
    expect(check([deal(2, { probability: 0.9, stageText: '제안 및 견적' })])).toEqual([
      {
        kind: 'probability',
        row: 2,
        field: 'probability',
        params: { value: '90%', stage: '제안 및 견적', default: '40%' },
      },
    ]);
  });

  it('leaves blank probabilities, closed deals and unknown stages alone', () => {
    const deals = [
      deal(2, { probability: undefined }),
      deal(3, { probability: 0.9, status: 'won' }),
      deal(4, { probability: 0.9, status: 'lost' }),
      deal(5, { probability: 0.9, stage: -1, stageText: '' }),
    ];
    expect(kinds(deals)).toEqual([]);
  });
});

describe('expected close in the past', () => {
  it.each([
    ['yesterday', seoul('2026-03-09'), true],
    ['yesterday, late evening', seoul('2026-03-09', '23:59'), true],
    ['today', seoul('2026-03-10'), false],
    ['tomorrow', seoul('2026-03-11'), false],
  ])('%s: flagged %p', (_name, expectedClose, flagged) => {
    expect(kinds([deal(2, { expectedClose })])).toEqual(flagged ? ['pastClose'] : []);
  });

  it('gives the date in the spreadsheet’s zone, and skips closed deals', () => {
    const late = seoul('2026-03-01', '00:30'); // still Feb 28 in UTC
    expect(check([deal(2, { expectedClose: late })])[0].params).toEqual({ date: '2026-03-01' });
    expect(kinds([deal(2, { expectedClose: late, status: 'won' })])).toEqual([]);
  });
});

describe('owners', () => {
  it('marks a blank owner on the Owner cell, or on the Deal cell when there is no Owner column', () => {
    expect(check([deal(2, { owner: '' })]).map((p) => [p.kind, p.field])).toEqual([
      ['missingOwner', 'owner'],
    ]);
    const noOwner = check([deal(2, { owner: '' })], {}, { deal: 0, status: 2, amount: 3 });
    expect(noOwner.map((p) => [p.kind, p.field])).toEqual([['missingOwner', 'deal']]);
  });

  it.each([
    ['kim@acme.co.kr', true],
    [' kim@acme.co.kr ', true],
    ['kim@acme.io', true],
    ['kim@acme.c', false],
    ['kim@acme', false],
    ['kim lee@acme.co.kr', false],
    ['김@acme.co.kr', true],
    ['Kim <kim@acme.co.kr>', false],
  ])('%p is an email: %p', (owner, ok) => {
    expect(isEmail(owner)).toBe(ok);
    expect(check([deal(2, { owner })])).toEqual(
      ok ? [] : [{ kind: 'invalidEmail', row: 2, field: 'owner', params: { value: owner } }],
    );
  });
});

describe('cells that could not be read', () => {
  it('quotes the text of an amount cell that is no number', () => {
    const problems = check([deal(2, { amount: Number.NaN })], { 2: ['', '', 'Open', '1,000원'] });
    expect(problems).toEqual([
      { kind: 'amountText', row: 2, field: 'amount', params: { value: '1,000원' } },
    ]);
  });

  it('flags a stage text no stage has, but not a blank stage', () => {
    expect(check([deal(2, { stage: -1, stageText: 'Demo' })])).toEqual([
      { kind: 'unknownStage', row: 2, field: 'stage', params: { value: 'Demo' } },
    ]);
    expect(kinds([deal(2, { stage: -1, stageText: '' })])).toEqual([]);
  });

  it.each([
    ['', false],
    [' won ', false],
    ['실패', false],
    ['maybe', true],
    [3, true],
  ])('status cell %p flagged: %p', (status, flagged) => {
    const problems = check([deal(2)], { 2: ['', '', status, 100] });
    expect(problems).toEqual(
      flagged
        ? [{ kind: 'unknownStatus', row: 2, field: 'status', params: { value: String(status) } }]
        : [],
    );
  });
});

describe('closed deals without Closed on', () => {
  const WITH_CLOSED_ON = { ...COLUMNS, closedOn: 4 };

  it('names Won and Lost apart, with the expected close the figures use instead', () => {
    const won = deal(2, { status: 'won', expectedClose: seoul('2026-02-27') });
    const lost = deal(3, { status: 'lost', expectedClose: seoul('2026-03-02') });
    expect(check([won, lost], {}, WITH_CLOSED_ON)).toEqual([
      { kind: 'noClosedOn', row: 2, field: 'closedOn', params: { date: '2026-02-27' } },
      { kind: 'lostNoClosedOn', row: 3, field: 'closedOn', params: { date: '2026-03-02' } },
    ]);
  });

  it('shows a dash when there is no expected close either', () => {
    expect(check([deal(2, { status: 'lost' })], {}, WITH_CLOSED_ON)).toEqual([
      { kind: 'lostNoClosedOn', row: 2, field: 'closedOn', params: { date: '—' } },
    ]);
  });

  it('lists nothing before the sheet has the column, or when the day is there', () => {
    expect(kinds([deal(2, { status: 'won' })])).toEqual([]);
    const closed = deal(2, { status: 'won', closedOn: seoul('2026-03-01') });
    expect(check([closed], {}, WITH_CLOSED_ON)).toEqual([]);
  });
});

describe('outcome words in the stage column', () => {
  it('are no unknown stage when Status says the deal is closed', () => {
    const won = deal(2, { status: 'won', stage: -1, stageText: 'Closed Won' });
    const lost = deal(3, { status: 'lost', stage: -1, stageText: '실주' });
    expect(kinds([won, lost], { 2: ['', '', 'Won', 100], 3: ['', '', 'Lost', 100] })).toEqual([]);
  });

  it('are an unknown stage on an open deal, whose Status contradicts them', () => {
    const open = deal(2, { stage: -1, stageText: 'Closed Won' });
    expect(check([open])).toEqual([
      { kind: 'unknownStage', row: 2, field: 'stage', params: { value: 'Closed Won' } },
    ]);
  });
});

describe('a sheet without a Status column', () => {
  it('reads every deal as open and flags no status', () => {
    const columns = { deal: 0, owner: 1, amount: 2 };
    expect(check([deal(2)], { 2: ['Deal 2', 'kim@acme.co.kr', 100] }, columns)).toEqual([]);
  });
});

describe('duplicates', () => {
  it('marks each copy with the rows of the others', () => {
    const deals = [
      deal(2, { name: 'ERP', company: '(주)에이스' }),
      deal(3, { name: 'CRM', company: 'Beta' }),
      deal(4, { name: 'erp ', company: '에이스 주식회사' }),
      deal(5, { name: 'ＥＲＰ', company: '㈜에이스' }),
    ];
    expect(check(deals).map((p) => [p.row, p.params.rows])).toEqual([
      [2, '4, 5'],
      [4, '2, 5'],
      [5, '2, 4'],
    ]);
  });

  it.each([
    ['Acme Inc.', 'acme'],
    ['ACME Co., Ltd.', 'acme'],
    ['Cobalt Systems', 'cobaltsystems'],
    ['Company of Heroes', 'ofheroes'],
    ['(유) 한빛', '한빛'],
    ['사단법인 한빛', '한빛'],
    ['유한 회사 한빛', '한빛'],
    ['Incheon Logistics', 'incheonlogistics'],
  ])('%p is known as %p', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it('a deal without a name is never a duplicate', () => {
    expect(duplicateKey({ company: 'Acme', name: '' })).toBe('');
    expect(duplicateKey({ company: 'Acme', name: 'ERP' })).toBe('acme|erp');
    expect(
      findDuplicates([
        { company: 'Acme', name: '' },
        { company: 'Acme', name: ' ' },
      ]),
    ).toEqual([]);
  });
});

describe('order, counts and notes', () => {
  it('lists problems kind by kind, in sheet order within each kind', () => {
    const deals = [
      deal(3, { owner: '' }),
      deal(2, { owner: 'x', probability: 0.99 }),
      deal(4, { owner: '' }),
    ];
    expect(check(deals).map((p) => `${p.kind}:${p.row}`)).toEqual([
      'missingOwner:3',
      'invalidEmail:2',
      'missingOwner:4',
      'probability:2',
    ]);
  });

  it('counts every kind, 0 when clean', () => {
    const counts = countProblems(check([deal(2, { owner: '' }), deal(3, { owner: '' })]));
    expect(counts).toEqual({
      duplicate: 0,
      missingOwner: 2,
      invalidEmail: 0,
      pastClose: 0,
      noClosedOn: 0,
      lostNoClosedOn: 0,
      probability: 0,
      amountText: 0,
      unknownStage: 0,
      unknownStatus: 0,
    });
  });

  it.each([
    ['', ''],
    ['call back Monday', 'call back Monday'],
    ['call back Monday  \n\n⚑ Pipeline Sheet\nold line', 'call back Monday'],
    ['⚑ Pipeline Sheet\nold line', ''],
  ])('the user part of %p is %p', (note, user) => {
    expect(userNotePart(note)).toBe(user);
  });

  it('writes our lines under the user’s note, or alone', () => {
    expect(mergeNote('', ['Owner is blank'])).toBe('⚑ Pipeline Sheet\nOwner is blank');
    expect(mergeNote('mine', ['a', 'b'])).toBe('mine\n\n⚑ Pipeline Sheet\na\nb');
    expect(mergeNote('mine\n\n⚑ Pipeline Sheet\nold', [])).toBe('mine');
  });
});
