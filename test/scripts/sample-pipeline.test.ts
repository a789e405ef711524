import { samplePipeline } from '../../scripts/sample-pipeline';
import { matchDealHeaders } from '../../src/core/schema';

describe('the sample pipeline', () => {
  const sample = samplePipeline('2026-11-27', 120);
  const cols = matchDealHeaders(sample.deals[0]).columns;

  it('fills every Deals column in the header’s order', () => {
    for (const row of sample.deals) expect(row).toHaveLength(sample.deals[0].length);
  });

  it('dates Closed on for Won and Lost deals by their closing History row, and leaves it blank on open ones', () => {
    const closedAt = new Map<string, unknown>();
    for (const h of sample.history.slice(1)) if (h[3] !== 'Open') closedAt.set(String(h[0]), h[5]);
    const rows = sample.deals.slice(1).filter((r) => r[cols.dealId as number] !== '');
    for (const row of rows) {
      const closedOn = row[cols.closedOn as number];
      if (row[cols.status as number] === '진행') expect(closedOn).toBe('');
      else expect(closedOn).toEqual(closedAt.get(String(row[cols.dealId as number])));
    }
    expect(rows.filter((r) => r[cols.closedOn as number] !== '').length).toBeGreaterThan(20);
  });
});
