// ScriptApp: trigger builders, listing and deleting over the trigger registry the emulator fires from.

import { notImplemented, type ServiceEnv, strict } from '../runtime';
import { isDate, metered } from './metered';
import {
  type ClockSchedule,
  type EventTypeName,
  nextRun,
  seededMinute,
  type TriggerRecord,
  type TriggerRegistry,
} from './trigger-registry';
import { wallClock, zonedTimeToUtc } from './zone';

export * from './trigger-registry';

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
/** Apps Script's text, as add-on users have reported it: a second time-driven trigger per user and document. */
export const ADD_ON_TOO_MANY_TIME_BASED =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
export const ADD_ON_OTHER_FILE =
  'Add-ons may only create triggers for the file in which the add-on is used.';

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

/** Creates a trigger record (and its Trigger object) in `registry`, its first run scheduled from now. */
type MakeTrigger = (
  handler: string,
  eventType: EventTypeName,
  sourceId: string | null,
  schedule?: (uid: string) => ClockSchedule,
) => EmulatedTrigger;

function triggerMaker(
  env: ServiceEnv,
  registry: TriggerRegistry,
  /** The first document's id: where an execution with no document runs. */
  firstDocumentId: string,
): MakeTrigger {
  return (handler, eventType, sourceId, schedule) => {
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
      owner: env.execution().user,
      documentId: env.execution().documentId,
    };
    if (registry.addOn) {
      const docOf = (id: string | undefined) => id || firstDocumentId;
      const doc = docOf(record.documentId);
      // A spreadsheet trigger only for the document in use; one time-driven trigger per user and
      // document (a spent one-off one counts until deleted).
      if (sourceId !== null && sourceId !== doc) throw new Error(ADD_ON_OTHER_FILE);
      if (
        eventType === 'CLOCK' &&
        registry
          .list()
          .some(
            (t) =>
              t.eventType === 'CLOCK' &&
              (t.owner ?? '') === (record.owner ?? '') &&
              docOf(t.documentId) === doc,
          )
      )
        throw new Error(ADD_ON_TOO_MANY_TIME_BASED);
    }
    if (schedule) {
      record.schedule = schedule(uid);
      record.nextRunMs = nextRun(record.schedule, now, now, true);
    }
    registry.add(record);
    return createTrigger(env, record);
  };
}

/**
 * The schedule a ClockTriggerBuilder's choices describe, created at `now` (the uid seeds the random
 * minute Google picks when none is given). Throws when the choices do not make a schedule.
 */
function clockSchedule(o: ClockOptions, now: number, tz: string): (uid: string) => ClockSchedule {
  const dayBased =
    o.days !== undefined ||
    o.weeks !== undefined ||
    o.weekDay !== undefined ||
    o.monthDay !== undefined;
  if (o.hour !== undefined && !dayBased) throw new Error(AT_HOUR_NEEDS_FREQUENCY);
  if (o.minute !== undefined && !dayBased && o.hours === undefined)
    throw new Error(AT_HOUR_NEEDS_FREQUENCY);
  // Without atHour a daily trigger keeps the hour it was created in.
  const hour = o.hour ?? wallClock(now, tz).hour;
  const minuteOf = (uid: string) => o.minute ?? seededMinute(uid);
  if (o.atMs !== undefined) return () => ({ kind: 'once', atMs: o.atMs! });
  // after(ms) is a minimum: "the actual duration might vary, but won't be less than your specified
  // minimum". The emulator adds 1–60 s, fixed per trigger.
  if (o.afterMs !== undefined)
    return (uid) => ({ kind: 'once', atMs: now + o.afterMs! + (seededMinute(uid) + 1) * 1000 });
  if (o.atDate) {
    const [y, m, d] = o.atDate;
    return () => ({ kind: 'once', atMs: zonedTimeToUtc(tz, y, m, d) });
  }
  if (o.minutes !== undefined) return () => ({ kind: 'minutes', every: o.minutes! });
  if (o.hours !== undefined) return () => ({ kind: 'hours', every: o.hours!, minute: o.minute });
  if (o.monthDay !== undefined)
    return (uid) => ({
      kind: 'month-day',
      monthDay: o.monthDay!,
      hour,
      minute: minuteOf(uid),
      timeZone: tz,
    });
  if (o.weekDay !== undefined || o.weeks !== undefined)
    return (uid) => ({
      kind: 'weeks',
      every: o.weeks ?? 1,
      weekDay: o.weekDay ?? wallClock(now, tz).weekday,
      hour,
      minute: minuteOf(uid),
      timeZone: tz,
    });
  if (o.days !== undefined)
    return (uid) => ({ kind: 'days', every: o.days!, hour, minute: minuteOf(uid), timeZone: tz });
  throw new Error(CLOCK_NEEDS_SCHEDULE);
}

