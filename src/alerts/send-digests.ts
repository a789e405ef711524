// Sending planned digests: quota checked before each email, time budget watched, every attempt logged.
import { type AlertLogEntry, outcomeOf, RESULT } from '../core/alert-log';
import type { PlannedDigest } from '../core/alert-plan';
import { dayNumber } from '../core/dates';
import { type DigestContext, type DigestEmail, renderDigestEmail } from '../core/digest-email';
import type { AlertJournal } from './alert-journal';
import type { AlertServices } from './alert-services';

export interface SendOptions {
  mailApp: AlertServices['mailApp'];
  journal: AlertJournal;
  now: () => Date;
  /** The spreadsheet's time zone (for the day of each attempt). */
  timeZone: string;
  /** Stop starting emails once this moment has passed (the rest continue in a later run). */
  stopAtMs: number;
}

export interface SendOutcome {
  /** One entry per attempt, in order: sent, deferred, blocked or failed. */
  attempts: AlertLogEntry[];
  /** Digests not attempted because the time budget ran out. */
  notStarted: PlannedDigest[];
}

/** Mail errors that mean the daily recipient quota is used up. */
function isQuotaError(message: string): boolean {
  return /too many times for one day: email|email quota|recipients per day/i.test(message);
}

/** One line of an error for the Result column. */
function reason(e: unknown): string {
  const message = String((e as Error)?.message ?? e);
  return message.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unknown error';
}

/** The email for a planned digest. */
export function digestEmail(digest: PlannedDigest, context: DigestContext): DigestEmail {
  return renderDigestEmail({
    ...context,
    deals: digest.deals,
    overflow: digest.overflow,
    escalation: digest.kind === 'escalation',
  });
}

/**
 * Sends the digests in plan order. Blocked ones are only logged. Before each email the remaining
 * daily quota is checked against its recipients (owner + cc): once short, this and every later
 * digest is logged `deferred: quota` (they go first next run). An email that throws is logged
 * `failed: <reason>` and the others go on. Each sent email is journaled at once. Digests reached
 * after `stopAtMs` are returned as not started.
 */
export function sendDigests(
  digests: readonly PlannedDigest[],
  context: DigestContext,
  options: SendOptions,
): SendOutcome {
  const attempts: AlertLogEntry[] = [];
  const notStarted: PlannedDigest[] = [];
  let quotaOut = false;
  const log = (d: PlannedDigest, result: string) => {
    const at = options.now();
    const entry: AlertLogEntry = {
      at,
      day: dayNumber(at, options.timeZone),
      owner: d.owner,
      dealKeys: d.deals.map((s) => s.key),
      kind: d.kind,
      result,
      outcome: outcomeOf(result) ?? 'failed',
    };
    attempts.push(entry);
    return entry;
  };
  for (const d of digests) {
    if (d.status !== 'send') {
      log(d, d.status);
      continue;
    }
    if (quotaOut) {
      log(d, RESULT.deferredQuota);
      continue;
    }
    if (options.now().getTime() >= options.stopAtMs) {
      notStarted.push(d);
      continue;
    }
    if (options.mailApp.getRemainingDailyQuota() < 1 + d.cc.length) {
      quotaOut = true;
      log(d, RESULT.deferredQuota);
      continue;
    }
    const email = digestEmail(d, context);
    try {
      options.mailApp.sendEmail({
        to: d.owner,
        ...(d.cc.length ? { cc: d.cc.join(',') } : {}),
        subject: email.subject,
        body: email.body,
        htmlBody: email.htmlBody,
        name: context.senderName,
      });
    } catch (e) {
      const why = reason(e);
      if (isQuotaError(why)) {
        quotaOut = true;
        log(d, RESULT.deferredQuota);
      } else log(d, `${RESULT.failedPrefix}${why}`);
      continue;
    }
    options.journal.record(log(d, RESULT.sent));
  }
  return { attempts, notStarted };
}

/** How many attempts ended each way. */
export function countOutcomes(
  attempts: readonly AlertLogEntry[],
): Record<'sent' | 'deferred' | 'blocked' | 'failed', number> {
  const counts = { sent: 0, deferred: 0, blocked: 0, failed: 0 };
  for (const a of attempts) {
    if (a.outcome === 'sent') counts.sent++;
    else if (a.outcome === 'deferred') counts.deferred++;
    else if (a.outcome === 'blocked') counts.blocked++;
    else counts.failed++;
  }
  return counts;
}
