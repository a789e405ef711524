// Every function Apps Script can see: simple triggers, menu actions, trigger handlers, custom functions.
// Each is a few lines calling into the modules; the build keeps these names and JSDoc as written.
import type { CellArg } from './core/args';
import { coverageRatio } from './core/coverage';
import { buildMenu } from './ui/menu';

/** Simple trigger: adds the Pipeline menu. Runs in AuthMode.NONE too, so it only builds the menu. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi(), e);
}

/** Simple trigger: adds the menu when the add-on is installed. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Pipeline coverage: the open pipeline amount divided by the target.
 * Without statuses every row counts. 2–3× is the usual healthy range.
 * Example: =COVERAGE(deals_amount, Settings!B2, deals_status)
 *
 * @param {number[][]} amounts Deal amounts (a column; blank counts as 0).
 * @param {number} target The target amount for the period (greater than 0).
 * @param {string[][]} [statuses] Optional deal statuses (Open/Won/Lost or 진행/성사/실패); only Open rows count.
 * @return {number} Open amount ÷ target, e.g. 2.5 for 250%.
 * @customfunction
 */
export function COVERAGE(amounts: CellArg, target: CellArg, statuses?: CellArg): number {
  return coverageRatio(amounts, target, statuses);
}
