// Writes several cells of one Deals row in one setValues, columns found through the schema.

import type { DealField } from '../core/schema';
import { toCellText, toSheetText } from '../core/sheet-text';
import type { WorkbookSnapshot } from './workbook';

type Planned = { value: unknown } | { formula: string };

/**
 * Writes `cells` (field → value) into Deals row `row` (1-based) with one setValues over the
 * columns from the first to the last field written. Cells in between keep their content: their
 * values from the snapshot, or their formulas (read with one getFormulas, only when there are
 * such cells). Text is written formula-safe for each cell's number format (read with one
 * getNumberFormats, only when some text or formula needs it). A formula in between in a cell
 * formatted as plain text would turn into text if written back, so then each run of adjacent
 * written cells gets its own setValues instead. Updates the snapshot's values. Returns the fields
 * that have no column (nothing is written then).
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
  const formulas = width > byColumn.size ? (range.getFormulas()[0] as string[]) : [];
  while (values.length < row) values.push([]);
  const current = values[row - 1];
  const planned: Planned[] = [];
  for (let c = first; c <= last; c++) {
    const formula = byColumn.has(c) ? '' : formulas[c - first];
    planned.push(
      formula ? { formula } : { value: byColumn.has(c) ? byColumn.get(c) : (current[c] ?? '') },
    );
  }
  const needsFormat = planned.some((p) => 'formula' in p || toSheetText(p.value) !== p.value);
  const formats = needsFormat ? (range.getNumberFormats()[0] as string[]) : [];
  const out = planned.map((p, i) =>
    'formula' in p ? p.formula : needsFormat ? toCellText(p.value, formats[i]) : p.value,
  );
  for (const [c, v] of byColumn) current[c] = v;
  if (planned.some((p, i) => 'formula' in p && formats[i] === '@')) {
    for (const run of adjacentRuns([...byColumn.keys()]))
      sheet
        .getRange(row, run.start + 1, 1, run.length)
        .setValues([out.slice(run.start - first, run.start - first + run.length)]);
  } else range.setValues([out]);
  return [];
}

/** Columns grouped into runs of adjacent ones, left to right. */
function adjacentRuns(columns: number[]): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const lastRun = runs[runs.length - 1];
    if (lastRun && lastRun.start + lastRun.length === c) lastRun.length++;
    else runs.push({ start: c, length: 1 });
  }
  return runs;
}
