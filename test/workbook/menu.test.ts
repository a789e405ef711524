// The add-on menu through the emulator: under Extensions, language by locale or Settings, menus only in AuthMode NONE, every item wired.
import { emulator } from './emulator-setup';

const KO_ITEMS = [
  '파이프라인 설정 / 업그레이드',
  '데이터 점검',
  '딜 카드 (선택한 행)',
  '대시보드 새로 고침',
  '예측 갱신',
  '정체 알림 미리 보기',
  '정체 알림 지금 보내기',
  '매일 알림 켜기',
  '매일 알림 끄기',
  '설정',
];

describe('menu', () => {
  it('is the add-on menu under Extensions, Korean for a Korean spreadsheet, every item wired', async () => {
    const emu = await emulator();
    emu.open();
    expect(emu.menus.map((m) => [m.title, m.addon])).toEqual([['Pipeline Sheet', true]]);
    const menu = emu.menus[0];
    expect(menu?.items.map((i) => i.caption)).toEqual(KO_ITEMS);
    for (const item of menu?.items ?? [])
      expect(typeof (emu.global as Record<string, unknown>)[item.functionName]).toBe('function');
  });

  it('follows the Settings language over the locale', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    emu.setValues('설정', 'G3', [['en']]);
    emu.open();
    expect(emu.menus[0]?.items[0].caption).toBe('Set up / upgrade pipeline');
  });

  it('builds the menu in AuthMode NONE without reading the spreadsheet', async () => {
    const emu = await emulator();
    emu.calls.reset();
    emu.open({ authMode: 'NONE' });
    expect(emu.menus.map((m) => [m.title, m.addon])).toEqual([['Pipeline Sheet', true]]);
    expect(emu.menus[0].items[0].caption).toBe('Set up / upgrade pipeline');
    expect(emu.calls.counts.read).toBe(0);
    expect(emu.calls.byMethod.get('SpreadsheetApp.getActiveSpreadsheet')).toBeUndefined();
  });

  it('onInstall builds the same menu as onOpen', async () => {
    const emu = await emulator();
    emu.run('onInstall', { mode: 'simple-trigger', event: { authMode: 'NONE' } });
    expect(emu.menus).toHaveLength(1);
    expect(emu.menus[0]).toMatchObject({ title: 'Pipeline Sheet', addon: true });
    expect(emu.menus[0].items.map((i) => i.functionName)).toContain('menuDealCard');
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
