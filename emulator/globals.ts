// The Apps Script globals a script sees (SpreadsheetApp, MailApp, ScriptApp, …), built over the
// emulator's state.
import type { ServiceEnv } from './runtime';
import {
  type CacheStores,
  createCacheService,
  createConsole,
  createHtmlService,
  createLockService,
  createLogger,
  createMailApp,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUtilities,
  type LockState,
  type MailState,
  type PropertyStores,
  type SessionOptions,
  type TriggerRegistry,
} from './services';
import type { LockKind } from './services/lock';
import { createCharts } from './spreadsheet/spreadsheet-app';

/** The state behind the services, owned by the emulator. */
export interface ServiceState {
  /** SpreadsheetApp of the running execution's document. */
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** The first document's id, and every document's. */
  spreadsheetId: string;
  documentIds: () => string[];
  /** The lock a kind means for the running execution (per document, per user). */
  lockScope: (kind: LockKind) => string;
  mail: MailState;
  triggers: TriggerRegistry;
  locks: LockState;
  /** The id locks are held under: the running execution's. */
  executionId: () => string;
  properties: PropertyStores;
  caches: CacheStores;
  session: SessionOptions;
  htmlFiles: Record<string, string>;
  logs: string[];
}

/** Every service global, keyed by the name the script uses. */
export function scriptGlobals(env: ServiceEnv, s: ServiceState): Record<string, unknown> {
  return {
    SpreadsheetApp: s.spreadsheetApp,
    Charts: createCharts(),
    MailApp: createMailApp(env, s.mail),
    ScriptApp: createScriptApp(env, s.triggers, s.spreadsheetId, s.documentIds),
    LockService: createLockService(env, s.locks, s.executionId, s.lockScope),
    PropertiesService: createPropertiesService(env, s.properties),
    CacheService: createCacheService(env, s.caches),
    Session: createSession(env, s.session),
    Utilities: createUtilities(env),
    HtmlService: createHtmlService(env, s.htmlFiles),
    Logger: createLogger(env, s.logs),
    console: createConsole(s.logs),
  };
}
