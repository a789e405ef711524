// Stage history planning: edit rows and reconcile rows from deals and the History sheet's values.
import type { Deal } from '../../src/core/deals';
import {
  historyColumns,
  lastStateByDeal,
  planEditHistory,
  planReconcile,
  sameStage,
} from '../../src/core/history';
import { DEFAULT_STAGES, findStage, type Status } from '../../src/core/stages';

const stages = DEFAULT_STAGES.map((s) => ({ ...s }));
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

/** A History row of a deal at Closing, by kim: its status, when, and what wrote it. */
const closingRow = (id: string, status: string, at: Date, source: string) => [
  id,
  'Closing',
  'Closing',
  status,
  1,
  at,
  'kim',
  source,
];
const now = new Date('2026-03-02T00:00:00Z');

function deal(row: number, id: string, stageText: string, extra: Partial<Deal> = {}): Deal {
  return {
    row,
    dealId: id,
    name: `Deal ${row}`,
    company: 'Acme',
    owner: 'a@acme.co.kr',
    stageText,
    stage: findStage(stages, stageText),
    status: 'open' as Status,
    amount: 1000,
    probability: undefined,
    expectedClose: undefined,
    created: undefined,
    stageEntered: undefined,
    closedOn: undefined,
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    ...extra,
  };
}

function hist(...rows: [string, string, string, string][]): unknown[][] {
  return [
    HEADER,
    ...rows.map(([id, from, to, status]) => [id, from, to, status, 1, now, 'x', 'edit']),
  ];
}

describe('history helpers', () => {
  it('finds History columns by English or Korean header, in any order', () => {
    const cols = historyColumns(['출처', '딜 ID', '새 단계']);
    expect(cols.source).toBe(0);
    expect(cols.dealId).toBe(1);
    expect(cols.to).toBe(2);
  });

  it('keeps the last state per deal', () => {
    const last = lastStateByDeal(
      hist(['D-1', '', 'Proposal', 'Open'], ['D-1', 'Proposal', 'Negotiation', '성사']),
    );
    expect(last.get('D-1')).toEqual({ stageText: 'Negotiation', status: 'won' });
  });

  it('treats English and Korean labels of a stage as the same stage', () => {
    expect(sameStage('Proposal', '제안 및 견적', stages)).toBe(true);
    expect(sameStage('Proposal', 'Closing', stages)).toBe(false);
    expect(sameStage('Mystery', ' mystery', stages)).toBe(true);
  });
});

describe('planReconcile', () => {
  it('adds a reconcile row for a stage changed behind the trigger and restarts Stage entered', () => {
    const entered = new Date('2026-01-01T00:00:00Z');
    const plan = planReconcile(
      [deal(2, 'D-1', 'Negotiation', { stageEntered: entered })],
      hist(['D-1', '', 'Proposal', 'Open']),
      stages,
      now,
      'lead@acme.co.kr',
    );
    expect(plan.historyRows).toEqual([
      ['D-1', 'Proposal', 'Negotiation', 'Open', 1000, now, 'lead@acme.co.kr', 'reconcile'],
    ]);
    expect([...plan.stageEnteredUpdates]).toEqual([[2, now]]);
  });

  it('records a status change without touching Stage entered', () => {
    const entered = new Date('2026-01-01T00:00:00Z');
    const plan = planReconcile(
      [deal(2, 'D-1', '제안 및 견적', { status: 'lost', stageEntered: entered })],
      hist(['D-1', '', 'Proposal', 'Open']),
      stages,
      now,
      'x',
      'ko',
    );
    expect(plan.historyRows[0].slice(0, 4)).toEqual(['D-1', 'Proposal', '제안 및 견적', '실패']);
    expect(plan.stageEnteredUpdates.size).toBe(0);
  });

  it('gives deals new to History a baseline row and fills a blank Stage entered only', () => {
    const typed = new Date('2026-02-01T00:00:00Z');
    const plan = planReconcile(
      [deal(2, 'D-1', 'Proposal'), deal(3, 'D-2', 'Closing', { stageEntered: typed })],
      hist(),
      stages,
      now,
      'x',
    );
    expect(plan.changes.map((c) => [c.dealId, c.from, c.to])).toEqual([
      ['D-1', '', 'Proposal'],
      ['D-2', '', 'Closing'],
    ]);
    expect([...plan.stageEnteredUpdates.keys()]).toEqual([2]);
  });

  it('writes nothing when every deal matches its last History row', () => {
    const plan = planReconcile(
      [deal(2, 'D-1', 'Proposal'), deal(3, '', 'Closing'), deal(4, 'D-3', '')],
      hist(['D-1', '', '제안 및 견적', 'Open']),
      stages,
      now,
      'x',
    );
    expect(plan.historyRows).toEqual([]);
    expect(plan.stageEnteredUpdates.size).toBe(0);
  });
});

