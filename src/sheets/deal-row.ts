// Writes several cells of one Deals row in one setValues, columns found through the schema.

import type { DealField } from '../core/schema';
import { toCellText, toSheetText } from '../core/sheet-text';
import type { WorkbookSnapshot } from './workbook';

/**
 * Writes `cells` (field → value) into Deals row `row` (1-based) with one setValues over the
 * columns from the first to the last field written. Cells in between keep their content: their
 * values from the snapshot, or their formulas (read with one getFormulas, only when there are
 * such cells). Text is written formula-safe for each cell's number format (read with one
 * getNumberFormats, only when some text needs it). Updates the snapshot's values. Returns the
 * fields that have no column (nothing is written then).
 */
export function writeDealRow(
  snapshot: Pick<WorkbookSnapshot, 'deals'>,
  row: number,
  cells: Partial<Record<DealField, unknown>>,
): DealField[] {
  const { sheet, values, header } = snapshot.deals;
  const fields = Object.keys(cells) as DealField[];
  const missing = fields.filter((f) => header.columns[f] === undefined);
  if (!sheet || missing.length > 0 || fields.length === 0) return missing;
  const byColumn = new Map(fields.map((f) => [header.columns[f] as number, cells[f]]));
  const first = Math.min(...byColumn.keys());
  const last = Math.max(...byColumn.keys());
  const width = last - first + 1;
  const range = sheet.getRange(row, first + 1, 1, width);
  const formulas = width > byColumn.size ? (range.getFormulas()[0] as string[]) : undefined;
  while (values.length < row) values.push([]);
  const current = values[row - 1];
  const planned: unknown[] = [];
  for (let c = first; c <= last; c++) {
    const formula = formulas?.[c - first];
    planned.push(byColumn.has(c) ? byColumn.get(c) : formula ? { formula } : (current[c] ?? ''));
  }
  const guarded = planned.some((v) => toSheetText(v) !== v);
  const formats = guarded ? (range.getNumberFormats()[0] as string[]) : [];
  const out = planned.map((v, i) => {
    if (v && typeof v === 'object' && 'formula' in v) return (v as { formula: string }).formula;
    return guarded ? toCellText(v, formats[i]) : v;
  });
  for (const [c, v] of byColumn) current[c] = v;
  range.setValues([out]);
  return [];
}
