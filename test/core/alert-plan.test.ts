// Digest planning: one digest per owner per day, cooldown, escalation crossing, allowed domains, deferred first.
import { type AlertLogEntry, RESULT } from '../../src/core/alert-log';
import {
  domainAllowed,
  isEmailAddress,
  planAlertDigests,
  resolveAllowedDomains,
} from '../../src/core/alert-plan';
import type { StalledDeal } from '../../src/core/stall';

const DAY = 20_500; // an arbitrary day number

function stalled(key: string, owner: string, over: Partial<StalledDeal> = {}): StalledDeal {
  return {
    deal: { owner, dealId: key, row: 2, amount: 100 } as StalledDeal['deal'],
    key,
    days: 12,
    threshold: 10,
    escalated: false,
    enteredDay: DAY - 12,
    escalatedSince: undefined,
    ...over,
  };
}

function logged(
  day: number,
  owner: string,
  keys: string[],
  result: string,
  outcome: AlertLogEntry['outcome'],
  hour = 9,
): AlertLogEntry {
  return {
    at: new Date((day * 24 + hour) * 3_600_000),
    day,
    owner,
    dealKeys: keys,
    kind: 'stall',
    result,
    outcome,
  };
}

const base = { today: DAY, cooldownDays: 3, escalationEmail: '', allowedDomains: [] as string[] };

describe('planAlertDigests', () => {
  it('groups deals into one digest per owner, keeping urgency order', () => {
    const plan = planAlertDigests({
      ...base,
      stalled: [
        stalled('A', 'kim@acme.co.kr'),
        stalled('B', 'Lee@Acme.co.kr '),
        stalled('C', 'kim@acme.co.kr'),
      ],
      log: [],
    });
    expect(plan.digests.map((d) => [d.owner, d.deals.map((s) => s.key)])).toEqual([
      ['kim@acme.co.kr', ['A', 'C']],
      ['lee@acme.co.kr', ['B']],
    ]);
    expect(plan.digests.every((d) => d.status === 'send' && d.kind === 'stall')).toBe(true);
  });

  it('lists at most the limit per digest, keeping the rest for the coming days', () => {
    const many = Array.from({ length: 7 }, (_, i) => stalled(`D-${i}`, 'kim@acme.co.kr'));
    const plan = planAlertDigests({ ...base, stalled: many, log: [], maxDealsPerDigest: 5 });
    expect(plan.digests[0].deals.map((d) => d.key)).toEqual(['D-0', 'D-1', 'D-2', 'D-3', 'D-4']);
    expect(plan.digests[0].overflow.map((d) => d.key)).toEqual(['D-5', 'D-6']);
  });

  it('does not alert a deal again within the cooldown', () => {
    const log = [logged(DAY - 2, 'kim@acme.co.kr', ['A'], RESULT.sent, 'sent')];
    const inCooldown = planAlertDigests({
      ...base,
      stalled: [stalled('A', 'kim@acme.co.kr')],
      log,
    });
    expect(inCooldown.digests).toEqual([]);
    expect(inCooldown.quiet).toEqual([expect.objectContaining({ reason: 'cooldown' })]);
    const after = planAlertDigests({
      ...base,
      today: DAY + 1,
      stalled: [stalled('A', 'kim@acme.co.kr')],
      log,
    });
    expect(after.digests).toHaveLength(1);
  });

  it('alerts within the cooldown when the deal crossed into escalation, copying the escalation address', () => {
    const log = [logged(DAY - 1, 'kim@acme.co.kr', ['A'], RESULT.sent, 'sent')];
    const plan = planAlertDigests({
      ...base,
      escalationEmail: 'boss@acme.co.kr',
      stalled: [stalled('A', 'kim@acme.co.kr', { escalated: true, escalatedSince: DAY, days: 20 })],
      log,
    });
    expect(plan.digests).toEqual([
      expect.objectContaining({ kind: 'escalation', cc: ['boss@acme.co.kr'], status: 'send' }),
    ]);
    // Already escalated when last sent: the cooldown holds.
    const again = planAlertDigests({
      ...base,
      stalled: [stalled('A', 'kim@acme.co.kr', { escalated: true, escalatedSince: DAY - 5 })],
      log,
    });
    expect(again.digests).toEqual([]);
  });

  it('forgets the cooldown when the deal has entered a new stage since', () => {
    const log = [logged(DAY - 1, 'kim@acme.co.kr', ['A'], RESULT.sent, 'sent')];
    const plan = planAlertDigests({
      ...base,
      stalled: [stalled('A', 'kim@acme.co.kr', { enteredDay: DAY, days: 1, threshold: 0 })],
      log,
    });
    expect(plan.digests).toHaveLength(1);
  });

  it('sends an owner at most one digest a day, even with cooldown 0 or new stalled deals', () => {
    const log = [logged(DAY, 'kim@acme.co.kr', ['A'], RESULT.sent, 'sent')];
    const plan = planAlertDigests({
      ...base,
      cooldownDays: 0,
      stalled: [stalled('A', 'kim@acme.co.kr'), stalled('B', 'kim@acme.co.kr')],
      log,
    });
    expect(plan.digests).toEqual([]);
    expect(plan.quiet.map((q) => q.reason)).toEqual(['sent today', 'sent today']);
  });

  it('blocks invalid addresses and domains outside the allowed list', () => {
    const plan = planAlertDigests({
      ...base,
      allowedDomains: ['acme.co.kr'],
      stalled: [
        stalled('A', 'kim@acme.co.kr'),
        stalled('B', 'kim@gmail.com'),
        stalled('C', 'not an address'),
        stalled('D', ''),
        stalled('E', 'park@sales.acme.co.kr'),
      ],
      log: [],
    });
    expect(plan.digests.map((d) => [d.owner, d.status])).toEqual([
      ['kim@acme.co.kr', 'send'],
      ['kim@gmail.com', RESULT.blockedDomain],
      ['not an address', RESULT.blockedInvalid],
      ['', RESULT.blockedInvalid],
      ['park@sales.acme.co.kr', 'send'],
    ]);
  });

  it('does not log the same blocked deal again within the cooldown', () => {
    const log = [logged(DAY - 1, 'kim@gmail.com', ['B'], RESULT.blockedDomain, 'blocked')];
    const plan = planAlertDigests({
      ...base,
      allowedDomains: ['acme.co.kr'],
      stalled: [stalled('B', 'kim@gmail.com')],
      log,
    });
    expect(plan.digests).toEqual([]);
    expect(plan.quiet[0].reason).toBe('blocked recently');
  });

  it('puts owners whose digest was deferred or failed first, oldest first, and retries them', () => {
    const log = [
      logged(DAY - 1, 'a@acme.co.kr', ['A'], RESULT.sent, 'sent'),
      logged(DAY - 1, 'c@acme.co.kr', ['C'], RESULT.deferredQuota, 'deferred'),
      logged(DAY - 2, 'b@acme.co.kr', ['B'], 'failed: Service error', 'failed'),
    ];
    const plan = planAlertDigests({
      ...base,
      cooldownDays: 1,
      stalled: [
        stalled('A', 'a@acme.co.kr'),
        stalled('C', 'c@acme.co.kr'),
        stalled('B', 'b@acme.co.kr'),
      ],
      log,
    });
    expect(plan.digests.map((d) => [d.owner, d.pendingSince])).toEqual([
      ['b@acme.co.kr', DAY - 2],
      ['c@acme.co.kr', DAY - 1],
      ['a@acme.co.kr', undefined],
    ]);
  });

  it('does not treat a deferral that was later sent as pending', () => {
    const log = [
      logged(DAY - 2, 'c@acme.co.kr', ['C'], RESULT.deferredQuota, 'deferred', 9),
      logged(DAY - 1, 'c@acme.co.kr', ['C'], RESULT.sent, 'sent', 9),
    ];
    const plan = planAlertDigests({
      ...base,
      cooldownDays: 1,
      stalled: [stalled('C', 'c@acme.co.kr')],
      log,
    });
    expect(plan.digests[0].pendingSince).toBeUndefined();
  });
});

