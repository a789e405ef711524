// The Maven export's Amount rule: list prices from products.csv on every row that is not Won.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillListPrices, isMavenPipeline, readListPrices } from '../../scripts/maven-list-prices';

const header = ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'close_value'];

describe('Maven list prices', () => {
  const dir = mkdtempSync(join(tmpdir(), 'maven-'));
  const products = join(dir, 'products.csv');
  writeFileSync(products, 'product,series,sales_price\nGTX Pro,GTX,4821\nMG Special,MG,55\n');

  it('fills close_value with the list price on open and lost rows, keeps Won ones', () => {
    const rows = [
      [...header],
      ['A1', 'x', 'GTXPro', 'Acme', 'Won', '4514'],
      ['A2', 'x', 'GTXPro', 'Acme', 'Lost', '0'],
      ['A3', 'x', 'MG Special', 'Acme', 'Engaging', ''],
      ['', '', '', '', '', ''],
    ];
    expect(isMavenPipeline(rows[0])).toBe(true);
    expect(fillListPrices(rows, readListPrices(products), 'p.csv')).toBe(2);
    expect(rows.slice(1, 4).map((r) => r[5])).toEqual(['4514', '4821', '55']);
  });

  it('names the row of a product without a price, and a missing products file', () => {
    const rows = [[...header], ['A1', 'x', 'Nope', 'Acme', 'Prospecting', '']];
    expect(() => fillListPrices(rows, readListPrices(products), 'p.csv')).toThrow(
      'p.csv row 2: no list price for product "Nope"',
    );
    expect(() => readListPrices(join(dir, 'none.csv'))).toThrow(/none\.csv: not found/);
    expect(isMavenPipeline(['Deal', 'Stage'])).toBe(false);
  });
});
