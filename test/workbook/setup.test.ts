// "Set up / upgrade pipeline" through the emulator: new workbooks, adoption of a hand-made Korean sheet, idempotence.
import { dumpWorkbook, emulator, NOW } from './emulator-setup';

const KO_SHEETS = ['딜', '설정', '이력', '알림 기록', '대시보드'];

describe('set-up on a blank spreadsheet', () => {
  it('creates every sheet with Korean headers, validation, named ranges and stall colours', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    expect(emu.sheetNames()).toEqual(expect.arrayContaining(KO_SHEETS));
    expect(emu.getValues('딜', 'A1:F1')).toEqual([
      ['딜 ID', '딜', '회사', '담당자', '단계', '상태'],
    ]);
    expect(emu.getValues('이력', 'A1:H1')[0]).toContain('변경 시각');
    expect(emu.getValues('대시보드', 'A1')).toEqual([['파이프라인 대시보드']]);
    expect(emu.getValues('설정', 'F2:H2')).toEqual([
      ['기준일 (매일 갱신)', new Date(NOW), 'report_date'],
    ]);

    const deals = emu.sheet('딜');
    expect(deals.frozenRows).toBe(1);
    expect(deals.bandings).toHaveLength(1);
    const validation = (col: number) => deals.cellMeta(2, col)?.validation;
    expect(validation(5)?.criteria).toBe('VALUE_IN_RANGE'); // Stage from Settings
    expect(validation(6)?.values[0]).toEqual(['진행', '성사', '실패']);
    expect(validation(7)).toMatchObject({
      criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      values: [0],
    });
    expect(validation(8)).toMatchObject({ criteria: 'NUMBER_BETWEEN', values: [0, 1] });
    expect(validation(9)?.criteria).toBe('DATE_IS_VALID_DATE');
    expect(validation(4)?.criteria).toBe('TEXT_IS_VALID_EMAIL');
    expect(deals.cellMeta(1000, 7)?.format).toBe('#,##0');

    const stageRange = emu.workbook.namedRange('deals_stage');
    expect(stageRange?.sheet.name).toBe('딜');
    expect(stageRange?.grid).toMatchObject({ row: 2, col: 5, numRows: 999, numCols: 1 });
    expect(emu.workbook.namedRange('report_date')?.grid).toMatchObject({ row: 2, col: 7 });
    // The Settings tables are named to the end of the Settings grid, so a stage or target added below
    // row 201 still counts.
    expect(emu.workbook.namedRange('stage_names_ko')?.grid).toMatchObject({ col: 2, numRows: 999 });

    const rules = deals.conditionalRules;
    expect(rules.map((r) => r.format.background)).toEqual(['#f4cccc', '#fff2cc']);
    expect(String(rules[0].values[0])).toContain('>=2*IFERROR(VLOOKUP($E2');
    expect(String(rules[1].values[0])).toContain(`INDIRECT("'설정'!G2")`);

    expect(emu.uiAlerts.at(-1)?.prompt).toContain('새로 만든 시트');
    expect(emu.toasts.map((t) => t.message)).toContain('파이프라인 설정을 마쳤습니다.');
  });

  it('uses English names for an English spreadsheet', async () => {
    const emu = await emulator({ locale: 'en_US' });
    emu.run('menuSetUp');
    expect(emu.sheetNames()).toEqual(
      expect.arrayContaining(['Deals', 'Settings', 'Stage history', 'Alerts', 'Dashboard']),
    );
    expect(emu.getValues('Deals', 'A1:C1')).toEqual([['Deal ID', 'Deal', 'Company']]);
  });

  it('is idempotent: a second run leaves the workbook exactly as it was', async () => {
    const emu = await emulator();
    emu.setValues('시트1', 'A1', [['메모']]);
    emu.run('menuSetUp');
    emu.setValues('딜', 'A2', [
      ['', 'ERP 구축', '(주)에이스', 'kim@acme.co.kr', '협상', '진행', 1000],
    ]);
    emu.run('menuSetUp');
    const once = dumpWorkbook(emu);
    emu.run('menuSetUp');
    expect(dumpWorkbook(emu)).toEqual(once);
    expect(emu.uiAlerts.at(-1)?.prompt).toContain('이미 모두 최신 상태입니다.');
  });
});

