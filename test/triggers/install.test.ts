// Enabling and disabling daily alerts from the menu: our triggers only, never duplicated, the 20-trigger limit.
import type { Emulator } from '../../emulator';
import { alertEmulator } from '../alerts/alert-fixture';

const deals = [
  { id: 'D-1', owner: 'kim@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-01' },
];

function handlers(emu: Emulator): string[] {
  return emu.triggers
    .list()
    .map((t) => t.handler)
    .sort();
}

/** Someone else's trigger on the same script, created as a script would. */
function addOtherTrigger(emu: Emulator, handler: string): void {
  emu.execute('menu', () => {
    (emu.global as any).ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
  });
}

describe('Enable / Disable daily alerts', () => {
  it('installs one hourly trigger, which does the daily work at the Settings hour in the spreadsheet zone, and the on-edit trigger', async () => {
    const emu = await alertEmulator({
      now: '2026-03-01T05:00:00+09:00',
      addOn: true,
      deals,
      options: { alert_hour: 7 },
    });
    emu.run('menuEnableAlerts');
    expect(handlers(emu)).toEqual(['onPipelineEdit', 'runDailyJob']);
    const tick = emu.triggers.list().find((t) => t.handler === 'runDailyJob')!;
    expect(tick.schedule).toEqual({ kind: 'hours', every: 1 });
    expect(emu.triggers.list().find((t) => t.handler === 'onPipelineEdit')!.eventType).toBe(
      'ON_EDIT',
    );
    expect(emu.uiAlerts.at(-1)).toMatchObject({
      prompt: expect.stringContaining('매일 7시~8시 사이'),
    });

    // Ticks every hour; on each day only the first from 7 Seoul time does the day's work.
    const worked = () =>
      emu.logs.filter((l) => /^Daily stall alerts 2026-/.test(l)).map((l) => l.slice(19, 29));
    emu.advanceClock('2026-03-01T06:59:00+09:00');
    expect(worked()).toEqual([]);
    const fired = emu.advanceClock('2026-03-02T06:59:00+09:00');
    expect(fired.length).toBe(24);
    expect(fired.every((f) => f.handler === 'runDailyJob')).toBe(true);
    expect(worked()).toEqual(['2026-03-01']);
    emu.advanceClock('2026-03-02T23:59:00+09:00');
    expect(worked()).toEqual(['2026-03-01', '2026-03-02']);
    expect(emu.executionLog.filter((e) => e.error)).toEqual([]);
  });

  it('does not start the day before the alert hour', async () => {
    const emu = await alertEmulator({
      now: '2026-03-12T05:00:00+09:00',
      deals,
      options: { alert_hour: 9 },
    });
    emu.run('menuEnableAlerts');
    emu.advanceClock('2026-03-12T08:59:00+09:00');
    expect(emu.outbox).toEqual([]);
    expect(emu.logs.filter((l) => /^Daily stall alerts 2026-/.test(l))).toEqual([]);
    emu.advanceClock('2026-03-12T09:59:00+09:00');
    expect(emu.outbox.map((m) => m.to)).toEqual(['kim@acme.co.kr']);
  });

  it('replaces its triggers when enabled again instead of adding more', async () => {
    const emu = await alertEmulator({ now: '2026-03-01T12:00:00+09:00', deals });
    emu.run('menuEnableAlerts');
    emu.setValues('Settings', 'G5', [[10]]); // alert_hour
    emu.run('menuEnableAlerts');
    emu.run('menuEnableAlerts');
    expect(handlers(emu)).toEqual(['onPipelineEdit', 'runDailyJob']);
    expect(emu.properties.document.get('pipeline.dailyJob.alertHour')).toBe('10');
  });

  it('removes a spent one-off continuation an older version left', async () => {
    const emu = await alertEmulator({ now: '2026-03-01T12:00:00+09:00', deals, addOn: true });
    emu.execute('menu', () => {
      (emu.global as any).ScriptApp.newTrigger('runDailyJobContinuation')
        .timeBased()
        .after(60_000)
        .create();
    });
    emu.run('menuEnableAlerts');
    expect(handlers(emu)).toEqual(['onPipelineEdit', 'runDailyJob']);
  });

  it('Disable removes only our triggers', async () => {
    const emu = await alertEmulator({ now: '2026-03-01T12:00:00+09:00', deals });
    addOtherTrigger(emu, 'somebodyElsesJob');
    emu.run('menuEnableAlerts');
    emu.run('menuDisableAlerts');
    expect(handlers(emu)).toEqual(['somebodyElsesJob']);
    expect(emu.uiAlerts.at(-1)).toMatchObject({
      prompt: expect.stringContaining('매일 알림을 껐습니다'),
    });
  });

  it('explains the 20-trigger limit and changes nothing', async () => {
    const emu = await alertEmulator({ now: '2026-03-01T12:00:00+09:00', deals, locale: 'en_US' });
    for (let i = 0; i < 19; i++) addOtherTrigger(emu, `other${i}`);
    emu.run('menuEnableAlerts');
    expect(handlers(emu)).not.toContain('runDailyJob');
    expect(emu.triggers.list()).toHaveLength(19);
    expect(emu.uiAlerts.at(-1)).toMatchObject({
      prompt: expect.stringContaining('already has 19 triggers and Apps Script allows 20'),
    });
  });

  it('fits when replacing its own triggers at the limit', async () => {
    const emu = await alertEmulator({ now: '2026-03-01T12:00:00+09:00', deals });
    for (let i = 0; i < 18; i++) addOtherTrigger(emu, `other${i}`);
    emu.run('menuEnableAlerts');
    emu.run('menuEnableAlerts');
    expect(emu.triggers.list()).toHaveLength(20);
  });
});
