// What the SpreadsheetApp objects share: the service env, the bundle's realm, and what the add-on showed.
import type { CallKind, ServiceEnv } from '../runtime';

/** Makes Arrays and Dates in the realm the bundle runs in, so `instanceof` works inside it. */
export interface Realm {
  array<T>(items: T[]): T[];
  /** Rows of cells as the realm's arrays, in one call (a big sheet's rows are many). */
  rows<T>(rows: T[][]): T[][];
  /** Rows of `width` cells from one list of them, row after row, as the realm's arrays. */
  grid<T>(cells: T[], width: number): T[][];
  date(ms: number): Date;
}

/** Objects of this realm (tests, and when no bundle is loaded). */
export const HOST_REALM: Realm = {
  array: (items) => items,
  rows: (rows) => rows,
  grid: (cells, width) => {
    const out = [];
    for (let i = 0; i < cells.length; i += width) out.push(cells.slice(i, i + width));
    return out;
  },
  date: (ms) => new Date(ms),
};

export interface MenuRecord {
  title: string;
  /** Made with createAddonMenu: shown under Extensions, titled after the script project. */
  addon?: boolean;
  items: { caption: string; functionName: string }[];
  subMenus: MenuRecord[];
}

/** What the add-on showed to the user, in order. */
export interface UiRecorder {
  toasts: { message: string; title: string; timeoutSeconds?: number; at: Date }[];
  uiAlerts: {
    title?: string;
    prompt: string;
    buttons?: string;
    kind: 'alert' | 'prompt';
    at: Date;
  }[];
  dialogs: { title: string; html: string; kind: 'modal' | 'modeless' | 'sidebar'; at: Date }[];
  menus: MenuRecord[];
  /** Answers tests queue for alert()/prompt(): a button name ('OK', 'YES'…) or prompt text. */
  uiResponses: { button?: string; text?: string }[];
}

export function newRecorder(): UiRecorder {
  return { toasts: [], uiAlerts: [], dialogs: [], menus: [], uiResponses: [] };
}

/** Shared by every Spreadsheet/Sheet/Range object of one emulator. */
export interface SheetsContext {
  env: ServiceEnv;
  realm(): Realm;
  ui: UiRecorder;
  /** The script project's name: the title createAddonMenu's menu gets under Extensions. */
  projectName?: string;
}

/**
 * One metered service call: checks the execution deadline, refuses writes in read-only executions,
 * and counts the call by kind.
 */
export function touch(ctx: SheetsContext, kind: CallKind, method: string): void {
  const execution = ctx.env.execution();
  execution.checkDeadline();
  execution.assertAuthorized(method);
  if (kind === 'write') execution.assertWrite(method);
  ctx.env.meter.count(kind, method);
}
