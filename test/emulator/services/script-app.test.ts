// ScriptApp triggers: the 20-trigger limit, allowed frequencies, atHour rules, due() order, one-off triggers.

import {
  ADD_ON_OTHER_FILE,
  ADD_ON_TOO_FREQUENT,
  ADD_ON_TOO_MANY_TIME_BASED,
  AT_HOUR_NEEDS_FREQUENCY,
  createScriptApp,
  HOURS_ERROR,
  MINUTES_ERROR,
  NO_SUCH_ITEM,
  seededMinute,
  TriggerRegistry,
} from '../../../emulator/services/script-app';
import { wallClock } from '../../../emulator/services/zone';
import { makeEnv } from './service-env';

const SS_ID = 'spreadsheet-1';

function setup(start = '2026-03-01T00:00:00Z', scriptTimeZone = 'Asia/Seoul') {
  const env = makeEnv(start);
  const registry = new TriggerRegistry({ scriptTimeZone });
  return { env, registry, ScriptApp: createScriptApp(env, registry, SS_ID) };
}

describe('time-driven triggers', () => {
  test('everyMinutes accepts only 1, 5, 10, 15, 30; everyHours only 1, 2, 4, 6, 8, 12', () => {
    const { ScriptApp, registry } = setup();
    for (const n of [1, 5, 10, 15, 30])
      ScriptApp.newTrigger('tick').timeBased().everyMinutes(n).create();
    for (const n of [0, 2, 7, 20, 60])
      expect(() => ScriptApp.newTrigger('tick').timeBased().everyMinutes(n)).toThrow(MINUTES_ERROR);
    expect(() => ScriptApp.newTrigger('tick').timeBased().everyHours(3)).toThrow(HOURS_ERROR);
    ScriptApp.newTrigger('tick').timeBased().everyHours(4).create();
    expect(registry.list()).toHaveLength(6);
  });

  test('atHour needs a day-based frequency, checked at create()', () => {
    const { ScriptApp, registry } = setup();
    const builder = ScriptApp.newTrigger('daily').timeBased().atHour(8);
    expect(() => builder.create()).toThrow(AT_HOUR_NEEDS_FREQUENCY);
    expect(() => ScriptApp.newTrigger('d').timeBased().everyHours(1).atHour(8).create()).toThrow(
      AT_HOUR_NEEDS_FREQUENCY,
    );
    expect(registry.list()).toHaveLength(0);
    ScriptApp.newTrigger('daily').timeBased().atHour(8).everyDays(1).create();
    expect(registry.list()).toHaveLength(1);
  });

  test('atHour without nearMinute keeps a pseudo-random minute seeded by the uid, in the script zone', () => {
    // 09:00 in Seoul on 1 March: 08:xx today has passed, so the first run is 2 March.
    const { ScriptApp, registry } = setup('2026-03-01T00:00:00Z', 'Asia/Seoul');
    const trigger = ScriptApp.newTrigger('daily').timeBased().atHour(8).everyDays(1).create();
    const uid = trigger.getUniqueId();
    const first = registry.get(uid)!.nextRunMs!;
    const w = wallClock(first, 'Asia/Seoul');
    expect([w.year, w.month, w.day, w.hour, w.minute]).toEqual([2026, 3, 2, 8, seededMinute(uid)]);
    registry.markRun(uid, first);
    const second = wallClock(registry.get(uid)!.nextRunMs!, 'Asia/Seoul');
    expect([second.day, second.hour, second.minute]).toEqual([3, 8, seededMinute(uid)]);
    // the same uid always gives the same minute
    expect(seededMinute(uid)).toBe(seededMinute(String(uid)));
  });

  test('inTimezone and nearMinute set the wall-clock time; DST keeps the local hour', () => {
    const { ScriptApp, registry } = setup('2026-03-07T12:00:00Z');
    const t = ScriptApp.newTrigger('daily')
      .timeBased()
      .everyDays(1)
      .atHour(6)
      .nearMinute(30)
      .inTimezone('America/Los_Angeles')
      .create();
    const uid = t.getUniqueId();
    const first = registry.get(uid)!.nextRunMs!;
    expect(new Date(first).toISOString()).toBe('2026-03-07T14:30:00.000Z'); // 06:30 PST
    registry.markRun(uid, first);
    expect(new Date(registry.get(uid)!.nextRunMs!).toISOString()).toBe(
      '2026-03-08T13:30:00.000Z', // 06:30 PDT, the day the clocks jump
    );
  });

  test('onWeekDay runs weekly on that day', () => {
    const { ScriptApp, registry } = setup('2026-03-01T00:00:00Z', 'UTC'); // a Sunday
    const t = ScriptApp.newTrigger('weekly')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(9)
      .nearMinute(0)
      .create();
    const uid = t.getUniqueId();
    expect(new Date(registry.get(uid)!.nextRunMs!).toISOString()).toBe('2026-03-02T09:00:00.000Z');
    registry.markRun(uid, Date.parse('2026-03-02T09:00:00Z'));
    expect(new Date(registry.get(uid)!.nextRunMs!).toISOString()).toBe('2026-03-09T09:00:00.000Z');
  });

  test('due() lists triggers in time order; one-off triggers fire once and stay listed', () => {
    const { env, ScriptApp, registry } = setup();
    const now = env.clock.nowMs();
    ScriptApp.newTrigger('every30').timeBased().everyMinutes(30).create();
    ScriptApp.newTrigger('once10')
      .timeBased()
      .after(10 * 60_000)
      .create();
    ScriptApp.newTrigger('every5').timeBased().everyMinutes(5).create();
    ScriptApp.newTrigger('atTime')
      .timeBased()
      .at(new Date(now + 7 * 60_000))
      .create();
    expect(registry.due(now)).toEqual([]);
    const due = registry.due(now + 30 * 60_000);
    expect(due.map((t) => t.handler)).toEqual(['every5', 'atTime', 'once10', 'every30']);
    const offsets = due.map((t) => t.nextRunMs! - now);
    expect([offsets[0], offsets[1], offsets[3]]).toEqual([5, 7, 30].map((m) => m * 60_000));
    // after(ms) is a minimum (Sheets fidelity 10; ClockTriggerBuilder.after: "The actual duration
    // might vary, but won't be less than your specified minimum"): a little later, never earlier.
    expect(offsets[2]).toBeGreaterThan(10 * 60_000);
    expect(offsets[2]).toBeLessThanOrEqual(11 * 60_000);

    for (const t of due) registry.markRun(t.uid, now + 30 * 60_000);
    expect(registry.due(now + 30 * 60_000)).toEqual([]);
    const later = registry.due(now + 60 * 60_000).map((t) => t.handler);
    expect(later).toEqual(['every5', 'every30']);
    expect(registry.list()).toHaveLength(4); // spent one-off triggers still count
  });

  test('add-ons may not run time-driven triggers more often than hourly', () => {
    const env = makeEnv();
    const registry = new TriggerRegistry({ addOn: true });
    const ScriptApp = createScriptApp(env, registry, SS_ID);
    expect(() => ScriptApp.newTrigger('t').timeBased().everyMinutes(30)).toThrow(
      ADD_ON_TOO_FREQUENT,
    );
    ScriptApp.newTrigger('t').timeBased().everyHours(1).create();
  });
});