describe('planEditHistory', () => {
  it('uses the edit event old value for a single-cell stage edit', () => {
    const plan = planEditHistory(
      [deal(5, 'D-9', 'Negotiation', { probability: 0.4 })],
      hist(),
      stages,
      now,
      'rep@acme.co.kr',
      'en',
      { stage: new Map([[5, 'Proposal']]) },
    );
    expect(plan.historyRows).toEqual([
      ['D-9', 'Proposal', 'Negotiation', 'Open', 1000, now, 'rep@acme.co.kr', 'edit'],
    ]);
    expect([...plan.stageEnteredUpdates]).toEqual([[5, now]]);
    // 40% was Proposal's default, so it follows the stage to Negotiation's 60%.
    expect([...plan.probabilityUpdates]).toEqual([[5, 0.6]]);
  });

  it('keeps a probability the user typed', () => {
    const plan = planEditHistory(
      [deal(5, 'D-9', 'Negotiation', { probability: 0.35 })],
      hist(),
      stages,
      now,
      'x',
      'en',
      { stage: new Map([[5, 'Proposal']]) },
    );
    expect(plan.probabilityUpdates.size).toBe(0);
  });

  it('uses the last History row for pasted rows and skips unchanged ones', () => {
    const plan = planEditHistory(
      [deal(2, 'D-1', 'Closing'), deal(3, 'D-2', 'Proposal'), deal(4, 'D-3', 'Proposal')],
      hist(['D-1', '', 'Negotiation', 'Open'], ['D-2', '', 'Proposal', 'Open']),
      stages,
      now,
      'x',
      'en',
    );
    expect(plan.changes.map((c) => [c.dealId, c.from, c.to])).toEqual([
      ['D-1', 'Negotiation', 'Closing'],
      ['D-3', '', 'Proposal'],
    ]);
    expect([...plan.probabilityUpdates]).toEqual([
      [2, 0.8],
      [4, 0.4],
    ]);
  });

  it('records a status edit as a row that keeps the stage', () => {
    const plan = planEditHistory(
      [deal(2, 'D-1', 'Closing', { status: 'won' })],
      hist(),
      stages,
      now,
      'x',
      'ko',
      { status: new Map([[2, '진행']]) },
    );
    expect(plan.historyRows[0].slice(0, 4)).toEqual(['D-1', 'Closing', 'Closing', '성사']);
    expect(plan.stageEnteredUpdates.size).toBe(0);
  });

  it('ignores an edit that retypes the same stage in the other language', () => {
    const plan = planEditHistory([deal(2, 'D-1', '협상')], hist(), stages, now, 'x', 'en', {
      stage: new Map([[2, 'Negotiation']]),
    });
    expect(plan.historyRows).toEqual([]);
  });
});

