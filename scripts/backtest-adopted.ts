// The backtest's input, read the way it arrives in the add-on: a CSV export loaded as text (or an
// .xlsx workbook) into the emulator, adopted by the built add-on's set-up, then Deals, History and
// Settings read back as the workbook's own forecast reads them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../emulator';
import { readDealRows } from '../src/core/deals';
import { workbookForecastData } from '../src/core/forecast/workbook-data';
import { historyColumns } from '../src/core/history';
import { matchDealHeaders, type SheetKey, sheetNamesFor } from '../src/core/schema';
import { parseSettings } from '../src/core/settings';
import { findStage, parseStatus, type Stage } from '../src/core/stages';
import type { BacktestInput } from './backtest-input';
import { buildBundle } from './build';
import { readCsv } from './csv-file';
import { fillListPrices, isMavenPipeline, readListPrices } from './maven-list-prices';
import { loadCsvSheets } from './start-input';

/** Reading a CSV through adoption; `listPrices` names the products file of the Maven rule. */
export interface AdoptedCsvOptions {
  /** The Maven Amount rule's products.csv (undefined: amounts as the export has them). */
  listPrices?: string;
  timeZone?: string;
  /** More CSV files, each loaded as a sheet beside the deals (a CRM's stage-history export). */
  moreCsv?: readonly string[];
}

export interface AdoptedInput extends BacktestInput {
  /** The stages set-up adopted into Settings: their probabilities are the weighted forecast's. */
  stages: Stage[];
  /** What was done to the data before set-up, for the user to read. */
  notes: string[];
}

function sheetOf(emu: Emulator, key: SheetKey): string | undefined {
  const names = emu.sheetNames();
  return sheetNamesFor(key).find((n) => names.includes(n));
}

/** History without the import rows set-up dated by the run (at or after `runAt`). */
function withoutRunDated(
  values: unknown[][],
  runAt: Date,
): { values: unknown[][]; dropped: number } {
  const cols = historyColumns(values[0]);
  const kept = values.filter((row, i) => {
    if (i === 0 || String(row[cols.source] ?? '').trim() !== 'import') return true;
    const at = row[cols.changedAt];
    return !(at instanceof Date && at.getTime() >= runAt.getTime() - 1000);
  });
  return { values: kept, dropped: values.length - kept.length };
}

/**
 * The stage that stands for a deal whose stage History does not tell: the stage most deals are
 * first seen in by History when History knows stages (a team's edits, a CRM's stage history),
 * else the stage most open deals with a Created date are in (an export's deals entered the
 * pipeline there), else the first.
 */
function entryStageOf(data: BacktestInput['data'], stages: readonly Stage[]): number {
  const first = new Map<string, { day: number; stage: number }>();
  for (const e of data.history) {
    if (e.to < 0) continue;
    const seen = first.get(e.dealId);
    if (!seen || e.day < seen.day) first.set(e.dealId, { day: e.day, stage: e.to });
  }
  const counts = new Map<number, number>();
  const count = (stage: number) => counts.set(stage, (counts.get(stage) ?? 0) + 1);
  if (first.size > 0) for (const f of first.values()) count(f.stage);
  else
    for (const d of data.deals)
      if (d.status === 'open' && d.created !== undefined && d.stage >= 0) count(d.stage);
  let best = 0;
  let most = 0;
  for (const [stage, n] of counts)
    if (n > most || (n === most && stage < best)) [best, most] = [stage, n];
  return stages.length > 0 ? best : 0;
}

/** Loads `file`, runs set-up on it in the emulator, and returns its deals and History for the backtest. */
export async function readAdoptedCsv(
  file: string,
  options: AdoptedCsvOptions = {},
): Promise<AdoptedInput> {
  const timeZone = options.timeZone ?? 'Asia/Seoul';
  const { rows } = readCsv(readFileSync(file));
  if (rows.length === 0) throw new Error(`${file}: the file is empty`);
  const notes: string[] = [];
  if (options.listPrices) {
    if (!isMavenPipeline(rows[0]))
      throw new Error(
        `${file}: --list-prices needs the Maven columns product, deal_stage and close_value`,
      );
    const filled = fillListPrices(rows, readListPrices(options.listPrices), file);
    notes.push(
      `Amount: close_value on Won rows; the list price from ${options.listPrices} on the other ${filled} rows (Maven rule)`,
    );
  }
  const runAt = new Date();
  const emu = await builtAddOn(runAt, timeZone);
  loadCsvSheets(emu, file, rows, options.moreCsv ?? []);
  return adoptAndRead(emu, file, runAt, timeZone, notes);
}

/**
 * Loads an .xlsx workbook — a team's own, set up or not — and reads it back through set-up as a CSV
 * is: Deals with the stages of its own Settings, History as the workbook's forecast reads it.
 */
export async function readAdoptedWorkbook(
  file: string,
  options: Pick<AdoptedCsvOptions, 'timeZone'> = {},
): Promise<AdoptedInput> {
  const timeZone = options.timeZone ?? 'Asia/Seoul';
  const runAt = new Date();
  const emu = await builtAddOn(runAt, timeZone);
  try {
    await emu.importXlsx(file);
  } catch (err) {
    throw new Error(`${file}: not an .xlsx workbook (${(err as Error).message})`);
  }
  return adoptAndRead(emu, file, runAt, timeZone, []);
}

/** An emulator running the add-on as built from the sources now, in a file of its own (dist/ may be in use). */
async function builtAddOn(runAt: Date, timeZone: string): Promise<Emulator> {
  const dir = mkdtempSync(join(tmpdir(), 'backtest-bundle-'));
  const bundle = join(dir, 'Code.js');
  writeFileSync(bundle, await buildBundle());
  const emu = await Emulator.create({
    now: runAt,
    timeZone,
    scriptTimeZone: timeZone,
    locale: 'en_US',
    bundle,
  });
  rmSync(dir, { recursive: true, force: true });
  return emu;
}

/** Runs set-up on the loaded workbook and reads back its deals, History and stages. */
function adoptAndRead(
  emu: Emulator,
  file: string,
  runAt: Date,
  timeZone: string,
  notes: string[],
): AdoptedInput {
  emu.run('menuSetUp');
  const dealsName = sheetOf(emu, 'deals') ?? emu.sheetNames()[0];
  const settingsName = sheetOf(emu, 'settings');
  const { settings } = parseSettings(settingsName ? emu.getValues(settingsName) : []);
  const values = emu.getValues(dealsName);
  const deals = readDealRows(
    values,
    matchDealHeaders(values[0] ?? []).columns,
    (label) => findStage(settings.stages, label),
    parseStatus,
    timeZone,
  );
  const historyName = sheetOf(emu, 'history');
  // Set-up dates an import row by the run when the data has no date for the deal (Maven's
  // unengaged Prospecting rows): that is no event of the data, so the backtest leaves it out.
  const history = withoutRunDated(historyName ? emu.getValues(historyName) : [], runAt);
  if (history.dropped > 0)
    notes.push(`History: ${history.dropped} import rows without a date in the data left out`);
  const { data, closeFallbackRows } = workbookForecastData(
    deals,
    history.values,
    settings.stages,
    timeZone,
  );
  if (closeFallbackRows.length > 0)
    notes.push(`Closed on: Expected close stood in on ${closeFallbackRows.length} closed rows`);
  return {
    data,
    entryStage: entryStageOf(data, settings.stages),
    source: file,
    stages: settings.stages,
    notes,
  };
}
