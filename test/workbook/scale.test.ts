// Service-call budget: set-up, Check data and a pasted block cost the same number of calls at 10,000 deals as at 100.
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

async function workbookWith(n: number) {
  const emu = await emulator();
  emu.setValues('시트1', 'A1', deals(n));
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
  return { emu, setUp, checkData, paste, history };
}

describe('service calls do not grow with the number of deals', () => {
  it('costs the same calls for 10,000 deals as for 100', async () => {
    const small = await workbookWith(100);
    const large = await workbookWith(10_000);
    expect(large.setUp).toEqual(small.setUp);
    expect(large.checkData).toEqual(small.checkData);
    expect(large.paste).toEqual(small.paste);
    // The budgets themselves (reads and writes are what Apps Script charges for).
    expect(large.setUp.read).toBeLessThanOrEqual(6);
    expect(large.checkData).toMatchObject({ read: 4, write: 2 });
    expect(large.paste.read).toBeLessThanOrEqual(6);
    expect(large.paste.write).toBeLessThanOrEqual(4);
    // Every pasted row changed stage, and each got one History row.
    expect(large.history).toBe(500);
    expect(small.history).toBe(100);
    expect(large.emu.getValues('딜', 'I10001')).toEqual([['D-10000']]);
  });
});
