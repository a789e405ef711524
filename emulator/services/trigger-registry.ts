// The project's installable triggers: records, schedules (when each clock trigger runs next) and the
// registry ScriptApp writes and the emulator fires from.
import { wallClock, zonedTimeToUtc } from './zone';

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** When a time-driven trigger runs. Daily and slower schedules keep their wall-clock time in `timeZone`. */
export type ClockSchedule =
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number; minute?: number }
  | { kind: 'days'; every: number; hour: number; minute: number; timeZone: string }
  | {
      kind: 'weeks';
      every: number;
      weekDay: number;
      hour: number;
      minute: number;
      timeZone: string;
    }
  | { kind: 'month-day'; monthDay: number; hour: number; minute: number; timeZone: string }
  | { kind: 'once'; atMs: number };

/** One installable trigger. Fired one-off triggers stay listed (and count to the limit) until deleted, as in Apps Script. */
export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: 'SPREADSHEETS' | 'CLOCK';
  /** The spreadsheet id for spreadsheet triggers; null for time-driven ones. */
  sourceId: string | null;
  createdMs: number;
  /** Who created it ('' = the emulator's one user): it runs as them and counts to their limit. */
  owner?: string;
  /** The document it was created in ('' = the first): where it runs. */
  documentId?: string;
  schedule?: ClockSchedule;
  /** Next time a clock trigger is due; undefined once a one-off trigger has fired. */
  nextRunMs?: number;
  lastRunMs?: number;
}

/** Deterministic stand-in for Google's random minute: a hash of the trigger's uid, 0–59. */
export function seededMinute(uid: string): number {
  let h = 2166136261;
  for (const ch of uid) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % 60;
}

/** Wall-clock days from (y, m, d) + `days`, at hour:minute, in `timeZone`. */
function at(timeZone: string, y: number, m: number, d: number, hour: number, minute: number) {
  return zonedTimeToUtc(timeZone, y, m, d, hour, minute);
}

