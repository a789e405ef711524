// The backtest's input: an .xlsx workbook or a CRM export (.csv), each adopted as set-up adopts it
// and read back as the workbook's own forecast reads it, as the forecast core's deals and History.
import { existsSync, readFileSync } from 'node:fs';
import type { ForecastData } from '../src/core/forecast/as-of';
import type { Stage } from '../src/core/stages';
import { readAdoptedCsv, readAdoptedWorkbook } from './backtest-adopted';
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
  if (lower.endsWith('.xlsx')) {
    try {
      return await readAdoptedWorkbook(file);
    } catch (err) {
      throw new InputError((err as Error).message);
    }
  }
  throw new InputError(`${file}: give an .xlsx workbook or a .csv export`);
}
