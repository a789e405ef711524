// ScriptApp: installable triggers (time-driven and spreadsheet) in a registry the emulator fires from.

import { notImplemented, type ServiceEnv, strict } from '../runtime';
import { isDate, metered } from './metered';
import { wallClock, zonedTimeToUtc } from './zone';

export const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
} as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK' } as const;
export const WeekDay = {
  SUNDAY: 'SUNDAY',
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
} as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
const WEEKDAY_INDEX: Record<string, number> = {
  SUNDAY: 0,
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
};

export type EventTypeName = keyof typeof EventType;

/** Apps Script allows 20 triggers per user per script. */
export const TRIGGER_LIMIT = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ALLOWED_MINUTES = [1, 5, 10, 15, 30];
export const ALLOWED_HOURS = [1, 2, 4, 6, 8, 12];
// The rules below are documented; the wording of their errors is the emulator's own.
export const MINUTES_ERROR = 'everyMinutes(n): n must be one of 1, 5, 10, 15 or 30.';
export const HOURS_ERROR = 'everyHours(n): n must be one of 1, 2, 4, 6, 8 or 12.';
export const AT_HOUR_NEEDS_FREQUENCY =
  'atHour() and nearMinute() need a frequency: add everyDays(n), everyWeeks(n), onWeekDay() or onMonthDay().';
export const CLOCK_NEEDS_SCHEDULE =
  'A time-based trigger needs a schedule: everyMinutes/everyHours/everyDays/everyWeeks, onWeekDay, onMonthDay, at, atDate or after.';
