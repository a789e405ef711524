// When an hourly tick does the daily work: the alert hour, the per-day claim and the resume cursor,
// all in document properties so every user's trigger in the document sees the same state.
import { wallClock } from '../core/dates';
import { isoDate } from '../core/report-day';

type Properties = GoogleAppsScript.Properties.Properties;

/** The day (YYYY-MM-DD, spreadsheet zone) whose daily work a run has claimed. */
export const CLAIM_PROPERTY = 'pipeline.dailyJob.claimedDay';
/** The day whose digests are not all sent yet (time budget or quota): later ticks resume it. */
export const CURSOR_PROPERTY = 'pipeline.dailyJob.resumeDay';
/** Settings' alert hour as the last run or "Enable daily alerts" read it. */
export const HOUR_PROPERTY = 'pipeline.dailyJob.alertHour';

export type TickDecision =
  | { run: true; day: string; resume: boolean }
  | { run: false; day: string; why: 'before the alert hour' | 'done today' | 'quota used up' };

/**
 * What a tick at `now` should do, from the properties read once: resume a claimed day that has
 * digests left (unless the mail quota is used up), start today's work once the alert hour has come
 * and nobody has claimed today, or nothing. Call with the document lock held.
 */
export function decideTick(
  all: Record<string, string>,
  now: Date,
  timeZone: string,
  remainingQuota: () => number,
): TickDecision {
  const day = isoDate(now, timeZone);
  if (all[CURSOR_PROPERTY] === day) {
    if (remainingQuota() <= 0) return { run: false, day, why: 'quota used up' };
    return { run: true, day, resume: true };
  }
  if (all[CLAIM_PROPERTY] === day) return { run: false, day, why: 'done today' };
  const stored = Number(all[HOUR_PROPERTY]);
  const hour = all[HOUR_PROPERTY] !== undefined && Number.isInteger(stored) ? stored : 0;
  if (wallClock(now, timeZone).h < hour) return { run: false, day, why: 'before the alert hour' };
  return { run: true, day, resume: false };
}

/**
 * Claims `day` (no other tick starts it again) and marks it unfinished until the run ends: a run
 * that Apps Script kills leaves the cursor, so the next tick resumes the day.
 */
export function claimDay(properties: Properties, day: string): void {
  properties.setProperties({ [CLAIM_PROPERTY]: day, [CURSOR_PROPERTY]: day });
}

/** Records Settings' alert hour, and whether `day` has digests left for a later tick. */
export function recordRunEnd(
  properties: Properties,
  day: string,
  alertHour: number,
  unfinished: boolean,
): void {
  if (unfinished)
    properties.setProperties({ [HOUR_PROPERTY]: String(alertHour), [CURSOR_PROPERTY]: day });
  else {
    properties.setProperty(HOUR_PROPERTY, String(alertHour));
    properties.deleteProperty(CURSOR_PROPERTY);
  }
}
