// Stage history: what changed since a deal's last History row, for the edit handler and the daily reconcile.
import { isDate } from './dates';
import type { Deal } from './deals';
import type { Lang } from './i18n';
import type { ImportedStage } from './import/stage-history';
import { buildRow, HISTORY_COLUMNS, type HistoryField, placeColumns, readRecord } from './schema';
import { findStage, labelKey, parseStatus, STATUS_LABELS, type Stage, type Status } from './stages';

/**
 * What wrote a History row: an edit, the daily reconcile, set-up's import baseline, or set-up
 * copying a CRM's stage-history export ('import history', dated by the export).
 */
export type HistorySource = 'edit' | 'reconcile' | 'import' | 'import history';

/** A deal's stage and status as its last History row left them. */
export interface HistoryState {
  stageText: string;
  status: Status;
}

/** One History row to append, before it is laid out in the sheet's column order. */
export interface HistoryChange {
  dealId: string;
  from: string;
  to: string;
  status: Status;
  amount: number | string;
  changedAt: Date;
  changedBy: string;
  source: HistorySource;
}

/** Where each History field is read and written in a sheet with this header row (see placeColumns). */
export function historyColumns(
  header: readonly unknown[] | undefined,
): Record<HistoryField, number> {
  return placeColumns(HISTORY_COLUMNS, header ?? []);
}

/** The last History state per Deal ID (later rows win), from History's values with the header in row 0. */
export function lastStateByDeal(
  historyValues: readonly (readonly unknown[])[],
): Map<string, HistoryState> {
  const cols = historyColumns(historyValues[0]);
  const last = new Map<string, HistoryState>();
  for (let r = 1; r < historyValues.length; r++) {
    const cells = readRecord(cols, historyValues[r]);
    // Stryker disable next-line StringLiteral: History's columns are all placed, so a cell reads '' and never undefined
    const id = String(cells.dealId ?? '').trim();
    if (!id) continue;
    // Stryker disable next-line StringLiteral: History's columns are all placed, so a cell reads '' and never undefined
    const stageText = String(cells.to ?? '').trim();
    last.set(id, { stageText, status: parseStatus(cells.status) ?? 'open' });
  }
  return last;
}

/**
 * Per Deal ID, when an edit (typed, pasted or from the deal card) was seen making the deal Won or
 * Lost: the status and the row's date, for its latest close. Rows reconcile or an import wrote are
 * dated by when they were noticed or by the data, not by the change, so they say nothing of it.
 */
export function editedCloseByDeal(
  historyValues: readonly (readonly unknown[])[],
): Map<string, { status: Status; at?: Date }> {
  const cols = historyColumns(historyValues[0]);
  // Per deal its latest status, and the date only when an edit made it Won or Lost.
  const latest = new Map<string, { status: Status; at?: Date }>();
  for (let r = 1; r < historyValues.length; r++) {
    const cells = readRecord(cols, historyValues[r]);
    // Stryker disable next-line StringLiteral: History's columns are all placed, so a cell reads '' and never undefined
    const id = String(cells.dealId ?? '').trim();
    // Stryker disable next-line StringLiteral: a status no one can read is never the Won or Lost a close day is looked up for
    const status = parseStatus(cells.status) ?? 'open';
    if (!id || latest.get(id)?.status === status) continue;
    const at = cells.changedAt;
    const edited = status !== 'open' && String(cells.source).trim() === 'edit' && isDate(at);
    latest.set(id, { status, at: edited ? at : undefined });
  }
  return latest;
}

/** True when two stage texts name the same stage (either language), or are the same unknown text. */
export function sameStage(a: string, b: string, stages: readonly Stage[]): boolean {
  const ia = findStage(stages, a);
  const ib = findStage(stages, b);
  // Stryker disable next-line LogicalOperator,EqualityOperator: when only one text names a stage, the texts differ too
  if (ia >= 0 || ib >= 0) return ia === ib;
  return labelKey(a) === labelKey(b);
}

/** A History row laid out for the sheet's header (columns from historyColumns). */
export function historyRow(
  change: HistoryChange,
  cols: Record<HistoryField, number>,
  lang: Lang,
): unknown[] {
  return buildRow(cols, { ...change, status: STATUS_LABELS[change.status][lang] });
}

