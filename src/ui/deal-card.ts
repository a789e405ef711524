// The deal card sidebar's server side: opens it for the selected row and runs its actions, one batch each.
import { type DealActionPlan, parseDealAction, planDealAction } from '../core/deal-card/actions';
import { buildDealCard } from '../core/deal-card/card';
import type { CardMessage } from '../core/deal-card/card-messages';
import { planDealIds } from '../core/deal-ids';
import { type Deal, readDealRows } from '../core/deals';
import { say, sayWith } from '../core/i18n';
import { dealColumn, HISTORY_COLUMNS } from '../core/schema';
import { findStage, parseStatus } from '../core/stages';
import { NEXT_DEAL_NUMBER_PROPERTY } from '../sheets/deal-ids';
import { writeDealRow } from '../sheets/deal-row';
import { ensureLogSheet } from '../sheets/log-sheets';
import { appendRows, findSheet, readWorkbook, type WorkbookSnapshot } from '../sheets/workbook';
import { dealCardFragment, dealCardPage } from './deal-card-html';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DealCardServices {
  documentProperties: GoogleAppsScript.Properties.Properties;
  now: Date;
  /** Who acts, for History (may be blank). */
  user: string;
}

/** Which deal the sidebar shows: its row when the card was drawn, its ID and name. */
export interface DealRef {
  row: number;
  dealId: string;
  name: string;
}

/** What a sidebar call returns to the page: the card's new HTML and a line saying what happened. */
export interface DealCardReply {
  html: string;
  notice: string;
}

/** A refusal shown in the sidebar; nothing was written. */
export class DealCardError extends Error {}

function fail(snapshot: Pick<WorkbookSnapshot, 'lang'>, message: CardMessage): never {
  throw new DealCardError(sayWith(snapshot.lang, message.key, message.params ?? {}));
}

function cardHtml(snapshot: WorkbookSnapshot, deal: Deal, now: Date): string {
  const view = buildDealCard({
    deal,
    deals: snapshot.deals.rows,
    historyValues: snapshot.history.values,
    rules: snapshot.settings,
    lang: snapshot.lang,
    today: now,
    timeZone: snapshot.timeZone,
  });
  return dealCardFragment(view, snapshot.lang, snapshot.settings.currency);
}

/** The deal on the selected row, or a refusal naming the sheet and row. */
function selectedDeal(ss: Spreadsheet, snapshot: WorkbookSnapshot): Deal {
  if (!snapshot.deals.sheet) fail(snapshot, { key: 'cardErrNoDealsSheet' });
  const range = ss.getActiveRange();
  const sheet = range ? range.getSheet() : ss.getActiveSheet();
  const row = range ? range.getRow() : 1;
  const name = sheet.getName();
  const deal =
    name === snapshot.deals.sheet.getName()
      ? snapshot.deals.rows.find((d) => d.row === row)
      : undefined;
  if (!deal) fail(snapshot, { key: 'cardErrNotDealRow', params: { row, sheet: name } });
  return deal;
}

/** Menu: opens the sidebar on the selected row's deal, or with a message saying what to select. */
export function showDealCard(
  ss: Spreadsheet,
  ui: GoogleAppsScript.Base.Ui,
  html: Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'>,
  services: DealCardServices,
): void {
  const snapshot = readWorkbook(ss, { alerts: false });
  let page: string;
  try {
    page = dealCardPage(snapshot.lang, {
      card: cardHtml(snapshot, selectedDeal(ss, snapshot), services.now),
    });
  } catch (e) {
    if (!(e instanceof DealCardError)) throw e;
    page = dealCardPage(snapshot.lang, { message: e.message });
  }
  ui.showSidebar(html.createHtmlOutput(page).setTitle(say(snapshot.lang, 'cardTitle')));
}

/** Sidebar: the card of the row selected now. */
export function selectedDealCard(ss: Spreadsheet, services: DealCardServices): DealCardReply {
  const snapshot = readWorkbook(ss, { alerts: false });
  return { html: cardHtml(snapshot, selectedDeal(ss, snapshot), services.now), notice: '' };
}

function readRef(snapshot: WorkbookSnapshot, ref: unknown): DealRef {
  const r = ref as Partial<DealRef> | null;
  if (
    !r ||
    typeof r !== 'object' ||
    typeof r.row !== 'number' ||
    typeof r.dealId !== 'string' ||
    typeof r.name !== 'string'
  )
    fail(snapshot, { key: 'cardErrBadRequest', params: { what: 'deal' } });
  return { row: r.row, dealId: r.dealId, name: r.name };
}

