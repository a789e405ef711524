// npm start end to end: the sample and a hand-made workbook go through set-up, the daily job and the
// dashboard; the outputs are checked against figures computed here from the written workbook.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { readBacktestInput } from '../../scripts/backtest-input';
import { runStart } from '../../scripts/start';
import { parseStartArgs } from '../../scripts/start-args';
import { parseIsoDay } from '../../src/core/dates';
import { currentForecast, currentForecastPoint } from '../../src/core/forecast/workbook-data';
import { DEFAULT_STAGES } from '../../src/core/stages';
import { readWorkbook } from './read-workbook';

const REPO = join(__dirname, '..', '..');
const DAY = 86_400_000;

/** Seoul calendar day number of a Date read back from the workbook. */
const seoulDay = (d: Date) => Math.floor((d.getTime() + 9 * 3_600_000) / DAY);

describe('npm start on the built-in sample', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'start-')), 'out');
  let summary: Awaited<ReturnType<typeof runStart>>;
  let book: Map<string, unknown[][]>;

  beforeAll(async () => {
    summary = await runStart(parseStartArgs(['--today', '2026-11-27', '--out', out]));
    book = await readWorkbook(join(out, 'workbook.xlsx'));
  }, 120_000);

  it('writes the workbook, one .eml per email, an index page and a summary', () => {
    expect(existsSync(join(out, 'workbook.xlsx'))).toBe(true);
    expect(existsSync(join(out, 'outbox', 'index.html'))).toBe(true);
    const emls = readdirSync(join(out, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(emls.length).toBe(summary.emails.length);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).deals).toBe(summary.deals);
    expect([...book.keys()]).toEqual(
      expect.arrayContaining(['딜', '설정', '알림 기록', '대시보드']),
    );
  });

  it('writes the month’s forecast made from what the workbook held before today', async () => {
    const { forecast } = summary;
    expect(forecast).toMatchObject({ period: '2026-11', as_of: '2026-11-27' });
    // The same forecast from the written workbook, read the way the backtest reads a workbook.
    const input = await readBacktestInput(join(out, 'workbook.xlsx'));
    const today = parseIsoDay('2026-11-27') as number;
    const point = currentForecastPoint(input.data, DEFAULT_STAGES, today);
    expect(point && currentForecast(point)).toEqual(forecast);
    expect(forecast?.p10).toBeLessThanOrEqual(forecast?.p90 as number);
  });

  it('emails exactly the owners whose open deals are stalled, each listing their stalled deals', async () => {
    const [header, ...rows] = book.get('딜')!;
    const col = (name: string) => header.indexOf(name);
    const today = seoulDay(new Date('2026-11-27T00:00:00+09:00'));
    const stalledByOwner = new Map<string, string[]>();
    for (const r of rows) {
      if (r[col('상태')] !== '진행') continue;
      const stage = DEFAULT_STAGES.find((s) => s.ko === r[col('단계')])!;
      const snooze = r[col('알림 보류 기한')];
      if (snooze instanceof Date && seoulDay(snooze) > today) continue;
      const days = today - seoulDay(r[col('단계 진입일')] as Date);
      if (days > stage.stallDays) {
        const owner = String(r[col('담당자')]);
        stalledByOwner.set(owner, [...(stalledByOwner.get(owner) ?? []), String(r[col('딜 ID')])]);
      }
    }
    expect(stalledByOwner.size).toBeGreaterThan(3);
    expect(summary.emails.map((e) => e.to).sort()).toEqual([...stalledByOwner.keys()].sort());
    for (const email of summary.emails) {
      const parsed = await simpleParser(readFileSync(join(out, email.file)));
      const ids = stalledByOwner.get(email.to)!;
      expect(parsed.subject).toContain(`${ids.length}건`);
      for (const id of ids) {
        expect(parsed.text).toContain(id);
        expect(parsed.html).toContain(id);
      }
    }
  });

  it('computes dashboard figures equal to the same sums done here', () => {
    const [header, ...rows] = book.get('딜')!;
    const col = (name: string) => header.indexOf(name);
    const dash = book.get('대시보드')!;
    const value = (label: string) => dash.find((r) => r[0] === label)?.[1];
    const target = value('목표') as number;
    const won = value('기간 내 성사') as number;
    const start = value('기간 시작') as Date;
    const end = value('기간 종료') as Date;
    let wonHere = 0;
    let open = 0;
    for (const r of rows) {
      const close = r[col('예상 마감일')];
      if (r[col('상태')] === '성사' && close instanceof Date && close >= start && close <= end)
        wonHere += Number(r[col('금액')]);
      if (r[col('상태')] === '진행') open += Number(r[col('금액')]);
    }
    expect(won).toBe(wonHere);
    expect(target).toBeGreaterThan(0);
    const coverage = value('커버리지 (진행 중 파이프라인 ÷ 남은 목표)') as number;
    expect(coverage).toBeCloseTo(open / (target - won), 6);
    // Every formula on the dashboard computed: no error values.
    const errors = dash
      .flat()
      .filter((v) => v && typeof v === 'object' && 'error' in (v as object));
    expect(errors).toEqual([]);
    expect(dash.find((r) => String(r[0]).startsWith('병목 단계'))?.[1]).toMatch(/\S/);
  });
});

