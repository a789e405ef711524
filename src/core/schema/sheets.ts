// Managed sheets: their names in each language and the other names they are found under.
import type { Lang } from '../i18n';

export type SheetKey =
  | 'deals'
  | 'settings'
  | 'history'
  | 'alerts'
  | 'dashboard'
  | 'forecastModel'
  | 'forecastLog';

/**
 * Sheet names by language; a sheet is found under either name. The English History sheet is
 * "Stage history": Excel reserves the name "History", so a workbook with it could not be
 * downloaded as .xlsx and opened there. A sheet named "History" is still found (see OTHER_SHEET_NAMES).
 */
export const SHEET_NAMES: Record<SheetKey, Record<Lang, string>> = {
  deals: { en: 'Deals', ko: '딜' },
  settings: { en: 'Settings', ko: '설정' },
  history: { en: 'Stage history', ko: '이력' },
  alerts: { en: 'Alerts', ko: '알림 기록' },
  dashboard: { en: 'Dashboard', ko: '대시보드' },
  forecastModel: { en: 'Forecast model', ko: '예측 모델' },
  forecastLog: { en: 'Forecast log', ko: '예측 기록' },
};

/** Further names a sheet is found under (older or hand-made workbooks). */
export const OTHER_SHEET_NAMES: Partial<Record<SheetKey, readonly string[]>> = {
  history: ['History', '단계 이력'],
};

/**
 * Names the add-on gives its own sheet when the workbook already has a sheet of the user's under
 * the usual name (their own Settings or History): ours goes beside it, theirs is never written.
 */
export const BESIDE_SHEET_NAMES: Partial<Record<SheetKey, Record<Lang, string>>> = {
  deals: { en: 'Pipeline deals', ko: '파이프라인 딜' },
  settings: { en: 'Pipeline settings', ko: '파이프라인 설정' },
  history: { en: 'Pipeline stage history', ko: '파이프라인 이력' },
  alerts: { en: 'Pipeline alerts', ko: '파이프라인 알림 기록' },
  dashboard: { en: 'Pipeline dashboard', ko: '파이프라인 대시보드' },
};

/** Every name the sheet for `key` may have, preferred first: a sheet beside the user's wins. */
export function sheetNamesFor(key: SheetKey): string[] {
  const beside = BESIDE_SHEET_NAMES[key];
  return [
    ...(beside ? [beside.en, beside.ko] : []),
    SHEET_NAMES[key].en,
    SHEET_NAMES[key].ko,
    ...(OTHER_SHEET_NAMES[key] ?? []),
  ];
}