/** What a History plan writes: rows to append and the Deals cells to set (keyed by 1-based sheet row). */
export interface HistoryPlan {
  historyRows: unknown[][];
  changes: HistoryChange[];
  stageEnteredUpdates: Map<number, Date>;
  /** Closed on for deals seen becoming Won or Lost whose Closed on is blank (a typed one is kept). */
  closedOnUpdates: Map<number, Date>;
}

/** A plan that writes nothing yet. */
function emptyPlan(): HistoryPlan {
  return {
    historyRows: [],
    changes: [],
    stageEnteredUpdates: new Map(),
    closedOnUpdates: new Map(),
  };
}

/** The History change a deal's current stage and status make, from `from`, at `changedAt`. */
function changeOf(
  deal: Deal,
  from: string,
  changedAt: Date,
  changedBy: string,
  source: HistorySource,
): HistoryChange {
  return {
    dealId: deal.dealId,
    from,
    to: deal.stageText,
    status: deal.status,
    amount: Number.isNaN(deal.amount) ? '' : deal.amount,
    changedAt,
    changedBy,
    source,
  };
}

/** Adds a change to a plan, with its row laid out for the History header. */
function record(
  plan: HistoryPlan,
  change: HistoryChange,
  cols: Record<HistoryField, number>,
  lang: Lang,
): void {
  plan.changes.push(change);
  plan.historyRows.push(historyRow(change, cols, lang));
}

/**
 * Reconcile: changes no edit event saw (script or API writes, some pastes, edits while the
 * trigger was off). A deal whose stage or status differs from its last History row — or that has
 * no History yet — gets a `reconcile` row dated `now`; Stage entered is set when it was blank or
 * the stage changed. A Won or Lost deal with a blank Closed on gets the date History recorded for
 * the edit that closed it; when no edit recorded it, the day is unknown and Closed on stays blank
 * (Check data lists it): the day reconcile noticed is not the day it happened. Deals without an
 * ID, and deals with neither History nor a stage, are skipped.
 */
export function planReconcile(
  deals: readonly Deal[],
  historyValues: readonly (readonly unknown[])[],
  stages: readonly Stage[],
  now: Date,
  by: string,
  lang: Lang = 'en',
): HistoryPlan {
  const last = lastStateByDeal(historyValues);
  const closes = editedCloseByDeal(historyValues);
  const cols = historyColumns(historyValues[0]);
  const plan = emptyPlan();
  for (const deal of deals) {
    if (!deal.dealId) continue;
    const closed = closes.get(deal.dealId);
    // An edit to Won or Lost is the only History row with a close day, so an open deal never matches.
    if (!deal.closedOn && closed?.at && closed.status === deal.status)
      plan.closedOnUpdates.set(deal.row, closed.at);
    const prev = last.get(deal.dealId);
    if (!prev && !deal.stageText) continue;
    const stageChanged = !prev || !sameStage(prev.stageText, deal.stageText, stages);
    if (!stageChanged && prev.status === deal.status) continue;
    record(plan, changeOf(deal, prev?.stageText ?? '', now, by, 'reconcile'), cols, lang);
    // A deal new to History keeps a Stage entered the user typed; a changed stage starts now. A
    // closed deal keeps a blank: the day it entered its last stage is not known, and it cannot stall.
    const blankOpen = !deal.stageEntered && deal.status === 'open';
    if (blankOpen || (prev && stageChanged)) plan.stageEnteredUpdates.set(deal.row, now);
  }
  return plan;
}

/** What a person's edit replaced, when Apps Script tells us (single-cell edits only). */
export interface EditedOldValues {
  /** Row → the Stage text before the edit. */
  stage?: Map<number, string>;
  /** Row → the Status text before the edit. */
  status?: Map<number, string>;
}

/** An edit plan: History rows plus Stage entered and Probability defaults to write. */
export interface EditPlan extends HistoryPlan {
  probabilityUpdates: Map<number, number>;
}

/** History's "changed by" when Apps Script does not say who edited. */
export const UNKNOWN_EDITOR: Record<Lang, string> = { en: 'unknown', ko: '알 수 없음' };

