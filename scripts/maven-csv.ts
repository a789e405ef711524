// Reads the Maven Analytics "CRM Sales Opportunities" export (sales_pipeline.csv + products.csv)
// onto the Deals fields. A stopgap for the backtest until general CSV/export adoption lands; then
// the backtest should read CSV exports through that instead of this file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Status } from '../src/core/stages';

/** The Maven columns this reader needs; a CSV without them is not a Maven pipeline export. */
export const MAVEN_COLUMNS = [
  'opportunity_id',
  'sales_agent',
  'product',
  'account',
  'deal_stage',
  'engage_date',
  'close_date',
  'close_value',
] as const;

/** One Maven opportunity as Deals fields (dates as ISO days, blank when Maven has none). */
export interface MavenDeal {
  dealId: string;
  deal: string;
  company: string;
  owner: string;
  /** Our stage label: Engaging → Qualification, Won → Closing, Lost → Qualification. */
  stage: string;
  status: Status;
  amount: number;
  created: string;
  closedOn: string;
}

/**
 * Maven's deal_stage onto our stages and statuses: Prospecting → Prospecting (open, not engaged);
 * Engaging → Qualification (open); Won → Closing, Won (a Won deal reached at least Closing);
 * Lost → Qualification, Lost (every Lost row was engaged first).
 */
const STAGE: Record<string, { stage: string; status: Status }> = {
  Prospecting: { stage: 'Prospecting', status: 'open' },
  Engaging: { stage: 'Qualification', status: 'open' },
  Won: { stage: 'Closing', status: 'won' },
  Lost: { stage: 'Qualification', status: 'lost' },
};

/** The stage Maven's engage_date (our Created) puts a deal in: it entered Engaging then. */
export const MAVEN_ENTRY_STAGE = 'Qualification';

function parseCsv(text: string): string[][] {
  // Maven's files have no quoted fields; refuse quotes rather than misread them.
  if (text.includes('"'))
    throw new Error('quoted CSV fields are not supported by the Maven reader');
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

/** True when the CSV's header row has every Maven pipeline column. */
export function isMavenPipeline(header: readonly string[]): boolean {
  return MAVEN_COLUMNS.every((c) => header.includes(c));
}

/**
 * The deals of a Maven sales_pipeline.csv. Amount = close_value on Won rows, else the product's
 * list price from products.csv in the same folder (Maven writes 0 on Lost rows and nothing on open
 * ones; the pipeline spells "GTX Pro" as "GTXPro"). Created = engage_date; Closed on = close_date
 * on Won and Lost rows. Throws a message naming the file and row for anything it cannot read.
 */
export function readMavenPipeline(file: string): MavenDeal[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!isMavenPipeline(header)) {
    const missing = MAVEN_COLUMNS.filter((c) => !header.includes(c));
    throw new Error(`${file}: not a Maven pipeline export — missing columns ${missing.join(', ')}`);
  }
  const productsFile = join(dirname(file), 'products.csv');
  if (!existsSync(productsFile)) {
    throw new Error(
      `${productsFile}: not found — the list prices of open and lost deals come from it`,
    );
  }
  const [pHeader, ...pRows] = parseCsv(readFileSync(productsFile, 'utf8'));
  const price = new Map<string, number>();
  for (const r of pRows) {
    const name = r[pHeader.indexOf('product')];
    price.set(name, Number(r[pHeader.indexOf('sales_price')]));
    price.set(name.replace(/\s+/g, ''), Number(r[pHeader.indexOf('sales_price')]));
  }
  const col = Object.fromEntries(MAVEN_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof MAVEN_COLUMNS)[number],
    number
  >;
  return rows.map((r, i) => {
    const where = `${file} row ${i + 2}`;
    const mapped = STAGE[r[col.deal_stage]];
    if (!mapped) throw new Error(`${where}: unknown deal_stage "${r[col.deal_stage]}"`);
    const product = r[col.product];
    const amount =
      mapped.status === 'won' ? Number(r[col.close_value]) : (price.get(product) ?? Number.NaN);
    if (!Number.isFinite(amount)) throw new Error(`${where}: no amount (product "${product}")`);
    return {
      dealId: r[col.opportunity_id],
      deal: product,
      company: r[col.account],
      owner: r[col.sales_agent],
      stage: mapped.stage,
      status: mapped.status,
      amount,
      created: r[col.engage_date],
      closedOn: mapped.status === 'open' ? '' : r[col.close_date],
    };
  });
}
