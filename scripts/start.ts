// npm start: runs the built add-on in the local emulator on the sample or on a given workbook, and writes
// the resulting workbook, the emails it would send and a summary. Bad input: one line on stderr, exit 2.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Emulator } from '../emulator';
import { zonedTimeToUtc } from '../emulator/services/zone';
import { columnLetter } from '../src/core/a1';
import { alertColumns, splitDealIds } from '../src/core/alert-log';
import { dayNumber } from '../src/core/dates';
import { readDealRows } from '../src/core/deals';
import {
  type CurrentForecast,
  currentForecast,
  currentForecastPoint,
  workbookForecastData,
} from '../src/core/forecast/workbook-data';
import {
  dealColumn,
  matchDealHeaders,
  readRecord,
  SETTINGS_COLUMNS,
  SHEET_NAMES,
} from '../src/core/schema';
import { parseSettings } from '../src/core/settings';
import { findStage, parseStatus } from '../src/core/stages';
import { type OutboxEmail, writeOutbox } from './outbox-files';
import { samplePipeline } from './sample-pipeline';
import { parseStartArgs, type StartOptions, todayIn, UsageError } from './start-args';

const SAMPLE_OWNER = 'lead@example.com';

/** Service calls the daily job made, per emulator (the summary reports them). */
const dailyJobCalls = new WeakMap<Emulator, ReturnType<Emulator['calls']['snapshot']>>();

export interface StartSummary {
  source: string;
  today: string;
  deals: number;
  stalledDeals: number;
  emails: { to: string; subject: string; file: string }[];
  alerts: Record<string, number>;
  dashboard: Record<string, unknown>;
  /** The current month's forecast from the workbook after the run (absent before any dated deal). */
  forecast?: CurrentForecast;
  /** Service calls of the daily job run. */
  serviceCalls: { read: number; write: number; mail: number; other: number };
  files: string[];
}

function step(message: string): void {
  process.stdout.write(`• ${message}\n`);
}

/** Finds the sheet holding deals: named Deals/딜, else the first whose header row has the required columns. */
function findDealsSheet(emu: Emulator): string {
  const names = emu.sheetNames();
  const preferred = names.find((n) => n === SHEET_NAMES.deals.en || n === SHEET_NAMES.deals.ko);
  const candidates = preferred ? [preferred, ...names.filter((n) => n !== preferred)] : names;
  let best: { name: string; missing: string[] } | undefined;
  for (const name of candidates) {
    const header = emu.getValues(name)[0] ?? [];
    const { missingRequired } = matchDealHeaders(header);
    if (missingRequired.length === 0) return name;
    const missing = missingRequired.map((f) => dealColumn(f).en);
    if (!best || missing.length < best.missing.length || name === preferred)
      best = { name, missing };
  }
  if (!best) throw new UsageError('the workbook has no sheets.');
  throw new UsageError(
    `no sheet has the required deal columns: sheet "${best.name}" is missing ${best.missing.join(', ')} (headers may be in English or Korean, e.g. Deal/딜, Stage/단계, Amount/금액).`,
  );
}

/** Runs everything in a temporary folder, then moves the results into place: nothing is half-written. */
export async function runStart(opts: StartOptions): Promise<StartSummary> {
  const [y, m, d] = opts.today.split('-').map(Number);
  // The daily job runs at the start of the working day in the spreadsheet's zone.
  const now = new Date(zonedTimeToUtc(opts.timeZone, y, m, d, 8));
  const emu = await Emulator.create({
    timeZone: opts.timeZone,
    scriptTimeZone: opts.timeZone,
    locale: opts.lang === 'ko' ? 'ko_KR' : 'en_US',
    owner: opts.owner ?? (opts.workbook ? undefined : SAMPLE_OWNER),
    activeUser: opts.owner ?? SAMPLE_OWNER,
    now,
    name: opts.workbook
      ? basename(opts.workbook).replace(/\.xlsx$/i, '')
      : opts.lang === 'ko'
        ? '샘플 파이프라인'
        : 'Sample pipeline',
  });

  let source: string;
  if (opts.workbook) {
    step(`reading ${opts.workbook}`);
    try {
      await emu.importXlsx(opts.workbook);
    } catch (err) {
      throw new UsageError(
        `${opts.workbook}: cannot be read as an .xlsx workbook (${(err as Error).message}).`,
      );
    }
    findDealsSheet(emu);
    source = opts.workbook;
  } else {
    step(`generating the sample Korean pipeline for ${opts.today}`);
    const sample = samplePipeline(opts.today, 300, 'example.com', opts.lang);
    // The sample goes into the new spreadsheet's first sheet, as if typed there, plus its history.
    emu.spreadsheet.getSheets()[0].setName(SHEET_NAMES.deals[opts.lang]);
    emu.setValues(SHEET_NAMES.deals[opts.lang], 'A1', sample.deals);
    emu.setValues(SHEET_NAMES.history[opts.lang], 'A1', sample.history);
    source = 'built-in sample';
    await setUpAndRun(emu, opts, sample.targets);
    return finish(emu, opts, source);
  }
  await setUpAndRun(emu, opts, []);
  return finish(emu, opts, source);
}

