// Alerts rows read back cell by cell: results, kinds, owners, deal lists, attempt keys; and calendar helpers.
import { attemptKey, entryFromCells, outcomeOf, splitDealIds } from '../../src/core/alert-log';
import { businessDaysBetween, isDate, isoDay, parseIsoDay, weekday } from '../../src/core/dates';

const TZ = 'Asia/Seoul';
const at = new Date('2026-03-09T23:30:00Z'); // 08:30 on 10 March in Seoul

describe('outcomeOf', () => {
  it.each([
    ['sent', 'sent'],
    [' SENT ', 'sent'],
    ['sent twice', undefined],
    ['deferred: quota', 'deferred'],
    ['Deferred', 'deferred'],
    ['blocked: domain', 'blocked'],
    ['blocked: invalid address', 'blocked'],
    ['failed: Service invoked too many times', 'failed'],
    ['note to self', undefined],
    ['', undefined],
  ])('%p → %p', (result, outcome) => {
    expect(outcomeOf(result)).toBe(outcome);
  });
});

describe('entryFromCells', () => {
  it('reads a job-written row: the day in the zone, owner lower-cased, deal keys split, kind', () => {
    expect(
      entryFromCells(
        at,
        ' Kim@Acme.co.kr ',
        'D-0001,D-0002 ,  row 7',
        ' Escalation ',
        ' sent ',
        TZ,
      ),
    ).toEqual({
      at,
      day: Date.UTC(2026, 2, 10) / 86_400_000,
      owner: 'kim@acme.co.kr',
      dealKeys: ['D-0001', 'D-0002', 'row 7'],
      kind: 'escalation',
      result: 'sent',
      outcome: 'sent',
    });
  });

  it.each([
    ['stall', 'stall'],
    ['escalation', 'escalation'],
    ['', 'stall'],
    ['other', 'stall'],
  ])('kind %p reads as %p', (kind, expected) => {
    expect(entryFromCells(at, 'a@b.co', 'D-1', kind, 'sent', TZ)?.kind).toBe(expected);
  });

  it('ignores rows without a date in When or with a Result the job did not write', () => {
    expect(entryFromCells('2026-03-10', 'a@b.co', 'D-1', 'stall', 'sent', TZ)).toBeUndefined();
    expect(
      entryFromCells(new Date(Number.NaN), 'a@b.co', 'D-1', 'stall', 'sent', TZ),
    ).toBeUndefined();
    expect(entryFromCells(at, 'a@b.co', 'D-1', 'stall', 'called instead', TZ)).toBeUndefined();
    expect(entryFromCells(at, 'a@b.co', 'D-1', 'stall', null, TZ)).toBeUndefined();
  });

  it('reads blank owner and deal cells as empty', () => {
    const entry = entryFromCells(at, null, undefined, 'stall', 'failed: x', TZ);
    expect([entry?.owner, entry?.dealKeys]).toEqual(['', []]);
  });
});

describe('splitDealIds and attemptKey', () => {
  it('splits on commas, dropping blanks', () => {
    expect(splitDealIds(' D-1 , ,D-2,')).toEqual(['D-1', 'D-2']);
    expect(splitDealIds(42)).toEqual(['42']);
    expect(splitDealIds(null)).toEqual([]);
  });

  it('identifies an attempt by second, owner in any case and result', () => {
    const key = attemptKey({
      at: new Date(1_700_000_000_400),
      owner: ' Kim@Acme.co.kr',
      result: 'sent',
    });
    expect(key).toBe('1700000000|kim@acme.co.kr|sent');
    expect(
      attemptKey({ at: new Date(1_700_000_000_600), owner: 'kim@acme.co.kr', result: 'sent' }),
    ).toBe('1700000001|kim@acme.co.kr|sent');
  });
});

describe('calendar helpers', () => {
  it.each([
    [new Date(2026, 0, 1), true],
    [new Date(Number.NaN), false],
    ['2026-01-01', false],
    [0, false],
    [{ getTime: (): number => 0 }, false],
  ])('%p is a date: %p', (value, expected) => {
    expect(isDate(value)).toBe(expected);
  });

  it.each([
    ['1970-01-01', 0, 4],
    ['2026-03-09', 20521, 1],
    ['2026-03-14', 20526, 6],
    ['2026-03-15', 20527, 0],
    ['1969-12-31', -1, 3],
  ])('%s is day %p, weekday %p', (iso, day, wd) => {
    expect(parseIsoDay(iso)).toBe(day);
    expect(isoDay(day)).toBe(iso);
    expect(weekday(day)).toBe(wd);
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '26-03-09',
    '2026-3-9',
    'x2026-03-09',
  ])('%s is no date', (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });

  it('counts business days after the first day up to and including the last', () => {
    const fri = 20518; // Friday 2026-03-06
    expect(businessDaysBetween(fri, fri, new Set())).toBe(0);
    expect(businessDaysBetween(fri, fri - 3, new Set())).toBe(0);
    expect(businessDaysBetween(fri - 1, fri, new Set())).toBe(1);
    expect(businessDaysBetween(fri, fri + 2, new Set())).toBe(0); // Saturday and Sunday
    expect(businessDaysBetween(fri, fri + 3, new Set())).toBe(1);
    expect(businessDaysBetween(fri, fri + 3, new Set([fri + 3]))).toBe(0);
    expect(businessDaysBetween(fri, fri + 7, new Set([fri + 3]))).toBe(4);
  });
});
