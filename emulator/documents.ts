// The spreadsheets the emulator holds: the first one (the test API's own) and others a test adds to
// run the same script in several documents. Each execution runs in one of them.
import type { CustomFunctionHost } from './formula-engine';
import type { Clock, ServiceEnv } from './runtime';
import type { LockKind } from './services/lock';
import { newRecorder, type Realm } from './spreadsheet/context';
import { SheetsApi } from './spreadsheet/spreadsheet';
import { createSpreadsheetApp } from './spreadsheet/spreadsheet-app';
import { Workbook } from './spreadsheet/workbook';
import { WorkbookView } from './workbook-view';

/** One document: its model, the Apps Script objects over it and the test-side view. */
export interface DocumentState {
  id: string;
  workbook: Workbook;
  api: SheetsApi;
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  view: WorkbookView;
}

/** What a new spreadsheet is made of. */
export interface DocumentOptions {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner?: string;
}

/** A workbook with one empty sheet, whose formulas call `host` for custom functions. */
export function newWorkbook(
  options: DocumentOptions,
  customFunctions: string[],
  clock: Clock,
  host: CustomFunctionHost,
  deferRecalc?: () => boolean,
): Workbook {
  const workbook = new Workbook({
    ...options,
    customFunctions,
    host,
    now: () => clock.nowMs(),
    deferRecalc,
  });
  workbook.addSheet(options.locale.startsWith('ko') ? '시트1' : 'Sheet1');
  return workbook;
}

/**
 * A document's services over `workbook`; `view` defaults to a fresh test-side view; `projectName`
 * titles add-on menus.
 */
export function documentState(
  env: ServiceEnv,
  realm: () => Realm,
  workbook: Workbook,
  view?: WorkbookView,
  projectName?: string,
): DocumentState {
  const own = view ?? new WorkbookView(workbook, newRecorder());
  const api = new SheetsApi({ env, realm, ui: own.recorder, projectName }, workbook);
  return { id: workbook.id, workbook, api, spreadsheetApp: createSpreadsheetApp(api), view: own };
}

/** Every document, by id; `current()` is the running execution's (the first outside executions). */
export class Documents {
  private readonly byId = new Map<string, DocumentState>();

  constructor(
    readonly first: DocumentState,
    private readonly currentId: () => string,
  ) {
    this.byId.set(first.id, first);
  }

  add(doc: DocumentState): void {
    if (this.byId.has(doc.id)) throw new Error(`A document with id ${doc.id} already exists`);
    this.byId.set(doc.id, doc);
  }
  /** The document with that id (the first when omitted); throws for an unknown id. */
  get(id?: string): DocumentState {
    if (!id) return this.first;
    const doc = this.byId.get(id);
    if (!doc) throw new Error(`No document with id ${id} (documents: ${this.ids().join(', ')})`);
    return doc;
  }
  current(): DocumentState {
    return this.byId.get(this.currentId()) ?? this.first;
  }
  ids(): string[] {
    return [...this.byId.keys()];
  }
  /** Evaluates every document's deferred writes (an execution ends: Sheets shows the results). */
  settle(): void {
    for (const doc of this.byId.values()) doc.workbook.engine.settle();
  }
  /** The running execution's document as stores and locks key it ('' for the first). */
  key(): string {
    const id = this.current().id;
    return id === this.first.id ? '' : id;
  }
  /**
   * The lock a kind means: one script lock for everyone; a document lock per document and a user
   * lock per user (the first document's and `defaultUser`'s keep the plain kind).
   */
  lockScope(kind: LockKind, user: string | undefined, defaultUser: string): string {
    if (kind === 'document') return this.key() ? `document:${this.key()}` : kind;
    if (kind === 'user' && user && user !== defaultUser) return `user:${user}`;
    return kind;
  }

  /** A SpreadsheetApp whose every member is the running execution's document's. */
  spreadsheetApp(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
    return new Proxy({} as GoogleAppsScript.Spreadsheet.SpreadsheetApp, {
      get: (_target, key) => Reflect.get(this.current().spreadsheetApp, key),
      has: (_target, key) => key in this.current().spreadsheetApp,
    });
  }
}
