// COVERAGE and FORECAST written as native spreadsheet formulas (SUMIFS / SUMPRODUCT) in the
// formula engine, on the same rows as the custom-function benchmarks, for a side-by-side view.
import { HyperFormula } from 'hyperformula';
import { coverageRatio } from '../src/core/coverage';
import { weightedForecast } from '../src/core/forecast';
import { SIZES } from './functions';
import { type BenchRecord, median } from './record';
import { column, sampleDeals } from './sample-deals';

/**
 * Median ms for the engine to recalculate `formula` after one input cell changes. First checks
 * that the formula gives what the custom function gives on the same rows, so both compute the same.
 */
function recalcMs(
  hf: HyperFormula,
  sheet: number,
  amounts: number[],
  formula: string,
  expected: number,
): number {
  const out = { sheet, col: 7, row: 0 };
  hf.setCellContents(out, [[formula]]);
  const value = hf.getCellValue(out);
  if (
    typeof value !== 'number' ||
    Math.abs(value - expected) > 1e-9 * Math.max(1, Math.abs(expected))
  ) {
    throw new Error(
      `native formula ${formula.slice(0, 40)}… gave ${String(value)}, expected ${expected}`,
    );
  }
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    // Changing one amount makes the engine recompute the formula over every row.
    hf.setCellContents({ sheet, col: 0, row: run }, [[amounts[run] + 1]]);
    hf.getCellValue(out);
    times.push(performance.now() - t);
  }
  for (let run = 0; run < 5; run++)
    hf.setCellContents({ sheet, col: 0, row: run }, [[amounts[run]]]);
  hf.setCellContents(out, [[null]]);
  return median(times);
}

export async function run(): Promise<BenchRecord[]> {
  const records: BenchRecord[] = [];
  for (const n of SIZES) {
    const d = sampleDeals(n);
    // A: amount, B: status (English, as native formulas match text literally), C: probability, D: close serial
    const english: Record<string, string> = { 진행: 'Open', 성사: 'Won', 실패: 'Lost' };
    const rows = d.amount.map((a, i) => [
      a,
      english[d.status[i]] ?? d.status[i],
      d.probability[i],
      d.closeSerial[i],
    ]);
    rows[0].push('', 46113, 46203); // F1: period start 2026-04-01, G1: period end 2026-06-30
    const hf = HyperFormula.buildFromSheets(
      { Deals: rows },
      {
        licenseKey: 'gpl-v3',
        maxRows: Math.max(n + 10, 40_000),
        // Sheets evaluates comparisons inside SUMPRODUCT over whole ranges; so must the engine.
        useArrayArithmetic: true,
      },
    );
    const sheet = hf.getSheetId('Deals')!;
    const A = `A1:A${n}`;
    const B = `B1:B${n}`;
    const C = `C1:C${n}`;
    const D = `D1:D${n}`;
    const coverage = `=SUMIFS(${A}, ${B}, "Open") / 1000000000`;
    const forecast =
      `=SUMIFS(${A}, ${B}, "Won", ${D}, ">="&F1, ${D}, "<="&G1)` +
      ` + SUMPRODUCT((${B}="Open") * (${D}>=F1) * (${D}<=G1) * ${A} * ${C})`;
    const amounts = column(d.amount);
    const statuses = column(d.status);
    const expectedCoverage = coverageRatio(amounts, 1e9, statuses);
    const expectedForecast = weightedForecast(
      amounts,
      column(d.probability),
      column(d.closeSerial),
      46113,
      46203,
      statuses,
    );
    const coverageMs = recalcMs(hf, sheet, d.amount, coverage, expectedCoverage);
    const forecastMs = recalcMs(hf, sheet, d.amount, forecast, expectedForecast);
    records.push({ name: 'native.COVERAGE.ms', n, value: coverageMs, unit: 'ms' });
    records.push({ name: 'native.FORECAST.ms', n, value: forecastMs, unit: 'ms' });
    hf.destroy();
  }
  return records;
}