export const ADD_ON_TOO_FREQUENT =
  'Add-ons may not run time-based triggers more often than hourly.';

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
  source: keyof typeof TriggerSource;
  /** The spreadsheet id for spreadsheet triggers; null for time-driven ones. */
  sourceId: string | null;
  createdMs: number;
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
function nextRun(schedule: ClockSchedule, fromMs: number, afterMs: number, first: boolean): number {
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
  /** Adds a trigger, enforcing the per-script limit. */
  add(record: TriggerRecord): void {
    if (this.triggers.length >= TRIGGER_LIMIT) throw new Error(TOO_MANY_TRIGGERS);
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

/** Where a Trigger object keeps its uid for deleteTrigger (not an API member). */
const TRIGGER_UID = Symbol('triggerUid');

function createTrigger(env: ServiceEnv, record: TriggerRecord) {
  return metered(env, 'Trigger', {
    [TRIGGER_UID]: record.uid,
    getUniqueId: () => record.uid,
    getHandlerFunction: () => record.handler,
    getEventType: () => EventType[record.eventType],
    getTriggerSource: () => TriggerSource[record.source],
    getTriggerSourceId: () => record.sourceId,
  });
}

/** The Trigger object ScriptApp hands out. */
export type EmulatedTrigger = ReturnType<typeof createTrigger>;

interface ClockOptions {
  minutes?: number;
  hours?: number;
  days?: number;
  weeks?: number;
  weekDay?: number;
  monthDay?: number;
  hour?: number;
  minute?: number;
  timeZone?: string;
  atMs?: number;
  afterMs?: number;
  atDate?: [number, number, number];
}

export const NO_SUCH_ITEM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

function idOf(ss: unknown): string {
  if (typeof ss === 'string') return ss;
  const getId = (ss as { getId?: () => string } | null)?.getId;
  if (typeof getId === 'function') return String(getId.call(ss));
  throw new Error('Expected a Spreadsheet or a spreadsheet id');
}

/**
 * ScriptApp over `registry`. Triggers are created for `spreadsheetId` when forSpreadsheet is
 * given that spreadsheet. Creating, listing and deleting need full authorization: custom
 * functions and simple triggers get `You do not have permission to call …`.
 */
export function createScriptApp(env: ServiceEnv, registry: TriggerRegistry, spreadsheetId: string) {
  const create = (
    handler: string,
    eventType: EventTypeName,
    sourceId: string | null,
    schedule?: (uid: string) => ClockSchedule,
  ) => {
    env.execution().assertTriggers('ScriptApp.newTrigger');
    const uid = registry.newUid();
    const now = env.clock.nowMs();
    const record: TriggerRecord = {
      uid,
      handler,
      eventType,
      source: eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS',
      sourceId,
      createdMs: now,
    };
    if (schedule) {
      record.schedule = schedule(uid);
      record.nextRunMs = nextRun(record.schedule, now, now, true);
    }
    registry.add(record);
    return createTrigger(env, record);
  };

  const clockBuilder = (handler: string) => {
    const o: ClockOptions = {};
    const builder = {
      everyMinutes(n: number) {
        if (!ALLOWED_MINUTES.includes(n)) throw new Error(MINUTES_ERROR);
        if (registry.addOn) throw new Error(ADD_ON_TOO_FREQUENT);
        o.minutes = n;
        return this;
      },
      everyHours(n: number) {
        if (!ALLOWED_HOURS.includes(n)) throw new Error(HOURS_ERROR);
        o.hours = n;
        return this;
      },
      everyDays(n: number) {
        if (!Number.isInteger(n) || n < 1) throw new Error('everyDays(n): n must be at least 1.');
        o.days = n;
        return this;
      },
      everyWeeks(n: number) {
        if (!Number.isInteger(n) || n < 1) throw new Error('everyWeeks(n): n must be at least 1.');
        o.weeks = n;
        return this;
      },
      onWeekDay(day: string) {
        const index = WEEKDAY_INDEX[String(day)];
        if (index === undefined) throw new Error(`onWeekDay: not a ScriptApp.WeekDay: ${day}`);
        o.weekDay = index;
        return this;
      },
      onMonthDay(day: number) {
        if (!Number.isInteger(day) || day < 1 || day > 31)
          throw new Error('onMonthDay(day): day must be 1 to 31.');
        o.monthDay = day;
        return this;
      },
      atHour(hour: number) {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23)
          throw new Error('atHour(hour): hour must be 0 to 23.');
        o.hour = hour;
        return this;
      },
      nearMinute(minute: number) {
        if (!Number.isInteger(minute) || minute < 0 || minute > 59)
          throw new Error('nearMinute(minute): minute must be 0 to 59.');
        o.minute = minute;
        return this;
      },
      inTimezone(timezone: string) {
        o.timeZone = String(timezone);
        return this;
      },
      at(date: Date) {
        if (!isDate(date) || Number.isNaN(date.getTime())) throw new Error('at(date): not a Date');
        o.atMs = date.getTime();
        return this;
      },
      atDate(year: number, month: number, day: number) {
        o.atDate = [year, month, day];
        return this;
      },
      after(durationMilliseconds: number) {
        const ms = Number(durationMilliseconds);
        if (!Number.isFinite(ms) || ms < 0) throw new Error('after(ms): not a duration');
        o.afterMs = ms;
        return this;
      },
      create() {
        const tz = o.timeZone ?? registry.scriptTimeZone;
        const dayBased =
          o.days !== undefined ||
          o.weeks !== undefined ||
          o.weekDay !== undefined ||
          o.monthDay !== undefined;
        if (o.hour !== undefined && !dayBased) throw new Error(AT_HOUR_NEEDS_FREQUENCY);
        if (o.minute !== undefined && !dayBased && o.hours === undefined)
          throw new Error(AT_HOUR_NEEDS_FREQUENCY);
        const now = env.clock.nowMs();
        let schedule: (uid: string) => ClockSchedule;
        // Without atHour a daily trigger keeps the hour it was created in.
        const hourOf = () => o.hour ?? wallClock(now, tz).hour;
        if (o.atMs !== undefined) schedule = () => ({ kind: 'once', atMs: o.atMs! });
        else if (o.afterMs !== undefined)
          schedule = () => ({ kind: 'once', atMs: now + o.afterMs! });
        else if (o.atDate) {
          const [y, m, d] = o.atDate;
          schedule = () => ({ kind: 'once', atMs: zonedTimeToUtc(tz, y, m, d) });
        } else if (o.minutes !== undefined)
          schedule = () => ({ kind: 'minutes', every: o.minutes! });
        else if (o.hours !== undefined)
          schedule = () => ({ kind: 'hours', every: o.hours!, minute: o.minute });
        else if (o.monthDay !== undefined)
          schedule = (uid) => ({
            kind: 'month-day',
            monthDay: o.monthDay!,
            hour: hourOf(),
            minute: o.minute ?? seededMinute(uid),
            timeZone: tz,
          });
        else if (o.weekDay !== undefined || o.weeks !== undefined)
          schedule = (uid) => ({
            kind: 'weeks',
            every: o.weeks ?? 1,
            weekDay: o.weekDay ?? wallClock(now, tz).weekday,
            hour: hourOf(),
            minute: o.minute ?? seededMinute(uid),
            timeZone: tz,
          });
        else if (o.days !== undefined)
          schedule = (uid) => ({
            kind: 'days',
            every: o.days!,
            hour: hourOf(),
            minute: o.minute ?? seededMinute(uid),
            timeZone: tz,
          });
        else throw new Error(CLOCK_NEEDS_SCHEDULE);
        return create(handler, 'CLOCK', null, schedule);
      },
    };
    return metered(env, 'ClockTriggerBuilder', builder);
  };

  const spreadsheetBuilder = (handler: string, sourceId: string) => {
    let eventType: EventTypeName | undefined;
    const builder = {
      onEdit() {
        eventType = 'ON_EDIT';
        return this;
      },
      onChange() {
        eventType = 'ON_CHANGE';
        return this;
      },
      onOpen() {
        eventType = 'ON_OPEN';
        return this;
      },
      onFormSubmit() {
        eventType = 'ON_FORM_SUBMIT';
        return this;
      },
      create() {
        if (!eventType)
          throw new Error('Choose the event: onEdit(), onChange(), onOpen() or onFormSubmit().');
        return create(handler, eventType, sourceId);
      },
    };
    return metered(env, 'SpreadsheetTriggerBuilder', builder);
  };

  // The emulator holds one spreadsheet: any other id is one the user cannot reach.
  const spreadsheetIdOf = (ss: unknown): string => {
    const id = idOf(ss);
    if (id !== spreadsheetId) throw new Error(NO_SUCH_ITEM);
    return id;
  };
  const triggerObjects = (records: TriggerRecord[]) => records.map((r) => createTrigger(env, r));

  return metered(env, 'ScriptApp', {
    AuthMode,
    EventType,
    TriggerSource,
    WeekDay,
    AuthorizationStatus,
    newTrigger(functionName: string) {
      env.execution().assertTriggers('ScriptApp.newTrigger');
      const handler = String(functionName);
      return metered(env, 'TriggerBuilder', {
        timeBased: () => clockBuilder(handler),
        forSpreadsheet: (ss: unknown) => spreadsheetBuilder(handler, spreadsheetIdOf(ss)),
      });
    },
    getProjectTriggers() {
      env.execution().assertTriggers('ScriptApp.getProjectTriggers');
      return triggerObjects(registry.list());
    },
    getUserTriggers(spreadsheet: unknown) {
      env.execution().assertTriggers('ScriptApp.getUserTriggers');
      const id = spreadsheetIdOf(spreadsheet);
      return triggerObjects(registry.list().filter((t) => t.sourceId === id));
    },
    deleteTrigger(trigger: unknown) {
      env.execution().assertTriggers('ScriptApp.deleteTrigger');
      const uid = (trigger as { [TRIGGER_UID]?: string } | null)?.[TRIGGER_UID];
      if (uid === undefined) throw new Error('deleteTrigger: expected a Trigger');
      // Deleting a trigger that is already gone is a no-op here.
      registry.remove(uid);
    },
    getScriptId: () => registry.scriptId,
    getAuthorizationInfo(_authMode: string) {
      return metered(env, 'AuthorizationInfo', {
        getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: () => null,
      });
    },
    getService() {
      return strict('Service', {
        getUrl(): string {
          throw notImplemented('ScriptApp.getService().getUrl');
        },
      });
    },
  });
}
