// Faults over consecutive runs: no alert is lost and none is sent twice.
import type { Emulator } from '../../emulator';
import { alertEmulator, alertRows, type DealSpec, dealIdsOf } from '../alerts/alert-fixture';

/** Five owners, one stalled Proposal deal each (entered Mar 1; stalled from Mar 12). */
function fiveOwners(): DealSpec[] {
  return ['a', 'b', 'c', 'd', 'e'].map((o, i) => ({
    id: `D-${i + 1}`,
    owner: `${o}@acme.co.kr`,
    stage: 'Proposal',
    amount: (i + 1) * 1_000_000,
    stageEntered: '2026-03-01',
  }));
}

/** Runs the daily job as the time-driven trigger would, at `iso`. */
function runAt(emu: Emulator, iso: string): void {
  emu.clock.set(iso);
  emu.run('runDailyJob', { mode: 'time-trigger' });
}

/** [owner, deal ID] for every deal of every email sent. */
function sentPairs(emu: Emulator): string[] {
  return emu.outbox.flatMap((m) => dealIdsOf(m.body).map((id) => `${m.to} ${id}`));
}

function expectNoDuplicates(list: string[]): void {
  expect(list.filter((x, i) => list.indexOf(x) !== i)).toEqual([]);
}

describe('mail quota runs out mid-run', () => {
  it('defers the rest, which go out first the next day; nothing lost, nothing twice', async () => {
    const emu = await alertEmulator({
      now: '2026-03-12T08:00:00+09:00',
      deals: fiveOwners(),
      mailQuota: 3,
    });
    runAt(emu, '2026-03-12T08:00:00+09:00');
    expect(emu.outbox.map((m) => m.to)).toEqual(['e@acme.co.kr', 'd@acme.co.kr', 'c@acme.co.kr']);
    expect(alertRows(emu).map((r) => [r.owner, r.result])).toEqual([
      ['e@acme.co.kr', 'sent'],
      ['d@acme.co.kr', 'sent'],
      ['c@acme.co.kr', 'sent'],
      ['b@acme.co.kr', 'deferred: quota'],
      ['a@acme.co.kr', 'deferred: quota'],
    ]);

    // The quota renews; a new stalled deal for d (in cooldown from yesterday) does not jump the queue.
    runAt(emu, '2026-03-13T08:00:00+09:00');
    expect(emu.outbox.slice(3).map((m) => m.to)).toEqual(['b@acme.co.kr', 'a@acme.co.kr']);
    runAt(emu, '2026-03-14T08:00:00+09:00');
    expect(emu.outbox).toHaveLength(5);
    expectNoDuplicates(sentPairs(emu));
    expect(sentPairs(emu).sort()).toEqual(
      fiveOwners()
        .map((d) => `${d.owner} ${d.id}`)
        .sort(),
    );
  });
});

describe('MailApp throws for one recipient', () => {
  it('logs the failure, sends the others, and retries the failed one on the next run', async () => {
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals: fiveOwners() });
    emu.mail.failFor = (m) => (m.to === 'c@acme.co.kr' ? 'Service unavailable: Gmail' : undefined);
    runAt(emu, '2026-03-12T08:00:00+09:00');
    expect(emu.outbox.map((m) => m.to)).not.toContain('c@acme.co.kr');
    expect(emu.outbox).toHaveLength(4);
    expect(alertRows(emu).find((r) => r.owner === 'c@acme.co.kr')?.result).toBe(
      'failed: Service unavailable: Gmail',
    );

    emu.mail.failFor = undefined;
    runAt(emu, '2026-03-13T08:00:00+09:00');
    expect(emu.outbox.slice(4).map((m) => m.to)).toEqual(['c@acme.co.kr']);
    expectNoDuplicates(sentPairs(emu));
    expect(sentPairs(emu)).toHaveLength(5);
  });
});

