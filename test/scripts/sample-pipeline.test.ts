import { samplePipeline } from '../../scripts/sample-pipeline';
import { findDuplicates } from '../../src/core/duplicates';
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

  it('has only the three deals typed again on purpose as duplicates, even when companies run out of projects', () => {
    for (const count of [300, 1_000]) {
      const rows = samplePipeline('2026-11-27', count).deals.slice(1);
      const deals = rows.map((r) => ({
        id: String(r[cols.dealId as number]),
        name: String(r[cols.deal as number]),
        company: String(r[cols.company as number]),
      }));
      const groups = findDuplicates(deals);
      expect(groups.map((g) => g.map((d) => d.id))).toEqual([
        ['D-0003', ''],
        ['D-0017', ''],
        ['D-0042', ''],
      ]);
    }
  });
});
