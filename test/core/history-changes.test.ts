// Which edits and reconciles write a History row, and what the row says, at every branch of the rules.
import type { Deal } from '../../src/core/deals';
import {
  historyColumns,
  historyRow,
  lastStateByDeal,
  planEditHistory,
  planReconcile,
  sameStage,
} from '../../src/core/history';
import { DEFAULT_STAGES, findStage } from '../../src/core/stages';

const stages = DEFAULT_STAGES;
const now = new Date('2026-03-02T01:00:00Z');
const typedEntered = new Date('2026-02-01T00:00:00Z');
const HEADER = [
  'Deal ID',
  'From stage',
  'To stage',
  'Status',
  'Amount',
  'Changed at',
  'Changed by',
  'Source',
];

function deal(row: number, dealId: string, stageText: string, extra: Partial<Deal> = {}): Deal {
  return {
    row,
    dealId,
    name: 'Deal',
    company: 'Acme',
    owner: 'a@acme.co.kr',
    stageText,
    stage: findStage(stages, stageText),
    status: 'open',
    amount: 1000,
    probability: undefined,
    expectedClose: undefined,
    created: undefined,
    stageEntered: typedEntered,
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    closedOn: undefined,
    ...extra,
  };
}

const history = (...rows: unknown[][]) => [HEADER, ...rows];
const edit = (d: Deal, hist: unknown[][], old = {}) =>
  planEditHistory([d], hist, stages, now, 'rep@acme.co.kr', 'en', old);
const summary = (plan: { changes: { from: string; to: string; status: string }[] }) =>
  plan.changes.map((c) => `${c.from}→${c.to} ${c.status}`);

describe('sameStage', () => {
  it.each([
    ['Proposal', '제안 및 견적', true],
    ['  proposal', 'PROPOSAL ', true],
    ['계약 성사', 'Closing', true],
    ['Proposal', 'Closing', false],
    ['Proposal', 'Pilot', false],
    ['Pilot', 'Proposal', false],
    ['Pilot', ' pilot', true],
    ['Pilot', 'Trial', false],
    ['Prospecting', '잠재 고객 발굴', true],
    ['잠재 고객 발굴', 'prospecting', true],
    ['', '', true],
    ['', 'Proposal', false],
  ])('%p and %p: %p', (a, b, same) => {
    expect(sameStage(a, b, stages)).toBe(same);
  });
});

describe('History columns and rows', () => {
  it('places fields a header lacks at its right end, in the schema order', () => {
    const schema = {
      dealId: 0,
      from: 1,
      to: 2,
      status: 3,
      amount: 4,
      changedAt: 5,
      changedBy: 6,
      source: 7,
    };
    expect(historyColumns(undefined)).toEqual(schema);
    const shifted = Object.fromEntries(Object.entries(schema).map(([k, c]) => [k, c + 3]));
    expect(historyColumns(['', 42, null])).toEqual(shifted);
  });

  it('writes each value under its own header, leaving other columns blank', () => {
    const header = [
      '메모',
      '출처',
      '딜 ID',
      '새 단계',
      '이전 단계',
      '상태',
      '금액',
      '변경 시각',
      '변경자',
      '비고',
    ];
    const cols = historyColumns(header);
    const row = historyRow(
      {
        dealId: 'D-1',
        from: 'Proposal',
        to: 'Negotiation',
        status: 'won',
        amount: 500,
        changedAt: now,
        changedBy: 'kim',
        source: 'edit',
      },
      cols,
      'ko',
    );
    expect(row).toEqual(['', 'edit', 'D-1', 'Negotiation', 'Proposal', '성사', 500, now, 'kim']);
  });

  it('reads the last state per deal: trimmed IDs and stages, blank or unknown status as Open', () => {
    const last = lastStateByDeal(
      history(
        [' D-1 ', '', ' Proposal ', 'Won'],
        ['', 'x', 'Closing', 'Lost'],
        ['D-2', '', ' Closing ', 'Paused'],
        ['D-3', '', 'Closing', ''],
        ['D-1', '', '협상', 'Open'],
      ),
    );
    expect([...last]).toEqual([
      ['D-1', { stageText: '협상', status: 'open' }],
      ['D-2', { stageText: 'Closing', status: 'open' }],
      ['D-3', { stageText: 'Closing', status: 'open' }],
    ]);
  });
});

