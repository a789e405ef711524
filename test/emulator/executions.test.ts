// Executions: menu runs, simple and installable triggers, time-driven triggers, deadline, getUi rules, metering.
import vm from 'node:vm';
import { Emulator } from '../../emulator';
import { fixtureBundle } from './fixture-bundle';

const bundle = fixtureBundle();
const create = (options: Parameters<typeof Emulator.create>[0] = {}) =>
  Emulator.create({
    bundle,
    now: '2026-03-02T09:00:00+09:00',
    owner: 'lead@acme.co.kr',
    activeUser: 'rep@acme.co.kr',
    ...options,
  });

describe('user edits and triggers (behaviour 5)', () => {
  it('script writes fire nothing; a user edit fires simple onEdit with the event fields', async () => {
    const emu = await create();
    emu.setValues('Deals', 'A1', [['Amount'], [100]]);
    emu.setValues('Log', 'A1', [['']]);
    emu.setValues('Data', 'A1', [[1]]);
    emu.run('writeDate'); // a script write: no trigger
    expect(emu.properties.script.get('lastEdit')).toBeUndefined();

    const fired = emu.userEdit('Deals', 'A2', '250');
    expect(fired.map((f) => [f.handler, f.mode, f.error])).toEqual([
      ['onEdit', 'simple-trigger', undefined],
    ]);
    expect(JSON.parse(emu.properties.script.get('lastEdit')!)).toEqual({
      a1: 'A2',
      value: '250',
      oldValue: '100',
      authMode: 'LIMITED',
      hasUid: false,
      user: '',
    });
    // onEdit's own write to Log did not fire onEdit again.
    expect(emu.getValues('Log', 'A1')).toEqual([['seen A2']]);
  });

  it('leaves oldValue out for an empty cell and value/oldValue out for a pasted block', async () => {
    const emu = await create();
    emu.setValues('Deals', 'A1', [['Amount']]);
    emu.userEdit('Deals', 'B2', 'new');
    expect(JSON.parse(emu.properties.script.get('lastEdit')!)).not.toHaveProperty('oldValue');
    emu.userEdit('Deals', 'A3', [
      ['1', '2'],
      ['3', '4'],
    ]);
    const e = JSON.parse(emu.properties.script.get('lastEdit')!);
    expect(e.a1).toBe('A3:B4');
    expect(e).not.toHaveProperty('value');
  });

  it('fires installable on-edit triggers with triggerUid and FULL auth', async () => {
    const emu = await create();
    emu.setValues('Deals', 'A1', [['x']]);
    emu.run('installEditTrigger');
    emu.userEdit('Deals', 'A1', 'y');
    const installed = JSON.parse(emu.properties.script.get('installed')!);
    expect(installed).toMatchObject({ a1: 'A1', value: 'y', authMode: 'FULL' });
    expect(installed.uid).toBe(emu.triggers.list()[0].uid);
  });

  it('refuses a user edit that violates a strict validation rule; script writes are not checked', async () => {
    const emu = await create();
    emu.setValues('Deals', 'A1', [['Stage']]);
    const sheet = emu.spreadsheet.getSheetByName('Deals')!;
    const rule = emu.global.SpreadsheetApp.newDataValidation()
      .requireValueInList(['Lead', 'Won'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick a stage')
      .build();
    sheet.getRange('A2:A10').setDataValidation(rule);
    expect(sheet.getRange('A3').getDataValidation()!.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(sheet.getRange('A3').getDataValidation()!.getCriteriaValues()).toEqual([
      ['Lead', 'Won'],
      true,
    ]);
    expect(() => emu.userEdit('Deals', 'A2', 'Maybe')).toThrow(
      'The data you entered in cell A2 violates the data validation rules set on this cell. Pick a stage',
    );
    sheet.getRange('A2').setValue('Maybe');
    expect(emu.getValues('Deals', 'A2')).toEqual([['Maybe']]);
  });
});

describe('execution modes (behaviour 6, getUi) and menus', () => {
  it('onOpen builds the menu; a menu action shows an alert and a toast', async () => {
    const emu = await create();
    emu.open();
    expect(emu.menus).toEqual([
      {
        title: 'Tools',
        items: [
          { caption: 'Run report', functionName: 'report' },
          { caption: '---', functionName: '' },
        ],
        subMenus: [
          {
            title: 'More',
            items: [{ caption: 'Mail', functionName: 'mailSomeone' }],
            subMenus: [],
          },
        ],
      },
    ]);
    emu.run(emu.menus[0].items[0].functionName);
    expect(emu.uiAlerts).toMatchObject([{ title: 'Report', prompt: 'Done', kind: 'alert' }]);
    expect(emu.toasts).toMatchObject([
      { message: 'Report ready', title: 'Pipeline', timeoutSeconds: 5 },
    ]);
  });

  it('AuthMode.NONE allows the menu only: no spreadsheet, properties, mail or triggers', async () => {
    const emu = await create();
    const none = { mode: 'simple-trigger' as const, event: { authMode: 'NONE' } };
    expect(emu.run('openReadingSettings', none)).toBe('menu only');
    expect(emu.open({ authMode: 'NONE' })?.error).toBeUndefined();
    expect(emu.menus.map((m) => m.title)).toEqual(['Tools']);
    expect(emu.run('openReadingSettings', { ...none, event: { authMode: 'LIMITED' } })).toBe(
      'Pipeline:null',
    );
    // A handler that ignores e.authMode fails the way Apps Script fails it.
    const ignoring = (what: string) =>
      emu.run('openIgnoringAuthMode', { ...none, event: { authMode: 'NONE', what } });
    expect(() => ignoring('properties')).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(() => ignoring('sheet')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive',
    );
    expect(() => ignoring('mail')).toThrow('MailApp.getRemainingDailyQuota');
  });

  it('simple triggers cannot send mail; menu runs can', async () => {
    const emu = await create();
    expect(() => emu.run('mailSomeone', { mode: 'simple-trigger' })).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    emu.run('mailSomeone');
    expect(emu.outbox).toHaveLength(1);
  });

  it("a time-driven trigger runs at its time; getUi() there throws Apps Script's message", async () => {
    const emu = await create();
    emu.run('installDaily');
    const fired = emu.advanceClock('2026-03-04T12:00:00+09:00');
    expect(fired.map((f) => [f.handler, f.at.toISOString()])).toEqual([
      ['daily', '2026-03-02T23:00:00.000Z'],
      ['daily', '2026-03-03T23:00:00.000Z'],
    ]);
    expect(fired[0].error).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(emu.toasts.map((t) => t.message)).toEqual(['daily ran', 'daily ran']);
  });
});

describe('values crossing the realm boundary', () => {
  it("writes the bundle's own arrays and hands back arrays of the bundle's realm", async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [['']]);
    const rows = emu.run('writeRows') as unknown[][];
    expect(emu.getValues('Data', 'A1:B2')).toEqual([
      [1, 'a'],
      [2, true],
    ]);
    // An Array of the bundle's realm: not an instance of this realm's Array.
    expect(Object.getPrototypeOf(rows)).not.toBe(Array.prototype);
    expect(Array.isArray(rows)).toBe(true);
  });
});

describe('execution deadline (behaviour 9)', () => {
  it('stops a run whose clock passes 6 minutes at the next service call', async () => {
    const emu = await create();
    expect(emu.run('sleepy', {}, 200_000)).toBe('woke');
    expect(() => emu.run('sleepy', {}, 300_000 + 70_000)).toThrow(
      /Exceeded maximum execution time/,
    );
    // A simple trigger has 30 seconds.
    expect(() => emu.run('sleepy', { mode: 'simple-trigger' }, 31_000)).toThrow(
      /Exceeded maximum execution time/,
    );
  });
});

describe('the deadline terminates the run (Sheets fidelity 5)', () => {
  // Apps Script "Quotas for Google Services" (developers.google.com/apps-script/guides/services/quotas):
  // script runtime 6 min / execution; "your script throws an exception and execution stops". That
  // the run is interrupted there, its own catch and finally not running, is field behaviour (e.g.
  // github.com/WildH0g/Medium-GAS-bypassing-max-exec-time: "the execution is interrupted").
  it('ends the run with the time-limit error even when the script catches it; nothing after it is written', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [['']]);
    expect(() => emu.run('stubborn')).toThrow(/Exceeded maximum execution time/);
    // Writes at minutes 0 to 6 fit; the sleep after the seventh passes the deadline, and the
    // writes of the catch and the finally are refused.
    expect(emu.getValues('Data', 'A1:A9').map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, '', '']);
    expect(emu.getValues('Data', 'B1:B2')).toEqual([[''], ['']]);
  });

  it("charges the script's own computation to the clock, in 10-second steps", async () => {
    // Scaled so a few real milliseconds of arithmetic count as many minutes.
    const emu = await create({ computeTimeScale: 1_000_000 });
    emu.setValues('Data', 'A1', [['']]);
    const before = emu.clock.nowMs();
    expect(() => emu.run('busy', {}, 20_000_000)).toThrow(/Exceeded maximum execution time/);
    expect(emu.clock.nowMs() - before).toBeGreaterThan(6 * 60_000);
    expect((emu.clock.nowMs() - before) % 10_000).toBe(0);
    expect(emu.getValues('Data', 'C1')).toEqual([['']]);
    // Unscaled, the same work costs well under a second and the run completes.
    const plain = await create();
    plain.setValues('Data', 'A1', [['']]);
    expect(plain.run('busy', {}, 20_000_000)).toBe('done');
  });
});

