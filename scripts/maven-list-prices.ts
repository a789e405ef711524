// The Maven "CRM Sales Opportunities" export's Amount rule, a join with its products.csv: Maven
// writes close_value only on Won rows (0 on Lost, nothing on open ones), so the backtest gives the
// other rows the product's list price. A named prep step on the loaded table, not part of adoption.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readCsv } from './csv-file';

/** The columns that make a table the Maven pipeline export. */
export const MAVEN_COLUMNS = ['opportunity_id', 'product', 'deal_stage', 'close_value'] as const;

/** True when a header row has every Maven pipeline column this rule needs. */
export function isMavenPipeline(header: readonly unknown[]): boolean {
  return MAVEN_COLUMNS.every((c) => header.includes(c));
}

/** products.csv beside the pipeline file, where Maven puts it. */
export function productsFileFor(pipelineFile: string): string {
  return join(dirname(pipelineFile), 'products.csv');
}

/** List price per product name (also without spaces: the pipeline spells "GTX Pro" as "GTXPro"). */
export function readListPrices(productsFile: string): Map<string, number> {
  if (!existsSync(productsFile))
    throw new Error(
      `${productsFile}: not found — the list prices of open and lost deals come from it`,
    );
  const [header, ...rows] = readCsv(readFileSync(productsFile)).rows;
  const name = header.indexOf('product');
  const price = header.indexOf('sales_price');
  if (name < 0 || price < 0)
    throw new Error(`${productsFile}: needs the columns product and sales_price`);
  const prices = new Map<string, number>();
  for (const r of rows) {
    const value = Number(r[price]);
    if (!r[name] || !Number.isFinite(value)) continue;
    prices.set(r[name], value);
    prices.set(r[name].replace(/\s+/g, ''), value);
  }
  return prices;
}

/**
 * Writes the list price into close_value on every row that is not Won (the table's text cells, row
 * 0 the header), in place. Returns how many rows it filled; throws naming the row of a product
 * without a price.
 */
export function fillListPrices(
  rows: string[][],
  prices: ReadonlyMap<string, number>,
  where: string,
): number {
  const [header] = rows;
  const col = Object.fromEntries(MAVEN_COLUMNS.map((c) => [c, header.indexOf(c)]));
  let filled = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((v) => v === '') || row[col.deal_stage] === 'Won') continue;
    const price = prices.get(row[col.product]);
    if (price === undefined)
      throw new Error(`${where} row ${r + 1}: no list price for product "${row[col.product]}"`);
    row[col.close_value] = String(price);
    filled++;
  }
  return filled;
}
