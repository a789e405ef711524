// Utilities: formatDate in zones with Java patterns, formatString, sleep against the deadline, blobs, digests.

import { counterUuid, createUtilities, MAX_SLEEP_MS } from '../../../emulator/services/utilities';
import { makeEnv } from './service-env';

const hex = (bytes: number[]) => Buffer.from(bytes.map((b) => b & 0xff)).toString('hex');

describe('Utilities.formatDate', () => {
  const env = makeEnv();
  const U = createUtilities(env);
  // 05:00 on 1 March in Seoul is still noon on 28 February in Los Angeles.
  const moment = new Date('2026-02-28T20:00:00Z');

  test.each([
    ['yyyy-MM-dd HH:mm', '2026-03-01 05:00', '2026-02-28 12:00'],
    ['EEE, d MMM yyyy', 'Sun, 1 Mar 2026', 'Sat, 28 Feb 2026'],
    ['EEEE d MMMM', 'Sunday 1 March', 'Saturday 28 February'],
    ['a h:mm', 'AM 5:00', 'PM 12:00'],
    ['Z', '+0900', '-0800'],
    ['XXX', '+09:00', '-08:00'],
    ['X', '+09', '-08'],
    ['z', 'KST', 'PST'],
    ['yy/M/d u D w', '26/3/1 7 60 10', '26/2/28 6 59 9'],
  ])('%s', (pattern, seoul, losAngeles) => {
    expect(U.formatDate(moment, 'Asia/Seoul', pattern)).toBe(seoul);
    expect(U.formatDate(moment, 'America/Los_Angeles', pattern)).toBe(losAngeles);
  });

  test('quoted text and the doubled quote', () => {
    expect(U.formatDate(moment, 'Asia/Seoul', "yyyy-MM-dd'T'HH:mm:ss.SSS")).toBe(
      '2026-03-01T05:00:00.000',
    );
    expect(U.formatDate(moment, 'Asia/Seoul', "h 'o''clock' ''")).toBe("5 o'clock '");
  });

  test('milliseconds, 24-hour variants and ISO offsets in UTC', () => {
    const d = new Date('2026-07-04T00:07:09.045Z');
    expect(U.formatDate(d, 'UTC', 'HH:mm:ss.SSS S k K hh')).toBe('00:07:09.045 45 24 0 12');
    expect(U.formatDate(d, 'UTC', 'XXX Z')).toBe('Z +0000');
  });

  test('daylight saving: the same zone prints PDT and -07:00 in summer', () => {
    const afterJump = new Date('2026-03-08T10:30:00Z'); // 03:30 PDT, just after the spring-forward gap
    expect(U.formatDate(afterJump, 'America/Los_Angeles', 'HH:mm z XXX')).toBe('03:30 PDT -07:00');
  });

  test('week year: 31 Dec 2026 is in week 1 of 2027 (weeks start Sunday)', () => {
    const d = new Date('2026-12-31T12:00:00Z');
    expect(U.formatDate(d, 'UTC', 'yyyy YYYY w')).toBe('2026 2027 1');
  });

  test('fixed-offset zones and unknown zones (Java falls back to GMT)', () => {
    expect(U.formatDate(moment, 'GMT+9', 'yyyy-MM-dd HH:mm z')).toBe('2026-03-01 05:00 GMT+09:00');
    expect(U.formatDate(moment, 'Not/AZone', 'HH:mm Z')).toBe('20:00 +0000');
  });

  test('illegal pattern letters and wrong argument types throw', () => {
    expect(() => U.formatDate(moment, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => U.formatDate('2026-03-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  test('every call is metered as other', () => {
    const before = env.meter.byMethod.get('Utilities.formatDate') ?? 0;
    U.formatDate(moment, 'UTC', 'yyyy');
    expect(env.meter.byMethod.get('Utilities.formatDate')).toBe(before + 1);
    expect(env.meter.counts.other).toBeGreaterThan(0);
    expect(env.meter.counts.read + env.meter.counts.write).toBe(0);
  });
});

describe('Utilities.formatString', () => {
  const U = createUtilities(makeEnv());
  test('Java format specifiers', () => {
    expect(U.formatString('%s has %d deals worth %.2f', 'Kim', 3, 1234.5)).toBe(
      'Kim has 3 deals worth 1234.50',
    );
    expect(
      U.formatString('[%05d] [%-4s] [%4s] [%,d] [%+d] 100%%', 42, 'ab', 'cd', 1234567, 5),
    ).toBe('[00042] [ab  ] [  cd] [1,234,567] [+5] 100%');
    expect(U.formatString('%2$s %1$s', 'world', 'hello')).toBe('hello world');
    expect(U.formatString('%x %X %e', 255, 255, 12345.678)).toBe('ff FF 1.234568e+04');
  });
  test('a missing argument throws', () => {
    expect(() => U.formatString('%s and %s', 'one')).toThrow("Format specifier '%s'");
  });
});

describe('Utilities.sleep', () => {
  test('advances the emulator clock', () => {
    const env = makeEnv();
    const U = createUtilities(env);
    const start = env.clock.nowMs();
    U.sleep(1500);
    expect(env.clock.nowMs() - start).toBe(1500);
  });

  test('sleeping past the 6-minute deadline ends the script, and later calls fail too', () => {
    const env = makeEnv();
    const U = createUtilities(env);
    U.sleep(MAX_SLEEP_MS); // 5 minutes: still inside
    expect(() => U.sleep(61_000)).toThrow(
      'Exceeded maximum execution time (Apps Script stops a script after 6 minutes)',
    );
    expect(() => U.getUuid()).toThrow('Exceeded maximum execution time');
  });

  test('a custom function has 30 seconds', () => {
    const env = makeEnv('2026-03-01T00:00:00Z', 'custom-function');
    const U = createUtilities(env);
    U.sleep(29_000);
    expect(() => U.sleep(2_000)).toThrow(/^Exceeded maximum execution time$/);
  });

  test('more than five minutes at once is refused', () => {
    const U = createUtilities(makeEnv());
    expect(() => U.sleep(MAX_SLEEP_MS + 1)).toThrow('Invalid argument: milliseconds');
  });
});

describe('blobs, base64, digests, uuids', () => {
  const U = createUtilities(makeEnv());

  test('newBlob keeps bytes, name and content type; bytes are signed like Java', () => {
    const blob = U.newBlob('héllo', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('héllo');
    expect(blob.getBytes()).toEqual([104, -61, -87, 108, 108, 111]);
    expect(blob.getName()).toBe('a.txt');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.setName('b.txt').getName()).toBe('b.txt');
    expect(U.newBlob(blob.getBytes()).getDataAsString()).toBe('héllo');
  });

  test('base64 round trip, web-safe alphabet', () => {
    expect(U.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(Buffer.from(U.base64Decode('aMOpbGxv').map((b) => b & 0xff)).toString()).toBe('héllo');
    expect(U.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(U.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  test('computeDigest with SHA_256 and MD5', () => {
    expect(hex(U.computeDigest(U.DigestAlgorithm.SHA_256, 'abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(U.computeDigest(U.DigestAlgorithm.MD5, 'abc'))).toBe(
      '900150983cd24fb0d6963f7d28e17f72',
    );
    expect(U.Charset.UTF_8).toBe('UTF_8');
  });

  test('getUuid is deterministic per counter and unique', () => {
    const uuids = { next: 7 };
    const local = createUtilities(makeEnv(), uuids);
    expect(local.getUuid()).toBe(counterUuid(7));
    expect(local.getUuid()).toBe('00000000-0000-4000-8000-000000000008');
    expect(U.getUuid()).not.toBe(U.getUuid());
  });

  test('unimplemented methods name themselves', () => {
    expect(() => (U as any).parseCsv('a,b')).toThrow(
      'Emulator: Utilities.parseCsv is not implemented',
    );
    const blob = U.newBlob('x');
    expect(() => (blob as any).getAs('application/pdf')).toThrow(
      'Emulator: Blob.getAs is not implemented',
    );
  });
});