describe('cost accounting (behaviour 15)', () => {
  it('counts ~1,000 reads for a per-cell loop over 1,000 rows and 1 for a getValues', async () => {
    const emu = await create();
    emu.setValues(
      'Data',
      'A1',
      Array.from({ length: 1000 }, (_, i) => [i + 1]),
    );
    emu.calls.reset();
    expect(emu.run('perCell', {}, 1000)).toBe(500500);
    const loop = emu.calls.snapshot();
    emu.calls.reset();
    expect(emu.run('batched', {}, 1000)).toBe(500500);
    const batch = emu.calls.snapshot();
    expect(loop.read).toBe(1000);
    expect(batch.read).toBe(1);
    expect(loop.modelledMs).toBeGreaterThan(100 * batch.modelledMs);
    expect(emu.calls.byMethod.get('Range.getValues')).toBe(1);
  });

  it('counts writes and cheap lookups by kind', async () => {
    const emu = await create({ bundle: false });
    const ss = emu.spreadsheet;
    const sheet = ss.insertSheet('X');
    emu.calls.reset();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A1:B2').clear();
    sheet.getLastRow();
    ss.getSheetByName('X')!.getName();
    expect(emu.calls.snapshot()).toMatchObject({ read: 0, write: 2, mail: 0, other: 5 });
  });
});

describe('the script clock', () => {
  it('new Date() and Date.now() in the script follow the emulator clock; Dates stay Dates', async () => {
    const emu = await create({ bundle: false });
    const read = () =>
      vm.runInContext(
        '({ now: new Date().toISOString(), ms: Date.now(), isDate: new Date(2026, 0, 1) instanceof Date })',
        emu.global,
      ) as { now: string; ms: number; isDate: boolean };
    expect(read()).toEqual({
      now: '2026-0302T00:00:00.000Z'.replace('03', '03-'),
      ms: Date.parse('2026-03-02T00:00:00Z'),
      isDate: true,
    });
    emu.advanceClock(3 * 86_400_000);
    expect(read().now).toBe('2026-03-05T00:00:00.000Z');
  });
});
