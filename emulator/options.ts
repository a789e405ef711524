// What an Emulator can be created with.

export interface EmulatorOptions {
  /** The spreadsheet's time zone (default 'Asia/Seoul'). */
  timeZone?: string;
  /** Session.getScriptTimeZone() (default: appsscript.json's timeZone). */
  scriptTimeZone?: string;
  /** The spreadsheet's locale (default 'ko_KR'). */
  locale?: string;
  /** Spreadsheet owner email; undefined = unknown owner (getOwner() returns null). */
  owner?: string;
  /** Session.getActiveUser()/getEffectiveUser() email (default 'user@example.com'). */
  activeUser?: string;
  /** Clock start (default: the real current time). */
  now?: Date | string | number;
  /** Mail recipients per day (default 100). */
  mailQuota?: number;
  /** Path of the built bundle (default <repo>/dist/Code.js); false = no bundle. */
  bundle?: string | false;
  /** A workbook to import before anything runs. */
  xlsx?: string;
  /** Spreadsheet name (default 'Pipeline'). */
  name?: string;
  /**
   * When true, ScriptApp applies the editor add-on trigger rules: one time-driven trigger per user
   * per document, none more often than hourly, triggers only for the document in use (default false).
   */
  addOn?: boolean;
  /** When true, each metered call advances the clock by its modelled latency (default false). */
  latencyAdvancesClock?: boolean;
  /**
   * Emulated milliseconds charged to the clock per real millisecond the script computes between
   * service calls, in steps of 10 s (default 1; 0 = computation is free).
   */
  computeTimeScale?: number;
  /** The script project's name, which titles the createAddonMenu menu (default 'Pipeline Sheet'). */
  projectName?: string;
  /** HTML files of the project for HtmlService.createHtmlOutputFromFile (name → source). */
  htmlFiles?: Record<string, string>;
}
