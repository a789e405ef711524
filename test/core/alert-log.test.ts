// The alert log read back from Alerts values: days in the sheet's zone, outcomes, notes ignored.
import { alertRow, attemptKey, outcomeOf, parseAlertLog, RESULT } from '../../src/core/alert-log';

describe('parseAlertLog', () => {
  const header = ['When', 'Owner', 'Deal IDs', 'Kind', 'Result'];
  // 00:30 on 2026-03-02 in Seoul is still 2026-03-01 in UTC.
  const at = new Date('2026-03-01T15:30:00Z');

  it('reads rows into entries with the day in the spreadsheet zone', () => {
    const [e] = parseAlertLog(
      [header, [at, ' Kim@Acme.co.kr', 'D-1, D-2', 'escalation', 'sent']],
      'Asia/Seoul',
    );
    expect(e).toMatchObject({
      owner: 'kim@acme.co.kr',
      dealKeys: ['D-1', 'D-2'],
      kind: 'escalation',
      outcome: 'sent',
    });
    expect(new Date(e.day * 86_400_000).toISOString().slice(0, 10)).toBe('2026-03-02');
  });

  it('ignores rows someone typed that the job did not write', () => {
    const values = [
      header,
      ['yesterday', 'kim@acme.co.kr', 'D-1', 'stall', 'sent'],
      [at, 'x', 'D-1', 'stall', 'ok?'],
    ];
    expect(parseAlertLog(values, 'UTC')).toEqual([]);
  });

  it('round-trips a written row', () => {
    const row = alertRow({
      at,
      owner: 'kim@acme.co.kr',
      dealKeys: ['D-1'],
      kind: 'stall',
      result: RESULT.deferredQuota,
    });
    const [e] = parseAlertLog([header, row], 'UTC');
    expect(e.outcome).toBe('deferred');
    expect(attemptKey(e)).toBe(
      attemptKey({
        at: new Date(at.getTime() + 200),
        owner: 'KIM@acme.co.kr',
        result: RESULT.deferredQuota,
      }),
    );
  });

  it('knows every result keyword', () => {
    expect(outcomeOf('sent')).toBe('sent');
    expect(outcomeOf('deferred: quota')).toBe('deferred');
    expect(outcomeOf('blocked: domain')).toBe('blocked');
    expect(outcomeOf('blocked: invalid address')).toBe('blocked');
    expect(outcomeOf('failed: Invalid email: x')).toBe('failed');
    expect(outcomeOf('whatever')).toBeUndefined();
  });
});
