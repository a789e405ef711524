// Session: script time zone, the active and effective users, locale, and the temporary user key.

import { createHash } from 'node:crypto';
import type { ServiceEnv } from '../runtime';
import { metered } from './metered';

export interface SessionOptions {
  /** The script project's time zone (appsscript.json), which may differ from the spreadsheet's. */
  scriptTimeZone: string;
  activeUser: string;
  effectiveUser: string;
  /** e.g. 'en' or 'ko'. */
  locale: string;
}

function createUser(env: ServiceEnv, email: () => string) {
  return metered(env, 'User', {
    getEmail: email,
    toString: () => email(),
  });
}

/**
 * Session. In custom functions and simple triggers Apps Script does not reveal who is running
 * the script: getActiveUser().getEmail() is ''.
 */
export function createSession(env: ServiceEnv, options: SessionOptions) {
  const activeEmail = () => {
    const mode = env.execution().mode;
    if (mode === 'custom-function' || mode === 'simple-trigger') return '';
    return env.execution().user || options.activeUser;
  };
  return metered(env, 'Session', {
    getScriptTimeZone: () => options.scriptTimeZone,
    getActiveUser: () => createUser(env, activeEmail),
    getEffectiveUser: () => createUser(env, () => env.execution().user || options.effectiveUser),
    getActiveUserLocale: () => options.locale,
    /**
     * Stable per user and script, opaque, and not the email (Apps Script rotates it every 30
     * days; the emulator keeps one).
     */
    getTemporaryActiveUserKey: () =>
      createHash('sha256')
        .update(`temporary-key:${options.activeUser}`)
        .digest('base64')
        .slice(0, 43),
  });
}

/** The Session object createSession returns. */
export type EmulatedSession = ReturnType<typeof createSession>;