describe('npm start on a hand-made workbook', () => {
  it('adopts an English sheet with its own column names and reports its deals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'start-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pipeline');
    ws.addRow([
      'Opportunity',
      'Account',
      'Sales rep',
      'Deal stage',
      'Value',
      'Stage since',
      'Notes',
    ]);
    ws.addRow([
      'Renewal 2027',
      'Acme Inc.',
      'ann@acme.test',
      'Negotiation',
      50_000,
      new Date('2026-01-02T00:00:00Z'),
      'call back',
    ]);
    ws.addRow([
      'New seats',
      'Beta Co.',
      'bob@acme.test',
      'Proposal',
      12_000,
      new Date('2026-01-25T00:00:00Z'),
      '',
    ]);
    const file = join(dir, 'pipeline.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(dir, 'out');
    const summary = await runStart(
      parseStartArgs([file, '--today', '2026-01-30', '--out', out, '--lang', 'en']),
    );
    expect(summary.deals).toBe(2);
    // Negotiation stalls after 10 days: ann's deal (28 days) is alerted; bob's (5 days) is not.
    expect(summary.emails.map((e) => e.to)).toEqual(['ann@acme.test']);
    const book = await readWorkbook(join(out, 'workbook.xlsx'));
    const deals = book.get('Deals')!;
    expect(deals[0]).toEqual(
      expect.arrayContaining(['Opportunity', 'Account', 'Notes', 'Deal ID', 'Status']),
    );
    expect(deals[1]).toEqual(expect.arrayContaining(['Renewal 2027', 'Acme Inc.', 'call back']));
  }, 120_000);
});

describe('npm start with bad input', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(REPO, 'scripts', 'start.ts'),
        ...args,
      ],
      {
        cwd: mkdtempSync(join(tmpdir(), 'start-bad-')),
        encoding: 'utf8',
      },
    );

  it('names the missing columns, exits 2 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'start-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Name', 'Owner', 'Notes']);
    const file = join(dir, 'nodeals.xlsx');
    await wb.xlsx.writeFile(file);
    const result = spawnSync(
      process.execPath,
      [
        join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(REPO, 'scripts', 'start.ts'),
        file,
        '--out',
        join(dir, 'out'),
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/is missing Stage \(/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 60_000);

  it('rejects a missing file and an invalid --today with one line and exit 2', () => {
    const missing = run('nope.xlsx');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('npm start: nope.xlsx: no such file.\n');
    const badDay = run('--today', '2026-13-01');
    expect(badDay.status).toBe(2);
    expect(badDay.stderr).toMatch(/--today "2026-13-01" is not a date/);
  }, 60_000);
});
