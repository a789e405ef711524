// Every trigger handler checks authorization first, and a trigger's failure is shown at the next open.
import type { Emulator } from '../../emulator';
import { alertEmulator, alertRows } from '../alerts/alert-fixture';

const deals = [
  { id: 'D-1', owner: 'kim@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-01' },
];

function historyRows(emu: Emulator): number {
  return emu.getValues('Stage history').length;
}

describe('a trigger when the add-on needs authorization again', () => {
  it('does nothing but email its installer the link, at most once a day, in Korean and English', async () => {
    // 09:30 in Seoul is 00:30 UTC: the notices' days (UTC) match Seoul's from here.
    const emu = await alertEmulator({ now: '2026-03-12T09:30:00+09:00', deals, addOn: true });
    emu.run('menuEnableAlerts');
    emu.triggers.authorization = { required: true, url: 'https://example.com/authorize-again' };
    const history = historyRows(emu);

    emu.advanceClock('2026-03-12T12:00:00+09:00');
    emu.userEdit('Deals', 'D2', 'Negotiation');
    emu.advanceClock('2026-03-13T12:00:00+09:00');
    expect(emu.executionLog.filter((e) => e.error)).toEqual([]);
    // No digest, no History row, no Alerts row: only the notices, one per day (UTC days).
    expect(alertRows(emu)).toEqual([]);
    expect(historyRows(emu)).toBe(history);
    expect(emu.outbox.map((m) => m.to)).toEqual(['lead@acme.co.kr', 'lead@acme.co.kr']);
    const notice = emu.outbox[0];
    expect(notice.body).toContain('https://example.com/authorize-again');
    expect(notice.body).toContain('다시 승인할 때까지');
    expect(notice.body).toContain('authorize Pipeline Sheet again');

    // Authorized again: the next tick does the day's work (History catches up on the missed edit).
    emu.triggers.authorization = { ...emu.triggers.authorization, required: false };
    emu.advanceClock('2026-03-13T13:45:00+09:00');
    expect(emu.logs.filter((l) => /^Daily stall alerts 2026-03-13/.test(l))).toHaveLength(1);
    expect(historyRows(emu)).toBe(history + 1);
  });
});

describe('a trigger that throws', () => {
  it('records when and why, shown once as a toast at the next open', async () => {
    const emu = await alertEmulator({ now: '2026-03-12T07:30:00+09:00', deals, locale: 'en_US' });
    emu.run('menuEnableAlerts');
    const g = emu.global as Record<string, unknown>;
    const real = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    // A transient service error, as Sheets sometimes gives a trigger.
    g.SpreadsheetApp = new Proxy(real, {
      get(target, key) {
        if (key === 'getActiveSpreadsheet')
          return () => {
            throw new Error('Service Spreadsheets timed out while accessing document');
          };
        return Reflect.get(target, key);
      },
    });
    const fired = emu.advanceClock('2026-03-12T08:45:00+09:00');
    expect(fired.map((f) => f.error)).toEqual([
      expect.stringContaining('Service Spreadsheets timed out'),
    ]);
    g.SpreadsheetApp = real;

    emu.open();
    expect(emu.toasts.map((t) => t.message)).toEqual([
      'A background run (runDailyJob) failed at 2026-03-12 08:30: Service Spreadsheets timed out while accessing document',
    ]);
    // Shown once; AuthMode.NONE shows nothing.
    emu.open();
    emu.open({ authMode: 'NONE' });
    expect(emu.toasts).toHaveLength(1);
  });
});
