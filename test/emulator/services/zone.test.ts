// Zone arithmetic under the services: wall clocks, DST gaps and overlaps, and Dates from another realm.

import vm from 'node:vm';
import { createUtilities } from '../../../emulator/services/utilities';
import { wallClock, zonedTimeToUtc } from '../../../emulator/services/zone';
import { makeEnv } from './service-env';

describe('zone arithmetic', () => {
  test('wall clock and offset of an instant', () => {
    const w = wallClock(Date.parse('2026-02-28T20:00:00Z'), 'Asia/Seoul');
    expect(w).toMatchObject({
      year: 2026,
      month: 3,
      day: 1,
      hour: 5,
      weekday: 0,
      offsetMinutes: 540,
    });
  });

  test('local time to UTC, including a DST gap and an overlap', () => {
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(iso(zonedTimeToUtc('Asia/Seoul', 2026, 3, 1))).toBe('2026-02-28T15:00:00.000Z');
    // 02:30 does not exist on 8 March in Los Angeles: it lands after the jump, at 03:30 PDT
    expect(iso(zonedTimeToUtc('America/Los_Angeles', 2026, 3, 8, 2, 30))).toBe(
      '2026-03-08T10:30:00.000Z',
    );
    // 01:30 happens twice on 1 November: the first (PDT) one
    expect(iso(zonedTimeToUtc('America/Los_Angeles', 2026, 11, 1, 1, 30))).toBe(
      '2026-11-01T08:30:00.000Z',
    );
    // day overflow rolls into the next month
    expect(iso(zonedTimeToUtc('UTC', 2026, 1, 31 + 30))).toBe('2026-03-02T00:00:00.000Z');
  });

  test('Dates made in the script realm are accepted', () => {
    const U = createUtilities(makeEnv());
    const scriptDate = vm.runInNewContext('new Date(Date.UTC(2026, 1, 28, 20))') as Date;
    expect(scriptDate instanceof Date).toBe(false);
    expect(U.formatDate(scriptDate, 'Asia/Seoul', 'yyyy-MM-dd')).toBe('2026-03-01');
  });
});