describe('another run holds the lock', () => {
  it('exits without sending or writing, and the next run sends everything once', async () => {
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals: fiveOwners() });
    emu.locks.holdBy('a-manual-run', { kind: 'document' });
    runAt(emu, '2026-03-12T08:00:00+09:00');
    expect(emu.outbox).toEqual([]);
    expect(alertRows(emu)).toEqual([]);
    expect(emu.logs.join('\n')).toMatch(/another run holds the lock/);

    emu.locks.reset();
    runAt(emu, '2026-03-12T09:00:00+09:00');
    runAt(emu, '2026-03-12T10:00:00+09:00');
    expect(emu.outbox).toHaveLength(5);
    expectNoDuplicates(sentPairs(emu));
  });
});

describe('the time budget ends mid-run', () => {
  it('stops before the 6-minute limit and a later hourly tick sends the rest', async () => {
    const deals: DealSpec[] = Array.from({ length: 9 }, (_, i) => ({
      id: `D-${i + 1}`,
      owner: `rep${i + 1}@acme.co.kr`,
      stage: 'Closing',
      stageEntered: '2026-03-01',
    }));
    // In add-on mode: a second time-driven trigger beside the hourly one would throw.
    const emu = await alertEmulator({ now: '2026-03-12T07:30:00+09:00', deals, addOn: true });
    emu.run('menuEnableAlerts');
    // Each email takes a minute: the run can start about five before its 4.5-minute budget ends.
    emu.mail.failFor = () => {
      emu.clock.advance(60_000);
      return undefined;
    };
    emu.advanceClock('2026-03-12T08:45:00+09:00');
    const first = emu.outbox.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(9);
    expect(emu.executionLog.filter((e) => e.error)).toEqual([]);
    expect(alertRows(emu).filter((r) => r.result === 'sent')).toHaveLength(first);
    // One time-driven trigger throughout: no one-off continuation beside it.
    const clocks = () => emu.triggers.list().filter((t) => t.eventType === 'CLOCK');
    expect(clocks().map((t) => t.schedule)).toEqual([{ kind: 'hours', every: 1 }]);

    emu.advanceClock('2026-03-12T09:45:00+09:00');
    expect(emu.outbox).toHaveLength(9);
    expectNoDuplicates(sentPairs(emu));
    expect(alertRows(emu).filter((r) => r.result === 'sent')).toHaveLength(9);
    expect(clocks()).toHaveLength(1);
    // The day is finished: the rest of the day's ticks send nothing and write nothing.
    const rows = alertRows(emu).length;
    emu.advanceClock('2026-03-12T23:45:00+09:00');
    expect(emu.outbox).toHaveLength(9);
    expect(alertRows(emu)).toHaveLength(rows);
  });

  it('a tick that finds the lock held does nothing, and the next tick resumes the day', async () => {
    const deals: DealSpec[] = Array.from({ length: 15 }, (_, i) => ({
      id: `D-${i + 1}`,
      owner: `rep${i + 1}@acme.co.kr`,
      stage: 'Closing',
      stageEntered: '2026-03-01',
    }));
    // In add-on mode: a second time-driven trigger beside the hourly one would throw.
    const emu = await alertEmulator({ now: '2026-03-12T07:30:00+09:00', deals, addOn: true });
    emu.run('menuEnableAlerts');
    emu.mail.failFor = () => {
      emu.clock.advance(60_000);
      return undefined;
    };
    emu.advanceClock('2026-03-12T08:45:00+09:00');
    const first = emu.outbox.length;
    expect(first).toBeLessThan(8);

    // Someone runs "Send stall alerts now" just as the next tick fires: it finds the lock held.
    emu.locks.holdBy('a-manual-run', { kind: 'document' });
    emu.advanceClock('2026-03-12T09:45:00+09:00');
    expect(emu.logs.join('\n')).toMatch(/another run holds the lock/);
    expect(emu.outbox).toHaveLength(first);
    emu.locks.reset();

    // About five emails fit in a run: two more ticks finish the day.
    emu.advanceClock('2026-03-12T11:45:00+09:00');
    expect(emu.outbox).toHaveLength(15);
    expectNoDuplicates(sentPairs(emu));
    expect(emu.triggers.list().filter((t) => t.eventType === 'CLOCK')).toHaveLength(1);
  });

  it('a run killed between its emails and the Alerts write does not send them again', async () => {
    // Every service call takes its modelled time, so the run crosses the limit at a service call.
    const emu = await alertEmulator({
      now: '2026-03-12T08:00:00+09:00',
      deals: fiveOwners(),
      latencyAdvancesClock: true,
    });
    const start = Date.parse('2026-03-12T08:00:00+09:00');
    let n = 0;
    // After the second email the clock sits at Apps Script's 6-minute limit: the email is journaled,
    // then the next call (the Alerts write) kills the run.
    emu.mail.failFor = () => {
      if (++n === 2) emu.clock.set(start + 6 * 60_000);
      return undefined;
    };
    emu.clock.set(start);
    expect(() => emu.run('runDailyJob', { mode: 'time-trigger' })).toThrow(
      /maximum execution time/,
    );
    expect(emu.outbox).toHaveLength(2);
    expect(alertRows(emu)).toEqual([]);

    emu.mail.failFor = undefined;
    runAt(emu, '2026-03-12T09:00:00+09:00');
    expect(emu.outbox).toHaveLength(5);
    expectNoDuplicates(sentPairs(emu));
    // The two sent before the kill are logged at their own time, from the journal.
    const sent = alertRows(emu).filter((r) => r.result === 'sent');
    expect(sent).toHaveLength(5);
    expect(
      sent.filter((r) => r.at.getTime() < Date.parse('2026-03-12T08:30:00+09:00')),
    ).toHaveLength(2);
    // The journal is cleared; what is left is the day's claim and the alert hour.
    expect(Object.keys(Object.fromEntries(emu.properties.document)).sort()).toEqual([
      'pipeline.dailyJob.alertHour',
      'pipeline.dailyJob.claimedDay',
    ]);
  });
});

