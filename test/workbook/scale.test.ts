// Service-call budget: set-up, Check data, a pasted block, rows added past the grid and the daily job
// cost the same number of calls at 10,000 deals as at 100.
import type { Emulator } from '../../emulator';
import { emulator } from './emulator-setup';

const STAGES = ['잠재 고객 발굴', '고객 자격 평가', '제안 및 견적', '협상', '계약 성사'];

function deals(n: number): unknown[][] {
  const rows: unknown[][] = [['딜', '회사', '담당자', '단계', '상태', '금액', '확률', '메모']];
  for (let i = 0; i < n; i++)
    rows.push([
      `딜 ${i}`,
      `회사 ${i % 700}`,
      i % 50 === 0 ? '' : `rep${i % 9}@acme.co.kr`,
      STAGES[i % STAGES.length],
      i % 7 === 0 ? '성사' : '진행',
      i % 97 === 0 ? '백만' : 1000 + i,
      i % 13 === 0 ? 0.99 : '',
      '',
    ]);
  return rows;
}

/** Calls of one command, by kind. */
function measure(emu: Emulator, run: () => void) {
  emu.calls.reset();
  run();
  const { read, write, other, mail } = emu.calls.snapshot();
  return { read, write, other, mail };
}

/** Rows 1-based `from`..`from + count - 1` of deals, as an import or another tool would add them. */
function moreDeals(from: number, count: number): unknown[][] {
  return deals(from + count).slice(from, from + count);
}

async function workbookWith(n: number) {
  const emu = await emulator();
  emu.setValues('시트1', 'A1', deals(n));
  // An imported file's grid ends at its last row, small or large.
  const spare = emu.sheet('시트1').maxRows - (n + 1);
  if (spare > 0)
    emu.execute('menu', () => emu.spreadsheet.getSheetByName('시트1')!.deleteRows(n + 2, spare));
  const setUp = measure(emu, () => emu.run('menuSetUp'));
  const checkData = measure(emu, () => emu.run('menuCheckData'));
  emu.execute('menu', () => {
    const g = emu.global as unknown as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    g.ScriptApp.newTrigger('onPipelineEdit').forSpreadsheet(emu.spreadsheet).onEdit().create();
  });
  const pasteRows = Math.min(500, n);
  const block = Array.from({ length: pasteRows }, (_, i) => [STAGES[(i + 2) % STAGES.length]]);
  const paste = measure(emu, () => emu.userEdit('딜', 'D2', block));
  const history = emu.getValues('이력').length - 1;
  // The first run reconciles History for the deals no edit saw (more of them in the larger book).
  emu.run('runDailyJob', { mode: 'time-trigger' });
  // A person pastes 300 deals past the end of the grid (the edit handler re-points the ranges),
  // then another tool appends 300 more past the new end (no edit event: the daily job does it).
  const dealsSheet = emu.sheet('딜');
  const pastGrid = measure(emu, () =>
    emu.userEdit('딜', `A${dealsSheet.maxRows + 1}`, moreDeals(n, 300)),
  );
  emu.setValues('딜', `A${dealsSheet.maxRows + 1}`, moreDeals(n + 300, 300));
  // The next day's tick (a tick runs the daily work once a day).
  emu.clock.advance(24 * 3_600_000);
  const grownJob = measure(emu, () => emu.run('runDailyJob', { mode: 'time-trigger' }));
  const covered = emu.workbook.namedRange('deals_amount')!.grid;
  return { emu, setUp, checkData, paste, history, pastGrid, grownJob, covered };
}

describe('service calls do not grow with the number of deals', () => {
  it('costs the same calls for 10,000 deals as for 100', async () => {
    const small = await workbookWith(100);
    const large = await workbookWith(10_000);
    expect(large.setUp).toEqual(small.setUp);
    expect(large.checkData).toEqual(small.checkData);
    expect(large.paste).toEqual(small.paste);
    expect(large.pastGrid).toEqual(small.pastGrid);
    expect(large.grownJob).toEqual(small.grownJob);
    // The budgets themselves (reads and writes are what Apps Script charges for).
    expect(large.setUp.read).toBeLessThanOrEqual(6);
    // Check data: Settings, Deals, notes, backgrounds, and report_date's formula.
    expect(large.checkData).toMatchObject({ read: 5, write: 2 });
    expect(large.paste.read).toBeLessThanOrEqual(6);
    expect(large.paste.write).toBeLessThanOrEqual(4);
    // After rows were added past the grid, the ranges reach past the last deal with rows to spare.
    for (const { covered, emu } of [small, large]) {
      const lastDeal = emu.getValues('딜').length;
      expect(covered.row + covered.numRows - 1).toBe(emu.sheet('딜').maxRows);
      expect(emu.sheet('딜').maxRows).toBeGreaterThanOrEqual(lastDeal + 500);
    }
    // Set-up records one import baseline per deal; then every pasted row changed stage, and each
    // got one History row.
    expect(large.history).toBe(10_000 + 500);
    expect(small.history).toBe(100 + 100);
    expect(large.emu.getValues('딜', 'I10001')).toEqual([['D-10000']]);
  });
});
