// npm start: runs the built add-on in the local emulator on the sample or on a given workbook, and writes
// the resulting workbook, the emails it would send and a summary. Bad input: one line on stderr, exit 2.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Emulator } from '../emulator';
import { zonedTimeToUtc } from '../emulator/services/zone';
import { columnLetter } from '../src/core/a1';
import { alertColumns, splitDealIds } from '../src/core/alert-log';
import { checkDeals, countProblems } from '../src/core/check-data';
import { dayNumber, isoDay } from '../src/core/dates';
import { readDealRows } from '../src/core/deals';
import { indexData } from '../src/core/forecast/as-of';
import { periodOf, shiftPeriod } from '../src/core/forecast/periods';
import {
  type CurrentForecast,
  currentForecast,
  currentForecastPoint,
  workbookForecastData,
} from '../src/core/forecast/workbook-data';
import {
  matchDealHeaders,
  readRecord,
  SETTINGS_COLUMNS,
  SHEET_NAMES,
  type SheetKey,
  sheetNamesFor,
} from '../src/core/schema';
import { parseSettings } from '../src/core/settings';
import { findStage, parseStatus } from '../src/core/stages';
import { findStalledDeals } from '../src/core/stall';
import { ADOPTION_REPORT_PROPERTY } from '../src/sheets/setup';
import { type OutboxEmail, writeOutbox } from './outbox-files';
import { samplePipeline } from './sample-pipeline';
import { parseStartArgs, type StartOptions, todayIn, UsageError } from './start-args';
import { loadInput } from './start-input';

const SAMPLE_OWNER = 'lead@example.com';

/** Service calls the daily job made, per emulator (the summary reports them). */
const dailyJobCalls = new WeakMap<Emulator, ReturnType<Emulator['calls']['snapshot']>>();

export interface StartSummary {
  source: string;
  today: string;
  deals: number;
  /** Every stalled open deal today, whether or not an email listed it (cooldowns, caps). */
  stalledDeals: number;
  /** Deals listed in today's alert emails. */
  stalledDealsAlerted: number;
  /** What set-up decided about the deals table (sheet, columns, conversions, stages …). */
  adoption: { report: string[]; counts: Record<string, unknown> | null };
  /** What Check data finds after set-up, per problem kind (kinds with none left out). */
  checkData: Record<string, number>;
  emails: { to: string; subject: string; file: string }[];
  alerts: Record<string, number>;
  dashboard: Record<string, unknown>;
  /** The current month's forecast from the workbook after the run (absent before any dated deal). */
  forecast?: CurrentForecast;
  /**
   * The last day anything in the workbook is dated (Created, Closed on, History) and, when the
   * report day is more than a month past it, what that means for the figures.
   */
  data?: { ends: string; note?: string };
  /** Service calls of the daily job run. */
  serviceCalls: { read: number; write: number; mail: number; other: number };
  files: string[];
}

function step(message: string): void {
  process.stdout.write(`• ${message}\n`);
}

/** Runs everything in a temporary folder, then moves the results into place: nothing is half-written. */
export async function runStart(opts: StartOptions): Promise<StartSummary> {
  const [y, m, d] = opts.today.split('-').map(Number);
  // The daily job runs at the start of the working day in the spreadsheet's zone.
  const now = new Date(zonedTimeToUtc(opts.timeZone, y, m, d, 8));
  const emu = await Emulator.create({
    timeZone: opts.timeZone,
    scriptTimeZone: opts.timeZone,
    locale: opts.lang === 'en' ? 'en_US' : 'ko_KR',
    owner: opts.owner ?? (opts.workbook ? undefined : SAMPLE_OWNER),
    activeUser: opts.owner ?? SAMPLE_OWNER,
    now,
    name: opts.workbook
      ? basename(opts.workbook).replace(/\.(xlsx|csv|tsv|txt)$/i, '')
      : opts.lang === 'en'
        ? 'Sample pipeline'
        : '샘플 파이프라인',
  });

  if (opts.workbook) {
    step(`reading ${[opts.workbook, ...(opts.moreCsv ?? [])].join(', ')}`);
    await loadInput(emu, opts);
    await setUpAndRun(emu, opts, []);
    return finish(emu, opts, opts.workbook);
  }
  const lang = opts.lang ?? 'ko';
  step(`generating the sample Korean pipeline for ${opts.today}`);
  const sample = samplePipeline(opts.today, 300, 'example.com', lang);
  // The sample goes into the new spreadsheet's first sheet, as if typed there, plus its history.
  emu.spreadsheet.getSheets()[0].setName(SHEET_NAMES.deals[lang]);
  emu.setValues(SHEET_NAMES.deals[lang], 'A1', sample.deals);
  emu.setValues(SHEET_NAMES.history[lang], 'A1', sample.history);
  await setUpAndRun(emu, opts, sample.targets);
  return finish(emu, opts, 'built-in sample');
}

