// Set-up's first half, which changes nothing: finds the deals table, plans its adoption (conversions,
// fills, stages, currency, language) and builds the report shown before anything is written.
import { readDealRows } from '../core/deals';
import { sameStage } from '../core/history';
import { type Lang, langFromLocale, workbookLang } from '../core/i18n';
import { type AdoptionPlan, type Fill, planAdoption } from '../core/import/adoption-plan';
import type { AdoptionReport } from '../core/import/adoption-report';
import { type CalendarDay, calendarDayPlacer } from '../core/import/date-text';
import { isOurSheet } from '../core/import/our-sheets';
import {
  type ImportedStage,
  readStageHistory,
  type StageHistoryRead,
} from '../core/import/stage-history';
import { BESIDE_SHEET_NAMES, DEAL_COLUMNS, SHEET_NAMES, type SheetKey } from '../core/schema';
import { parseSettings } from '../core/settings';
import { DEFAULT_STAGES, findStage, parseStatus, type Stage } from '../core/stages';
import { type DealsSurvey, OUR_SHEET_NAMES, plannedHeader, surveyDeals } from './deals-sheet';
import { findSheet, readSheetValues } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property naming the sheet to adopt as the deals table when several qualify. */
export const DEALS_SHEET_PROPERTY = 'pipeline.dealsSheet';

export interface SetUpSurvey {
  lang: Lang;
  locale: string;
  timeZone: string;
  /** Settings exists and is the add-on's own. */
  settingsOurs: boolean;
  stages: Stage[];
  deals: DealsSurvey;
  plan: AdoptionPlan;
  /** Blanks filled besides the plan's: deal names, Stage entered of open deals. */
  extraFills: Fill[];
  /** A CRM's stage-history sheet found beside the deals on the first adoption. */
  stageHistory?: StageHistoryRead;
  currency?: { code: string; source: 'data' | 'locale' };
  language?: { lang: Lang; source: 'headers' | 'locale' };
  report: AdoptionReport;
  /** True when set-up would change anything of the user's (ask first). */
  changesUserData: boolean;
}

const LOCALE_CURRENCIES: [RegExp, string][] = [
  [/^ko/i, 'KRW'],
  [/^en_US/i, 'USD'],
  [/^en_GB/i, 'GBP'],
  [/^ja/i, 'JPY'],
  [/^(de|fr|es|it|nl|pt_PT|fi|el)/i, 'EUR'],
];

function localeCurrency(locale: string): string | undefined {
  return LOCALE_CURRENCIES.find(([re]) => re.test(locale))?.[1];
}

/** The language headers are written in: Korean when any has Hangul, English when they are Latin only. */
export function headerLanguage(header: readonly unknown[] | undefined): Lang | undefined {
  const texts = (header ?? []).filter((h): h is string => typeof h === 'string' && h.trim() !== '');
  if (texts.some((t) => /[\uac00-\ud7a3]/.test(t))) return 'ko';
  if (texts.some((t) => /[A-Za-z]/.test(t))) return 'en';
  return undefined;
}

function sameStages(a: readonly Stage[], b: readonly Stage[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (s, i) =>
        s.en === b[i].en &&
        s.ko === b[i].ko &&
        s.probability === b[i].probability &&
        s.stallDays === b[i].stallDays,
    )
  );
}

/** Sheets of the user's under the add-on's usual names, and the names ours will take beside them. */
function besideSheets(ss: Spreadsheet, lang: Lang): { name: string; ours: string }[] {
  const out: { name: string; ours: string }[] = [];
  for (const key of ['settings', 'history', 'alerts', 'dashboard'] as SheetKey[]) {
    const found = findSheet(ss, key);
    const width = found?.getLastColumn() ?? 0;
    if (!found || width < 1) continue;
    const firstRow = found.getRange(1, 1, 1, width).getValues();
    const ours = BESIDE_SHEET_NAMES[key]?.[lang];
    if (!isOurSheet(key, firstRow) && ours) out.push({ name: found.getName(), ours });
  }
  return out;
}

/** The sheet a table with its header below row 1 is copied into: Deals, or beside a sheet so named. */
export function dealsCopyName(ss: Spreadsheet, lang: Lang): string {
  const usual = SHEET_NAMES.deals[lang];
  return ss.getSheetByName(usual) ? (BESIDE_SHEET_NAMES.deals?.[lang] ?? usual) : usual;
}

/** A column of the user's that names a product (for a deal name made of company and product). */
const PRODUCT_HEADER = /^(product|product name|item|제품|제품명|상품|상품명|품목)$/i;

/**
 * Blanks set-up fills from the row's own data: a Deal name (the ID, else company · product, else
 * the company) when the sheet had no Deal column, and Stage entered of open deals from Created.
 */