describe('Closed on', () => {
  const typed = new Date('2026-02-20T00:00:00Z');

  it('is not invented by reconcile for a deal found Won or Lost without an edit: it stays blank', () => {
    // Status pasted while the edit trigger was off: nobody recorded the day it happened.
    const plan = planReconcile(
      [
        deal(2, 'D-1', 'Closing', { status: 'won' }),
        deal(3, 'D-2', 'Proposal', { status: 'lost', closedOn: typed }),
        deal(4, 'D-3', 'Closing', { status: 'open' }),
      ],
      hist(
        ['D-1', '', 'Closing', 'Open'],
        ['D-2', '', 'Proposal', 'Open'],
        ['D-3', '', 'Closing', 'Open'],
      ),
      stages,
      now,
      'job',
    );
    expect(plan.historyRows).toHaveLength(2);
    expect(plan.closedOnUpdates.size).toBe(0);
  });

  it('is filled by reconcile from the date History recorded for the edit that closed the deal', () => {
    const wonAt = new Date('2026-02-12T05:00:00Z');
    const lostAt = new Date('2026-02-14T05:00:00Z');
    const history = [
      HEADER,
      closingRow('D-1', 'Open', new Date('2026-01-10T05:00:00Z'), 'edit'),
      closingRow('D-1', 'Won', wonAt, 'edit'),
      // Lost, reopened, then lost again: the latest close counts.
      closingRow('D-2', 'Lost', new Date('2026-01-20T05:00:00Z'), 'edit'),
      closingRow('D-2', 'Open', new Date('2026-02-01T05:00:00Z'), 'edit'),
      closingRow('D-2', 'Lost', lostAt, 'edit'),
      // Noticed by reconcile or arrived by import: their dates are not the day it closed.
      closingRow('D-3', 'Open', new Date('2026-01-10T05:00:00Z'), 'edit'),
      closingRow('D-3', 'Won', new Date('2026-02-20T05:00:00Z'), 'reconcile'),
      closingRow('D-4', 'Won', new Date('2025-12-01T05:00:00Z'), 'import'),
      // A typed Closed on is kept; a status that changed again since is not dated by History.
      closingRow('D-5', 'Won', wonAt, 'edit'),
      closingRow('D-6', 'Won', wonAt, 'edit'),
    ];
    const plan = planReconcile(
      [
        deal(2, 'D-1', 'Closing', { status: 'won' }),
        deal(3, 'D-2', 'Closing', { status: 'lost' }),
        deal(4, 'D-3', 'Closing', { status: 'won' }),
        deal(5, 'D-4', 'Closing', { status: 'won' }),
        deal(6, 'D-5', 'Closing', { status: 'won', closedOn: typed }),
        deal(7, 'D-6', 'Closing', { status: 'lost' }),
      ],
      history,
      stages,
      now,
      'job',
    );
    expect([...plan.closedOnUpdates]).toEqual([
      [2, wonAt],
      [3, lostAt],
    ]);
    // Only the deal whose status changed since its last History row gets a reconcile row.
    expect(plan.changes.map((c) => c.dealId)).toEqual(['D-6']);
  });

  it('is not invented for a deal new to History that is already closed', () => {
    const plan = planReconcile(
      [deal(2, 'D-1', 'Closing', { status: 'won' })],
      hist(),
      stages,
      now,
      'job',
    );
    expect(plan.historyRows).toHaveLength(1);
    expect(plan.closedOnUpdates.size).toBe(0);
  });

  it('is set by an edit to Won or Lost, keeps a typed one, and is left alone when reopened', () => {
    const plan = planEditHistory(
      [
        deal(2, 'D-1', 'Closing', { status: 'won' }),
        deal(3, 'D-2', 'Closing', { status: 'lost', closedOn: typed }),
        deal(4, 'D-3', 'Closing', { status: 'open', closedOn: typed }),
      ],
      hist(
        ['D-1', '', 'Closing', 'Open'],
        ['D-2', '', 'Closing', 'Open'],
        ['D-3', '', 'Closing', 'Won'],
      ),
      stages,
      now,
      'me',
      'en',
    );
    expect(plan.historyRows).toHaveLength(3);
    expect([...plan.closedOnUpdates]).toEqual([[2, now]]);
  });

  it('is not written when an edit reopens a deal whose Closed on is blank', () => {
    const plan = planEditHistory(
      [deal(2, 'D-1', 'Closing', { status: 'open' })],
      hist(['D-1', '', 'Closing', 'Won']),
      stages,
      now,
      'me',
      'en',
    );
    expect(plan.historyRows).toHaveLength(1);
    expect(plan.closedOnUpdates.size).toBe(0);
  });

  it('reconcile takes the day of the edit that closed the deal, however History repeats it', () => {
    const wonAt = new Date('2026-02-10T05:00:00Z');
    const history = [
      HEADER,
      // The close typed, then the same status noticed again by reconcile: the edit's day stays.
      closingRow('D-1', 'Won', wonAt, 'edit'),
      closingRow('D-1', 'Won', new Date('2026-02-20T05:00:00Z'), 'reconcile'),
      // IDs and sources with spaces around them are the same deal and the same edit.
      closingRow(' D-2 ', 'Won', wonAt, ' edit '),
      // Won by edit, then reopened by edit: an open deal has no close day, whatever it says now.
      closingRow('D-3', 'Won', wonAt, 'edit'),
      closingRow('D-3', 'Open', new Date('2026-02-12T05:00:00Z'), 'edit'),
    ];
    const plan = planReconcile(
      [
        deal(2, 'D-1', 'Closing', { status: 'won' }),
        deal(3, 'D-2', 'Closing', { status: 'won' }),
        deal(4, 'D-3', 'Closing', { status: 'open' }),
      ],
      history,
      stages,
      now,
      'job',
    );
    expect([...plan.closedOnUpdates]).toEqual([
      [2, wonAt],
      [3, wonAt],
    ]);
  });
});
