// The Pipeline menu: labels in the spreadsheet's language, items calling entry points by name.
import { type Lang, langFromLocale } from '../core/i18n';
import { MESSAGES } from '../core/messages';
import { parseSettings } from '../core/settings';
import { findSheet, readSheetValues, workbookLang } from '../sheets/workbook';

/** Menu items: label per language and the entry-point function each runs. */
export const MENU_ITEMS: readonly { en: string; ko: string; fn: string }[] = [
  { ...MESSAGES.menuSetUp, fn: 'menuSetUp' },
  { ...MESSAGES.menuCheckData, fn: 'menuCheckData' },
  { en: 'Refresh dashboard', ko: '대시보드 새로 고침', fn: 'menuRefreshDashboard' },
  // Stall alerts (§5 order: after Refresh dashboard, before Settings).
  { en: 'Preview stall alerts', ko: '정체 알림 미리 보기', fn: 'menuPreviewAlerts' },
  { en: 'Send stall alerts now', ko: '정체 알림 지금 보내기', fn: 'menuSendAlerts' },
  { en: 'Enable daily alerts', ko: '매일 알림 켜기', fn: 'menuEnableAlerts' },
  { en: 'Disable daily alerts', ko: '매일 알림 끄기', fn: 'menuDisableAlerts' },
  { ...MESSAGES.menuSettings, fn: 'menuOpenSettings' },
];

export const MENU_TITLE = { en: 'Pipeline', ko: '파이프라인' } as const;

/**
 * Builds the menu. In AuthMode.NONE (add-on installed but not yet used here) nothing else may run,
 * so the language comes from the spreadsheet locale only when it can be read.
 */
export function buildMenu(
  ui: GoogleAppsScript.Base.Ui,
  e?: { authMode?: unknown },
  lang?: Lang,
): void {
  const language = lang ?? (isNoAuth(e) ? 'en' : readLanguage());
  const menu = ui.createMenu(MENU_TITLE[language]);
  for (const item of MENU_ITEMS) menu.addItem(item[language], item.fn);
  menu.addToUi();
}

function isNoAuth(e?: { authMode?: unknown }): boolean {
  return !!e && String(e.authMode) === 'NONE';
}

/**
 * The Settings language choice, else the spreadsheet locale's; English when the spreadsheet
 * cannot be read (one small read of Settings, allowed in AuthMode.LIMITED).
 */
function readLanguage(): Lang {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) return 'en';
    const { settings } = parseSettings(readSheetValues(findSheet(ss, 'settings')));
    return workbookLang(settings, ss.getSpreadsheetLocale());
  } catch {
    return langFromLocale(undefined);
  }
}
