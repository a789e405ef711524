// Set-up on a workbook built the way a Korean team keeps it: a title above the header, an archive
// sheet, their own Settings sheet, amounts/percents/dates typed as text, outcomes as 수주/실주, 스누즈.
import type { Emulator } from '../../emulator';
import { emulator } from './emulator-setup';

const ARCHIVE = [
  ['딜', '단계', '금액', '생성일'],
  ['옛 딜 1', '협상', 1000, '2023-01-05'],
  ['옛 딜 2', '협상', 2000, '2023-02-05'],
  ['옛 딜 3', '협상', 3000, '2023-03-05'],
];
const TITLE = ['2026 영업 현황', '', '', '', '', '', '', '', '', ''];
const HEADER = [
  '건명',
  '고객사',
  '단계',
  '상태',
  '금액',
  '확률',
  '예상 마감일',
  '생성일',
  '스누즈',
  '메모',
];
const LIVE = [
  [
    '물류 ERP',
    '(주)가나',
    '제안 및 견적',
    '',
    '₩1,200,000',
    '35%',
    '2026.04.01',
    '2026-01-10',
    '2099-01-01',
    '대표 미팅',
  ],
  ['전자계약', '다라상사', '협상', '수주', '120만원', '', '14/03/2026', '2026-01-20', '', ''],
  ['보안 점검', '마바 주식회사', '협상', '실주', '1.2억', 0.5, '', '2026-01-25', '', ''],
  ['클라우드 이전', '사아', '협상', '', 'TBD', '', '03/04/2026', '2026-02-01', '', ''],
];
const THEIR_SETTINGS = [
  ['우리 팀 설정', '값'],
  ['분기 목표', '5억'],
];

async function userWorkbook(): Promise<Emulator> {
  const emu = await emulator();
  emu.spreadsheet.getSheets()[0].setName('2025 보관');
  emu.setValues('2025 보관', 'A1', ARCHIVE);
  emu.spreadsheet.insertSheet('영업 현황');
  emu.setValues('영업 현황', 'A1', [TITLE, new Array(10).fill(''), HEADER, ...LIVE]);
  emu.spreadsheet.insertSheet('설정');
  emu.setValues('설정', 'A1', THEIR_SETTINGS);
  return emu;
}

describe('set-up on a hand-made Korean workbook', () => {
  let emu: Emulator;
  let before: Record<string, unknown[][]>;
  beforeAll(async () => {
    emu = await userWorkbook();
    before = Object.fromEntries(emu.sheetNames().map((n) => [n, emu.getValues(n)]));
    emu.run('menuSetUp');
  }, 60_000);

  const deals = () => emu.getValues('딜');
  const col = (header: string) => deals()[0].indexOf(header);
  const cell = (row: number, header: string) => deals()[row][col(header)];

  it('shows what it will do before changing anything, then reports it', () => {
    const [confirm, done] = emu.uiAlerts.slice(-2);
    expect(confirm.buttons).toBe('YES_NO');
    for (const text of [String(confirm.prompt), String(done.prompt)]) {
      expect(text).toContain('딜: "영업 현황" 시트, 머리글 3행, 딜 4건.');
      expect(text).toContain(
        '"2025 보관" 대신 이 시트를 골랐습니다 (다른 시트 이름이 보관용입니다).',
      );
      expect(text).toContain(
        '사용자 시트 "설정"은(는) 그대로 두고 애드온은 옆의 "파이프라인 설정" 시트를 씁니다.',
      );
      expect(text).toContain('금액: 셀 3개를 금액(으)로 읽었습니다');
      expect(text).toContain('금액: 확실히 읽을 수 없는 셀 1개는 입력한 그대로 둡니다 (5행)');
    }
    expect(String(confirm.prompt).match(/계속할까요\?/g)).toHaveLength(1);
  });

  it('never writes into the sheets it did not create: the archive, the live sheet and their Settings', () => {
    for (const name of ['2025 보관', '영업 현황', '설정'])
      expect([name, emu.getValues(name)]).toEqual([name, before[name]]);
    expect(emu.sheetNames()).toEqual(
      expect.arrayContaining(['딜', '파이프라인 설정', '이력', '알림 기록', '대시보드']),
    );
  });

  it('copies the table from its header on row 3, reading text amounts, percents and dates', () => {
    expect(deals()[0].slice(0, HEADER.length)).toEqual(HEADER);
    expect(
      deals()
        .slice(1)
        .map((r) => r[col('금액')]),
    ).toEqual([1_200_000, 1_200_000, 120_000_000, 'TBD']);
    expect(cell(1, '확률')).toBe(0.35);
    const shown = emu.getDisplayValues('딜');
    expect(shown[1][col('예상 마감일')]).toBe('2026-04-01');
    // 14/03 shows the column is day first, so 03/04/2026 is 3 April.
    expect(shown[2][col('예상 마감일')]).toBe('2026-03-14');
    expect(shown[4][col('예상 마감일')]).toBe('2026-04-03');
    expect(shown[1][col('스누즈')]).toBe('2099-01-01');
    expect(cell(1, '메모')).toBe('대표 미팅');
  });

  it('reads 수주 and 실주 as Won and Lost, and closed deals keep a blank Stage entered', () => {
    expect(
      deals()
        .slice(1)
        .map((r) => r[col('상태')]),
    ).toEqual(['', '성사', '실패', '']);
    emu.run('runDailyJob', { mode: 'time-trigger' });
    const entered = col('단계 진입일');
    expect(
      deals()
        .slice(1)
        .map((r) => r[entered] === ''),
    ).toEqual([false, true, true, false]);
  });

  it('records one import baseline per deal, dated from the data', () => {
    const history = emu.getValues('이력');
    const imports = history.slice(1).filter((r) => r.includes('import'));
    expect(imports).toHaveLength(4);
    expect(history.slice(1).filter((r) => r.includes('reconcile'))).toHaveLength(0);
    const shown = emu.getDisplayValues('이력');
    const at = history[0].indexOf('변경 시각');
    expect(shown[1][at]).toMatch(/^2026-01-10/);
  });

  it('keeps the snoozed deal out of the alerts', () => {
    const alerted = emu
      .getValues('알림 기록')
      .slice(1)
      .map((r) => String(r[2]));
    expect(alerted.join(',')).not.toContain('D-0001');
  });
});

describe('set-up declined', () => {
  it('changes nothing when the user answers No', async () => {
    const emu = await userWorkbook();
    const names = emu.sheetNames();
    const values = names.map((n) => emu.getValues(n));
    emu.uiResponses.push({ button: 'NO' });
    emu.run('menuSetUp');
    expect(emu.sheetNames()).toEqual(names);
    expect(names.map((n) => emu.getValues(n))).toEqual(values);
    expect(emu.uiAlerts.at(-1)?.prompt).toContain('아무것도 바꾸지 않았습니다.');
  });
});