describe('trigger limit, listing and deleting', () => {
  test('the 21st trigger fails with Apps Script text; deleting makes room', () => {
    const { ScriptApp, registry } = setup();
    const created = Array.from({ length: 20 }, () =>
      ScriptApp.newTrigger('h').timeBased().everyHours(1).create(),
    );
    expect(() => ScriptApp.newTrigger('h').forSpreadsheet(SS_ID).onEdit().create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(registry.list()).toHaveLength(20);
    ScriptApp.deleteTrigger(created[3]);
    ScriptApp.newTrigger('h').forSpreadsheet(SS_ID).onEdit().create();
    expect(registry.list()).toHaveLength(20);
  });

  test('spreadsheet triggers, Trigger getters, getProjectTriggers/getUserTriggers, deleteTrigger', () => {
    const { ScriptApp, registry } = setup();
    const ss = { getId: () => SS_ID };
    const edit = ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(ss).onEdit().create();
    ScriptApp.newTrigger('onChangeInstalled').forSpreadsheet(SS_ID).onChange().create();
    const clock = ScriptApp.newTrigger('daily').timeBased().everyDays(1).create();

    expect(edit.getHandlerFunction()).toBe('onEditInstalled');
    expect(edit.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(edit.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(edit.getTriggerSourceId()).toBe(SS_ID);
    expect(clock.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(clock.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(clock.getTriggerSourceId()).toBeNull();

    expect(registry.installableEditTriggers().map((t) => t.handler)).toEqual(['onEditInstalled']);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'onEditInstalled',
      'onChangeInstalled',
      'daily',
    ]);
    // getUserTriggers: "all installable triggers owned by this user in the given spreadsheet",
    // time-driven ones created while working in it included.
    expect(ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual([
      'onEditInstalled',
      'onChangeInstalled',
      'daily',
    ]);
    const [first] = ScriptApp.getProjectTriggers();
    ScriptApp.deleteTrigger(first);
    expect(registry.installableEditTriggers()).toEqual([]);
    expect(() => ScriptApp.newTrigger('x').forSpreadsheet('other-id')).toThrow(NO_SUCH_ITEM);
    expect(() => ScriptApp.newTrigger('x').forSpreadsheet(SS_ID).create()).toThrow(
      'Choose the event',
    );
  });

  test.each(['simple-trigger', 'custom-function'] as const)(
    'no trigger changes from a %s',
    (mode) => {
      const { env, ScriptApp, registry } = setup();
      const t = ScriptApp.newTrigger('h').timeBased().everyHours(1).create();
      env.run(mode);
      expect(() => ScriptApp.newTrigger('h')).toThrow(
        'You do not have permission to call ScriptApp.newTrigger',
      );
      expect(() => ScriptApp.deleteTrigger(t)).toThrow(
        'You do not have permission to call ScriptApp.deleteTrigger',
      );
      expect(() => ScriptApp.getProjectTriggers()).toThrow(
        'You do not have permission to call ScriptApp.getProjectTriggers',
      );
      expect(registry.list()).toHaveLength(1);
    },
  );
});

describe('ScriptApp misc', () => {
  test('enums, script id, gaps named, calls metered', () => {
    const { env, ScriptApp, registry } = setup();
    expect(ScriptApp.AuthMode.FULL).toBe('FULL');
    expect(Object.keys(ScriptApp.AuthMode)).toEqual(['NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION']);
    expect(ScriptApp.getScriptId()).toBe(registry.scriptId);
    expect(() => ScriptApp.getService().getUrl()).toThrow(
      'Emulator: ScriptApp.getService().getUrl is not implemented',
    );
    expect(() => (ScriptApp as any).getOAuthToken()).toThrow(
      'Emulator: ScriptApp.getOAuthToken is not implemented',
    );
    expect(() => (ScriptApp.newTrigger('h').timeBased() as any).everySeconds(5)).toThrow(
      'Emulator: ClockTriggerBuilder.everySeconds is not implemented',
    );
    env.meter.reset();
    ScriptApp.newTrigger('h').timeBased().everyHours(1).create();
    expect(env.meter.byMethod.get('ScriptApp.newTrigger')).toBe(1);
    expect(env.meter.byMethod.get('ClockTriggerBuilder.create')).toBe(1);
    expect(env.meter.counts.other).toBe(4);
  });
});

describe('add-on mode: the editor add-on trigger rules', () => {
  function addOn() {
    const env = makeEnv('2026-03-01T00:00:00Z');
    const registry = new TriggerRegistry({ addOn: true });
    const ScriptApp = createScriptApp(env, registry, SS_ID, () => [SS_ID, 'spreadsheet-2']);
    return { env, registry, ScriptApp };
  }

  test('a second time-driven trigger for the same user and document fails, a one-off one too', () => {
    const { ScriptApp, registry } = addOn();
    ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create()).toThrow(
      ADD_ON_TOO_MANY_TIME_BASED,
    );
    expect(() => ScriptApp.newTrigger('later').timeBased().after(60_000).create()).toThrow(
      ADD_ON_TOO_MANY_TIME_BASED,
    );
    expect(registry.list()).toHaveLength(1);
    // Deleting it makes room again.
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    expect(registry.list().map((t) => t.handler)).toEqual(['daily']);
  });

  test('a trigger for another file fails; the file in use is fine', () => {
    const { ScriptApp, registry } = addOn();
    expect(() =>
      ScriptApp.newTrigger('edit').forSpreadsheet('spreadsheet-2').onEdit().create(),
    ).toThrow(ADD_ON_OTHER_FILE);
    ScriptApp.newTrigger('edit').forSpreadsheet(SS_ID).onEdit().create();
    expect(registry.list()).toHaveLength(1);
  });

  test('without add-on mode the same calls succeed', () => {
    const env = makeEnv('2026-03-01T00:00:00Z');
    const registry = new TriggerRegistry();
    const ScriptApp = createScriptApp(env, registry, SS_ID, () => [SS_ID, 'spreadsheet-2']);
    ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('later').timeBased().after(60_000).create();
    ScriptApp.newTrigger('edit').forSpreadsheet('spreadsheet-2').onEdit().create();
    expect(registry.list()).toHaveLength(3);
  });
});
