// Spreadsheet and the objects hanging off it (named ranges, protections, bandings, charts), metered per call.
// biome-ignore-all lint/complexity/noCommaOperator: API tables meter the call, then return its result: `(touch, value)`.
// biome-ignore-all lint/suspicious/noAssignInExpressions: setters in those tables assign and return the object.
import { strict } from '../runtime';
import { type GridRange, parseA1 } from './a1';
import { makeChart, makeChartBuilder, makeConditionalRule } from './builders';
import { type SheetsContext, touch } from './context';
import { makeRange } from './range';
import { checkGrid, makeSheet } from './sheet';
import type {
  BandingSpec,
  ChartSpec,
  ConditionalRuleSpec,
  ProtectionSpec,
  SheetModel,
  Workbook,
} from './workbook';

/** Factory for the Apps Script-facing objects of one workbook. */
export class SheetsApi {
  constructor(
    readonly ctx: SheetsContext,
    readonly wb: Workbook,
  ) {}

  range(sheet: SheetModel, grid: GridRange): GoogleAppsScript.Spreadsheet.Range {
    return makeRange(this, sheet, checkGrid(sheet, grid));
  }
  sheet(sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSheet(this, sheet);
  }
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return makeSpreadsheet(this);
  }
  rangeAt(r: { sheetId: number; grid: GridRange }): GoogleAppsScript.Spreadsheet.Range {
    const sheet = this.wb.sheetById(r.sheetId);
    if (!sheet) throw new Error('Range not found: its sheet was deleted.');
    return this.range(sheet, r.grid);
  }
  conditionalRule(spec: ConditionalRuleSpec): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    return makeConditionalRule(structuredClone(spec), (r) => this.rangeAt(r));
  }
  chart(sheet: SheetModel, spec: ChartSpec): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    const rangeOf = (g: GridRange) => this.range(sheet, g);
    // modify() starts a builder over a copy; updateChart writes it back.
    return makeChart(structuredClone(spec), rangeOf, () =>
      makeChartBuilder(structuredClone(spec), rangeOf),
    );
  }

  banding(sheet: SheetModel, spec: BandingSpec): GoogleAppsScript.Spreadsheet.Banding {
    const w = (m: string) => touch(this.ctx, 'write', `Banding.${m}`);
    let self: any;
    self = strict('Banding', {
      getRange: () => (touch(this.ctx, 'other', 'Banding.getRange'), this.range(sheet, spec.grid)),
      remove: () => {
        w('remove');
        sheet.bandings = sheet.bandings.filter((b) => b !== spec);
      },
      setHeaderRowColor: () => (w('setHeaderRowColor'), self),
      setFirstRowColor: () => (w('setFirstRowColor'), self),
      setSecondRowColor: () => (w('setSecondRowColor'), self),
      setFooterRowColor: () => (w('setFooterRowColor'), self),
      setRange: (range: { __location(): { grid: GridRange } }) => {
        w('setRange');
        spec.grid = range.__location().grid;
        return self;
      },
      __theme: spec.theme,
    });
    return self;
  }

  protection(sheet: SheetModel, spec: ProtectionSpec): GoogleAppsScript.Spreadsheet.Protection {
    const w = (m: string) => touch(this.ctx, 'write', `Protection.${m}`);
    const o = (m: string) => touch(this.ctx, 'other', `Protection.${m}`);
    const emails = (users: unknown[]) =>
      users.map((u) => (typeof u === 'string' ? u : (u as { getEmail(): string }).getEmail()));
    let self: any;
    self = strict('Protection', {
      getProtectionType: () => (o('getProtectionType'), spec.kind),
      getDescription: () => (o('getDescription'), spec.description),
      setDescription: (d: string) => (w('setDescription'), (spec.description = d), self),
      isWarningOnly: () => (o('isWarningOnly'), spec.warningOnly),
      setWarningOnly: (v: boolean) => (w('setWarningOnly'), (spec.warningOnly = !!v), self),
      getEditors: () => (
        o('getEditors'), this.ctx.realm().array(spec.editors.map((e) => userObject(e)))
      ),
      addEditor: (u: unknown) => (w('addEditor'), spec.editors.push(...emails([u])), self),
      addEditors: (us: unknown[]) => (w('addEditors'), spec.editors.push(...emails(us)), self),
      removeEditor: (u: unknown) => {
        w('removeEditor');
        const [e] = emails([u]);
        spec.editors = spec.editors.filter((x) => x !== e || x === this.wb.owner);
        return self;
      },
      removeEditors: (us: unknown[]) => {
        w('removeEditors');
        const gone = new Set(emails(us));
        // The owner always keeps edit access.
        spec.editors = spec.editors.filter((x) => !gone.has(x) || x === this.wb.owner);
        return self;
      },
      // The emulated user runs the script, and scripts run with the editor rights of the owner.
      canEdit: () => (o('canEdit'), true),
      canDomainEdit: () => (o('canDomainEdit'), false),
      setDomainEdit: () => (w('setDomainEdit'), self),
      remove: () => {
        w('remove');
        spec.removed = true;
      },
      getRange: () => (
        o('getRange'),
        this.range(
          sheet,
          spec.grid ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols },
        )
      ),
      setUnprotectedRanges: (ranges: { __location(): { grid: GridRange } }[]) => {
        w('setUnprotectedRanges');
        spec.unprotected = ranges.map((r) => r.__location().grid);
        return self;
      },
      getUnprotectedRanges: () => (
        o('getUnprotectedRanges'),
        this.ctx.realm().array(spec.unprotected.map((g) => this.range(sheet, g)))
      ),
      __spec: spec,
    });
    return self;
  }
}

