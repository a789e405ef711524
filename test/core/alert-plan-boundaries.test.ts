// Digest planning at its boundaries: cooldown days, stage and escalation changes, limits, cc and pending order.
import type { AlertLogEntry, Outcome } from '../../src/core/alert-log';
import {
  domainAllowed,
  isEmailAddress,
  MAX_DEALS_PER_DIGEST,
  type PlanInput,
  planAlertDigests,
  resolveAllowedDomains,
} from '../../src/core/alert-plan';
import type { StalledDeal } from '../../src/core/stall';

const TODAY = 20_500;
const OWNER = 'kim@acme.co.kr';

function stalled(key: string, over: Partial<StalledDeal> = {}, owner = OWNER): StalledDeal {
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

const results: Record<Outcome, string> = {
  sent: 'sent',
  deferred: 'deferred: quota',
  blocked: 'blocked: domain',
  failed: 'failed: timeout',
};

function logged(
  day: number,
  keys: string[],
  outcome: Outcome,
  owner = OWNER,
  hour = 9,
): AlertLogEntry {
  return {
    at: new Date((day * 24 + hour) * 3_600_000),
    day,
    owner,
    dealKeys: keys,
    kind: 'stall',
    result: results[outcome],
    outcome,
  };
}

const plan = (over: Partial<PlanInput>) =>
  planAlertDigests({
    stalled: [stalled('D-1')],
    log: [],
    today: TODAY,
    cooldownDays: 3,
    escalationEmail: '',
    allowedDomains: [],
    ...over,
  });
/** Who hears about D-1 today: 'alert' or the reason it stays quiet. */
const fate = (over: Partial<PlanInput>) => {
  const p = plan(over);
  return p.digests.some((d) => d.deals.some((s) => s.key === 'D-1')) ? 'alert' : p.quiet[0]?.reason;
};

describe('cooldown after a sent alert (cooldown 3 days)', () => {
  it.each([
    [0, 'sent today'],
    [1, 'cooldown'],
    [2, 'cooldown'],
    [3, 'alert'],
    [6, 'alert'],
  ])('sent %p days ago: %p', (daysAgo, expected) => {
    expect(fate({ log: [logged(TODAY - daysAgo, ['D-1'], 'sent')] })).toBe(expected);
  });

  it.each([
    [0, 0, 'cooldown'],
    [0, 1, 'alert'],
    [1, 0, 'cooldown'],
    [1, 1, 'alert'],
    [7, 6, 'cooldown'],
    [7, 7, 'alert'],
  ])(
    'cooldown %p days, sent %p days ago: %p (at least once a day)',
    (cooldownDays, daysAgo, expected) => {
      const other = logged(TODAY - daysAgo, ['D-1'], 'sent', 'lee@acme.co.kr');
      expect(fate({ cooldownDays, log: [other] })).toBe(expected);
    },
  );

  it('counts a sent alert for the deal whoever it went to, the latest one deciding', () => {
    const log = [
      logged(TODAY - 1, ['D-1'], 'sent', 'lee@acme.co.kr'),
      logged(TODAY - 5, ['D-1'], 'sent'),
    ];
    expect(fate({ log })).toBe('cooldown');
    expect(fate({ log: [...log].reverse() })).toBe('cooldown');
  });

  it('only alerts sent in the current stage count', () => {
    const sent = logged(TODAY - 2, ['D-1'], 'sent', 'lee@acme.co.kr');
    expect(fate({ log: [sent], stalled: [stalled('D-1', { enteredDay: TODAY - 2 })] })).toBe(
      'cooldown',
    );
    expect(fate({ log: [sent], stalled: [stalled('D-1', { enteredDay: TODAY - 1 })] })).toBe(
      'alert',
    );
  });

  it('a deal that crossed into escalation after the last alert is alerted again', () => {
    const sent = [logged(TODAY - 1, ['D-1'], 'sent', 'lee@acme.co.kr')];
    const crossed = (since: number) => [stalled('D-1', { escalated: true, escalatedSince: since })];
    expect(fate({ log: sent, stalled: crossed(TODAY) })).toBe('alert');
    expect(fate({ log: sent, stalled: crossed(TODAY - 1) })).toBe('cooldown');
    expect(fate({ log: sent, stalled: crossed(TODAY - 4) })).toBe('cooldown');
  });

  it('deferred and failed attempts start no cooldown', () => {
    expect(fate({ log: [logged(TODAY - 1, ['D-1'], 'deferred')] })).toBe('alert');
    expect(fate({ log: [logged(TODAY, ['D-1'], 'failed')] })).toBe('alert');
  });
});

describe('blocked owners', () => {
  it.each([
    [0, 'blocked recently'],
    [2, 'blocked recently'],
    [3, 'alert'],
  ])('blocked %p days ago: %p', (daysAgo, expected) => {
    expect(fate({ log: [logged(TODAY - daysAgo, ['D-1'], 'blocked')] })).toBe(expected);
  });

  it('a block counts for that owner, in that stage, only', () => {
    const block = logged(TODAY - 1, ['D-1'], 'blocked', 'lee@acme.co.kr');
    expect(fate({ log: [block] })).toBe('alert');
    const mine = logged(TODAY - 1, ['D-1'], 'blocked');
    expect(fate({ log: [mine], stalled: [stalled('D-1', { enteredDay: TODAY })] })).toBe('alert');
    const older = [logged(TODAY - 1, ['D-1'], 'blocked'), logged(TODAY - 9, ['D-1'], 'blocked')];
    expect(fate({ log: older.reverse() })).toBe('blocked recently');
  });
});

describe('one digest per owner', () => {
  it('lists at most the limit, counting the rest as overflow', () => {
    const deals = (n: number) => Array.from({ length: n }, (_, i) => stalled(`D-${i + 1}`));
    const sizes = (n: number, max?: number) => {
      const [d] = plan({ stalled: deals(n), maxDealsPerDigest: max }).digests;
      return [d.deals.length, d.overflow.length];
    };
    expect(sizes(3, 3)).toEqual([3, 0]);
    expect(sizes(4, 3)).toEqual([3, 1]);
    expect(sizes(2, 0)).toEqual([1, 1]);
    expect(sizes(MAX_DEALS_PER_DIGEST + 1)).toEqual([50, 1]);
    expect(plan({ stalled: deals(4), maxDealsPerDigest: 3 }).digests[0].overflow[0].key).toBe(
      'D-4',
    );
  });

  it('groups by owner address in any case and spacing', () => {
    const p = plan({ stalled: [stalled('D-1'), stalled('D-2', {}, ' KIM@acme.co.kr ')] });
    expect(p.digests.map((d) => [d.owner, d.deals.length])).toEqual([[OWNER, 2]]);
  });

  it('is an escalation when any listed deal is escalated, copying the escalation address', () => {
    const escalated = stalled('D-2', { escalated: true, escalatedSince: TODAY - 3 });
    const cc = (
      escalationEmail: string,
      allowedDomains: string[] = [],
      deals = [stalled('D-1'), escalated],
    ) =>
      plan({ stalled: deals, escalationEmail, allowedDomains }).digests.map((d) => [d.kind, d.cc]);
    expect(cc(' Lead@Acme.co.kr ')).toEqual([['escalation', ['lead@acme.co.kr']]]);
    expect(cc('lead@acme.co.kr', [], [stalled('D-1')])).toEqual([['stall', []]]);
    expect(cc('lead@acme.co.kr', [], [stalled('D-1'), stalled('D-2'), escalated])).toEqual([
      ['escalation', ['lead@acme.co.kr']],
    ]);
    expect(cc('')).toEqual([['escalation', []]]);
    expect(cc('lead at acme')).toEqual([['escalation', []]]);
    expect(cc('lead@gmail.com', ['acme.co.kr'])).toEqual([['escalation', []]]);
    expect(cc(OWNER)).toEqual([['escalation', []]]);
  });

  it('an escalated deal past the limit does not make the digest an escalation', () => {
    const late = stalled('D-2', { escalated: true, escalatedSince: TODAY - 3 });
    const [d] = plan({
      stalled: [stalled('D-1'), late],
      maxDealsPerDigest: 1,
      escalationEmail: 'lead@acme.co.kr',
    }).digests;
    expect([d.kind, d.cc]).toEqual(['stall', []]);
  });

  it.each([
    [OWNER, [], 'send'],
    [OWNER, ['acme.co.kr'], 'send'],
    ['kim@sales.acme.co.kr', ['acme.co.kr'], 'send'],
    ['kim@gmail.com', ['acme.co.kr'], 'blocked: domain'],
    ['kim', [], 'blocked: invalid address'],
    ['', [], 'blocked: invalid address'],
  ])('owner %p with domains %j: %p', (owner, allowedDomains, status) => {
    const [d] = plan({ stalled: [stalled('D-1', {}, owner)], allowedDomains }).digests;
    expect(d.status).toBe(status);
  });
});

describe('pending owners go first', () => {
  const two = [stalled('D-1', {}, 'a@acme.co.kr'), stalled('D-2', {}, 'b@acme.co.kr')];
  const order = (log: AlertLogEntry[]) =>
    plan({ stalled: two, log }).digests.map((d) => [d.owner, d.pendingSince]);

  it('keeps urgency order without pending attempts', () => {
    expect(order([])).toEqual([
      ['a@acme.co.kr', undefined],
      ['b@acme.co.kr', undefined],
    ]);
  });

  it('puts the owner with the oldest deferred or failed attempt since their last sent digest first', () => {
    const log = [
      logged(TODAY - 2, ['D-2'], 'failed', 'b@acme.co.kr'),
      logged(TODAY - 1, ['D-2'], 'deferred', 'b@acme.co.kr'),
      logged(TODAY - 1, ['D-1'], 'deferred', 'a@acme.co.kr'),
    ];
    expect(order(log)).toEqual([
      ['b@acme.co.kr', TODAY - 2],
      ['a@acme.co.kr', TODAY - 1],
    ]);
  });

  it('an attempt before the owner’s last sent digest, even the same day, is settled', () => {
    const log = [
      logged(TODAY - 4, ['D-9'], 'deferred', 'b@acme.co.kr', 8),
      logged(TODAY - 4, ['D-9'], 'sent', 'b@acme.co.kr', 10),
      logged(TODAY - 4, ['D-1'], 'deferred', 'a@acme.co.kr', 10),
      logged(TODAY - 4, ['D-8'], 'sent', 'a@acme.co.kr', 10),
    ];
    expect(order(log)).toEqual([
      ['a@acme.co.kr', undefined],
      ['b@acme.co.kr', undefined],
    ]);
    const later = [...log, logged(TODAY - 4, ['D-9'], 'failed', 'b@acme.co.kr', 11)];
    expect(order(later)[0]).toEqual(['b@acme.co.kr', TODAY - 4]);
  });
});

describe('addresses and domains', () => {
  it.each([
    ['kim@acme.co.kr', true],
    ['  kim@acme.co.kr ', true],
    ['kim.lee+sales@acme.co.kr', true],
    ['kim@acme', false],
    ['Kim <kim@acme.co.kr>', false],
    ['kim@acme.co.kr, lee@acme.co.kr', false],
    ['kim@@acme.co.kr', false],
    ['kim lee@acme.co.kr', false],
    ['', false],
  ])('%p is one address: %p', (text, expected) => {
    expect(isEmailAddress(text)).toBe(expected);
  });

  it.each([
    ['kim@acme.co.kr', ['acme.co.kr'], true],
    ['kim@ACME.co.kr', ['acme.co.kr'], true],
    ['kim@eu.acme.co.kr', ['acme.co.kr'], true],
    ['kim@evilacme.co.kr', ['acme.co.kr'], false],
    ['kim@acme.co.kr.evil.com', ['acme.co.kr'], false],
    ['kim@partner.com', ['acme.co.kr', 'partner.com'], true],
    ['kim@anything.io', [], true],
  ])('%p within %j: %p', (address, domains, expected) => {
    expect(domainAllowed(address, domains)).toBe(expected);
  });

  it('takes the Settings list, else the spreadsheet owner’s domain, else any', () => {
    const list = ['acme.co.kr'];
    const resolved = resolveAllowedDomains(list, 'boss@other.com');
    expect(resolved).toEqual(['acme.co.kr']);
    expect(resolved).not.toBe(list);
    expect(resolveAllowedDomains([], 'boss@other.com')).toEqual([]);
    expect(resolveAllowedDomains(undefined, ' Boss@Acme.CO.KR ')).toEqual(['acme.co.kr']);
    expect(resolveAllowedDomains(undefined, '')).toEqual([]);
    expect(resolveAllowedDomains(undefined, undefined)).toEqual([]);
    expect(resolveAllowedDomains(undefined, 'not an address')).toEqual([]);
  });
});
