// google.script.run's server side, the selection a person makes, and add-on menus under Extensions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../../emulator';
import { publicFunctionNames, serveScriptRun } from '../../emulator/script-run';

const SOURCE = `
function add(a, b) { return a + b; }
function card(ref) { return { row: ref.row, title: 'Deal ' + ref.name, tags: ['a', null] }; }
function refuse() { throw new Error('Snooze date is in the past'); }
function today() { return { at: new Date() }; }
function secret_() { return 'hidden'; }
function selected() {
  var r = SpreadsheetApp.getActiveRange();
  return r.getSheet().getName() + '!' + r.getA1Notation() + ' ' + SpreadsheetApp.getActiveSpreadsheet().getActiveCell().getA1Notation();
}
function jump() { SpreadsheetApp.getActive().getSheetByName('Data').getRange('C7').activate(); }
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Deal card', 'card').addToUi();
  SpreadsheetApp.getUi().createMenu('Tools').addItem('Add', 'add').addToUi();
}
`;

function bundle(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'emu-run-')), 'Code.js');
  writeFileSync(file, SOURCE);
  return file;
}
const file = bundle();
const create = (options: Parameters<typeof Emulator.create>[0] = {}) =>
  Emulator.create({ bundle: file, now: '2026-03-02T09:00:00+09:00', ...options });
const call = (emu: Emulator, name: string, ...args: unknown[]) =>
  JSON.parse(serveScriptRun(emu, name, JSON.stringify(args)));

describe('google.script.run (server side)', () => {
  it('offers the top-level functions except private ones', () => {
    expect(publicFunctionNames(SOURCE)).toEqual([
      'add',
      'card',
      'refuse',
      'today',
      'selected',
      'jump',
      'onOpen',
    ]);
  });

  it('runs a call as an execution and answers with its value or its error message', async () => {
    const emu = await create();
    expect(call(emu, 'add', 2, 3)).toEqual({ ok: true, value: 5 });
    expect(call(emu, 'card', { row: 4, name: 'ERP' })).toEqual({
      ok: true,
      value: { row: 4, title: 'Deal ERP', tags: ['a', null] },
    });
    expect(call(emu, 'refuse')).toEqual({ ok: false, message: 'Snooze date is in the past' });
  });

  it('refuses private and unknown functions, and return values holding a Date', async () => {
    const emu = await create();
    expect(call(emu, 'secret_')).toEqual({
      ok: false,
      message: 'Script function not found: secret_',
    });
    expect(call(emu, 'nope')).toEqual({ ok: false, message: 'Script function not found: nope' });
    expect(call(emu, 'today')).toEqual({
      ok: false,
      message: 'today returned a Date, which Apps Script does not send to the page.',
    });
  });
});

describe('selection', () => {
  it('is A1 of the active sheet until a person selects, then follows select() and activate()', async () => {
    const emu = await create();
    emu.setValues('Data', 'A1', [[1]]);
    expect(emu.run('selected')).toBe('시트1!A1 A1');
    emu.select('Data', 'B3:D4');
    expect(emu.run('selected')).toBe('Data!B3:D4 B3');
    emu.select('시트1', 'E2');
    expect(emu.run('selected')).toBe('시트1!E2 E2');
    emu.run('jump');
    expect(emu.run('selected')).toBe('Data!C7 C7');
  });
});

describe('add-on menus', () => {
  it('createAddonMenu goes under Extensions, titled after the script project', async () => {
    const emu = await create({ projectName: 'Pipeline Sheet' });
    emu.open();
    expect(emu.menus.map((m) => [m.title, !!m.addon, m.items.length])).toEqual([
      ['Pipeline Sheet', true, 1],
      ['Tools', false, 1],
    ]);
    emu.open(); // opening again replaces both, adds none
    expect(emu.menus).toHaveLength(2);
  });
});