function planExtraFills(
  table: unknown[][],
  columns: Partial<Record<string, number>>,
  added: readonly string[],
  stages: readonly Stage[],
  timeZone: string,
  plan: AdoptionPlan,
  stageHistory?: ReadonlyMap<string, readonly ImportedStage[]>,
): {
  fills: Fill[];
  names?: { count: number; from: string };
  entered?: { count: number; from: string };
  enteredFromHistory: number;
  closedOn?: { count: number; from: string };
} {
  // The table as it will read after the plan, to see each deal's status and dates.
  // Only rows the plan changes are copied; the others are the table's own rows (read, not written).
  const preview: unknown[][] = table.slice();
  const copied = new Set<number>();
  const place = (row: number, column: number, to: unknown) => {
    if (!copied.has(row)) {
      preview[row] = [...table[row]];
      copied.add(row);
    }
    preview[row][column] = typeof to === 'object' ? dateOf(to as CalendarDay) : to;
  };
  const dateOf = calendarDayPlacer(timeZone);
  for (const c of plan.conversions) place(c.row - 1, c.column, c.to);
  for (const f of plan.fills) place(f.row - 1, f.column, f.value);
  const deals = readDealRows(preview, columns, (l) => findStage(stages, l), parseStatus);
  const fills: Fill[] = [];
  const header = table[0] ?? [];
  const productCol = header.findIndex(
    (h) => typeof h === 'string' && PRODUCT_HEADER.test(h.trim()),
  );
  let names: { count: number; from: string } | undefined;
  if (added.includes('deal') && columns.deal !== undefined) {
    const from = [header[columns.dealId ?? -1], header[columns.company ?? -1], header[productCol]]
      .filter((h) => typeof h === 'string' && h)
      .join(' / ');
    let count = 0;
    for (const d of deals) {
      const product = productCol >= 0 ? String(preview[d.row - 1][productCol] ?? '').trim() : '';
      const name =
        d.dealId || (d.company && product ? `${d.company} · ${product}` : d.company || product);
      if (!name) continue;
      fills.push({ row: d.row, column: columns.deal, field: 'deal', value: name });
      count++;
    }
    names = { count, from };
  }
  let entered: { count: number; from: string } | undefined;
  let enteredFromHistory = 0;
  if (columns.stageEntered !== undefined) {
    let count = 0;
    for (const d of deals) {
      if (d.status !== 'open' || d.stageEntered) continue;
      // The day it moved into the stage it is in, when the stage history says so; else Created.
      const steps = stageHistory?.get(d.dealId);
      const last = steps?.[steps.length - 1];
      const logged =
        last !== undefined && last.status === 'open' && sameStage(last.stage, d.stageText, stages);
      const value = logged ? last.at : d.created;
      if (!value) continue;
      fills.push({ row: d.row, column: columns.stageEntered, field: 'stageEntered', value });
      if (logged) enteredFromHistory++;
      else count++;
    }
    if (columns.created !== undefined)
      entered = { count, from: String(header[columns.created] ?? '') };
  }
  // Closed on is the add-on's column: when set-up adds it, an export's close date on a closed row
  // (Maven close_date, Salesforce CloseDate) is the day the deal closed. Open rows keep it blank.
  let closedOn: { count: number; from: string } | undefined;
  if (
    added.includes('closedOn') &&
    columns.closedOn !== undefined &&
    columns.expectedClose !== undefined
  ) {
    let count = 0;
    for (const d of deals) {
      if (d.status === 'open' || d.closedOn || !d.expectedClose) continue;
      fills.push({
        row: d.row,
        column: columns.closedOn,
        field: 'closedOn',
        value: d.expectedClose,
      });
      count++;
    }
    closedOn = { count, from: String(header[columns.expectedClose] ?? '') };
  }
  return { fills, names, entered, enteredFromHistory, closedOn };
}

/**
 * A CRM's stage-history sheet beside the deals (Salesforce's Opportunity History), looked for on
 * the first adoption only (History has no rows yet) among the user's other sheets, each read once
 * (the deals survey's reads are reused). Needs the deals' own IDs to match its rows.
 */
function surveyStageHistory(
  ss: Spreadsheet,
  deals: DealsSurvey,
  idCol: number | undefined,
  timeZone: string,
  locale: string,
): StageHistoryRead | undefined {
  if (idCol === undefined || !deals.sheet) return undefined;
  const history = findSheet(ss, 'history');
  if (history && history.getLastRow() > 1) return undefined;
  const ids = new Set<string>();
  for (const row of deals.table.slice(1)) {
    const id = String(row[idCol] ?? '').trim();
    if (id) ids.add(id);
  }
  if (ids.size === 0) return undefined;
  const dealsName = deals.sheet.getName();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (name === dealsName || OUR_SHEET_NAMES.has(name) || sheet.getLastColumn() < 1) continue;
    const values = deals.read.get(name) ?? readSheetValues(sheet);
    const found = readStageHistory(name, values, ids, timeZone, locale);
    if (found) return found;
  }
  return undefined;
}

