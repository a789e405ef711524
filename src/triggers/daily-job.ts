// The daily job: one run's order of steps (lock, report date, new rows, History, digests, Alerts).

import { AlertJournal } from '../alerts/alert-journal';
import type { AlertServices } from '../alerts/alert-services';
import { readAlertLog } from '../alerts/alert-sheet';
import { digestContext, planForToday } from '../alerts/plan-today';
import { countOutcomes, sendDigests } from '../alerts/send-digests';
import { alertRow } from '../core/alert-log';
import type { Lang } from '../core/i18n';
import { planDefaultProbabilities } from '../core/probability-defaults';
import { isoDate, reportDate } from '../core/report-day';
import { assignDealIds } from '../sheets/deal-ids';
import { refreshForecastSheets } from '../sheets/forecast-sheets';
import { keepSnapshotRangesCovering } from '../sheets/range-reach';
import { reconcileHistory } from '../sheets/reconcile-history';
import { appendRows, readWorkbook, setReportDate, writeDealColumn } from '../sheets/workbook';
import { removeContinuationTriggers, scheduleContinuation } from './install';

/** How the run was started. */
export type JobTrigger = 'schedule' | 'continuation' | 'menu';

export interface JobOptions {
  trigger: JobTrigger;
  /** Stop starting emails after this long (Apps Script stops a run at 6 minutes). */
  budgetMs?: number;
  /** The one-off trigger that started a continuation (its event's triggerUid). */
  triggerUid?: string;
}

/** Start no new email after 4.5 minutes: the Alerts write and trigger set-up need the rest. */
export const DEFAULT_BUDGET_MS = 270_000;
/** How long to wait for another run's lock before giving up. */
const LOCK_WAIT_MS = 10_000;

export interface JobReport {
  status: 'done' | 'locked' | 'not set up' | 'continuing';
  /** The workbook's language, once the job has read it (not when locked). */
  lang?: Lang;
  sent: number;
  deferred: number;
  blocked: number;
  failed: number;
  /** Digests left for the continuation. */
  remaining: number;
  /** History rows added by reconcile. */
  reconciled: number;
}

function emptyReport(status: JobReport['status']): JobReport {
  return { status, sent: 0, deferred: 0, blocked: 0, failed: 0, remaining: 0, reconciled: 0 };
}

/**
 * One run of the daily job (§4): takes the document lock (exits quietly if another run holds it),
 * sets report_date, gives new rows IDs and default probabilities, reconciles History, plans today's digests from the Alerts log and sends them
 * (quota checked before each), writes every attempt to Alerts in one batch, then refreshes the
 * Forecast model and Forecast log sheets. When the time
 * budget runs out, the rest is left to a one-off continuation trigger, which runs this again:
 * what was sent is in the log, so it sends only the rest.
 */
export function runDailyJobWith(services: AlertServices, options: JobOptions): JobReport {
  const startedMs = services.now().getTime();
  // A fired one-off trigger stays listed until deleted, and a listed one stops the next overrun
  // from scheduling its own: remove ours now, even if another run holds the lock.
  if (options.trigger === 'continuation')
    removeContinuationTriggers(services.scriptApp, services.spreadsheet, options.triggerUid);
  const lock = services.lockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    services.log('Daily stall alerts: another run holds the lock; this run did nothing.');
    return emptyReport('locked');
  }
  try {
    if (options.trigger === 'continuation')
      removeContinuationTriggers(services.scriptApp, services.spreadsheet);
    const journal = AlertJournal.load(services.properties);
    const snapshot = readWorkbook(services.spreadsheet);
    if (!snapshot.deals.sheet || !snapshot.alerts.sheet) {
      services.log('Daily stall alerts: Deals or Alerts sheet missing; run Set up first.');
      return { ...emptyReport('not set up'), lang: snapshot.lang };
    }
    const now = services.now();
    const { timeZone } = snapshot;
    // Rows added below the grid since the last run fall outside every range until re-pointed.
    keepSnapshotRangesCovering(services.app, snapshot);
    setReportDate(snapshot, reportDate(now, timeZone));
    // Rows added by scripts, imports or pastes that fired no edit: give them IDs (so History and
    // the alert log can name them) and their stage's probability, like set-up does.
    assignDealIds(snapshot, services.properties);
    writeDealColumn(
      snapshot,
      'probability',
      planDefaultProbabilities(snapshot.deals.rows, snapshot.settings.stages),
    );
    const reconciled = reconcileHistory(
      snapshot,
      now,
      services.effectiveUser() || 'Pipeline Sheet',
    );

    const log = readAlertLog(snapshot.alerts.values, journal, timeZone);
    const plan = planForToday(snapshot, log.entries, now);
    const outcome = sendDigests(plan.digests, digestContext(snapshot), {
      mailApp: services.mailApp,
      journal,
      now: services.now,
      timeZone,
      stopAtMs: startedMs + (options.budgetMs ?? DEFAULT_BUDGET_MS),
    });

    // One write for every attempt, including journaled ones a dead run never wrote.
    const header = snapshot.alerts.values[0] ?? [];
    appendRows(
      snapshot.alerts.sheet,
      [...log.unwritten, ...outcome.attempts].map((e) => alertRow(e, header)),
    );
    if (journal.size > 0) journal.clear();

    // After the emails: a forecast problem must not hold alerts back, and a run out of time leaves
    // it to its continuation. Adds one write (Forecast model), one read (Forecast log) and a
    // weekly append, whatever the number of deals.
    if (outcome.notStarted.length === 0) {
      try {
        refreshForecastSheets(snapshot, now);
      } catch (e) {
        services.log(`Daily forecast: could not update the Forecast model: ${String(e)}`);
      }
    }

    const report: JobReport = {
      ...emptyReport(outcome.notStarted.length ? 'continuing' : 'done'),
      ...countOutcomes(outcome.attempts),
      lang: snapshot.lang,
      reconciled,
      remaining: outcome.notStarted.length,
    };
    if (outcome.notStarted.length) {
      try {
        scheduleContinuation(services.scriptApp, services.spreadsheet);
      } catch (e) {
        // Without a continuation the next daily run sends the rest (nothing is lost).
        services.log(`Daily stall alerts: could not schedule the continuation: ${String(e)}`);
      }
    }
    services.log(
      `Daily stall alerts ${isoDate(now, timeZone)}: sent ${report.sent}, deferred ${report.deferred}, blocked ${report.blocked}, failed ${report.failed}, left for continuation ${report.remaining}, reconciled ${reconciled}.`,
    );
    return report;
  } finally {
    lock.releaseLock();
  }
}
