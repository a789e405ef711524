// The add-on menu (Extensions → Pipeline Sheet): labels in the spreadsheet's language, items calling entry points by name.
import { wallClock } from '../core/dates';
import { type Lang, type StringKey, say } from '../core/i18n';
import { readWorkbookLang } from '../sheets/workbook';
import { takeTriggerFailure } from '../triggers/trigger-guard';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** The menu's strings: none takes parameters. */
type MenuKey = Extract<StringKey, `menu${string}`>;

/** Menu items in order: the label's string and the entry-point function each runs. */
export const MENU_ITEMS: readonly { label: MenuKey; fn: string }[] = [
  { label: 'menuSetUp', fn: 'menuSetUp' },
  { label: 'menuCheckData', fn: 'menuCheckData' },
  { label: 'menuDealCard', fn: 'menuDealCard' },
  { label: 'menuRefreshDashboard', fn: 'menuRefreshDashboard' },
  { label: 'menuUpdateForecast', fn: 'menuUpdateForecast' },
  // Stall alerts (§5 order: after Refresh dashboard, before Settings).
  { label: 'menuPreviewAlerts', fn: 'menuPreviewAlerts' },
  { label: 'menuSendAlerts', fn: 'menuSendAlerts' },
  { label: 'menuEnableAlerts', fn: 'menuEnableAlerts' },
  { label: 'menuDisableAlerts', fn: 'menuDisableAlerts' },
  { label: 'menuSettings', fn: 'menuOpenSettings' },
];

/**
 * Builds the add-on menu under Extensions, which Sheets titles with the add-on's name (the script
 * project's name while bound). In AuthMode.NONE (add-on installed but not yet used here) nothing
 * else may run, so the spreadsheet is asked for (and its language read) only in other modes.
 * Returns the menu's language, or undefined in AuthMode.NONE.
 */
export function buildMenu(
  ui: GoogleAppsScript.Base.Ui,
  e: { authMode?: unknown } | undefined,
  activeSpreadsheet: () => Spreadsheet | null,
): Lang | undefined {
  const noAuth = isNoAuth(e);
  const lang = noAuth ? 'en' : readLanguage(activeSpreadsheet);
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(say(lang, item.label), item.fn);
  menu.addToUi();
  return noAuth ? undefined : lang;
}

/**
 * Shows the last trigger failure not yet shown as a toast (once: it is removed as it is read).
 * Apps Script emails nobody when an add-on's trigger throws, so this is where anyone sees it.
 */
export function showTriggerFailure(
  spreadsheet: Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  lang: Lang,
): void {
  try {
    const failure = takeTriggerFailure(properties);
    if (!failure) return;
    const w = wallClock(new Date(failure.at), spreadsheet.getSpreadsheetTimeZone());
    const two = (n: number) => String(n).padStart(2, '0');
    const time = `${w.y}-${two(w.m)}-${two(w.d)} ${two(w.h)}:${two(w.min)}`;
    spreadsheet.toast(
      say(lang, 'triggerFailed', { handler: failure.handler, time, reason: failure.reason }),
      say(lang, 'alertsTitle'),
      30,
    );
  } catch {
    // Opening the menu never fails over a notice.
  }
}

function isNoAuth(e?: { authMode?: unknown }): boolean {
  return !!e && String(e.authMode) === 'NONE';
}

/**
 * The workbook's language; English when the spreadsheet cannot be read (one small read of
 * Settings, allowed in AuthMode.LIMITED).
 */
function readLanguage(activeSpreadsheet: () => Spreadsheet | null): Lang {
  try {
    const ss = activeSpreadsheet();
    return ss ? readWorkbookLang(ss) : 'en';
  } catch {
    return 'en';
  }
}