describe('adopting a hand-made Korean pipeline sheet', () => {
  // Shuffled columns, Korean and English synonyms, odd spacing and case, and the team's own columns.
  const HEADER = [
    '메모',
    '영업 단계',
    '고객사',
    ' 예상  금액 ',
    '건명',
    'OWNER EMAIL',
    '확률(%)',
    '비고',
  ];
  const ROWS = [
    ['VIP', '제안 및 견적', '(주)에이스', 120_000_000, 'ERP 구축', 'kim@acme.co.kr', 0.4, '2차'],
    ['', '협상', 'Beta Inc.', 50_000_000, '+1 추가 계약', 'lee@acme.co.kr', '', ''],
    ['', 'Closing', '감마', 30_000_000, '@x 라이선스', '', 0.8, '확인 필요'],
  ];

  async function handMade() {
    const emu = await emulator();
    emu.setValues('시트1', 'A1', [HEADER, ...ROWS]);
    // Typed with an apostrophe, as a person would, so the cell holds text that looks like a formula.
    emu.userEdit('시트1', 'E5', `'=HYPERLINK("http://evil.example","클릭")`);
    emu.setValues('시트1', 'B5', [['잠재 고객 발굴']]);
    return emu;
  }

  it('keeps every user value in place, adds the missing columns and reports what it matched', async () => {
    const emu = await handMade();
    const before = emu.getValues('시트1');
    emu.run('menuSetUp');

    expect(emu.sheetNames()).not.toContain('시트1');
    const after = emu.getValues('딜');
    // The user's 8 columns are untouched, row by row, except that open deals' blank probabilities
    // (column G, 확률(%)) now hold their stage's default: 협상 60%, 잠재 고객 발굴 10%.
    const expected = before.map((r) => [...r]);
    expected[2][6] = 0.6;
    expected[4][6] = 0.1;
    expect(after.map((r) => r.slice(0, 8))).toEqual(expected);
    expect(emu.getFormulas('딜', 'E5')).toEqual([['']]);
    expect(after[4][4]).toBe('=HYPERLINK("http://evil.example","클릭")');
    // New columns follow, with Korean headers; IDs are assigned.
    const added = after[0].slice(8);
    expect(added).toEqual([
      '딜 ID',
      '상태',
      '예상 마감일',
      '생성일',
      '단계 진입일',
      '종료일',
      '최근 활동일',
      '다음 할 일',
      '알림 보류 기한',
      '실패 사유',
    ]);
    expect(after.slice(1).map((r) => r[8])).toEqual(['D-0001', 'D-0002', 'D-0003', 'D-0004']);

    const report = String(emu.uiAlerts.at(-1)?.prompt);
    expect(report).toContain('기존 시트 "시트1"을(를) 딜 표로 사용합니다.');
    expect(report).toContain('영업 단계 → 단계');
    expect(report).toContain('OWNER EMAIL → 담당자');
    expect(report).toContain('추가한 열: 딜 ID, 상태');
    expect(report).toContain('그대로 둔 사용자 열: 메모, 비고');
    expect(report).toContain('새로 부여한 딜 ID: 4개');

    // Named ranges and validation follow the columns where they are, not where they would be by default.
    expect(emu.workbook.namedRange('deals_amount')?.grid.col).toBe(4);
    expect(emu.workbook.namedRange('deals_owner')?.grid.col).toBe(6);
    expect(emu.sheet('딜').cellMeta(3, 2)?.validation?.criteria).toBe('VALUE_IN_RANGE');
  });

  it('upgrades an older workbook by adding only what is missing, and is then stable', async () => {
    const emu = await handMade();
    emu.run('menuSetUp');
    // An older version: Settings lacked an option, History lacked a column; the user added a deal.
    emu.setValues('설정', 'F13:H13', [['', '', '']]);
    emu.setValues('딜', 'A6', [['', '계약 성사', '델타', 10, '신규 구축']]);
    const optionsBefore = emu.getValues('설정', 'F2:H12');
    emu.run('menuSetUp');
    expect(emu.getValues('설정', 'F2:H12')).toEqual(optionsBefore);
    expect(emu.getValues('설정', 'H13')).toEqual([['target_amount']]);
    expect(emu.getValues('딜', 'I6')).toEqual([['D-0005']]);
    expect(emu.uiAlerts.at(-1)?.prompt).toContain('추가한 설정 항목: target_amount');
    const once = dumpWorkbook(emu);
    emu.run('menuSetUp');
    expect(dumpWorkbook(emu)).toEqual(once);
  });
});