describe('planEditHistory', () => {
  it('a stage edit on a Won deal that only switches the label language writes nothing', () => {
    const won = deal(2, 'D-1', '계약 성사', { status: 'won' });
    expect(edit(won, history(), { stage: new Map([[2, 'Closing']]) }).changes).toEqual([]);
  });

  it('a stage edit on a Won deal logs the stage change with the status it has', () => {
    const won = deal(2, 'D-1', 'Retention', { status: 'won' });
    const plan = edit(won, history(['D-1', '', 'Closing', 'Open']), {
      stage: new Map([[2, 'Closing']]),
    });
    expect(summary(plan)).toEqual(['Closing→Retention won']);
  });

  it('a status edit takes the stage from History, else from the deal itself', () => {
    const lost = deal(2, 'D-1', 'Proposal', { status: 'lost' });
    const old = { status: new Map([[2, 'Open']]) };
    expect(summary(edit(lost, history(['D-1', '', 'Qualification', 'Open']), old))).toEqual([
      'Qualification→Proposal lost',
    ]);
    const plan = edit(lost, history(), old);
    expect(summary(plan)).toEqual(['Proposal→Proposal lost']);
    expect(plan.stageEnteredUpdates.size).toBe(0);
    expect(plan.probabilityUpdates.size).toBe(0);
  });

  it.each([
    ['Open', 1],
    ['', 1],
    ['Paused', 1],
    ['Lost', 0],
    ['실패', 0],
  ])('a status edit from %p to Lost writes %p rows', (before, rows) => {
    const lost = deal(2, 'D-1', 'Proposal', { status: 'lost' });
    expect(edit(lost, history(), { status: new Map([[2, before]]) }).changes).toHaveLength(rows);
  });

  it('an old status no one can read counts as Open', () => {
    const open = deal(2, 'D-1', 'Proposal');
    expect(edit(open, history(), { status: new Map([[2, 'Paused']]) }).changes).toEqual([]);
  });

  it('a new deal without a stage or status change writes nothing', () => {
    expect(edit(deal(2, 'D-1', ''), history()).changes).toEqual([]);
  });

  it('without old values or History a deal is new: from blank, as Open', () => {
    const plan = edit(deal(7, 'D-7', 'Proposal', { status: 'won', amount: Number.NaN }), history());
    expect(plan.changes).toEqual([
      {
        dealId: 'D-7',
        from: '',
        to: 'Proposal',
        status: 'won',
        amount: '',
        changedAt: now,
        changedBy: 'rep@acme.co.kr',
        source: 'edit',
      },
    ]);
  });

  it('an old value for another row does not count for this one', () => {
    const plan = edit(deal(3, 'D-3', 'Closing'), history(['D-3', '', 'Closing', 'Open']), {
      stage: new Map([[9, 'Proposal']]),
    });
    expect(plan.changes).toEqual([]);
  });

  it.each([
    ['blank', undefined, 0.8],
    ['the old stage default', 0.6, 0.8],
    ['typed by the user', 0.65, undefined],
  ])('Probability %s, on a move to Closing: %p → %p', (_name, probability, expected) => {
    const plan = edit(deal(4, 'D-4', 'Closing', { probability }), history(), {
      stage: new Map([[4, 'Negotiation']]),
    });
    expect(plan.probabilityUpdates.get(4)).toBe(expected);
    expect(plan.stageEnteredUpdates.get(4)).toBe(now);
  });

  it('the first stage’s default counts too, into it and out of it', () => {
    const into = edit(deal(4, 'D-4', 'Prospecting'), history(), {
      stage: new Map([[4, 'Qualification']]),
    });
    expect(into.probabilityUpdates.get(4)).toBe(0.1);
    const out = edit(deal(4, 'D-4', 'Qualification', { probability: 0.1 }), history(), {
      stage: new Map([[4, 'Prospecting']]),
    });
    expect(out.probabilityUpdates.get(4)).toBe(0.2);
  });

  it('a move to or from a stage the Settings do not know sets Stage entered only', () => {
    const toUnknown = edit(deal(4, 'D-4', 'Pilot'), history(), {
      stage: new Map([[4, 'Proposal']]),
    });
    expect(toUnknown.stageEnteredUpdates.get(4)).toBe(now);
    expect(toUnknown.probabilityUpdates.size).toBe(0);
    const fromUnknown = edit(deal(4, 'D-4', 'Proposal', { probability: 0 }), history(), {
      stage: new Map([[4, 'Pilot']]),
    });
    expect(fromUnknown.probabilityUpdates.size).toBe(0);
  });
});

describe('planReconcile', () => {
  const reconcile = (deals: Deal[], hist: unknown[][], lang: 'en' | 'ko' = 'en') =>
    planReconcile(deals, hist, stages, now, 'job', lang);

  it('skips deals without an ID, and new deals without a stage', () => {
    const plan = reconcile([deal(2, '', 'Proposal'), deal(3, 'D-3', '')], history());
    expect(plan.changes).toEqual([]);
  });

  it('logs a deal whose stage was cleared, restarting Stage entered', () => {
    const plan = reconcile([deal(2, 'D-1', '')], history(['D-1', '', 'Proposal', 'Open']));
    expect(summary(plan)).toEqual(['Proposal→ open']);
    expect(plan.stageEnteredUpdates.get(2)).toBe(now);
  });

  it('a status change fills a blank Stage entered only on an open deal', () => {
    const hist = history(['D-1', '', 'Proposal', 'Open']);
    const kept = reconcile([deal(2, 'D-1', 'Proposal', { status: 'won' })], hist);
    expect(kept.stageEnteredUpdates.size).toBe(0);
    const closed = reconcile(
      [deal(2, 'D-1', 'Proposal', { status: 'won', stageEntered: undefined })],
      hist,
    );
    expect(closed.stageEnteredUpdates.size).toBe(0);
    const reopened = reconcile(
      [deal(2, 'D-1', 'Proposal', { stageEntered: undefined })],
      history(['D-1', '', 'Proposal', 'Won']),
    );
    expect(reopened.stageEnteredUpdates.get(2)).toBe(now);
  });

  it('writes the reconcile row in the History language, amount blank when unreadable', () => {
    const plan = reconcile(
      [deal(2, 'D-1', 'Negotiation', { status: 'lost', amount: Number.NaN })],
      history(['D-1', '', 'Proposal', 'Open']),
      'ko',
    );
    expect(plan.historyRows).toEqual([
      ['D-1', 'Proposal', 'Negotiation', '실패', '', now, 'job', 'reconcile'],
    ]);
  });
});
