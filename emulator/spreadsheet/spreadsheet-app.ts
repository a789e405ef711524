// The SpreadsheetApp global: the active spreadsheet, builders, enums and getUi().
// biome-ignore-all lint/complexity/noCommaOperator: API tables meter the call, then return its result: `(touch, value)`.
// biome-ignore-all lint/suspicious/noAssignInExpressions: setters in those tables assign and return the object.
import { strict } from '../runtime';
import {
  BandingTheme,
  BooleanCriteria,
  ChartType,
  DataValidationCriteria,
  Dimension,
  makeConditionalRuleBuilder,
  makeDataValidationBuilder,
  makeRichTextBuilder,
  ProtectionType,
  WrapStrategy,
} from './builders';
import { touch } from './context';
import type { SheetsApi } from './spreadsheet';
import { makeUi } from './ui';

/** Builds SpreadsheetApp over one workbook (container-bound: getActive() is that workbook). */
export function createSpreadsheetApp(api: SheetsApi): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const { ctx, wb } = api;
  const other = (m: string) => touch(ctx, 'other', `SpreadsheetApp.${m}`);
  const app = {
    DataValidationCriteria,
    BooleanCriteria,
    BandingTheme,
    ProtectionType,
    WrapStrategy,
    Dimension,
    getActive: () => (other('getActive'), api.spreadsheet()),
    getActiveSpreadsheet: () => (other('getActiveSpreadsheet'), api.spreadsheet()),
    getActiveSheet: () => (other('getActiveSheet'), api.sheet(wb.activeSheet())),
    getActiveRange: () => {
      other('getActiveRange');
      const { sheet, grid } = wb.activeRange();
      return api.range(sheet, grid);
    },
    openById: (id: string) => {
      other('openById');
      if (id === wb.id) return api.spreadsheet();
      // The add-on's scope (spreadsheets.currentonly) cannot open other files.
      throw new Error('You do not have permission to call SpreadsheetApp.openById');
    },
    // Writes apply at once here, so flush has nothing pending to push out.
    flush: () => other('flush'),
    newDataValidation: () => (other('newDataValidation'), makeDataValidationBuilder()),
    newConditionalFormatRule: () => (
      other('newConditionalFormatRule'), makeConditionalRuleBuilder((r) => api.rangeAt(r))
    ),
    newRichTextValue: () => (other('newRichTextValue'), makeRichTextBuilder()),
    getUi: () => {
      ctx.env.execution().assertUi();
      other('getUi');
      return makeUi(ctx);
    },
  };
  return strict('SpreadsheetApp', app) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

/** The Charts global: only the ChartType enum the add-on uses with sheet.newChart(). */
export function createCharts(): GoogleAppsScript.Charts.Charts {
  return strict('Charts', { ChartType }) as unknown as GoogleAppsScript.Charts.Charts;
}
