// "Set up / upgrade pipeline": creates or upgrades every sheet without touching user data; idempotent.
import { readDealRows } from '../core/deals';
import type { Lang } from '../core/i18n';
import { say } from '../core/i18n';
import { planDefaultProbabilities } from '../core/probability-defaults';
import {
  DEAL_COLUMNS,
  type DealField,
  HISTORY_COLUMNS,
  SHEET_NAMES,
  type SheetKey,
} from '../core/schema';
import { parseSettings } from '../core/settings';
import { findStage, parseStatus } from '../core/stages';
import { assignDealIds } from './deal-ids';
import { ensureDealsSheet } from './deals-sheet';
import { formatDeals } from './formatting';
import { ensureDashboardSheet, ensureLogSheet } from './log-sheets';
import { pointAllRanges } from './range-reach';
import { ensureSettingsSheet } from './settings-sheet';
import { readWorkbookLang, writeDealColumn } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The services set-up uses, passed in so tests and the emulator can hand in their own. */
export interface SetUpServices {
  app: Pick<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    'newDataValidation' | 'newConditionalFormatRule'
  >;
  documentProperties: GoogleAppsScript.Properties.Properties;
  now: Date;
}

/** What set-up found and changed, for the report shown to the user. */
export interface SetUpReport {
  lang: Lang;
  createdSheets: SheetKey[];
  adopted?: { from: string; to: string };
  matched: { field: DealField; header: string }[];
  addedColumns: DealField[];
  userColumns: string[];
  idsAssigned: number;
  /** Open deals whose blank probability was set to their stage's default. */
  probabilitiesFilled: number;
  optionsAdded: string[];
  historyColumnsAdded: string[];
}

/**
 * Sets the pipeline up or upgrades it in place: Settings, Deals (adopting a hand-made sheet),
 * History, Alerts and Dashboard; missing columns and options; Deal IDs; validation, formats,
 * banding, named ranges and stalled-row colours, reaching the end of each grid with spare rows
 * below the data. Running it twice changes nothing the second time.
 */
export function setUpPipeline(ss: Spreadsheet, services: SetUpServices): SetUpReport {
  // The workbook's language before set-up: Settings' choice if it exists, else the locale.
  const lang = readWorkbookLang(ss);
  ss.toast(say(lang, 'setUpStarted'), say(lang, 'setUpTitle'));
  const createdSheets: SheetKey[] = [];

  const settings = ensureSettingsSheet(ss, lang, services.now);
  if (settings.created) createdSheets.push('settings');
  const parsed = parseSettings(settings.values).settings;

  const deals = ensureDealsSheet(ss, lang);
  if (deals.created) createdSheets.push('deals');
  const rows = readDealRows(
    deals.values,
    deals.header.columns,
    (label) => findStage(parsed.stages, label),
    parseStatus,
    ss.getSpreadsheetTimeZone(),
  );
  const dealsSnapshot = {
    deals: { sheet: deals.sheet, values: deals.values, header: deals.header, rows },
  };
  const idsAssigned = assignDealIds(dealsSnapshot, services.documentProperties);
  const probabilities = planDefaultProbabilities(rows, parsed.stages);
  writeDealColumn(dealsSnapshot, 'probability', probabilities);

  const history = ensureLogSheet(ss, 'history', lang);
  if (history.created) createdSheets.push('history');
  if (ensureLogSheet(ss, 'alerts', lang).created) createdSheets.push('alerts');
  if (ensureDashboardSheet(ss, lang, say(lang, 'dashboardTitle'))) createdSheets.push('dashboard');

  ss.toast(say(lang, 'setUpFormatting'), say(lang, 'setUpTitle'));
  const width = deals.values[0].length;
  const reach = pointAllRanges(ss, services.app, {
    lang,
    deals: { sheet: deals.sheet, header: deals.header, width, lastDataRow: deals.values.length },
    settings: {
      sheet: settings.sheet,
      lastDataRow: settings.values.length,
      optionRows: settings.optionRows,
    },
  });
  formatDeals(deals.sheet, deals.header, width, reach.deals);
  ss.toast(say(lang, 'setUpDone'), say(lang, 'setUpTitle'));

  return {
    lang,
    createdSheets,
    adopted: deals.adopted,
    matched: deals.matched,
    addedColumns: deals.created ? [] : deals.added,
    userColumns: deals.userColumns,
    idsAssigned,
    probabilitiesFilled: probabilities.size,
    optionsAdded: settings.optionsAdded,
    historyColumnsAdded: history.added,
  };
}

/** Column header in the report's language. */
function columnName(field: DealField, lang: Lang): string {
  return DEAL_COLUMNS.find((c) => c.key === field)?.[lang] ?? field;
}

/** The set-up report as lines of text in the workbook's language. */
export function setUpReportText(report: SetUpReport): string {
  const { lang } = report;
  const lines: string[] = [say(lang, 'setUpDone')];
  if (report.createdSheets.length)
    lines.push(
      say(lang, 'setUpCreatedSheets', {
        names: report.createdSheets.map((k) => SHEET_NAMES[k][lang]).join(', '),
      }),
    );
  if (report.adopted) {
    lines.push(say(lang, 'setUpAdopted', { name: report.adopted.from }));
    if (report.adopted.to !== report.adopted.from)
      lines.push(say(lang, 'setUpRenamed', { name: report.adopted.to }));
  }
  if (report.adopted || report.addedColumns.length) {
    const matched = report.matched.map((m) =>
      m.header === columnName(m.field, lang)
        ? m.header
        : `${m.header} → ${columnName(m.field, lang)}`,
    );
    if (matched.length) lines.push(say(lang, 'setUpMatched', { list: matched.join(', ') }));
  }
  if (report.addedColumns.length)
    lines.push(
      say(lang, 'setUpAddedColumns', {
        list: report.addedColumns.map((f) => columnName(f, lang)).join(', '),
      }),
    );
  if (report.userColumns.length && (report.adopted || report.addedColumns.length))
    lines.push(say(lang, 'setUpUserColumns', { list: report.userColumns.join(', ') }));
  if (report.idsAssigned) lines.push(say(lang, 'setUpIds', { count: report.idsAssigned }));
  if (report.probabilitiesFilled)
    lines.push(say(lang, 'setUpProbabilities', { count: report.probabilitiesFilled }));
  if (report.optionsAdded.length)
    lines.push(say(lang, 'setUpOptions', { list: report.optionsAdded.join(', ') }));
  if (report.historyColumnsAdded.length)
    lines.push(
      say(lang, 'setUpHistoryColumns', {
        list: report.historyColumnsAdded
          .map((k) => HISTORY_COLUMNS.find((c) => c.key === k)?.[lang] ?? k)
          .join(', '),
      }),
    );
  if (lines.length === 1) lines.push(say(lang, 'setUpNothing'));
  return lines.join('\n');
}
