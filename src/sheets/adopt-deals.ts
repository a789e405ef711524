// Writes an adoption plan into the Deals sheet: converted cells and filled blanks, one write per column.
import type { AdoptionPlan } from '../core/import/adoption-plan';
import { type CalendarDay, calendarDayPlacer } from '../core/import/date-text';
import type { DealField } from '../core/schema';
import { type WorkbookSnapshot, writeDealColumn } from './workbook';

function isCalendarDay(v: unknown): v is CalendarDay {
  return typeof v === 'object' && v !== null && 'y' in v && 'm' in v && 'd' in v;
}

/**
 * Applies the plan's conversions and fills, grouped by column (one setValues each, formulas in
 * between kept). Calendar days become the dates their wall clock shows in the spreadsheet's zone.
 * The snapshot's values are updated, so deals read from it afterwards see the converted cells.
 */
export function writeAdoption(
  snapshot: Pick<WorkbookSnapshot, 'deals'>,
  plan: Pick<AdoptionPlan, 'conversions' | 'fills'>,
  timeZone: string,
): void {
  const byField = new Map<DealField, Map<number, unknown>>();
  const dateOf = calendarDayPlacer(timeZone);
  const put = (field: string, row: number, value: unknown) => {
    const key = field as DealField;
    let updates = byField.get(key);
    if (!updates) {
      updates = new Map();
      byField.set(key, updates);
    }
    updates.set(row, isCalendarDay(value) ? dateOf(value) : value);
  };
  for (const c of plan.conversions) put(c.field, c.row, c.to);
  for (const f of plan.fills) put(f.field, f.row, f.value);
  for (const [field, updates] of byField) writeDealColumn(snapshot, field, updates);
}
