// Stall detection: which open deals have sat in their stage longer than the stage allows, most urgent first.
import { businessDaysBetween, dayNumber, isBusinessDay } from './dates';
import type { Deal } from './deals';
import type { Stage } from './stages';

/** The settings stall detection depends on. */
export interface StallRules {
  stages: readonly Stage[];
  /** Count business days (skipping weekends and holidays) instead of calendar days. */
  businessDays: boolean;
  holidays: readonly Date[];
}

export interface StalledDeal {
  deal: Deal;
  /** Stable key for the alert log: the Deal ID, or the row when the ID is blank. */
  key: string;
  /** Whole days (calendar or business) since Stage entered, as of today. */
  days: number;
  /** The stage's "stall after" days. */
  threshold: number;
  /** Stalled at least twice as long as the threshold. */
  escalated: boolean;
  /** Day number Stage entered falls on in the spreadsheet's zone. */
  enteredDay: number;
  /** Day number on which the deal crossed into escalation (undefined while not escalated). */
  escalatedSince: number | undefined;
}

/** The key a deal is logged under: its Deal ID, else its row (IDs are assigned by Check data / set-up). */
export function dealKey(deal: Pick<Deal, 'dealId' | 'row'>): string {
  return deal.dealId || `row ${deal.row}`;
}

/** Days a deal must have been in its stage to count as escalated (stalled, and ≥ 2× the threshold). */
export function escalationDays(threshold: number): number {
  return Math.max(2 * threshold, threshold + 1);
}

/** A function counting whole days from one day number to another under the rules. */
export function dayCounter(
  rules: Pick<StallRules, 'businessDays' | 'holidays'>,
  timeZone: string,
): (from: number, to: number) => number {
  if (!rules.businessDays) return (from, to) => to - from;
  const holidays = new Set(rules.holidays.map((h) => dayNumber(h, timeZone)));
  return (from, to) => businessDaysBetween(from, to, holidays);
}

/** The first day on which `count(from, day)` reaches `target` (days counted forward from `from`). */
function dayReaching(
  from: number,
  target: number,
  rules: Pick<StallRules, 'businessDays' | 'holidays'>,
  holidays: ReadonlySet<number>,
): number {
  if (!rules.businessDays) return from + target;
  let day = from;
  let n = 0;
  while (n < target) {
    day++;
    if (isBusinessDay(day, holidays)) n++;
  }
  return day;
}

/**
 * Open, un-snoozed deals whose whole days since Stage entered exceed their stage's stall days,
 * counted in `timeZone` (the spreadsheet's) as of `today`. Deals with an unknown stage or no
 * Stage entered date are skipped (Check data reports them). Order: escalated first, then the
 * most days over the threshold, then the largest amount, then sheet order.
 */
export function findStalledDeals(
  deals: readonly Deal[],
  rules: StallRules,
  today: Date,
  timeZone: string,
): StalledDeal[] {
  const todayDay = dayNumber(today, timeZone);
  const count = dayCounter(rules, timeZone);
  const holidays = new Set(rules.holidays.map((h) => dayNumber(h, timeZone)));
  const out: StalledDeal[] = [];
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const stage = rules.stages[deal.stage];
    if (!stage || !deal.stageEntered) continue;
    // Snoozed while Snooze until is after today (§4): on that day itself the deal alerts again.
    if (deal.snoozeUntil && dayNumber(deal.snoozeUntil, timeZone) > todayDay) continue;
    const enteredDay = dayNumber(deal.stageEntered, timeZone);
    const days = count(enteredDay, todayDay);
    const threshold = stage.stallDays;
    if (days <= threshold) continue;
    const level = escalationDays(threshold);
    const escalated = days >= level;
    out.push({
      deal,
      key: dealKey(deal),
      days,
      threshold,
      escalated,
      enteredDay,
      escalatedSince: escalated ? dayReaching(enteredDay, level, rules, holidays) : undefined,
    });
  }
  return out.sort(byUrgency);
}

/** Escalated first, then days over the threshold, then amount (largest first), then sheet row. */
export function byUrgency(a: StalledDeal, b: StalledDeal): number {
  if (a.escalated !== b.escalated) return a.escalated ? -1 : 1;
  const over = b.days - b.threshold - (a.days - a.threshold);
  if (over !== 0) return over;
  const amount = amountOrZero(b.deal.amount) - amountOrZero(a.deal.amount);
  if (amount !== 0) return amount;
  return a.deal.row - b.deal.row;
}

function amountOrZero(n: number): number {
  return Number.isFinite(n) ? n : 0;
}
