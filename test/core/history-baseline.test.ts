// The first adoption's History: one import row per deal new to History, dated from the data's own dates.
import type { Deal } from '../../src/core/deals';
import { planImportBaseline } from '../../src/core/history';
import { DEFAULT_STAGES, findStage } from '../../src/core/stages';

const now = new Date('2026-03-02T01:00:00Z');
const entered = new Date('2026-01-10T00:00:00Z');
const closedOn = new Date('2026-01-20T00:00:00Z');
const expectedClose = new Date('2026-01-25T00:00:00Z');
const created = new Date('2025-12-01T00:00:00Z');
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
    stage: findStage(DEFAULT_STAGES, stageText),
    status: 'open',
    amount: 1000,
    probability: undefined,
    expectedClose: undefined,
    created: undefined,
    stageEntered: undefined,
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    closedOn: undefined,
    ...extra,
  };
}

const baseline = (deals: Deal[], history: unknown[][] = [HEADER], lang: 'en' | 'ko' = 'en') =>
  planImportBaseline(deals, history, now, 'setup@acme.co.kr', lang);

/** When each baseline row is dated, by Deal ID. */
const dated = (deals: Deal[]) =>
  baseline(deals).changes.map((c) => [c.dealId, c.changedAt.toISOString()]);

describe('planImportBaseline', () => {
  it('writes one import row per deal, from blank to the stage and status it arrived with', () => {
    const plan = baseline(
      [
        deal(2, 'D-1', 'Proposal', { stageEntered: entered }),
        deal(3, 'D-2', '협상', { status: 'won', amount: Number.NaN, closedOn }),
      ],
      [HEADER],
      'ko',
    );
    expect(plan.changes).toEqual([
      {
        dealId: 'D-1',
        from: '',
        to: 'Proposal',
        status: 'open',
        amount: 1000,
        changedAt: entered,
        changedBy: 'setup@acme.co.kr',
        source: 'import',
      },
      {
        dealId: 'D-2',
        from: '',
        to: '협상',
        status: 'won',
        amount: '',
        changedAt: closedOn,
        changedBy: 'setup@acme.co.kr',
        source: 'import',
      },
    ]);
    expect(plan.historyRows).toEqual([
      ['D-1', '', 'Proposal', '진행', 1000, entered, 'setup@acme.co.kr', 'import'],
      ['D-2', '', '협상', '성사', '', closedOn, 'setup@acme.co.kr', 'import'],
    ]);
    expect(plan.stageEnteredUpdates.size).toBe(0);
    expect(plan.closedOnUpdates.size).toBe(0);
  });

  it("puts a CRM's stage history first, dated by the export, so the baseline stays each deal's last row", () => {
    const march = new Date('2022-03-02T00:00:00Z');
    const april = new Date('2022-04-06T00:00:00Z');
    const july = new Date('2022-07-07T00:00:00Z');
    const plan = planImportBaseline(
      [
        deal(2, '006A', 'Closed Won', { status: 'won', closedOn: july }),
        deal(3, '006B', 'Proposal', { stageEntered: entered }),
      ],
      [HEADER],
      now,
      'setup@acme.co.kr',
      'en',
      new Map([
        [
          '006A',
          [
            { at: march, stage: 'Prospecting', status: 'open' as const },
            { at: april, stage: 'Negotiation/Review', status: 'open' as const },
            { at: july, stage: 'Closed Won', status: 'won' as const },
          ],
        ],
      ]),
    );
    expect(plan.historyRows).toEqual([
      ['006A', '', 'Prospecting', 'Open', '', march, 'setup@acme.co.kr', 'import history'],
      [
        '006A',
        'Prospecting',
        'Negotiation/Review',
        'Open',
        '',
        april,
        'setup@acme.co.kr',
        'import history',
      ],
      [
        '006A',
        'Negotiation/Review',
        'Closed Won',
        'Won',
        '',
        july,
        'setup@acme.co.kr',
        'import history',
      ],
      ['006A', 'Closed Won', 'Closed Won', 'Won', 1000, july, 'setup@acme.co.kr', 'import'],
      ['006B', '', 'Proposal', 'Open', 1000, entered, 'setup@acme.co.kr', 'import'],
    ]);
  });

  it('writes the status in English for an English workbook', () => {
    expect(baseline([deal(2, 'D-1', 'Proposal', { status: 'lost' })]).historyRows[0][3]).toBe(
      'Lost',
    );
  });

  it('dates a row from Stage entered, else a closed deal’s close date, else Created, else now', () => {
    expect(
      dated([
        deal(2, 'A', 'Proposal', { stageEntered: entered, closedOn, created }),
        deal(3, 'B', 'Proposal', { status: 'lost', closedOn, expectedClose, created }),
        deal(4, 'C', 'Proposal', { status: 'won', expectedClose, created }),
        deal(5, 'D', 'Proposal', { closedOn, expectedClose, created }),
        deal(6, 'E', 'Proposal', { status: 'won' }),
        deal(7, 'F', 'Proposal'),
      ]),
    ).toEqual([
      ['A', entered.toISOString()],
      ['B', closedOn.toISOString()],
      ['C', expectedClose.toISOString()],
      // An open deal's close date is a plan, not the day anything happened.
      ['D', created.toISOString()],
      ['E', now.toISOString()],
      ['F', now.toISOString()],
    ]);
  });

  it('skips deals without an ID, deals History already has, and open deals without a stage', () => {
    const history = [HEADER, ['D-9', '', 'Proposal', 'Open', 5, now, 'x', 'edit']];
    const plan = baseline(
      [
        deal(2, '', 'Proposal'),
        deal(3, 'D-9', 'Negotiation'),
        deal(4, 'D-3', ''),
        deal(5, 'D-4', '', { status: 'lost' }),
        deal(6, 'D-5', 'Proposal'),
      ],
      history,
    );
    expect(plan.changes.map((c) => [c.dealId, c.to, c.status])).toEqual([
      ['D-4', '', 'lost'],
      ['D-5', 'Proposal', 'open'],
    ]);
  });

  it('lays rows out under a History header in another order', () => {
    const header = [
      'Source',
      'Deal ID',
      'Status',
      'To stage',
      'From stage',
      'Amount',
      'Changed at',
      'Changed by',
    ];
    const plan = baseline([deal(2, 'D-1', 'Proposal')], [header]);
    expect(plan.historyRows).toEqual([
      ['import', 'D-1', 'Open', 'Proposal', '', 1000, now, 'setup@acme.co.kr'],
    ]);
  });
});
