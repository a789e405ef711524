// Planning the day's digests: who gets which stalled deals, given the alert log, cooldown and recipient rules.
import type { AlertKind, AlertLogEntry } from './alert-log';
import { normalizeOwner, RESULT } from './alert-log';
import type { StalledDeal } from './stall';

/** What will happen to a digest: sent, or logged as blocked without sending. */
export type DigestStatus = 'send' | typeof RESULT.blockedDomain | typeof RESULT.blockedInvalid;

export interface PlannedDigest {
  /** Normalized owner address (or the cell text when it is no address). */
  owner: string;
  /** Deals to list (and log as alerted), most urgent first; at most maxDealsPerDigest. */
  deals: StalledDeal[];
  /** Further due deals beyond the limit: counted in the email, listed on later days. */
  overflow: StalledDeal[];
  kind: AlertKind;
  /** Escalation address copied on escalation digests. */
  cc: string[];
  status: DigestStatus;
  /** Day of the oldest deferred or failed attempt since this owner's last sent digest (goes first). */
  pendingSince: number | undefined;
}

/** A stalled deal that gets no alert today, and why. */
export interface QuietDeal {
  owner: string;
  deal: StalledDeal;
  reason: 'cooldown' | 'sent today' | 'blocked recently';
}

export interface AlertPlan {
  today: number;
  digests: PlannedDigest[];
  quiet: QuietDeal[];
}

export interface PlanInput {
  /** Stalled deals, most urgent first (findStalledDeals). */
  stalled: readonly StalledDeal[];
  /** Everything logged so far (Alerts sheet plus attempts not yet written to it). */
  log: readonly AlertLogEntry[];
  /** Today's day number in the spreadsheet's time zone. */
  today: number;
  cooldownDays: number;
  escalationEmail: string;
  /** Allowed recipient domains; empty = any domain. */
  allowedDomains: readonly string[];
  /** Most deals one digest lists (default 50): keeps emails readable and Alerts cells small. */
  maxDealsPerDigest?: number;
}

export const MAX_DEALS_PER_DIGEST = 50;

const EMAIL = /^[^\s@<>(),;:"'[\]\\]+@[^\s@<>(),;:"'[\]\\]+\.[^\s@<>(),;:"'[\]\\]+$/;

/** True for one plain address (no display name, no list). */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** True when `address`'s domain is one of `domains` or a subdomain of one; an empty list allows any. */
export function domainAllowed(address: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return true;
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * The allowed domains in force: the Settings list when set (`[]` = any), else the spreadsheet
 * owner's domain; with no known owner (local runs) any domain.
 */
export function resolveAllowedDomains(
  fromSettings: readonly string[] | undefined,
  spreadsheetOwner: string | undefined,
): string[] {
  if (fromSettings) return [...fromSettings];
  // Stryker disable next-line StringLiteral: any fallback text is no address, so any domain either way
  const owner = (spreadsheetOwner ?? '').trim().toLowerCase();
  if (!isEmailAddress(owner)) return [];
  return [owner.slice(owner.lastIndexOf('@') + 1)];
}

/**
 * Plans one digest per owner for today. A deal is left out while it is in cooldown — sent within
 * the last `cooldownDays` days (at least once a day) for its current stage — unless it crossed
 * into escalation since it was last sent. An owner who already got a digest today gets no second
 * one. Owners whose last attempt was deferred or failed come first; blocked owners are planned as
 * blocked (logged, not sent) unless the same deals were blocked for them within the cooldown.
 */
export function planAlertDigests(input: PlanInput): AlertPlan {
  const { today } = input;
  const window = Math.max(1, input.cooldownDays);
  const lastSent = new Map<string, number>();
  const lastBlocked = new Map<string, number>();
  const sentToday = new Set<string>();
  for (const e of input.log) {
    if (e.outcome === 'sent') {
      for (const k of e.dealKeys) lastSent.set(k, Math.max(lastSent.get(k) ?? -Infinity, e.day));
      if (e.day === today) sentToday.add(e.owner);
    } else if (e.outcome === 'blocked') {
      for (const k of e.dealKeys) {
        const key = `${e.owner}|${k}`;
        lastBlocked.set(key, Math.max(lastBlocked.get(key) ?? -Infinity, e.day));
      }
    }
  }
  // Pending: deferred or failed attempts after the owner's last sent digest (by time, not day).
  const lastSentAt = new Map<string, number>();
  for (const e of input.log)
    if (e.outcome === 'sent')
      lastSentAt.set(e.owner, Math.max(lastSentAt.get(e.owner) ?? -Infinity, e.at.getTime()));
  const pendingSince = new Map<string, number>();
  for (const e of input.log) {
    if (e.outcome !== 'deferred' && e.outcome !== 'failed') continue;
    if (e.at.getTime() <= (lastSentAt.get(e.owner) ?? -Infinity)) continue;
    pendingSince.set(e.owner, Math.min(pendingSince.get(e.owner) ?? Infinity, e.day));
  }

  const quiet: QuietDeal[] = [];
  const byOwner = new Map<string, StalledDeal[]>();
  for (const s of input.stalled) {
    const owner = normalizeOwner(s.deal.owner);
    if (sentToday.has(owner)) {
      quiet.push({ owner, deal: s, reason: 'sent today' });
      continue;
    }
    // Never sent (or blocked): -Infinity, before any stage began.
    const sentDay = lastSent.get(s.key) ?? -Infinity;
    // Cooldown applies only to alerts sent for the stage the deal is in now.
    if (sentDay >= s.enteredDay && today - sentDay < window) {
      const crossed = (s.escalatedSince ?? -Infinity) > sentDay;
      if (!crossed) {
        quiet.push({ owner, deal: s, reason: 'cooldown' });
        continue;
      }
    }
    const blockedDay = lastBlocked.get(`${owner}|${s.key}`) ?? -Infinity;
    if (blockedDay >= s.enteredDay && today - blockedDay < window) {
      quiet.push({ owner, deal: s, reason: 'blocked recently' });
      continue;
    }
    const list = byOwner.get(owner);
    if (list) list.push(s);
    else byOwner.set(owner, [s]);
  }

  const cc = input.escalationEmail.trim().toLowerCase();
  const ccUsable = isEmailAddress(cc) && domainAllowed(cc, input.allowedDomains);
  const digests: PlannedDigest[] = [];
  const limit = Math.max(1, input.maxDealsPerDigest ?? MAX_DEALS_PER_DIGEST);
  for (const [owner, due] of byOwner) {
    const deals = due.slice(0, limit);
    const status: DigestStatus = !isEmailAddress(owner)
      ? RESULT.blockedInvalid
      : domainAllowed(owner, input.allowedDomains)
        ? 'send'
        : RESULT.blockedDomain;
    const kind: AlertKind = deals.some((d) => d.escalated) ? 'escalation' : 'stall';
    digests.push({
      owner,
      deals,
      overflow: due.slice(limit),
      kind,
      cc: kind === 'escalation' && ccUsable && cc !== owner ? [cc] : [],
      status,
      pendingSince: pendingSince.get(owner),
    });
  }
  // Map order follows the first (most urgent) deal of each owner; pending owners move to the front,
  // oldest first. The sort is stable, so owners with equal pendingSince keep their urgency order.
  const pending = (d: PlannedDigest) => d.pendingSince ?? Number.MAX_SAFE_INTEGER;
  digests.sort((a, b) => pending(a) - pending(b));
  return { today, digests, quiet };
}