/** A minimal User (getEmail), as Spreadsheet.getOwner/getEditors return. */
export function userObject(email: string): GoogleAppsScript.Base.User {
  return strict('User', {
    getEmail: () => email,
    getUsername: () => email.split('@')[0],
    toString: () => email,
  }) as unknown as GoogleAppsScript.Base.User;
}

function makeSpreadsheet(api: SheetsApi): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const { ctx, wb } = api;
  const other = (m: string) => touch(ctx, 'other', `Spreadsheet.${m}`);
  const write = (m: string) => touch(ctx, 'write', `Spreadsheet.${m}`);
  const read = (m: string) => touch(ctx, 'read', `Spreadsheet.${m}`);
  let self: GoogleAppsScript.Spreadsheet.Spreadsheet;

  const namedRange = (name: string) => {
    const nr = strict('NamedRange', {
      getName: () => (touch(ctx, 'other', 'NamedRange.getName'), name),
      getRange: () => {
        touch(ctx, 'other', 'NamedRange.getRange');
        const at = wb.namedRange(name);
        if (!at) throw new Error(`Named range ${name} no longer points anywhere.`);
        return api.range(at.sheet, at.grid);
      },
      remove: () => {
        touch(ctx, 'write', 'NamedRange.remove');
        wb.removeName(name);
      },
      setRange: (range: { __location(): { sheetId: number; grid: GridRange } }) => {
        touch(ctx, 'write', 'NamedRange.setRange');
        const loc = range.__location();
        wb.setName(name, wb.sheetById(loc.sheetId)!, loc.grid);
        return nr;
      },
      setName: (next: string) => {
        touch(ctx, 'write', 'NamedRange.setName');
        const at = wb.namedRange(name);
        if (!at) throw new Error(`Named range ${name} no longer points anywhere.`);
        wb.removeName(name);
        wb.setName(next, at.sheet, at.grid);
        name = next;
        return nr;
      },
    });
    return nr;
  };

  const insertSheet = (...args: unknown[]) => {
    write('insertSheet');
    let name: string | undefined;
    let index: number | undefined;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
    }
    if (!name) {
      let n = wb.sheets.length + 1;
      while (wb.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const model = wb.addSheet(name, index ?? wb.sheets.length);
    wb.activeSheetId = model.sheetId;
    return api.sheet(model);
  };

  const sheetOf = (s: unknown): SheetModel => {
    const id = (s as { getSheetId?: () => number })?.getSheetId?.();
    const model = id === undefined ? undefined : wb.sheetById(id);
    if (!model) throw new Error('Invalid argument: sheet');
    return model;
  };

  const impl = {
    getId: () => (other('getId'), wb.id),
    getName: () => (other('getName'), wb.name),
    rename: (name: string) => (write('rename'), (wb.name = name), undefined),
    getUrl: () => (other('getUrl'), `https://docs.google.com/spreadsheets/d/${wb.id}/edit`),
    getSheets: () => (other('getSheets'), ctx.realm().array(wb.sheets.map((s) => api.sheet(s)))),
    getNumSheets: () => (other('getNumSheets'), wb.sheets.length),
    getSheetByName: (name: string) => {
      other('getSheetByName');
      const s = wb.sheetByName(String(name));
      return s ? api.sheet(s) : null;
    },
    getSheetById: (id: number) => {
      other('getSheetById');
      const s = wb.sheetById(id);
      return s ? api.sheet(s) : null;
    },
    insertSheet,
    deleteSheet: (sheet: unknown) => {
      write('deleteSheet');
      wb.removeSheet(sheetOf(sheet));
    },
    setActiveSheet: (sheet: unknown) => {
      other('setActiveSheet');
      const model = sheetOf(sheet);
      wb.activeSheetId = model.sheetId;
      return api.sheet(model);
    },
    getActiveSheet: () => (other('getActiveSheet'), api.sheet(wb.activeSheet())),
    getActiveRange: () => {
      other('getActiveRange');
      const { sheet, grid } = wb.activeRange();
      return api.range(sheet, grid);
    },
    getActiveCell: () => {
      other('getActiveCell');
      const { sheet, grid } = wb.activeRange();
      return api.range(sheet, { row: grid.row, col: grid.col, numRows: 1, numCols: 1 });
    },
    getRange: (a1: string) => {
      other('getRange');
      const ref = parseA1(a1, 1e7, 18278);
      const sheet = ref.sheetName ? wb.sheetByName(ref.sheetName) : wb.activeSheet();
      if (!sheet) throw new Error('Range not found');
      const full = parseA1(a1, sheet.maxRows, sheet.maxCols);
      return api.range(sheet, full);
    },
    getSpreadsheetTimeZone: () => (other('getSpreadsheetTimeZone'), wb.timeZone),
    setSpreadsheetTimeZone: (tz: string) => {
      write('setSpreadsheetTimeZone');
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      wb.timeZone = tz;
    },
    getSpreadsheetLocale: () => (other('getSpreadsheetLocale'), wb.locale),
    setSpreadsheetLocale: (locale: string) => {
      write('setSpreadsheetLocale');
      wb.locale = locale;
    },
    getOwner: () => (other('getOwner'), wb.owner ? userObject(wb.owner) : null),
    getEditors: () => {
      other('getEditors');
      const all = [...new Set([...(wb.owner ? [wb.owner] : []), ...wb.editors])];
      return ctx.realm().array(all.map((e) => userObject(e)));
    },
    addEditor: (u: unknown) => {
      write('addEditor');
      wb.editors.push(typeof u === 'string' ? u : (u as { getEmail(): string }).getEmail());
      return self;
    },
    getNamedRanges: () => {
      other('getNamedRanges');
      return ctx.realm().array([...wb.namedRanges].filter((n) => wb.namedRange(n)).map(namedRange));
    },
    setNamedRange: (
      name: string,
      range: { __location(): { sheetId: number; grid: GridRange } },
    ) => {
      write('setNamedRange');
      const loc = range.__location();
      wb.setName(String(name), wb.sheetById(loc.sheetId)!, loc.grid);
    },
    getRangeByName: (name: string) => {
      other('getRangeByName');
      const at = wb.namedRange(String(name));
      return at ? api.range(at.sheet, at.grid) : null;
    },
    removeNamedRange: (name: string) => {
      write('removeNamedRange');
      const real = wb.nameOf(String(name));
      if (!real) throw new Error(`Named range ${name} does not exist.`);
      wb.removeName(real);
    },
    getProtections: (type: string) => {
      read('getProtections');
      return ctx
        .realm()
        .array(
          wb.sheets.flatMap((s) =>
            s.protections
              .filter((p) => !p.removed && p.kind === String(type))
              .map((p) => api.protection(s, p)),
          ),
        );
    },
    toast: (message: unknown, title?: unknown, timeoutSeconds?: number) => {
      other('toast');
      ctx.ui.toasts.push({
        message: String(message ?? ''),
        title: title === undefined || title === null ? '' : String(title),
        timeoutSeconds,
        at: ctx.env.clock.now(),
      });
    },
    toString: () => 'Spreadsheet',
  };
  self = strict('Spreadsheet', impl) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return self;
}
