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
import type { SheetsApi } from './spreadsheet/spreadsheet';
import { createCharts, createSpreadsheetApp } from './spreadsheet/spreadsheet-app';

/** The state behind the services, owned by the emulator. */
export interface ServiceState {
  api: SheetsApi;
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
    SpreadsheetApp: createSpreadsheetApp(s.api),
    Charts: createCharts(),
    MailApp: createMailApp(env, s.mail),
    ScriptApp: createScriptApp(env, s.triggers, s.api.wb.id),
    LockService: createLockService(env, s.locks, s.executionId),
    PropertiesService: createPropertiesService(env, s.properties),
    CacheService: createCacheService(env, s.caches),
    Session: createSession(env, s.session),
    Utilities: createUtilities(env),
    HtmlService: createHtmlService(env, s.htmlFiles),
    Logger: createLogger(env, s.logs),
    console: createConsole(s.logs),
  };
}
