// The installable on-edit handler: records Stage/Status changes in History and keeps Stage entered, Closed on and Probability.
import { planEditHistory } from '../core/history';
import { asDays } from '../core/report-day';
import { matchDealHeaders, SHEET_NAMES } from '../core/schema';
import { assignDealIds } from '../sheets/deal-ids';
import { ensureLogSheet } from '../sheets/log-sheets';
import { dealsCovered, keepSnapshotRangesCovering, type RuleBuilders } from '../sheets/range-reach';
import { appendRows, findSheet, readWorkbook, writeDealColumn } from '../sheets/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The parts of Apps Script's edit event the handler uses. */
export interface DealsEditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  source: Spreadsheet;
  /** Only for single-cell edits; undefined when the cell was empty (and for pastes). */
  oldValue?: unknown;
}

export interface EditServices {
  /** Rule builders, for re-pointing dropdowns and stalled-row colours over rows added below. */
  app: RuleBuilders;
  documentProperties: GoogleAppsScript.Properties.Properties;
  now: Date;
  /** Who edited (the event's user; blank when Apps Script hides it: History then says unknown). */
  user: string;
}

/** What the handler did, for logs and tests. */
export interface EditOutcome {
  historyRows: number;
  idsAssigned: number;
}

/**
 * Handles a person's edit: when it touches Stage or Status cells of Deals (typing, multi-cell
 * edits, pastes), it appends one History row per deal whose stage or status really changed (one
 * write), sets Stage entered and the stage's default Probability, and gives those deals a Deal ID
 * if they lack one. An edit below the rows the Deals ranges cover points them at the grown grid
 * first. Other edits cost one read of the header row and a few lookups.
 */
export function handleDealsEdit(
  e: DealsEditEvent,
  services: EditServices,
): EditOutcome | undefined {
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (name !== SHEET_NAMES.deals.en && name !== SHEET_NAMES.deals.ko) return undefined;
  const firstRow = Math.max(2, e.range.getRow());
  const lastRow = e.range.getRow() + e.range.getNumRows() - 1;
  if (lastRow < firstRow) return undefined;
  const firstCol = e.range.getColumn();
  const lastCol = firstCol + e.range.getNumColumns() - 1;

  // Cheap check first: does the edit touch the Stage or Status column at all?
  const width = sheet.getLastColumn();
  const header = matchDealHeaders(width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : []);
  const touches = (field: 'stage' | 'status') => {
    const c = header.columns[field];
    return c !== undefined && c + 1 >= firstCol && c + 1 <= lastCol;
  };
  const stageOrStatus = touches('stage') || touches('status');
  // A paste past the last row grows the grid, and rows added at the bottom are outside every
  // range: an edit there re-points them (two lookups to tell).
  const ss = e.source;
  const covered = dealsCovered(ss);
  const below = covered !== undefined && lastRow > covered;
  if (!stageOrStatus && !below) return undefined;

  const snapshot = readWorkbook(ss, { alerts: false, history: stageOrStatus });
  if (below) keepSnapshotRangesCovering(services.app, snapshot);
  if (!stageOrStatus) return { historyRows: 0, idsAssigned: 0 };
  const edited = snapshot.deals.rows.filter((d) => d.row >= firstRow && d.row <= lastRow);
  if (edited.length === 0) return { historyRows: 0, idsAssigned: 0 };
  const idsAssigned = assignDealIds(snapshot, services.documentProperties, edited);

  // A single typed cell tells us what it replaced (no oldValue: the cell was empty); pastes do
  // not, so History's last row decides.
  const single = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1;
  const before = e.oldValue === undefined ? '' : String(e.oldValue);
  const old = single
    ? { [touches('stage') ? 'stage' : 'status']: new Map([[firstRow, before]]) }
    : {};
  const plan = planEditHistory(
    edited,
    snapshot.history.values,
    snapshot.settings.stages,
    services.now,
    services.user,
    snapshot.lang,
    old,
  );
  if (plan.historyRows.length > 0) {
    let history = snapshot.history.sheet;
    if (!history) {
      ensureLogSheet(ss, 'history', snapshot.lang);
      history = findSheet(ss, 'history');
    }
    if (history) appendRows(history, plan.historyRows);
  }
  writeDealColumn(snapshot, 'stageEntered', plan.stageEnteredUpdates);
  writeDealColumn(snapshot, 'closedOn', asDays(plan.closedOnUpdates, snapshot.timeZone));
  writeDealColumn(snapshot, 'probability', plan.probabilityUpdates);
  return { historyRows: plan.historyRows.length, idsAssigned };
}

/**
 * Who made an edit: the event's user; blank when Apps Script hides it (another editor on a consumer
 * account). Not the active user: an installable trigger runs as the person who installed it, so that
 * would name the installer for everyone's edits.
 */
export function editorEmail(e: { user?: { getEmail(): string } }): string {
  try {
    return e.user?.getEmail() || '';
  } catch {
    return '';
  }
}
