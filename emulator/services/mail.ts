// MailApp: sends into an outbox tests can read, with Apps Script's recipient quota and permission rules.

import type { ServiceEnv } from '../runtime';
import { metered, signatureError } from './metered';

/** One email MailApp accepted. Address lists are as given (comma-separated). */
export interface SentEmail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  /** Only honoured on Workspace accounts (MailState.workspace). */
  noReply?: boolean;
  attachments?: unknown[];
  at: Date;
}

/** What MailApp.sendEmail accepts in its object form and as the options of the others. */
export interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

/** Apps Script's maximum recipients (to + cc + bcc) in one message. */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

/**
 * Apps Script's quotas "reset 24 hours after the first request" ("Quotas for Google Services"): the
 * first send opens a 24-hour window, every recipient until it closes counts against it, and the
 * first send after it opens the next one.
 */
export const MAIL_QUOTA_WINDOW_MS = 24 * 60 * 60_000;

/**
 * "Quotas for Google Services", current limitations: email body size 200 KB per message (400 KB on
 * Workspace). The subject limit (250 characters) and both error texts are as field reports give them.
 */
export const MAX_BODY_BYTES = { consumer: 200 * 1024, workspace: 400 * 1024 };
export const MAX_SUBJECT_CHARS = 250;
export const BODY_SIZE_ERROR = 'Limit Exceeded: Email Body Size.';
export const SUBJECT_LENGTH_ERROR = 'Limit Exceeded: Email Subject length.';

export const QUOTA_ERROR = 'Service invoked too many times for one day: email.';
export const RECIPIENTS_PER_MESSAGE_ERROR = 'Limit Exceeded: Email Recipients Per Message.';

/** The mail account's state: outbox, daily quota and recipients used in the open quota window. */
export class MailState {
  outbox: SentEmail[] = [];
  /** Recipients per day: 100 for consumer accounts, 1,500 for Workspace. */
  quotaPerDay = 100;
  /** Workspace accounts may send with noReply. */
  workspace = false;
  /**
   * Test hook called while a message is being sent: return an error text to make sendEmail throw it
   * (nothing is sent); advancing the clock here makes the send slow.
   */
  failFor?: (message: SentEmail) => string | undefined;
  /** When the current quota window opened (its first send), and recipients used in it. */
  private windowStartMs?: number;
  private usedInWindow = 0;

  private windowOpen(nowMs: number): boolean {
    return this.windowStartMs !== undefined && nowMs < this.windowStartMs + MAIL_QUOTA_WINDOW_MS;
  }
  /** Recipients used in the quota window open at `nowMs` (0 when none is). */
  used(nowMs: number): number {
    return this.windowOpen(nowMs) ? this.usedInWindow : 0;
  }
  /** Recipients still allowed at `nowMs` (never below 0). */
  remaining(nowMs: number): number {
    return Math.max(0, this.quotaPerDay - this.used(nowMs));
  }
  /** Records `recipients` sent at `nowMs`, opening a window when none is open. */
  consume(nowMs: number, recipients: number): void {
    if (!this.windowOpen(nowMs)) {
      this.windowStartMs = nowMs;
      this.usedInWindow = 0;
    }
    this.usedInWindow += recipients;
  }
  /** Empties the outbox and forgets quota use. */
  reset(): void {
    this.outbox = [];
    this.windowStartMs = undefined;
    this.usedInWindow = 0;
  }
}

const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

/** Splits a comma-separated address list, accepting `Name <addr>`; throws `Invalid email: X`. */
export function parseRecipients(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const angled = /<([^<>]*)>\s*$/.exec(part);
      const address = (angled ? angled[1] : part).trim();
      if (!ADDRESS.test(address)) throw new Error(`Invalid email: ${part}`);
      return address;
    });
}

function str(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * MailApp. sendEmail(recipient, subject, body[, options]), sendEmail(to, replyTo, subject, body)
 * and sendEmail(message); getRemainingDailyQuota(). Sends are metered as 'mail'.
 */
export function createMailApp(env: ServiceEnv, state: MailState) {
  return metered(
    env,
    'MailApp',
    {
      sendEmail(...args: unknown[]): void {
        env.execution().assertMail('MailApp.sendEmail');
        let message: MailOptions;
        if (args.length === 1 && args[0] && typeof args[0] === 'object') {
          message = args[0] as MailOptions;
        } else if (args.length === 4 && args.every((a) => typeof a === 'string')) {
          const [to, replyTo, subject, body] = args as string[];
          message = { to, replyTo, subject, body };
        } else if (args.length === 3 || (args.length === 4 && typeof args[3] === 'object')) {
          const [to, subject, body, options] = args as [string, string, string, MailOptions?];
          message = { ...(options ?? {}), to: String(to), subject, body };
        } else {
          throw signatureError('MailApp.sendEmail', args);
        }
        const to = str(message.to) ?? '';
        const cc = str(message.cc) ?? '';
        const bcc = str(message.bcc) ?? '';
        const recipients = [
          ...parseRecipients(to),
          ...parseRecipients(cc),
          ...parseRecipients(bcc),
        ];
        if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
        if (recipients.length > MAX_RECIPIENTS_PER_MESSAGE)
          throw new Error(RECIPIENTS_PER_MESSAGE_ERROR);
        if (message.replyTo) parseRecipients(String(message.replyTo));
        const maxBody = MAX_BODY_BYTES[state.workspace ? 'workspace' : 'consumer'];
        for (const body of [message.body, message.htmlBody])
          if (body !== undefined && Buffer.byteLength(String(body), 'utf8') > maxBody)
            throw new Error(BODY_SIZE_ERROR);
        if (String(message.subject ?? '').length > MAX_SUBJECT_CHARS)
          throw new Error(SUBJECT_LENGTH_ERROR);
        const nowMs = env.clock.nowMs();
        if (recipients.length > state.remaining(nowMs)) throw new Error(QUOTA_ERROR);
        const sent: SentEmail = {
          to,
          cc,
          bcc,
          subject: str(message.subject) ?? '',
          body: str(message.body) ?? '',
          htmlBody: str(message.htmlBody),
          name: str(message.name),
          replyTo: str(message.replyTo),
          noReply: state.workspace && message.noReply === true ? true : undefined,
          attachments: message.attachments,
          at: new Date(nowMs),
        };
        const failure = state.failFor?.(sent);
        if (failure !== undefined) throw new Error(failure);
        // A send still under way when the run reaches its deadline is cut off with the run.
        env.execution().checkDeadline();
        state.consume(nowMs, recipients.length);
        state.outbox.push(sent);
      },
      getRemainingDailyQuota(): number {
        return state.remaining(env.clock.nowMs());
      },
    },
    { sendEmail: 'mail' },
  );
}

/** The MailApp object createMailApp returns. */
export type EmulatedMailApp = ReturnType<typeof createMailApp>;
