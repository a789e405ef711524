// The workbook npm start wrote, read back sheet by sheet as plain values.
import ExcelJS from 'exceljs';

/** A sheet of the written workbook as rows of plain values (formula cells give their computed result). */
export function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map((v) => {
      if (v && typeof v === 'object' && 'result' in (v as object))
        return (v as { result: unknown }).result;
      if (v && typeof v === 'object' && 'richText' in (v as object))
        return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
      return v ?? '';
    });
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function readWorkbook(path: string): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return new Map(wb.worksheets.map((ws) => [ws.name, rowsOf(ws)]));
}