/** The first existing sheet for `key` under its names (ours beside a user's sheet first). */
function sheetOf(emu: Emulator, key: SheetKey): string | undefined {
  const names = emu.sheetNames();
  return sheetNamesFor(key).find((n) => names.includes(n));
}

/** The targets row --target asks for: the month or quarter around --today. */
function targetRow(opts: StartOptions): [Date, Date, number][] {
  if (!opts.target) return [];
  const [y, m] = opts.today.split('-').map(Number);
  const first = opts.target.period === 'quarter' ? m - ((m - 1) % 3) : m;
  const months = opts.target.period === 'quarter' ? 3 : 1;
  const day = (yy: number, mm: number, dd: number) =>
    new Date(zonedTimeToUtc(opts.timeZone, yy, mm, dd, 0));
  const lastDay = new Date(Date.UTC(y, first - 1 + months, 0)).getUTCDate();
  return [[day(y, first, 1), day(y, first + months - 1, lastDay), opts.target.amount]];
}

async function setUpAndRun(
  emu: Emulator,
  opts: StartOptions,
  targets: [Date, Date, number][],
): Promise<void> {
  step('setting up / upgrading the pipeline');
  emu.run('menuSetUp');
  const settingsName = sheetOf(emu, 'settings');
  const rows = [...targets, ...targetRow(opts)];
  if (settingsName && rows.length) {
    const col = columnLetter(SETTINGS_COLUMNS.targetStart + 1);
    emu.setValues(settingsName, `${col}2`, rows);
  }
  if (settingsName && opts.currency) {
    const values = emu.getValues(settingsName);
    const row = values.findIndex((r) => r[SETTINGS_COLUMNS.optionKey] === 'currency');
    if (row > 0)
      emu.setValues(settingsName, `${columnLetter(SETTINGS_COLUMNS.optionValue + 1)}${row + 1}`, [
        [opts.currency],
      ]);
  }
  step(`running the daily job for ${opts.today}`);
  emu.calls.reset();
  emu.run('runDailyJob', { mode: 'time-trigger' });
  dailyJobCalls.set(emu, emu.calls.snapshot());
  step('refreshing the dashboard');
  emu.run('menuRefreshDashboard');
}

