// The backtest's input: a workbook (.xlsx with Deals and History sheets) or a CRM export (.csv,
// adopted as set-up adopts it), turned into the forecast core's deals and History rows.
import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parseIsoDay } from '../src/core/dates';
import type { ForecastData, ForecastDeal, StageEvent } from '../src/core/forecast/as-of';
import { historyColumns } from '../src/core/history';
import { fieldForHeader, matchDealHeaders, sheetNamesFor } from '../src/core/schema';
import { DEFAULT_STAGES, findStage, labelKey, parseStatus, type Stage } from '../src/core/stages';
import { readAdoptedCsv } from './backtest-adopted';
import { readCsv } from './csv-file';
import { isMavenPipeline, productsFileFor } from './maven-list-prices';

export interface BacktestInput {
  data: ForecastData;
  /** The stage whose typed probability stands for deals whose stage History does not tell. */
  entryStage: number;
  source: string;
}

/** A problem with the command line or the input: one line on stderr, exit status 2. */
export class InputError extends Error {}

const MS_PER_DAY = 86_400_000;

/** Day number of an xlsx date cell: exceljs gives the cell's wall clock as a UTC Date. */
function cellDay(v: unknown): number | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return Math.floor(v.getTime() / MS_PER_DAY);
  if (typeof v === 'string') return parseIsoDay(v.slice(0, 10));
  return undefined;
}

function plain(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (o.result !== undefined) return o.result;
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return o.text;
  }
  return v ?? '';
}

function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map(plain);
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Closed on (종료일) until the schema has it: the header in either language. */
const CLOSED_ON_HEADERS = new Set(['closedon', '종료일']);

async function readWorkbook(file: string): Promise<BacktestInput> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new InputError(`${file}: not an .xlsx workbook`);
  }
  const byName = (names: string[]) => names.map((n) => wb.getWorksheet(n)).find((s) => s);
  const dealsSheet =
    byName(sheetNamesFor('deals')) ??
    wb.worksheets.find(
      (s) => matchDealHeaders(sheetValues(s)[0] ?? []).missingRequired.length === 0,
    );
  if (!dealsSheet) {
    throw new InputError(
      `${file}: no Deals sheet (a sheet named Deals or 딜, or with Deal, Stage and Amount columns)`,
    );
  }
  const values = sheetValues(dealsSheet);
  const header = values[0] ?? [];
  const { columns } = matchDealHeaders(header);
  const closedCol = header.findIndex(
    (h) => typeof h === 'string' && !fieldForHeader(h) && CLOSED_ON_HEADERS.has(labelKey(h)),
  );
  const at = (row: unknown[], i: number | undefined) => (i === undefined || i < 0 ? '' : row[i]);
  const deals: ForecastDeal[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every((v) => v === '' || v === null || v === undefined)) continue;
    const amount = at(row, columns.amount);
    deals.push({
      id: String(at(row, columns.dealId)).trim(),
      stage: findStage(DEFAULT_STAGES, String(at(row, columns.stage))),
      status: parseStatus(at(row, columns.status)) ?? 'open',
      amount: typeof amount === 'number' ? amount : 0,
      created: cellDay(at(row, columns.created)),
      closedOn: cellDay(at(row, closedCol)) ?? cellDay(at(row, columns.expectedClose)),
    });
  }
  const history: StageEvent[] = [];
  const historySheet = byName(sheetNamesFor('history'));
  if (historySheet) {
    const hv = sheetValues(historySheet);
    const cols = historyColumns(hv[0]);
    for (const row of hv.slice(1)) {
      const day = cellDay(row[cols.changedAt]);
      const id = String(row[cols.dealId] ?? '').trim();
      if (day === undefined || !id) continue;
      const amount = row[cols.amount];
      history.push({
        dealId: id,
        day,
        to: findStage(DEFAULT_STAGES, String(row[cols.to] ?? '')),
        status: parseStatus(row[cols.status]) ?? 'open',
        amount: typeof amount === 'number' ? amount : undefined,
      });
    }
  }
  return { data: { deals, history }, entryStage: 0, source: file };
}

/** How a CSV's amounts are completed before adoption (see maven-list-prices.ts). */
export interface CsvInputOptions {
  /** The products file of the Maven Amount rule; false: leave amounts as the export has them. */
  listPrices?: string | false;
  /** More CSV files loaded as sheets beside the first (a CRM's stage-history export). */
  moreCsv?: readonly string[];
}

/**
 * Reads `file`: .xlsx → its Deals (and History) sheet; .csv → adopted by set-up as a team's export
 * would be, then read back from the workbook. The Maven pipeline export gets its Amount rule (list
 * prices from the products.csv beside it) unless `listPrices` is false; the notes say so.
 */
export async function readBacktestInput(
  file: string,
  options: CsvInputOptions = {},
): Promise<BacktestInput & { notes?: string[]; stages?: Stage[] }> {
  if (!existsSync(file)) throw new InputError(`${file}: file not found`);
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) {
    let listPrices = options.listPrices || undefined;
    if (options.listPrices === undefined) {
      const header = readCsv(readFileSync(file)).rows[0] ?? [];
      const products = productsFileFor(file);
      if (isMavenPipeline(header) && existsSync(products)) listPrices = products;
    }
    try {
      return await readAdoptedCsv(file, { listPrices, moreCsv: options.moreCsv });
    } catch (err) {
      throw new InputError((err as Error).message);
    }
  }
  if (lower.endsWith('.xlsx')) return readWorkbook(file);
  throw new InputError(`${file}: give an .xlsx workbook or a .csv export`);
}