/**
 * The History rows a person's edit of Stage/Status cells produces. `deals` are the edited rows as
 * they are now. The state before the edit is the edit event's old value when there is one, else the
 * deal's last History row, else blank (a new deal). A row is written only when the stage or status
 * really changed. Becoming Won or Lost sets a blank Closed on to `now`. A stage change sets Stage entered to `now` and the stage's default probability
 * when Probability was blank or still the previous stage's default (so a typed forecast survives).
 * A blank `by` (Apps Script hid the editor) is written as unknown in the workbook's language.
 */
export function planEditHistory(
  deals: readonly Deal[],
  historyValues: readonly (readonly unknown[])[],
  stages: readonly Stage[],
  now: Date,
  by: string,
  lang: Lang,
  old: EditedOldValues = {},
): EditPlan {
  const last = lastStateByDeal(historyValues);
  const cols = historyColumns(historyValues[0]);
  const plan: EditPlan = { ...emptyPlan(), probabilityUpdates: new Map() };
  for (const deal of deals) {
    const known = deal.dealId ? last.get(deal.dealId) : undefined;
    const oldStage = old.stage?.get(deal.row);
    const oldStatus = old.status?.get(deal.row);
    const prevStage = oldStage ?? known?.stageText ?? (old.status ? deal.stageText : '');
    const prevStatus =
      oldStatus !== undefined
        ? (parseStatus(oldStatus) ?? 'open')
        : (known?.status ?? (old.stage ? deal.status : 'open'));
    const stageChanged = !sameStage(prevStage, deal.stageText, stages);
    if (!stageChanged && prevStatus === deal.status) continue;
    record(plan, changeOf(deal, prevStage, now, by || UNKNOWN_EDITOR[lang], 'edit'), cols, lang);
    if (prevStatus !== deal.status && deal.status !== 'open' && !deal.closedOn)
      plan.closedOnUpdates.set(deal.row, now);
    if (!stageChanged) continue;
    plan.stageEnteredUpdates.set(deal.row, now);
    if (deal.stage >= 0) {
      const prevIndex = findStage(stages, prevStage);
      const prevDefault = prevIndex >= 0 ? stages[prevIndex].probability : undefined;
      if (deal.probability === undefined || deal.probability === prevDefault)
        plan.probabilityUpdates.set(deal.row, stages[deal.stage].probability);
    }
  }
  return plan;
}

/**
 * The first adoption's History: one `import` row per deal with an ID and no History yet, recording
 * the stage and status it arrived with, dated from the data — Stage entered, else (closed deals)
 * the close date, else Created — and `now` only when the data has no date for it. A deal with a
 * stage history in `stageHistory` (a CRM's export beside the deals) gets its stage changes first,
 * as `import history` rows dated by the export.
 */
export function planImportBaseline(
  deals: readonly Deal[],
  historyValues: readonly (readonly unknown[])[],
  now: Date,
  by: string,
  lang: Lang = 'en',
  stageHistory?: ReadonlyMap<string, readonly ImportedStage[]>,
): HistoryPlan {
  const last = lastStateByDeal(historyValues);
  const cols = historyColumns(historyValues[0]);
  const plan = emptyPlan();
  for (const deal of deals) {
    if (!deal.dealId || last.has(deal.dealId) || (!deal.stageText && deal.status === 'open'))
      continue;
    // The export's stage changes first, so the baseline (the deal as it is now) stays its last row.
    let from = '';
    for (const step of stageHistory?.get(deal.dealId) ?? []) {
      record(
        plan,
        {
          dealId: deal.dealId,
          from,
          to: step.stage,
          status: step.status,
          amount: '',
          changedAt: step.at,
          changedBy: by,
          source: 'import history',
        },
        cols,
        lang,
      );
      from = step.stage;
    }
    const closed = deal.status !== 'open';
    const at =
      deal.stageEntered ??
      (closed ? (deal.closedOn ?? deal.expectedClose) : undefined) ??
      deal.created ??
      now;
    record(plan, changeOf(deal, from, at, by, 'import'), cols, lang);
  }
  return plan;
}