async function finish(emu: Emulator, opts: StartOptions, source: string): Promise<StartSummary> {
  const outDir = resolve(opts.out);
  mkdirSync(dirname(outDir), { recursive: true });
  const tmp = mkdtempSync(join(dirname(outDir), '.pipeline-sheet-'));
  try {
    step('writing the workbook, the outbox and the summary');
    await emu.exportXlsx(join(tmp, 'workbook.xlsx'));
    mkdirSync(join(tmp, 'outbox'));
    const mails = emu.outbox as unknown as OutboxEmail[];
    const files = await writeOutbox(join(tmp, 'outbox'), mails, opts.owner ?? SAMPLE_OWNER);
    const summary = summarize(emu, opts, source, files);
    writeFileSync(join(tmp, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
    renameSync(tmp, outDir);
    return summary;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

function summarize(
  emu: Emulator,
  opts: StartOptions,
  source: string,
  files: string[],
): StartSummary {
  const dealsSheet = sheetOf(emu, 'deals');
  // Each sheet is read once: a read types every cell, which is most of the summary's time at scale.
  const dealValues = dealsSheet ? emu.getValues(dealsSheet) : [];
  const dealRows = dealValues.slice(1).filter((r) => r.some((v) => v !== ''));
  const settingsName = sheetOf(emu, 'settings');
  const settingsValues = settingsName ? emu.getValues(settingsName) : undefined;
  const alertsSheet = sheetOf(emu, 'alerts');
  const alerts: Record<string, number> = {};
  let stalledDealsAlerted = 0;
  const alertValues = alertsSheet ? emu.getValues(alertsSheet) : [];
  const alertCols = alertColumns(alertValues[0]);
  for (const row of alertValues.slice(1)) {
    if (!row.some((v) => v !== '')) continue;
    const cells = readRecord(alertCols, row);
    const result = String(cells.result ?? '').split(':')[0];
    alerts[result] = (alerts[result] ?? 0) + 1;
    stalledDealsAlerted += splitDealIds(cells.dealIds).length;
  }
  const dashName = sheetOf(emu, 'dashboard');
  const dashboard: Record<string, unknown> = {};
  if (dashName) {
    for (const row of emu.getValues(dashName)) {
      if (typeof row[0] === 'string' && row[0] && row[1] !== '' && row[1] !== undefined) {
        // A figure spanning several cells (P10 / P50 / P90, win rate by count and value) stays whole.
        const cells = row.slice(1).filter((v) => typeof v === 'number' || v instanceof Date);
        const show = (v: unknown) => (v instanceof Date ? todayIn(opts.timeZone, v) : v);
        dashboard[row[0]] = cells.length > 1 ? cells.map(show) : show(row[1]);
      }
    }
  }
  const calls = dailyJobCalls.get(emu) ?? emu.calls.snapshot();
  // The deals are read once for the figures and the forecast.
  const read = dealsSheet ? readDeals(opts, dealValues, settingsValues ?? []) : undefined;
  const pipeline =
    read && settingsValues ? pipelineFigures(emu, opts, read) : { stalled: 0, problems: {} };
  const { forecast, data } = read
    ? forecastOf(emu, opts, read)
    : { forecast: undefined, data: undefined };
  return {
    source,
    today: opts.today,
    deals: dealRows.length,
    stalledDeals: pipeline.stalled,
    stalledDealsAlerted,
    adoption: adoptionOf(emu),
    checkData: pipeline.problems,
    emails: (emu.outbox as unknown as OutboxEmail[]).map((m, i) => ({
      to: m.to,
      subject: m.subject,
      file: `outbox/${files[i]}`,
    })),
    alerts,
    dashboard,
    ...(forecast ? { forecast } : {}),
    ...(data ? { data } : {}),
    serviceCalls: { read: calls.read, write: calls.write, mail: calls.mail, other: calls.other },
    files: [
      'workbook.xlsx',
      'outbox/index.html',
      ...files.map((f) => `outbox/${f}`),
      'summary.json',
    ],
  };
}

/** The written Deals sheet's values, its columns and typed deals, and the written Settings. */
interface DealsRead {
  values: unknown[][];
  columns: ReturnType<typeof matchDealHeaders>['columns'];
  deals: ReturnType<typeof readDealRows>;
  settings: ReturnType<typeof parseSettings>['settings'];
}

function readDeals(
  opts: StartOptions,
  values: unknown[][],
  settingsValues: unknown[][],
): DealsRead {
  const { settings } = parseSettings(settingsValues);
  const { columns } = matchDealHeaders(values[0] ?? []);
  const deals = readDealRows(
    values,
    columns,
    (l) => findStage(settings.stages, l),
    parseStatus,
    opts.timeZone,
  );
  return { values, columns, deals, settings };
}

/** Every stalled deal and every Check data problem, computed by the core from the written sheets. */
function pipelineFigures(
  emu: Emulator,
  opts: StartOptions,
  { values, columns, deals, settings }: DealsRead,
): { stalled: number; problems: Record<string, number> } {
  const today = settings.reportDate ?? emu.clock.now();
  const problems = checkDeals({
    deals,
    values,
    columns,
    stages: settings.stages,
    today: dayNumber(today, opts.timeZone),
    timeZone: opts.timeZone,
  });
  const counts = Object.fromEntries(
    Object.entries(countProblems(problems)).filter(([, n]) => n > 0),
  );
  return {
    stalled: findStalledDeals(deals, settings, today, opts.timeZone).length,
    problems: counts,
  };
}

/** The adoption report set-up showed (its last dialog) and the counts it kept. */
function adoptionOf(emu: Emulator): StartSummary['adoption'] {
  const saved = emu.properties.document.get(ADOPTION_REPORT_PROPERTY);
  // Set-up's last dialog is its report (an earlier one, Yes / No, asked before changing anything).
  const lastSetUp = [...emu.uiAlerts]
    .reverse()
    .find((a) => a.title === '파이프라인 설정' || a.title === 'Pipeline set up');
  return {
    report: String(lastSetUp?.prompt ?? '')
      .split('\n')
      .filter(Boolean),
    counts: saved ? (JSON.parse(saved) as Record<string, unknown>) : null,
  };
}

/**
 * Where the data ends; when the report day is more than a month past it, a note that the figures
 * are as of the report day (nothing was won since the data ends) and the --today to see them then.
 */
export function dataEnd(lastDay: number, today: number): StartSummary['data'] {
  if (!Number.isFinite(lastDay)) return undefined;
  const ends = isoDay(lastDay);
  if (today <= shiftPeriod(periodOf('month', lastDay), 1).end) return { ends };
  const day = isoDay(today);
  return {
    ends,
    note: `The data ends on ${ends}, more than a month before the report day ${day}: the figures are as of ${day}, with nothing won or changed since ${ends}. To see them as of the data's end, run with --today ${isoDay(lastDay + 1)}.`,
  };
}

/** The current month's forecast from the workbook's Deals, History and Settings after the run. */
function forecastOf(
  emu: Emulator,
  opts: StartOptions,
  { deals, settings }: DealsRead,
): { forecast?: CurrentForecast; data: StartSummary['data'] } {
  const historyName = sheetOf(emu, 'history');
  const history = historyName ? emu.getValues(historyName) : [];
  const { data } = workbookForecastData(deals, history, settings.stages, opts.timeZone);
  const [y, m, d] = opts.today.split('-').map(Number);
  const today = dayNumber(new Date(zonedTimeToUtc(opts.timeZone, y, m, d, 12)), opts.timeZone);
  const point = currentForecastPoint(data, settings.stages, today);
  return {
    forecast: point ? currentForecast(point) : undefined,
    data: dataEnd(indexData(data).lastDay, today),
  };
}

function printSummary(summary: StartSummary, out: string): void {
  const lines: [string, string][] = [
    ['source', summary.source],
    ['report date', summary.today],
    ['deals', String(summary.deals)],
    ['stalled deals', `${summary.stalledDeals} (${summary.stalledDealsAlerted} in today's emails)`],
    [
      'check data',
      Object.entries(summary.checkData)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'no problems',
    ],
    ['emails', String(summary.emails.length)],
    [
      'alert results',
      Object.entries(summary.alerts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '—',
    ],
    [
      'daily job calls',
      `${summary.serviceCalls.read} reads, ${summary.serviceCalls.write} writes, ${summary.serviceCalls.mail} emails`,
    ],
    ['output', out],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  const report = summary.adoption.report.map((l) => `  ${l}`).join('\n');
  if (report) process.stdout.write(`\n${report}\n`);
  if (summary.data)
    process.stdout.write(`\n  ${summary.data.note ?? `The data ends on ${summary.data.ends}.`}\n`);
  process.stdout.write(`\n${lines.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`);
}

async function main(): Promise<void> {
  let opts: StartOptions;
  try {
    opts = parseStartArgs(process.argv.slice(2));
    const summary = await runStart(opts);
    printSummary(summary, opts.out);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`npm start: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`npm start failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