/** The deal a reference names now: by Deal ID wherever its row went, else the same row and name. */
function findDeal(snapshot: WorkbookSnapshot, ref: DealRef): Deal {
  const rows = snapshot.deals.rows;
  const deal = ref.dealId
    ? rows.find((d) => d.dealId === ref.dealId)
    : rows.find((d) => d.row === ref.row && !d.dealId && d.name === ref.name);
  if (!deal) fail(snapshot, { key: 'cardErrDealGone', params: { deal: ref.dealId || ref.name } });
  return deal;
}

/** The next unused Deal ID for `deal` and the counter to store after writing it. */
function nextDealId(
  snapshot: WorkbookSnapshot,
  deal: Deal,
  props: DealCardServices['documentProperties'],
) {
  const col = snapshot.deals.header.columns.dealId ?? -1;
  const stored = Number(props.getProperty(NEXT_DEAL_NUMBER_PROPERTY) ?? '');
  const ids = snapshot.deals.values.map((row, i) => (i === 0 ? '' : row[col]));
  const { assigned, next } = planDealIds(
    ids,
    (i) => i === deal.row - 1,
    Number.isFinite(stored) && stored > 0 ? stored : undefined,
  );
  return { id: assigned.get(deal.row - 1) ?? '', next };
}

/**
 * Sidebar: one action on one deal. Validates what the page sent and the deal as it is now, plans
 * the change in the core, then writes the deal's row in one setValues and History in one append.
 * A refusal throws a DealCardError (the page shows its message) before anything is written.
 */
export function runDealCardAction(
  ss: Spreadsheet,
  services: DealCardServices,
  ref: unknown,
  input: unknown,
): DealCardReply {
  const snapshot = readWorkbook(ss, { alerts: false });
  if (!snapshot.deals.sheet) fail(snapshot, { key: 'cardErrNoDealsSheet' });
  const action = parseDealAction(input);
  if (!action.ok) fail(snapshot, action.error);
  const deal = findDeal(snapshot, readRef(snapshot, ref));
  // Only a deal without an ID needs the counter (History rows are keyed by ID).
  const ids = deal.dealId
    ? { id: deal.dealId, next: 0 }
    : nextDealId(snapshot, deal, services.documentProperties);
  const planned = planDealAction(
    {
      deal,
      historyValues: snapshot.history.values,
      stages: snapshot.settings.stages,
      lang: snapshot.lang,
      now: services.now,
      timeZone: snapshot.timeZone,
      user: services.user,
      newDealId: () => ids.id,
    },
    action.value,
  );
  if (!planned.ok) fail(snapshot, planned.error);
  apply(ss, snapshot, deal, planned.value, services, ids.next);
  const updated = readDealRows(
    snapshot.deals.values,
    snapshot.deals.header.columns,
    (label) => findStage(snapshot.settings.stages, label),
    parseStatus,
  );
  snapshot.deals.rows = updated;
  const after = updated.find((d) => d.row === deal.row) ?? deal;
  const notice = planned.value.notice;
  return {
    html: cardHtml(snapshot, after, services.now),
    notice: sayWith(snapshot.lang, notice.key, notice.params ?? {}),
  };
}

/** Writes a plan: the row first (refused whole when a column is missing), then History. */
function apply(
  ss: Spreadsheet,
  snapshot: WorkbookSnapshot,
  deal: Deal,
  plan: DealActionPlan,
  services: DealCardServices,
  nextIdNumber: number,
): void {
  const missing = writeDealRow(snapshot, deal.row, plan.cells);
  if (missing.length > 0)
    throw new DealCardError(
      say(snapshot.lang, 'cardErrMissingColumn', {
        columns: missing.map((f) => dealColumn(f)[snapshot.lang]).join(', '),
      }),
    );
  if (plan.cells.dealId)
    services.documentProperties.setProperty(NEXT_DEAL_NUMBER_PROPERTY, String(nextIdNumber));
  if (plan.historyRows.length === 0) return;
  let history = snapshot.history.sheet;
  if (!history) {
    ensureLogSheet(ss, 'history', snapshot.lang);
    history = findSheet(ss, 'history');
  }
  if (history) appendRows(history, plan.historyRows);
  // A History sheet made just now: its header is the schema's (the card reads rows after it).
  if (snapshot.history.values.length === 0)
    snapshot.history.values.push(HISTORY_COLUMNS.map((c) => c[snapshot.lang]));
  snapshot.history.values.push(...plan.historyRows);
}
