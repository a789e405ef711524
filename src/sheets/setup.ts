// "Set up / upgrade pipeline": surveys, asks, then creates or upgrades every sheet; never overwrites what a user typed.
import { type Deal, readDealRows } from '../core/deals';
import { planImportBaseline } from '../core/history';
import { type Lang, langFromLocale, say } from '../core/i18n';
import {
  type AdoptionReport,
  adoptionReportLines,
  adoptionSummary,
} from '../core/import/adoption-report';
import { planDefaultProbabilities } from '../core/probability-defaults';
import { SPARE_ROWS } from '../core/range-reach';
import {
  DEAL_COLUMNS,
  type DealField,
  HISTORY_COLUMNS,
  SHEET_NAMES,
  type SheetKey,
} from '../core/schema';
import { parseSettings } from '../core/settings';
import { findStage, parseStatus } from '../core/stages';
import { writeAdoption } from './adopt-deals';
import { assignDealIds } from './deal-ids';
import { upgradeDealsSheet } from './deals-sheet';
import { formatDeals } from './formatting';
import { ensureDashboardSheet, ensureLogSheet } from './log-sheets';
import { pointAllRanges } from './range-reach';
import { ensureSettingsSheet } from './settings-sheet';
import { surveySetUp } from './setup-survey';
import { appendRows, ensureRows, writeDealColumn } from './workbook';

/** Document property holding the last adoption report as JSON counts. */
export const ADOPTION_REPORT_PROPERTY = 'pipeline.adoptionReport';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The services set-up uses, passed in so tests and the emulator can hand in their own. */
export interface SetUpServices {
  app: Pick<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    'newDataValidation' | 'newConditionalFormatRule'
  >;
  documentProperties: GoogleAppsScript.Properties.Properties;
  now: Date;
  /**
   * Shown the adoption report before anything of the user's changes; returning false cancels and
   * nothing is written. Without it set-up goes ahead.
   */
  confirm?: (title: string, report: string) => boolean;
  /** Who runs set-up, for the History import rows ('' when unknown). */
  user?: string;
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
  /** What was decided about the user's deals table (sheet, mapping, conversions, stages …). */
  adoption: AdoptionReport;
  /** The adoption changed something of the user's (the report then lists it). */
  adoptionChanged: boolean;
  /** The user declined the report: nothing was changed. */
  cancelled?: boolean;
}

/**
 * Sets the pipeline up or upgrades it in place: surveys the workbook and plans the adoption of
 * the user's deals table (reads only), shows that report through `confirm` when it would change
 * anything of theirs, then writes Settings, Deals (conversions, fills, missing columns), History
 * (one import baseline per deal on the first adoption), Alerts and Dashboard, Deal IDs,
 * validation, formats, banding, named ranges and stalled-row colours, reaching the end of each
 * grid with spare rows below the data. Idempotent.
 */
export function setUpPipeline(ss: Spreadsheet, services: SetUpServices): SetUpReport {
  const survey = surveySetUp(ss, services.documentProperties);
  const { lang, plan } = survey;
  const empty = {
    lang,
    createdSheets: [],
    matched: [],
    addedColumns: [],
    userColumns: [],
    idsAssigned: 0,
    probabilitiesFilled: 0,
    optionsAdded: [],
    historyColumnsAdded: [],
    adoption: survey.report,
    adoptionChanged: survey.changesUserData,
  };
  if (
    survey.changesUserData &&
    services.confirm &&
    !services.confirm(
      say(lang, 'setUpTitle'),
      [...adoptionReportLines(survey.report), '', say(lang, 'adoptConfirm')].join('\n'),
    )
  )
    return { ...empty, cancelled: true };
  ss.toast(say(lang, 'setUpStarted'), say(lang, 'setUpTitle'));
  const createdSheets: SheetKey[] = [];

  const settings = ensureSettingsSheet(ss, lang, services.now, {
    stages: plan.stages,
    currency: survey.currency?.code,
    language:
      survey.language && survey.language.lang !== langFromLocale(survey.locale)
        ? survey.language.lang
        : undefined,
  });
  if (settings.created) createdSheets.push('settings');
  const parsed = parseSettings(settings.values).settings;

  const deals = upgradeDealsSheet(ss, survey.deals, lang);
  if (deals.created) createdSheets.push('deals');
  const dealsSnapshot = {
    deals: { sheet: deals.sheet, values: deals.values, header: deals.header, rows: [] as Deal[] },
  };
  writeAdoption(
    dealsSnapshot,
    { conversions: plan.conversions, fills: [...plan.fills, ...survey.extraFills] },
    survey.timeZone,
  );
  const rows = readDealRows(
    deals.values,
    deals.header.columns,
    (label) => findStage(parsed.stages, label),
    parseStatus,
    ss.getSpreadsheetTimeZone(),
  );
  dealsSnapshot.deals.rows = rows;
  const idsAssigned = assignDealIds(dealsSnapshot, services.documentProperties);
  const probabilities = planDefaultProbabilities(rows, parsed.stages);
  writeDealColumn(dealsSnapshot, 'probability', probabilities);

  const history = ensureLogSheet(ss, 'history', lang);
  if (history.created) createdSheets.push('history');
  let baselines = 0;
  // The first adoption (History has no rows yet) records what each deal arrived with.
  if (history.sheet && history.sheet.getLastRow() <= 1) {
    const baseline = planImportBaseline(
      rows,
      [history.header ?? []],
      services.now,
      services.user ?? '',
      lang,
      survey.stageHistory?.byDeal,
    );
    // Room for the baseline and the first couple of thousand changes below it: History's grid grows
    // once here (at any size), not again in the first days' jobs.
    if (baseline.historyRows.length > 0)
      ensureRows(history.sheet, 1 + baseline.historyRows.length + 2 * SPARE_ROWS);
    appendRows(history.sheet, baseline.historyRows);
    baselines = baseline.changes.filter((c) => c.source === 'import').length;
  }
  if (ensureLogSheet(ss, 'alerts', lang).created) createdSheets.push('alerts');
  if (ensureDashboardSheet(ss, lang, say(lang, 'dashboardTitle')).created)
    createdSheets.push('dashboard');

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

  const adoption = { ...survey.report, baselines };
  const adoptionChanged = survey.changesUserData || baselines > 0;
  // What the last adoption decided stays readable (npm start's summary, support) as plain counts.
  if (adoptionChanged)
    services.documentProperties.setProperty(
      ADOPTION_REPORT_PROPERTY,
      JSON.stringify(adoptionSummary(adoption)),
    );
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
    adoption,
    adoptionChanged,
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
  if (report.adoptionChanged) lines.push(...adoptionReportLines(report.adoption));
  if (report.cancelled) return [say(lang, 'adoptCancelled'), ...lines.slice(1)].join('\n');
  if (lines.length === 1) lines.push(say(lang, 'setUpNothing'));
  return lines.join('\n');
}