/** The first run strictly after `afterMs`, given the previous scheduled run (or creation). */
export function nextRun(
  schedule: ClockSchedule,
  fromMs: number,
  afterMs: number,
  first: boolean,
): number {
  switch (schedule.kind) {
    case 'once':
      return schedule.atMs;
    case 'minutes':
    case 'hours': {
      const step = schedule.every * (schedule.kind === 'minutes' ? 60_000 : 3_600_000);
      let next = fromMs + step;
      if (first && schedule.kind === 'hours' && schedule.minute !== undefined) {
        // nearMinute: the first run is the first time past creation at that minute of the hour.
        const hourStart = fromMs - (fromMs % 3_600_000);
        next = hourStart + schedule.minute * 60_000;
        if (next <= fromMs) next += 3_600_000;
      }
      while (next <= afterMs) next += step;
      return next;
    }
    case 'days':
    case 'weeks': {
      const tz = schedule.timeZone;
      const w = wallClock(fromMs, tz);
      let next: number;
      if (first) {
        let offset = 0;
        if (schedule.kind === 'weeks') offset = (schedule.weekDay - w.weekday + 7) % 7;
        next = at(tz, w.year, w.month, w.day + offset, schedule.hour, schedule.minute);
        if (next <= fromMs) next = nextDayRun(schedule, next);
      } else next = nextDayRun(schedule, fromMs);
      while (next <= afterMs) next = nextDayRun(schedule, next);
      return next;
    }
    case 'month-day': {
      const tz = schedule.timeZone;
      const w = wallClock(fromMs, tz);
      let year = w.year;
      let month = w.month;
      for (let i = 0; i < 600; i++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (schedule.monthDay <= last) {
          const candidate = at(tz, year, month, schedule.monthDay, schedule.hour, schedule.minute);
          if (candidate > Math.max(fromMs, afterMs)) return candidate;
        }
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
      throw new Error(`onMonthDay(${schedule.monthDay}) never occurs`);
    }
  }
}

function nextDayRun(
  schedule: Extract<ClockSchedule, { kind: 'days' | 'weeks' }>,
  previousMs: number,
): number {
  const days = schedule.kind === 'days' ? schedule.every : schedule.every * 7;
  const w = wallClock(previousMs, schedule.timeZone);
  return at(schedule.timeZone, w.year, w.month, w.day + days, schedule.hour, schedule.minute);
}

/** The project's installable triggers: what ScriptApp creates and the emulator fires. */
export class TriggerRegistry {
  scriptId: string;
  /** The script's time zone: clock triggers without inTimezone keep their hour in it. */
  scriptTimeZone: string;
  /** When true, apply the add-on rule: time-driven triggers at most hourly. */
  addOn: boolean;
  /**
   * What ScriptApp.getAuthorizationInfo reports (tests set it): REQUIRED after an update adds a
   * scope, with the link the user follows to authorize again.
   */
  authorization: { required: boolean; url: string } = {
    required: false,
    url: 'https://script.google.com/macros/d/1EmulatedScriptIdPipelineSheet/authorize',
  };
  private triggers: TriggerRecord[] = [];
  private counter = 0;

  constructor(options: { scriptId?: string; scriptTimeZone?: string; addOn?: boolean } = {}) {
    this.scriptId = options.scriptId ?? '1EmulatedScriptIdPipelineSheet';
    this.scriptTimeZone = options.scriptTimeZone ?? 'UTC';
    this.addOn = options.addOn ?? false;
  }

  /** A fresh unique id, as Trigger.getUniqueId returns (a decimal string). */
  newUid(): string {
    this.counter++;
    return String(1_000_000 + this.counter);
  }
  /** All triggers, in creation order (copies: edit through the methods). */
  list(): TriggerRecord[] {
    return this.triggers.map((t) => ({ ...t }));
  }
  get(uid: string): TriggerRecord | undefined {
    const t = this.triggers.find((x) => x.uid === uid);
    return t && { ...t };
  }
  /** Adds a trigger, enforcing the limit of 20 per user per script. */
  add(record: TriggerRecord): void {
    const owner = record.owner ?? '';
    if (this.triggers.filter((t) => (t.owner ?? '') === owner).length >= TRIGGER_LIMIT)
      throw new Error(TOO_MANY_TRIGGERS);
    this.triggers.push({ ...record });
  }
  /** Clock triggers due at `nowMs`, earliest first (ties in creation order). */
  due(nowMs: number): TriggerRecord[] {
    return this.triggers
      .map((t, index) => ({ t, index }))
      .filter(
        ({ t }) => t.eventType === 'CLOCK' && t.nextRunMs !== undefined && t.nextRunMs <= nowMs,
      )
      .sort((a, b) => a.t.nextRunMs! - b.t.nextRunMs! || a.index - b.index)
      .map(({ t }) => ({ ...t }));
  }
  /**
   * Records that a clock trigger ran at `atMs`: recurring ones move to their next slot after it,
   * one-off ones are spent (no next run) but stay listed.
   */
  markRun(uid: string, atMs: number): void {
    const t = this.triggers.find((x) => x.uid === uid);
    if (!t) throw new Error(`No trigger with id ${uid}`);
    t.lastRunMs = atMs;
    if (!t.schedule || t.schedule.kind === 'once') {
      t.nextRunMs = undefined;
      return;
    }
    t.nextRunMs = nextRun(t.schedule, t.nextRunMs ?? atMs, atMs, false);
  }
  /** Installable on-edit triggers, in creation order. */
  installableEditTriggers(spreadsheetId?: string): TriggerRecord[] {
    return this.forEvent('ON_EDIT', spreadsheetId);
  }
  /** Installable triggers of one event type (optionally for one spreadsheet). */
  forEvent(eventType: EventTypeName, sourceId?: string): TriggerRecord[] {
    return this.triggers
      .filter(
        (t) => t.eventType === eventType && (sourceId === undefined || t.sourceId === sourceId),
      )
      .map((t) => ({ ...t }));
  }
  /** Deletes a trigger; false if there was none with that id. */
  remove(uid: string): boolean {
    const before = this.triggers.length;
    this.triggers = this.triggers.filter((t) => t.uid !== uid);
    return this.triggers.length < before;
  }
  reset(): void {
    this.triggers = [];
  }
}
