// Finding a deals table in a workbook: the header row among a sheet's first rows, and which of
// several sheets with deal headers holds the live deals.

/** How many recognised columns a row names, and whether the ones the add-on needs are there. */
export interface HeaderScore {
  recognised: number;
  missingRequired: readonly string[];
}

/** Rows searched for the header (titles, notes and blank rows above it are common). */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The 0-based index of the header row: among the first rows, the one naming every required
 * column and the most recognised ones (the earliest on a tie). Undefined when no row qualifies.
 */
export function findHeaderRow(
  values: readonly (readonly unknown[])[],
  score: (row: readonly unknown[]) => HeaderScore,
): number | undefined {
  let best: { index: number; recognised: number } | undefined;
  const n = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < n; i++) {
    const s = score(values[i]);
    if (s.missingRequired.length > 0) continue;
    if (!best || s.recognised > best.recognised) best = { index: i, recognised: s.recognised };
  }
  return best?.index;
}

/** A sheet with a deal header, as the chooser sees it. */
export interface DealsCandidate {
  name: string;
  /** Non-blank rows under the header. */
  rows: number;
  /** The latest day number found in its date columns, if any. */
  latestDay?: number;
}

export type ChoiceReason = 'only' | 'named' | 'recent' | 'rows' | 'first';

/** Sheet names that say they hold old data. */
const ARCHIVE_NAME = /archive|backup|old|history|보관|백업|이전|지난|과거/i;

/**
 * The sheet holding the live deals among several with deal headers: one whose name says archive
 * loses to one that does not, then the most recent dates win, then the most rows, then the first.
 */
export function chooseDealsSheet(
  candidates: readonly DealsCandidate[],
): { chosen: DealsCandidate; reason: ChoiceReason } | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return { chosen: candidates[0], reason: 'only' };
  const live = candidates.filter((c) => !ARCHIVE_NAME.test(c.name));
  if (live.length === 1) return { chosen: live[0], reason: 'named' };
  const pool = live.length > 0 ? live : [...candidates];
  const dated = pool.filter((c) => c.latestDay !== undefined);
  if (dated.length > 0) {
    const latest = Math.max(...dated.map((c) => c.latestDay as number));
    const newest = dated.filter((c) => c.latestDay === latest);
    if (newest.length === 1 && dated.length > 1) return { chosen: newest[0], reason: 'recent' };
  }
  const most = Math.max(...pool.map((c) => c.rows));
  const biggest = pool.filter((c) => c.rows === most);
  if (biggest.length === 1) return { chosen: biggest[0], reason: 'rows' };
  return { chosen: biggest[0], reason: 'first' };
}