/** Everything set-up will do to the user's data, found with reads only. */
export function surveySetUp(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): SetUpSurvey {
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  const settingsSheet = findSheet(ss, 'settings');
  const settingsValues = readSheetValues(settingsSheet);
  const settingsOurs =
    settingsValues.length > 0 && isOurSheet('settings', settingsValues.slice(0, 1));
  const settings = parseSettings(settingsOurs ? settingsValues : []).settings;
  const deals = surveyDeals(ss, props.getProperty(DEALS_SHEET_PROPERTY) ?? undefined);
  let lang: Lang;
  let language: SetUpSurvey['language'];
  if (settingsOurs) lang = workbookLang(settings.language, locale);
  else {
    const fromHeaders = deals.sheet ? headerLanguage(deals.table[0]) : undefined;
    lang = fromHeaders ?? langFromLocale(locale);
    language = { lang, source: fromHeaders ? 'headers' : 'locale' };
  }
  const planned = plannedHeader(deals.table, lang);
  const amountCol = planned.header.columns.amount;
  const amountFormat =
    deals.sheet &&
    amountCol !== undefined &&
    amountCol < (deals.table[0]?.length ?? 0) &&
    deals.table.length > 1
      ? deals.sheet.getRange(deals.headerRow + 2, amountCol + 1).getNumberFormat()
      : undefined;
  const plan = planAdoption({
    values: deals.table,
    headerRow: 0,
    columns: DEAL_COLUMNS.filter((c) => planned.header.columns[c.key] !== undefined).map((c) => ({
      field: c.key,
      kind: c.kind,
      index: planned.header.columns[c.key] as number,
    })),
    stages: settings.stages,
    stagesReplaceable: !settingsOurs || sameStages(settings.stages, DEFAULT_STAGES),
    locale,
    amountFormat,
  });
  const idCol = planned.header.columns.dealId;
  const stageHistory = surveyStageHistory(
    ss,
    deals,
    idCol !== undefined && idCol < (deals.table[0]?.length ?? 0) ? idCol : undefined,
    timeZone,
    locale,
  );
  const extra = planExtraFills(
    deals.table,
    planned.header.columns,
    planned.added,
    plan.stages,
    timeZone,
    plan,
    stageHistory?.byDeal,
  );
  let currency: SetUpSurvey['currency'];
  if (!settingsOurs) {
    if (plan.currency) currency = { code: plan.currency, source: 'data' };
    else {
      const code = localeCurrency(locale);
      if (code) currency = { code, source: 'locale' };
    }
  }
  const beside = besideSheets(ss, lang);
  const headers: Record<string, string> = {};
  for (const c of DEAL_COLUMNS) {
    const i = planned.header.columns[c.key];
    if (i !== undefined) headers[c.key] = String(planned.row[i]);
  }
  const report: AdoptionReport = {
    lang,
    sheet: deals.sheet?.getName() ?? '',
    headerRow: deals.headerRow + 1,
    deals: plan.deals,
    choice: deals.choice,
    copiedTo: deals.sheet && deals.headerRow > 0 ? dealsCopyName(ss, lang) : undefined,
    beside,
    plan,
    headers,
    statusFilled: plan.fills.length,
    namesFilled: extra.names,
    enteredFilled: extra.entered,
    closedOnFilled: extra.closedOn,
    currency,
    language,
    baselines: 0,
    stageHistory: stageHistory && {
      sheet: stageHistory.sheet,
      rows: stageHistory.rows,
      deals: stageHistory.byDeal.size,
      unknownDeal: stageHistory.unknownDeal,
      unreadable: stageHistory.unreadable,
      repeats: stageHistory.repeats,
      entered: extra.enteredFromHistory,
    },
  };
  const stagesChange = !sameStages(plan.stages, settings.stages);
  return {
    lang,
    locale,
    timeZone,
    settingsOurs,
    stages: plan.stages,
    deals,
    plan,
    extraFills: extra.fills,
    stageHistory,
    currency,
    language,
    report,
    changesUserData:
      (deals.sheet !== null && (!deals.named || deals.headerRow > 0)) ||
      plan.conversions.length > 0 ||
      plan.fills.length > 0 ||
      extra.fills.length > 0 ||
      stageHistory !== undefined ||
      stagesChange ||
      beside.length > 0,
  };
}
