// The one strings table: every user-facing text as an { en, ko } pair, kept in parts by area.
import type { Bilingual } from './lang';
import { ALERT_STRINGS } from './strings/alerts';
import { CELL_STRINGS } from './strings/cells';
import { DASHBOARD_STRINGS } from './strings/dashboard';
import { DEAL_CARD_STRINGS } from './strings/deal-card';
import { EMAIL_STRINGS } from './strings/email';
import { IMPORT_STRINGS } from './strings/import';
import { WORKBOOK_STRINGS } from './strings/workbook';

/** The parts, each a Record of key → { en, ko }; a key stands in one part only (tested). */
export const STRING_PARTS = {
  workbook: WORKBOOK_STRINGS,
  alerts: ALERT_STRINGS,
  email: EMAIL_STRINGS,
  dashboard: DASHBOARD_STRINGS,
  cells: CELL_STRINGS,
  dealCard: DEAL_CARD_STRINGS,
  import: IMPORT_STRINGS,
} as const;

/**
 * Every string. `{name}` is a parameter; `{name|one|other}` is the word for a count of exactly 1
 * or any other count (English plurals). A parameter given in both languages ({ en, ko }) is
 * filled in the string's language.
 */
export const STRINGS = {
  ...WORKBOOK_STRINGS,
  ...ALERT_STRINGS,
  ...EMAIL_STRINGS,
  ...DASHBOARD_STRINGS,
  ...CELL_STRINGS,
  ...DEAL_CARD_STRINGS,
  ...IMPORT_STRINGS,
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;
