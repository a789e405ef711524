// Reconcile: History rows for stage and status changes no edit recorded, written in one batch.
import { planReconcile } from '../core/history';
import { asDays } from '../core/report-day';
import { appendRows, type WorkbookSnapshot, writeDealColumn } from './workbook';

/**
 * Appends History rows for stage/status changes no edit event recorded and sets Stage entered (and
 * Closed on for deals found Won or Lost) for those deals (one append, a column write each); the
 * snapshot's deals follow. Returns the rows added.
 */
export function reconcileHistory(snapshot: WorkbookSnapshot, now: Date, by: string): number {
  const { sheet } = snapshot.history;
  if (!sheet) return 0;
  const plan = planReconcile(
    snapshot.deals.rows,
    snapshot.history.values,
    snapshot.settings.stages,
    now,
    by,
    snapshot.lang,
  );
  appendRows(sheet, plan.historyRows);
  // One more Deals write, only on a day a deal was found Won or Lost without an edit event.
  if (plan.closedOnUpdates.size > 0) {
    const days = asDays(plan.closedOnUpdates, snapshot.timeZone);
    writeDealColumn(snapshot, 'closedOn', days);
    for (const deal of snapshot.deals.rows) deal.closedOn = days.get(deal.row) ?? deal.closedOn;
  }
  if (plan.stageEnteredUpdates.size > 0) {
    writeDealColumn(snapshot, 'stageEntered', plan.stageEnteredUpdates);
    for (const deal of snapshot.deals.rows) {
      const entered = plan.stageEnteredUpdates.get(deal.row);
      if (entered) deal.stageEntered = entered;
    }
  }
  return plan.historyRows.length;
}