async function setUpAndRun(
  emu: Emulator,
  opts: StartOptions,
  targets: [Date, Date, number][],
): Promise<void> {
  step('setting up / upgrading the pipeline');
  emu.run('menuSetUp');
  if (targets.length) {
    const col = columnLetter(SETTINGS_COLUMNS.targetStart + 1);
    const settingsName = emu
      .sheetNames()
      .find((n) => n === SHEET_NAMES.settings.en || n === SHEET_NAMES.settings.ko);
    if (settingsName) emu.setValues(settingsName, `${col}2`, targets);
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
  const dealsSheet = emu
    .sheetNames()
    .find((n) => n === SHEET_NAMES.deals.en || n === SHEET_NAMES.deals.ko);
  const dealRows = dealsSheet
    ? emu
        .getValues(dealsSheet)
        .slice(1)
        .filter((r) => r.some((v) => v !== ''))
    : [];
  const alertsSheet = emu
    .sheetNames()
    .find((n) => n === SHEET_NAMES.alerts.en || n === SHEET_NAMES.alerts.ko);
  const alerts: Record<string, number> = {};
  let stalledDeals = 0;
  const alertValues = alertsSheet ? emu.getValues(alertsSheet) : [];
  const alertCols = alertColumns(alertValues[0]);
  for (const row of alertValues.slice(1)) {
    if (!row.some((v) => v !== '')) continue;
    const cells = readRecord(alertCols, row);
    const result = String(cells.result ?? '').split(':')[0];
    alerts[result] = (alerts[result] ?? 0) + 1;
    stalledDeals += splitDealIds(cells.dealIds).length;
  }
  const dashName = emu
    .sheetNames()
    .find((n) => n === SHEET_NAMES.dashboard.en || n === SHEET_NAMES.dashboard.ko);
  const dashboard: Record<string, unknown> = {};
  if (dashName) {
    for (const row of emu.getValues(dashName)) {
      if (typeof row[0] === 'string' && row[0] && row[1] !== '' && row[1] !== undefined) {
        dashboard[row[0]] = row[1] instanceof Date ? todayIn(opts.timeZone, row[1]) : row[1];
      }
    }
  }
  const calls = dailyJobCalls.get(emu) ?? emu.calls.snapshot();
  const forecast = forecastOf(emu, opts, dealsSheet);
  return {
    source,
    today: opts.today,
    deals: dealRows.length,
    stalledDeals,
    emails: (emu.outbox as unknown as OutboxEmail[]).map((m, i) => ({
      to: m.to,
      subject: m.subject,
      file: `outbox/${files[i]}`,
    })),
    alerts,
    dashboard,
    ...(forecast ? { forecast } : {}),
    serviceCalls: { read: calls.read, write: calls.write, mail: calls.mail, other: calls.other },
    files: [
      'workbook.xlsx',
      'outbox/index.html',
      ...files.map((f) => `outbox/${f}`),
      'summary.json',
    ],
  };
}

/** The current month's forecast from the workbook's Deals, History and Settings after the run. */
function forecastOf(
  emu: Emulator,
  opts: StartOptions,
  dealsSheet: string | undefined,
): CurrentForecast | undefined {
  if (!dealsSheet) return undefined;
  const sheetOf = (key: keyof typeof SHEET_NAMES) =>
    emu.sheetNames().find((n) => n === SHEET_NAMES[key].en || n === SHEET_NAMES[key].ko);
  const settingsName = sheetOf('settings');
  const { settings } = parseSettings(settingsName ? emu.getValues(settingsName) : []);
  const values = emu.getValues(dealsSheet);
  const deals = readDealRows(
    values,
    matchDealHeaders(values[0] ?? []).columns,
    (label) => findStage(settings.stages, label),
    parseStatus,
    opts.timeZone,
  );
  const historyName = emu
    .sheetNames()
    .find((n) => n === SHEET_NAMES.history.en || n === SHEET_NAMES.history.ko || n === 'History');
  const history = historyName ? emu.getValues(historyName) : [];
  const { data } = workbookForecastData(deals, history, settings.stages, opts.timeZone);
  const [y, m, d] = opts.today.split('-').map(Number);
  const today = dayNumber(new Date(zonedTimeToUtc(opts.timeZone, y, m, d, 12)), opts.timeZone);
  const point = currentForecastPoint(data, settings.stages, today);
  return point ? currentForecast(point) : undefined;
}

function printSummary(summary: StartSummary, out: string): void {
  const lines: [string, string][] = [
    ['source', summary.source],
    ['report date', summary.today],
    ['deals', String(summary.deals)],
    ['stalled deals alerted', String(summary.stalledDeals)],
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
