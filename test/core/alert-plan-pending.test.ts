// Digest planning: which attempts make an owner pending, and blocks and sends on the day a stage began.
import type { AlertLogEntry, Outcome } from '../../src/core/alert-log';
import { type PlanInput, planAlertDigests } from '../../src/core/alert-plan';
import type { StalledDeal } from '../../src/core/stall';

const TODAY = 20_500;

function stalled(key: string, owner: string, over: Partial<StalledDeal> = {}): StalledDeal {
  return {
    deal: { owner, dealId: key, row: 2, amount: 100 } as StalledDeal['deal'],
    key,
    days: 12,
    threshold: 10,
    escalated: false,
    enteredDay: TODAY - 12,
    escalatedSince: undefined,
    ...over,
  };
}

const RESULTS: Record<Outcome, string> = {
  sent: 'sent',
  deferred: 'deferred: quota',
  blocked: 'blocked: domain',
  failed: 'failed: timeout',
};

function logged(day: number, key: string, outcome: Outcome, owner: string, hour = 9) {
  return {
    at: new Date((day * 24 + hour) * 3_600_000),
    day,
    owner,
    dealKeys: [key],
    kind: 'stall',
    result: RESULTS[outcome],
    outcome,
  } satisfies AlertLogEntry;
}

const A = 'a@acme.co.kr';
const B = 'b@acme.co.kr';
const C = 'c@acme.co.kr';

const plan = (over: Partial<PlanInput>) =>
  planAlertDigests({
    stalled: [],
    log: [],
    today: TODAY,
    cooldownDays: 3,
    escalationEmail: '',
    allowedDomains: [],
    ...over,
  });

describe('which attempts make an owner pending (their digest goes first)', () => {
  const three = [stalled('D-1', A), stalled('D-2', B), stalled('D-3', C)];
  const order = (log: AlertLogEntry[]) =>
    plan({ stalled: three, log }).digests.map((d) => `${d.owner} ${d.pendingSince ?? '-'}`);

  it.each<[Outcome, string[]]>([
    ['deferred', [`${C} ${TODAY - 1}`, `${A} -`, `${B} -`]],
    ['failed', [`${C} ${TODAY - 1}`, `${A} -`, `${B} -`]],
    ['blocked', [`${A} -`, `${B} -`, `${C} -`]],
    ['sent', [`${A} -`, `${B} -`, `${C} -`]],
  ])('a %s attempt yesterday for the least urgent owner: %j', (outcome, expected) => {
    expect(order([logged(TODAY - 1, 'D-9', outcome, C)])).toEqual(expected);
  });

  it('orders pending owners oldest first and keeps urgency order among the rest', () => {
    const log = [logged(TODAY - 1, 'D-9', 'deferred', B), logged(TODAY - 3, 'D-9', 'failed', C)];
    expect(order(log)).toEqual([`${C} ${TODAY - 3}`, `${B} ${TODAY - 1}`, `${A} -`]);
  });
});

describe('a send or a block on the day the deal entered its stage', () => {
  const fate = (outcome: Outcome, sentDaysAgo: number, enteredDaysAgo: number) => {
    const p = plan({
      stalled: [stalled('D-1', A, { enteredDay: TODAY - enteredDaysAgo })],
      log: [logged(TODAY - sentDaysAgo, 'D-1', outcome, A)],
    });
    return p.digests.length ? 'alert' : p.quiet[0].reason;
  };

  it.each([
    ['sent', 1, 1, 'cooldown'],
    ['sent', 1, 0, 'alert'],
    ['sent', 2, 1, 'alert'],
    ['blocked', 1, 1, 'blocked recently'],
    ['blocked', 1, 0, 'alert'],
    ['blocked', 2, 1, 'alert'],
  ] as const)(
    '%s %p day(s) ago, stage entered %p day(s) ago: %s',
    (outcome, sent, entered, expected) => {
      expect(fate(outcome, sent, entered)).toBe(expected);
    },
  );
});
