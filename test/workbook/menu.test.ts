// The Pipeline menu through the emulator: language by locale or Settings, safe in AuthMode NONE, every item wired.
import { emulator } from './emulator-setup';

const KO_ITEMS = [
  '파이프라인 설정 / 업그레이드',
  '데이터 점검',
  '대시보드 새로 고침',
  '정체 알림 미리 보기',
  '정체 알림 지금 보내기',
  '매일 알림 켜기',
  '매일 알림 끄기',
  '설정',
];

describe('menu', () => {
  it('is Korean for a Korean spreadsheet and every item names an existing function', async () => {
    const emu = await emulator();
    emu.open();
    const menu = emu.menus.find((m) => m.title === '파이프라인');
    expect(menu?.items.map((i) => i.caption)).toEqual(KO_ITEMS);
    for (const item of menu?.items ?? [])
      expect(typeof (emu.global as Record<string, unknown>)[item.functionName]).toBe('function');
  });

  it('follows the Settings language over the locale', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    emu.setValues('설정', 'G3', [['en']]);
    emu.open();
    const menu = emu.menus.find((m) => m.title === 'Pipeline');
    expect(menu?.items[0].caption).toBe('Set up / upgrade pipeline');
  });

  it('builds the menu in AuthMode NONE without reading the spreadsheet', async () => {
    const emu = await emulator();
    emu.calls.reset();
    emu.run('onOpen', { mode: 'simple-trigger', event: { authMode: 'NONE' } });
    expect(emu.menus.map((m) => m.title)).toContain('Pipeline');
    expect(emu.calls.counts.read).toBe(0);
    expect(emu.calls.byMethod.get('SpreadsheetApp.getActiveSpreadsheet')).toBeUndefined();
  });

  it('Settings opens the Settings sheet, or explains how to create it', async () => {
    const emu = await emulator();
    emu.run('menuOpenSettings');
    expect(emu.uiAlerts.at(-1)?.prompt).toContain(
      '먼저 "파이프라인 설정 / 업그레이드"를 실행하세요',
    );
    emu.run('menuSetUp');
    emu.run('menuOpenSettings');
    expect(emu.workbook.activeSheet().name).toBe('설정');
  });
});
