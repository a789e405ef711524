// Duplicate deals: the same company and deal name once case, width, spacing and corporate markers are ignored.
import type { Deal } from './deals';

/** Korean corporate markers: (주) (also ㈜ after NFKC), 주식회사, (유), 유한회사, (사), 사단법인. */
const KOREAN_MARKERS = /\(\s*[주유사]\s*\)|주식\s*회사|유한\s*회사|사단\s*법인/g;
/** English corporate suffixes: Inc., Ltd., Co., Corp., LLC, … as whole words. */
const ENGLISH_MARKERS =
  /(^|[^\p{L}\p{N}])(inc|incorporated|ltd|limited|co|corp|corporation|company|llc|plc|gmbh)(?=$|[^\p{L}\p{N}])/gu;

/**
 * A name reduced to what identifies it: full/half width unified (NFKC, which also turns ㈜ into (주)),
 * lower case, corporate markers removed, then everything but letters and digits removed.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KOREAN_MARKERS, ' ')
    .replace(ENGLISH_MARKERS, '$1 ')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The duplicate key of a deal: normalized company and deal name; '' when the deal has no name. */
export function duplicateKey(deal: Pick<Deal, 'company' | 'name'>): string {
  const name = normalizeName(deal.name);
  return name ? `${normalizeName(deal.company)}|${name}` : '';
}

/** Groups of two or more deals with the same key, each in sheet order. */
export function findDuplicates<T extends Pick<Deal, 'company' | 'name'>>(
  deals: readonly T[],
): T[][] {
  const byKey = new Map<string, T[]>();
  for (const d of deals) {
    const key = duplicateKey(d);
    if (!key) continue;
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  return [...byKey.values()].filter((g) => g.length > 1);
}
