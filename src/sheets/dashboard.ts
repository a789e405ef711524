// Refresh dashboard: rewrites the Dashboard sheet (formulas over named ranges, stalled deals per owner, charts).

import { say } from '../core/i18n';
import { toSheetText } from '../core/sheet-text';
import { findStalledDeals } from '../core/stall';
import { type DashboardLayout, dashboardLayout, type OwnerStall } from './dashboard-layout';
import { keepSnapshotRangesCovering, type RuleBuilders } from './range-reach';
import { ownSheet, readWorkbook, type WorkbookSnapshot } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
/** The chart types the dashboard draws (Apps Script's Charts service, handed in). */
export type ChartTypes = Record<'BAR' | 'COLUMN', GoogleAppsScript.Charts.ChartType>;

/** Stalled deals and their amount per owner, most stalled first. */
export function stalledByOwner(snapshot: WorkbookSnapshot, today: Date): OwnerStall[] {
  const stalled = findStalledDeals(
    snapshot.deals.rows,
    snapshot.settings,
    today,
    snapshot.timeZone,
  );
  const byOwner = new Map<string, OwnerStall>();
  for (const s of stalled) {
    const owner = s.deal.owner || '—';
    const o = byOwner.get(owner) ?? { owner, deals: 0, amount: 0 };
    o.deals++;
    o.amount += Number.isFinite(s.deal.amount) ? s.deal.amount : 0;
    byOwner.set(owner, o);
  }
  return [...byOwner.values()].sort(
    (a, b) => b.deals - a.deals || b.amount - a.amount || a.owner.localeCompare(b.owner),
  );
}

/**
 * Rewrites the Dashboard: one clear, one setValues and one setNumberFormats over the dashboard area,
 * and its two charts replaced, after pointing the ranges it reads at rows added below them. `now` is
 * used when Settings has no report date yet.
 */
export function refreshDashboard(
  ss: Spreadsheet,
  app: RuleBuilders,
  now: Date,
  chartTypes: ChartTypes,
): DashboardLayout {
  // The dashboard needs Settings and Deals only.
  const snapshot = readWorkbook(ss, { history: false, alerts: false });
  // Its figures read the named ranges: deals added below them since the daily job must count.
  keepSnapshotRangesCovering(app, snapshot);
  const today = snapshot.settings.reportDate ?? now;
  const layout = dashboardLayout(
    snapshot.lang,
    snapshot.settings.stages,
    stalledByOwner(snapshot, today),
    snapshot.settings.currency,
    snapshot.deals.header.columns.closedOn !== undefined,
  );
  // A Dashboard sheet of the user's is never cleared: ours goes beside it.
  const { sheet } = ownSheet(ss, 'dashboard', snapshot.lang, (s) => s.getRange(1, 1).getValues());
  writeLayout(sheet, layout);
  replaceCharts(sheet, layout, chartTypes);
  ss.toast(say(snapshot.lang, 'dashboardRefreshed'), say(snapshot.lang, 'dashboardRefreshedTitle'));
  return layout;
}

/** Removes the dashboard's charts and builds the layout's (funnel bars, forecast by month). */
function replaceCharts(sheet: Sheet, layout: DashboardLayout, chartTypes: ChartTypes): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const spec of layout.charts) {
    const chart = sheet
      .newChart()
      .setChartType(spec.kind === 'bar' ? chartTypes.BAR : chartTypes.COLUMN)
      .addRange(sheet.getRange(spec.range))
      .setNumHeaders(1)
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .setOption('title', spec.title)
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(chart);
  }
}

function writeLayout(sheet: Sheet, layout: DashboardLayout): void {
  const height = layout.values.length;
  const width = layout.values[0].length;
  // Clear what an earlier refresh wrote (it may have been longer), then write the grid in one call.
  const previous = sheet.getLastRow();
  sheet.getRange(1, 1, Math.max(previous, height), width).clearContent();
  const range = sheet.getRange(1, 1, height, width);
  // Our own formulas (all above the stalled-per-owner table) are written as formulas; the table
  // holds sheet text (owner cells), which is made formula-safe even when it starts with "=".
  const ownFormulasEnd = layout.cells.stalledFirstRow - 1;
  range.setValues(
    layout.values.map((row, i) =>
      row.map((v) =>
        i < ownFormulasEnd && typeof v === 'string' && v.startsWith('=') ? v : toSheetText(v),
      ),
    ),
  );
  range.setNumberFormats(layout.formats.map((row) => row.map((f) => f || 'General')));
  sheet.setFrozenRows(1);
  // Labels in A are long; figures in B–D are up to 16 digits of won.
  sheet.setColumnWidth(1, 320);
  sheet.setColumnWidths(2, 3, 170);
}