/** ClockTriggerBuilder: each choice is checked as it is made; create() schedules the trigger. */
function clockTriggerBuilder(
  env: ServiceEnv,
  registry: TriggerRegistry,
  handler: string,
  make: MakeTrigger,
) {
  const o: ClockOptions = {};
  const whole = (n: number, min: number, max: number) =>
    Number.isInteger(n) && n >= min && n <= max;
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
      if (!whole(n, 1, Infinity)) throw new Error('everyDays(n): n must be at least 1.');
      o.days = n;
      return this;
    },
    everyWeeks(n: number) {
      if (!whole(n, 1, Infinity)) throw new Error('everyWeeks(n): n must be at least 1.');
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
      if (!whole(day, 1, 31)) throw new Error('onMonthDay(day): day must be 1 to 31.');
      o.monthDay = day;
      return this;
    },
    atHour(hour: number) {
      if (!whole(hour, 0, 23)) throw new Error('atHour(hour): hour must be 0 to 23.');
      o.hour = hour;
      return this;
    },
    nearMinute(minute: number) {
      if (!whole(minute, 0, 59)) throw new Error('nearMinute(minute): minute must be 0 to 59.');
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
      return make(handler, 'CLOCK', null, clockSchedule(o, env.clock.nowMs(), tz));
    },
  };
  return metered(env, 'ClockTriggerBuilder', builder);
}

/** SpreadsheetTriggerBuilder: one event type for one spreadsheet. */
function spreadsheetTriggerBuilder(
  env: ServiceEnv,
  handler: string,
  sourceId: string,
  make: MakeTrigger,
) {
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
      return make(handler, eventType, sourceId);
    },
  };
  return metered(env, 'SpreadsheetTriggerBuilder', builder);
}

/**
 * ScriptApp over `registry`. Triggers are created for `spreadsheetId` when forSpreadsheet is
 * given that spreadsheet. Creating, listing and deleting need full authorization: custom
 * functions and simple triggers get `You do not have permission to call …`.
 */
export function createScriptApp(
  env: ServiceEnv,
  registry: TriggerRegistry,
  spreadsheetId: string,
  /** Ids of every document the emulator holds, the first being `spreadsheetId`. */
  documentIds: () => string[] = () => [spreadsheetId],
) {
  const make = triggerMaker(env, registry, spreadsheetId);
  // A spreadsheet the emulator does not hold is one the user cannot reach.
  const spreadsheetIdOf = (ss: unknown): string => {
    const id = idOf(ss);
    if (!documentIds().includes(id)) throw new Error(NO_SUCH_ITEM);
    return id;
  };
  /** The running user's triggers (getProjectTriggers: this user, this script, every document). */
  const mine = () => {
    const user = env.execution().user;
    return registry.list().filter((t) => (t.owner ?? '') === user);
  };
  /** The document a trigger belongs to: a spreadsheet trigger's source, else where it was created. */
  const documentOf = (t: TriggerRecord) => t.sourceId ?? (t.documentId || spreadsheetId);
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
        timeBased: () => clockTriggerBuilder(env, registry, handler, make),
        forSpreadsheet: (ss: unknown) =>
          spreadsheetTriggerBuilder(env, handler, spreadsheetIdOf(ss), make),
      });
    },
    getProjectTriggers() {
      env.execution().assertTriggers('ScriptApp.getProjectTriggers');
      return triggerObjects(mine());
    },
    /** This user's triggers in that spreadsheet, time-driven ones created there included. */
    getUserTriggers(spreadsheet: unknown) {
      env.execution().assertTriggers('ScriptApp.getUserTriggers');
      const id = spreadsheetIdOf(spreadsheet);
      return triggerObjects(mine().filter((t) => documentOf(t) === id));
    },
    deleteTrigger(trigger: unknown) {
      env.execution().assertTriggers('ScriptApp.deleteTrigger');
      const uid = (trigger as { [TRIGGER_UID]?: string } | null)?.[TRIGGER_UID];
      if (uid === undefined) throw new Error('deleteTrigger: expected a Trigger');
      // Deleting a trigger that is already gone is a no-op here.
      registry.remove(uid);
    },
    getScriptId: () => registry.scriptId,
    /** The registry's authorization state: REQUIRED comes with the URL to authorize again. */
    getAuthorizationInfo(_authMode: string) {
      const { required, url } = registry.authorization;
      return metered(env, 'AuthorizationInfo', {
        getAuthorizationStatus: () =>
          required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: () => (required ? url : null),
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
