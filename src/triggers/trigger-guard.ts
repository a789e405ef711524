// What every trigger handler does around its work: stop when the add-on needs authorization again
// (emailing the user who installed the trigger, at most once a day), and keep a failure for the
// menu to show, since Apps Script emails nobody when an add-on's trigger throws.
import { say } from '../core/i18n';

type Properties = GoogleAppsScript.Properties.Properties;

/** The day (UTC) the user named after the dot was last emailed the authorization link. */
export const AUTH_NOTICE_PREFIX = 'pipeline.auth.noticeDay.';
/** The last trigger failure not yet shown: JSON of TriggerFailure. */
export const TRIGGER_FAILURE_PROPERTY = 'pipeline.trigger.lastFailure';

export interface TriggerFailure {
  /** ISO time of the failure. */
  at: string;
  handler: string;
  reason: string;
}

export interface TriggerGuardServices {
  scriptApp: Pick<
    GoogleAppsScript.Script.ScriptApp,
    'getAuthorizationInfo' | 'AuthMode' | 'AuthorizationStatus'
  >;
  mailApp: Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail'>;
  properties: Properties;
  /** Who the trigger runs as: the user who installed it. */
  user: () => string;
  now: () => Date;
  log: (message: string) => void;
}

/**
 * True when the add-on needs authorization again: the trigger must do nothing else. The user who
 * installed it gets the authorization link by email, in Korean and English (the workbook's
 * language is in a sheet the trigger may not read), at most once a day.
 */
export function authorizationRequired(s: TriggerGuardServices): boolean {
  const info = s.scriptApp.getAuthorizationInfo(s.scriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() !== s.scriptApp.AuthorizationStatus.REQUIRED) return false;
  const user = s.user();
  const day = s.now().toISOString().slice(0, 10);
  const key = `${AUTH_NOTICE_PREFIX}${user}`;
  if (!user || s.properties.getProperty(key) === day) return true;
  const url = info.getAuthorizationUrl() ?? '';
  try {
    s.mailApp.sendEmail(
      user,
      `${say('ko', 'authEmailSubject')} / ${say('en', 'authEmailSubject')}`,
      `${say('ko', 'authEmailBody', { url })}\n\n${say('en', 'authEmailBody', { url })}`,
    );
    s.properties.setProperty(key, day);
  } catch (e) {
    s.log(`Authorization is required, and the notice could not be sent: ${String(e)}`);
  }
  return true;
}

/** Runs a trigger handler's work unless authorization is required; a failure is kept, then rethrown. */
export function guardTrigger(s: TriggerGuardServices, handler: string, work: () => void): void {
  if (authorizationRequired(s)) return;
  try {
    work();
  } catch (e) {
    const message = (e as { message?: unknown } | null)?.message;
    const reason = typeof message === 'string' ? message : String(e);
    const failure: TriggerFailure = { at: s.now().toISOString(), handler, reason };
    try {
      s.properties.setProperty(TRIGGER_FAILURE_PROPERTY, JSON.stringify(failure));
    } catch {
      // Recording is best effort: the execution log still has the error.
    }
    throw e;
  }
}

/** The failure not yet shown, removed as it is read (shown once); undefined when there is none. */
export function takeTriggerFailure(properties: Properties): TriggerFailure | undefined {
  const raw = properties.getProperty(TRIGGER_FAILURE_PROPERTY);
  if (raw === null) return undefined;
  properties.deleteProperty(TRIGGER_FAILURE_PROPERTY);
  try {
    const f = JSON.parse(raw) as TriggerFailure;
    return typeof f.at === 'string' && typeof f.reason === 'string' ? f : undefined;
  } catch {
    return undefined;
  }
}
