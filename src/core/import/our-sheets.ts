// Whether a sheet under one of the add-on's names is the add-on's own or a sheet the user made:
// the add-on writes only into its own, and puts its sheet beside a user's one under another name.
import { STRINGS } from '../i18n/strings';
import {
  ALERT_COLUMNS,
  type FieldSpec,
  findColumns,
  HISTORY_COLUMNS,
  SETTINGS_COLUMNS,
  SETTINGS_LAYOUT,
  type SheetKey,
} from '../schema';

const DASHBOARD_TITLES = new Set<string>([STRINGS.dashboardTitle.en, STRINGS.dashboardTitle.ko]);

function isBlank(values: readonly (readonly unknown[])[]): boolean {
  return values.every((r) => r.every((v) => v === '' || v === null || v === undefined));
}

/** A log whose header names most of our columns (a History made by hand with other headers is not ours). */
function hasLogHeader(fields: readonly FieldSpec[], header: readonly unknown[]): boolean {
  return findColumns(fields, header).missing.length <= fields.length / 2;
}

/**
 * True when the first rows of a sheet found under the add-on's name for `key` are the add-on's
 * own (or the sheet is blank, so nothing of the user's is there). Settings must have our stages
 * header and option keys; History and Alerts our headers; the Dashboard our title.
 */
export function isOurSheet(key: SheetKey, firstRows: readonly (readonly unknown[])[]): boolean {
  if (isBlank(firstRows)) return true;
  const header = firstRows[0] ?? [];
  switch (key) {
    case 'settings': {
      const first = SETTINGS_LAYOUT.stages.headers[0];
      const stagesHeader = header[SETTINGS_COLUMNS.stageEn];
      const keyHeader = header[SETTINGS_COLUMNS.optionKey];
      const keys = SETTINGS_LAYOUT.options.headers[2];
      return (
        (stagesHeader === first.en || stagesHeader === first.ko) &&
        (keyHeader === keys.en || keyHeader === keys.ko)
      );
    }
    case 'history':
      return hasLogHeader(HISTORY_COLUMNS, header);
    case 'alerts':
      return hasLogHeader(ALERT_COLUMNS, header);
    case 'dashboard':
      return DASHBOARD_TITLES.has(String(header[0] ?? ''));
    default:
      return true;
  }
}