describe('the job runs twice the same day', () => {
  it('the second run sends nothing and logs nothing new', async () => {
    const deals = [
      ...fiveOwners(),
      { id: 'D-9', owner: 'x@gmail.com', stage: 'Proposal', stageEntered: '2026-03-01' },
    ];
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals });
    runAt(emu, '2026-03-12T08:00:00+09:00');
    const rows = alertRows(emu).length;
    expect(emu.outbox).toHaveLength(5);
    runAt(emu, '2026-03-12T18:00:00+09:00');
    emu.run('menuSendAlerts');
    expect(emu.outbox).toHaveLength(5);
    expect(alertRows(emu)).toHaveLength(rows);
  });
});

describe('a deal changes stage between runs', () => {
  it('a deferred deal that moved on is not sent; the owner still gets the rest', async () => {
    const deals: DealSpec[] = [
      {
        id: 'D-1',
        owner: 'a@acme.co.kr',
        stage: 'Proposal',
        stageEntered: '2026-03-01',
        amount: 9,
      },
      {
        id: 'D-2',
        owner: 'a@acme.co.kr',
        stage: 'Proposal',
        stageEntered: '2026-03-01',
        amount: 1,
      },
    ];
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals, mailQuota: 0 });
    runAt(emu, '2026-03-12T08:00:00+09:00');
    expect(alertRows(emu).map((r) => [r.ids, r.result])).toEqual([['D-1, D-2', 'deferred: quota']]);

    // Someone moves D-1 to Negotiation by a script or paste (no edit event): the job reconciles it.
    emu.setValues('Deals', 'E2', [['Negotiation']]);
    emu.mail.quotaPerDay = 100;
    runAt(emu, '2026-03-13T08:00:00+09:00');
    expect(emu.outbox.map((m) => dealIdsOf(m.body))).toEqual([['D-2']]);
    const history = emu.getValues('Stage history').slice(1);
    expect(history.filter((h) => h[0] === 'D-1').map((h) => h[2])).toEqual([
      'Proposal',
      'Negotiation',
    ]);
    // Stage entered was reset to the detection time, so D-1 is quiet for its new stage.
    runAt(emu, '2026-03-17T08:00:00+09:00');
    expect(emu.outbox.flatMap((m) => dealIdsOf(m.body))).toEqual(['D-2', 'D-2']);
  });
});