describe('recipient rules', () => {
  it('accepts one plain address only', () => {
    expect(isEmailAddress('kim@acme.co.kr')).toBe(true);
    expect(isEmailAddress('Kim <kim@acme.co.kr>')).toBe(false);
    expect(isEmailAddress('a@acme.co.kr, b@acme.co.kr')).toBe(false);
    expect(isEmailAddress('kim@localhost')).toBe(false);
  });

  it("defaults the allowed domains to the spreadsheet owner's, and to any without an owner", () => {
    expect(resolveAllowedDomains(undefined, 'Lead@Acme.co.kr')).toEqual(['acme.co.kr']);
    expect(resolveAllowedDomains(undefined, undefined)).toEqual([]);
    expect(resolveAllowedDomains(undefined, '')).toEqual([]);
    expect(resolveAllowedDomains(['x.com'], 'lead@acme.co.kr')).toEqual(['x.com']);
    expect(resolveAllowedDomains([], 'lead@acme.co.kr')).toEqual([]);
  });

  it('matches a domain and its subdomains, not look-alikes', () => {
    expect(domainAllowed('a@acme.co.kr', ['acme.co.kr'])).toBe(true);
    expect(domainAllowed('a@eu.acme.co.kr', ['acme.co.kr'])).toBe(true);
    expect(domainAllowed('a@notacme.co.kr', ['acme.co.kr'])).toBe(false);
    expect(domainAllowed('a@anything.com', [])).toBe(true);
  });
});
