// Assigns Deal IDs to deals without one: counter in Document properties, checked against the sheet's IDs.
import { planDealIds } from '../core/deal-ids';
import type { Deal } from '../core/deals';
import { type WorkbookSnapshot, writeDealColumn } from './workbook';

/** Document property holding the next Deal ID number (so a deleted last row's ID is not reissued). */
export const NEXT_DEAL_NUMBER_PROPERTY = 'pipeline.nextDealNumber';

/**
 * Gives every deal in `deals` (default: all deals) that has no ID a new one, in one column write,
 * and stores the counter. Updates the snapshot's deals. Returns how many IDs were assigned.
 */
export function assignDealIds(
  snapshot: Pick<WorkbookSnapshot, 'deals'>,
  props: GoogleAppsScript.Properties.Properties,
  deals: readonly Deal[] = snapshot.deals.rows,
): number {
  const { values, header } = snapshot.deals;
  const col = header.columns.dealId;
  if (col === undefined || !snapshot.deals.sheet) return 0;
  const missing = deals.filter((d) => !d.dealId);
  if (missing.length === 0) return 0;
  const stored = Number(props.getProperty(NEXT_DEAL_NUMBER_PROPERTY) ?? '');
  // Positions are sheet rows - 1 so the whole ID column (every row) counts towards the maximum.
  const ids = values.map((row, i) => (i === 0 ? '' : row[col]));
  const wanted = new Set(missing.map((d) => d.row - 1));
  const { assigned, next } = planDealIds(
    ids,
    (i) => wanted.has(i),
    Number.isFinite(stored) && stored > 0 ? stored : undefined,
  );
  const updates = new Map<number, string>();
  for (const [i, id] of assigned) updates.set(i + 1, id);
  writeDealColumn(snapshot, 'dealId', updates);
  for (const d of missing) d.dealId = updates.get(d.row) ?? d.dealId;
  props.setProperty(NEXT_DEAL_NUMBER_PROPERTY, String(next));
  return updates.size;
}
