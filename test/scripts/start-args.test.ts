// npm start's command line: defaults, and one clear message for each kind of bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStartArgs, todayIn, UsageError } from '../../scripts/start-args';

const dir = mkdtempSync(join(tmpdir(), 'start-args-'));
const csv = join(dir, 'deals.csv');
writeFileSync(csv, 'deal,stage,amount\nA,Proposal,10\n');
const notXlsx = join(dir, 'deals.xlsx.bak');
writeFileSync(notXlsx, 'deal,stage,amount\nA,Proposal,10\n');
const fakeZip = join(dir, 'deals.xlsx');
writeFileSync(fakeZip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));

describe('parseStartArgs', () => {
  it('runs the sample for today in Seoul by default, writing to out/', () => {
    const now = new Date('2026-03-01T16:00:00Z'); // 01:00 on Mar 2 in Seoul
    expect(parseStartArgs([], now)).toEqual({
      workbook: undefined,
      today: '2026-03-02',
      out: 'out',
      lang: 'ko',
      owner: undefined,
      timeZone: 'Asia/Seoul',
    });
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-03-01');
  });

  it('reads every option, with = or a separate value', () => {
    expect(
      parseStartArgs([
        fakeZip,
        '--today=2026-02-27',
        '--out',
        'o',
        '--lang',
        'en',
        '--owner',
        'a@b.co',
        '--time-zone',
        'America/Los_Angeles',
      ]),
    ).toEqual({
      workbook: fakeZip,
      today: '2026-02-27',
      out: 'o',
      lang: 'en',
      owner: 'a@b.co',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('takes a CSV export with the sheet to use, a currency and a target; the language comes from it', () => {
    expect(
      parseStartArgs(
        [
          csv,
          '--sheet',
          'Pipeline',
          '--currency',
          'usd',
          '--target',
          '1.2억',
          '--period',
          'quarter',
        ],
        new Date('2026-03-01T00:00:00Z'),
      ),
    ).toEqual({
      workbook: csv,
      today: '2026-03-01',
      out: 'out',
      lang: undefined,
      owner: undefined,
      timeZone: 'Asia/Seoul',
      sheet: 'Pipeline',
      currency: 'USD',
      target: { amount: 120_000_000, period: 'quarter' },
    });
    expect(parseStartArgs([csv, '--target', '5,000,000']).target).toEqual({
      amount: 5_000_000,
      period: 'month',
    });
  });

  it.each([
    [['--today', '2026-02-30'], /--today "2026-02-30" is not a date written YYYY-MM-DD/],
    [['--today', '27/02/2026'], /not a date written YYYY-MM-DD/],
    [['--today'], /--today needs a value/],
    [['--lang', 'jp'], /--lang must be ko or en/],
    [['--owner', 'nobody'], /"nobody" is not an email address/],
    [['--time-zone', 'Mars/Base'], /not an IANA time zone/],
    [['--frobnicate'], /unknown option --frobnicate/],
    [[join(dir, 'missing.xlsx')], /missing\.xlsx: no such file/],
    [[notXlsx], /deals\.xlsx\.bak: not an \.xlsx workbook or a \.csv file/],
    [['--currency', '₩'], /--currency "₩" is not a three-letter currency code/],
    [['--currency', 'KRWX'], /not a three-letter currency code/],
    [['--target', 'lots'], /--target "lots" is not an amount above 0/],
    [['--target', '0'], /not an amount above 0/],
    [['--period', 'quarter'], /--period needs --target AMOUNT/],
    [['--target', '5억', '--period', 'year'], /--period must be month or quarter, not "year"/],
    [['--sheet', 'Deals'], /--sheet needs a workbook/],
    [[dir], /not a file/],
    [['a.xlsx', 'b.xlsx'], /give one \.xlsx workbook, or one or more \.csv files/],
    [['a.csv', 'b.xlsx'], /give one \.xlsx workbook, or one or more \.csv files/],
  ])('rejects %p', (argv, message) => {
    expect(() => parseStartArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseStartArgs(argv as string[])).toThrow(message);
  });
});