describe('owner addresses', () => {
  it('blocks invalid addresses and domains outside the allowed list, once per cooldown', async () => {
    const deals: DealSpec[] = [
      { id: 'D-1', owner: 'kim@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-01' },
      { id: 'D-2', owner: 'kim@gmail.com', stage: 'Proposal', stageEntered: '2026-03-01' },
      { id: 'D-3', owner: 'kim at acme', stage: 'Proposal', stageEntered: '2026-03-01' },
      { id: 'D-4', owner: '+82 10 1234 5678', stage: 'Proposal', stageEntered: '2026-03-01' },
    ];
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals });
    runAt(emu, '2026-03-12T08:00:00+09:00');
    runAt(emu, '2026-03-13T08:00:00+09:00');
    expect(emu.outbox.map((m) => m.to)).toEqual(['kim@acme.co.kr']);
    expect(alertRows(emu).map((r) => [r.owner, r.result])).toEqual([
      ['kim@acme.co.kr', 'sent'],
      ['kim@gmail.com', 'blocked: domain'],
      ['kim at acme', 'blocked: invalid address'],
      ['+82 10 1234 5678', 'blocked: invalid address'],
    ]);
    // Text that looks like a number or formula stays text in Alerts.
    expect(emu.getFormulas('Alerts').flat().filter(Boolean)).toEqual([]);
  });

  it('allows any domain when Settings says * and copies the escalation address on escalations', async () => {
    const deals: DealSpec[] = [
      { id: 'D-1', owner: 'kim@gmail.com', stage: 'Closing', stageEntered: '2026-03-01' },
    ];
    const emu = await alertEmulator({
      now: '2026-03-20T08:00:00+09:00',
      deals,
      options: { allowed_domains: '*', escalation_email: 'boss@acme.co.kr' },
    });
    runAt(emu, '2026-03-20T08:00:00+09:00');
    expect(emu.outbox.map((m) => [m.to, m.cc])).toEqual([['kim@gmail.com', 'boss@acme.co.kr']]);
    expect(alertRows(emu)[0].kind).toBe('escalation');
  });

  it('with no known spreadsheet owner (local runs) any domain is allowed', async () => {
    const deals: DealSpec[] = [
      { id: 'D-1', owner: 'kim@gmail.com', stage: 'Proposal', stageEntered: '2026-03-01' },
    ];
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals, owner: undefined });
    runAt(emu, '2026-03-12T08:00:00+09:00');
    expect(emu.outbox.map((m) => m.to)).toEqual(['kim@gmail.com']);
  });
});

describe('deal names with HTML, script and formula text', () => {
  it('are escaped in the HTML part, kept as written in the text part, and stay text in the sheets', async () => {
    const nasty = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      "+cmd|' /C calc'!A0",
      '@SUM(1,2)',
      '-2+3',
    ];
    const deals: DealSpec[] = nasty.map((name, i) => ({
      id: `D-${i + 1}`,
      name,
      company: 'A & B <b>Co</b>',
      nextStep: '<a href="javascript:x()">click</a>',
      owner: 'kim@acme.co.kr',
      stage: 'Proposal',
      stageEntered: '2026-03-01',
    }));
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals });
    runAt(emu, '2026-03-12T08:00:00+09:00');
    const [mail] = emu.outbox;
    expect(mail.htmlBody).not.toMatch(/<script|<img|<b>|javascript:x\(\)">/);
    expect(mail.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(mail.htmlBody).toContain('A &amp; B &lt;b&gt;Co&lt;/b&gt;');
    for (const name of nasty) expect(mail.body).toContain(name);
    // The job wrote History and Alerts: no cell became a formula.
    expect(emu.getFormulas('Stage history').flat().filter(Boolean)).toEqual([]);
    expect(emu.getFormulas('Alerts').flat().filter(Boolean)).toEqual([]);
    expect(emu.getValues('Deals', 'B2:B6').flat()).toEqual(nasty);
  });
});

