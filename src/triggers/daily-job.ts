// The daily job: one run's order of steps (lock, report date, new rows, History, digests, Alerts).

import { AlertJournal } from '../alerts/alert-journal';
import type { AlertServices } from '../alerts/alert-services';
import { readAlertLog } from '../alerts/alert-sheet';
import { digestContext, planForToday } from '../alerts/plan-today';
import { countOutcomes, sendDigests } from '../alerts/send-digests';
import { alertRow, RESULT } from '../core/alert-log';
import type { Lang } from '../core/i18n';
import { planDefaultProbabilities } from '../core/probability-defaults';
import { isoDate, reportDate } from '../core/report-day';
import { assignDealIds } from '../sheets/deal-ids';
import { refreshForecastSheets } from '../sheets/forecast-sheets';
import { keepSnapshotRangesCovering } from '../sheets/range-reach';
import { reconcileHistory } from '../sheets/reconcile-history';
import { appendRows, readWorkbook, setReportDate, writeDealColumn } from '../sheets/workbook';
import { claimDay, decideTick, recordRunEnd } from './daily-schedule';
import { removeLegacyContinuations } from './install';

/** How the run was started: the hourly trigger's tick, or the menu (which always runs). */
export type JobTrigger = 'tick' | 'menu';

export interface JobOptions {
  trigger: JobTrigger;
  /** Stop starting emails after this long (Apps Script stops a run at 6 minutes). */
  budgetMs?: number;
}

/** Start no new email after 4.5 minutes: the Alerts write and trigger set-up need the rest. */
export const DEFAULT_BUDGET_MS = 270_000;
/** How long to wait for another run's lock before giving up. */
const LOCK_WAIT_MS = 10_000;

export interface JobReport {
  status: 'done' | 'locked' | 'not set up' | 'continuing' | 'not due';
  /** The workbook's language, once the job has read it (not when locked). */
  lang?: Lang;
  sent: number;
  deferred: number;
  blocked: number;
  failed: number;
  /** Digests left for a later tick. */
  remaining: number;
  /** History rows added by reconcile. */
  reconciled: number;
}

function emptyReport(status: JobReport['status']): JobReport {
  return { status, sent: 0, deferred: 0, blocked: 0, failed: 0, remaining: 0, reconciled: 0 };
}

/**
 * One run of the daily job (§4): takes the document lock (exits quietly if another run holds it).
 * A tick of the hourly trigger then goes on only when the day's work is due: the first tick at or
 * after the alert hour claims the day in document properties (every teammate's trigger sees the
 * claim, so each owner gets one digest a day), and later ticks resume a day left unfinished.
 * The work: sets report_date, gives new rows IDs and default probabilities, reconciles History,
 * plans today's digests from the Alerts log and sends them (quota checked before each), then
 * writes every attempt to Alerts in one batch and refreshes the Forecast model and Forecast log.
 * When the time budget or the quota runs out the day stays marked unfinished: what was sent is in the log, so the next tick sends only the rest.
 */
export function runDailyJobWith(services: AlertServices, options: JobOptions): JobReport {
  const startedMs = services.now().getTime();
  const lock = services.lockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    services.log('Daily stall alerts: another run holds the lock; this run did nothing.');
    return emptyReport('locked');
  }
  try {
    const zone = services.spreadsheet.getSpreadsheetTimeZone();
    const day = isoDate(services.now(), zone);
    if (options.trigger === 'tick') {
      const decision = decideTick(services.properties.getProperties(), services.now(), zone, () =>
        services.mailApp.getRemainingDailyQuota(),
      );
      if (!decision.run) return emptyReport('not due');
      if (!decision.resume) {
        claimDay(services.properties, day);
        // Older versions left spent one-off triggers listed; one is a second time-driven trigger.
        removeLegacyContinuations(services.scriptApp, services.spreadsheet);
      }
    }
    const journal = AlertJournal.load(services.properties);
    const snapshot = readWorkbook(services.spreadsheet);
    if (!snapshot.deals.sheet || !snapshot.alerts.sheet) {
      services.log('Daily stall alerts: Deals or Alerts sheet missing; run Set up first.');
      recordRunEnd(services.properties, day, snapshot.settings.alertHour, false);
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
    // it to a later tick. Adds one write (Forecast model), one read (Forecast log) and a
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
    const quotaLeft = outcome.attempts.some((a) => a.result === RESULT.deferredQuota);
    recordRunEnd(
      services.properties,
      day,
      snapshot.settings.alertHour,
      outcome.notStarted.length > 0 || quotaLeft,
    );
    services.log(
      `Daily stall alerts ${isoDate(now, timeZone)}: sent ${report.sent}, deferred ${report.deferred}, blocked ${report.blocked}, failed ${report.failed}, left for the next tick ${report.remaining}, reconciled ${reconciled}.`,
    );
    return report;
  } finally {
    lock.releaseLock();
  }
}
