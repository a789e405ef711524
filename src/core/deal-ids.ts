// Deal IDs: D-0001, D-0002, … assigned once and never reused, even after rows are deleted.

const DEAL_ID = /^D-?0*(\d+)$/i;

/** The number in a Deal ID we assigned (`D-0042` → 42), or undefined for other IDs. */
export function dealIdNumber(id: unknown): number | undefined {
  // Only text holds one: a number cell has no D.
  if (typeof id !== 'string') return undefined;
  const m = DEAL_ID.exec(id.trim());
  return m ? Number(m[1]) : undefined;
}

/** The Deal ID for a number, zero-padded to four digits so IDs sort as text. */
export function formatDealId(n: number): string {
  return `D-${String(n).padStart(4, '0')}`;
}

/**
 * The next number to assign: above both the stored counter and every ID in the sheet, so an ID
 * never comes back when its row is deleted (the counter remembers) or the counter is lost
 * (the sheet remembers).
 */
export function nextDealNumber(
  existingIds: readonly unknown[],
  stored: number | undefined,
): number {
  const counter = stored ?? Number.NaN;
  let next = Number.isFinite(counter) ? Math.max(1, Math.floor(counter)) : 1;
  for (const id of existingIds) {
    const n = dealIdNumber(id) ?? 0;
    if (n >= next) next = n + 1;
  }
  return next;
}

/**
 * IDs for the rows that have none. `ids` is the ID column (index = position in the column);
 * `needsId(i)` tells whether position i is a deal (not a blank row). Returns the new IDs by
 * position and the counter to store.
 */
export function planDealIds(
  ids: readonly unknown[],
  needsId: (i: number) => boolean,
  stored: number | undefined,
): { assigned: Map<number, string>; next: number } {
  let next = nextDealNumber(ids, stored);
  const assigned = new Map<number, string>();
  ids.forEach((id, i) => {
    if (String(id ?? '').trim() === '' && needsId(i)) assigned.set(i, formatDealId(next++));
  });
  return { assigned, next };
}