describe('Asia/Seoul against America/Los_Angeles around midnight', () => {
  const deals: DealSpec[] = [
    { id: 'D-1', owner: 'kim@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-01' },
  ];
  // 00:10 on Mar 12 in Seoul is 07:10 on Mar 11 in Los Angeles.
  const instant = '2026-03-12T00:10:00+09:00';

  it('counts days in the spreadsheet zone: 11 days in Seoul (stalled), 10 in Los Angeles (not yet)', async () => {
    const seoul = await alertEmulator({ now: instant, deals, timeZone: 'Asia/Seoul' });
    const la = await alertEmulator({
      now: instant,
      deals,
      timeZone: 'America/Los_Angeles',
      scriptTimeZone: 'Asia/Seoul',
      locale: 'en_US',
    });
    runAt(seoul, instant);
    runAt(la, instant);
    expect(seoul.outbox).toHaveLength(1);
    expect(seoul.outbox[0].body).toContain('11일 경과 (기준 10일)');
    expect(la.outbox).toHaveLength(0);
    // report_date is midnight of the local day in each spreadsheet's zone.
    expect(seoul.getValues('Settings', 'G2')[0][0]).toEqual(new Date('2026-03-12T00:00:00+09:00'));
    expect(la.getValues('Settings', 'G2')[0][0]).toEqual(new Date('2026-03-11T00:00:00-07:00'));

    // Later the same Los Angeles day it is still the 11th there; after its midnight the deal alerts once.
    runAt(la, '2026-03-11T23:50:00-07:00');
    expect(la.outbox).toHaveLength(0);
    runAt(la, '2026-03-12T00:10:00-07:00');
    runAt(la, '2026-03-12T23:50:00-07:00');
    expect(la.outbox).toHaveLength(1);
    expect(la.outbox[0].body).toContain('11 days in stage (limit 10)');
    // Seoul's next runs just before and after its own midnight: same day, then cooldown.
    runAt(seoul, '2026-03-12T23:59:00+09:00');
    runAt(seoul, '2026-03-13T00:01:00+09:00');
    expect(seoul.outbox).toHaveLength(1);
  });
});

describe('Apps Script terminates the run at its 6-minute limit mid-send', () => {
  it('the next run records what was sent and sends the rest: no digest lost or sent twice', async () => {
    const deals: DealSpec[] = Array.from({ length: 9 }, (_, i) => ({
      id: `D-${i + 1}`,
      owner: `rep${i + 1}@acme.co.kr`,
      stage: 'Closing',
      stageEntered: '2026-03-01',
    }));
    const emu = await alertEmulator({ now: '2026-03-12T08:00:00+09:00', deals });
    // The third email hangs past the limit: the run is cut off inside it, before the Alerts write.
    let sends = 0;
    emu.mail.failFor = () => {
      sends++;
      if (sends === 3) emu.clock.advance(7 * 60_000);
      return undefined;
    };
    expect(() => runAt(emu, '2026-03-12T08:00:00+09:00')).toThrow(
      /Exceeded maximum execution time/,
    );
    expect(emu.outbox).toHaveLength(2);
    expect(alertRows(emu)).toEqual([]);
    expect(emu.triggers.list()).toEqual([]);

    emu.mail.failFor = undefined;
    runAt(emu, '2026-03-13T08:00:00+09:00');
    expect(emu.outbox).toHaveLength(9);
    expectNoDuplicates(sentPairs(emu));
    const sent = alertRows(emu).filter((r) => r.result === 'sent');
    expect(sent.map((r) => r.owner).sort()).toEqual(deals.map((d) => d.owner).sort());
  });
});
