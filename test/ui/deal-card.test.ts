// Deal card calls through the emulator: one batch per action, refusals write nothing, rows found by ID.
import { emulator, installEditTrigger } from '../workbook/emulator-setup';
import { cardWorkbook, day } from './deal-card-fixture';

const ref = (row: number, dealId: string, name: string) => ({ row, dealId, name });
const ERP = ref(2, 'D-0001', 'ERP 구축');

describe('deal card actions (server side)', () => {
  it('a stage move reads each sheet once and writes Deals and History once each', async () => {
    const emu = await cardWorkbook();
    emu.calls.reset();
    const reply = emu.run('dealCardAction', {}, ERP, { kind: 'stage', stage: 'Closing' }) as {
      html: string;
      notice: string;
    };
    expect(reply.notice).toBe('계약 성사 단계로 옮겼습니다.');
    expect(emu.calls.byMethod.get('Range.getValues')).toBe(3); // Settings, Deals, History
    expect(emu.calls.byMethod.get('Range.setValues')).toBe(2); // the deal's row, History
    expect(emu.calls.counts.read).toBeLessThanOrEqual(5);
    expect(emu.getValues('딜', 'E2:H2')).toEqual([['계약 성사', '진행', 12000000, 0.8]]);
  });

  it('Won and Lost write Closed on, today in the sheet’s zone, in the same row write', async () => {
    // 08:30 in Seoul on 2 March is still 1 March in UTC: the sheet's day is what counts.
    const emu = await cardWorkbook({ now: '2026-03-02T08:30:00+09:00' });
    emu.calls.reset();
    emu.run('dealCardAction', {}, ERP, { kind: 'won' });
    expect(emu.calls.byMethod.get('Range.setValues')).toBe(2); // the deal's row, History
    expect(emu.getValues('딜', 'F2')).toEqual([['성사']]);
    expect(emu.getValues('딜', 'L2')).toEqual([[day('2026-03-02')]]);
    expect(emu.getDisplayValues('딜', 'L2')).toEqual([['2026-03-02']]);

    // Closed on typed by the user (the deal was lost last week) is kept.
    emu.setValues('딜', 'L3', [[day('2026-02-24')]]);
    emu.run(
      'dealCardAction',
      {},
      { row: 3, dealId: 'D-0002', name: 'erp 구축' },
      {
        kind: 'lost',
        reason: '예산 삭감',
      },
    );
    expect(emu.getValues('딜', 'F3')).toEqual([['실패']]);
    expect(emu.getValues('딜', 'L3')).toEqual([[day('2026-02-24')]]);

    // The edit trigger, for the same change typed by a person, shows the same day.
    installEditTrigger(emu);
    emu.userEdit('딜', 'F4', '성사');
    expect(emu.getDisplayValues('딜', 'L4')).toEqual([['2026-03-02']]);
  });

  it('a refusal writes nothing and says why in the workbook language', async () => {
    const emu = await cardWorkbook();
    emu.calls.reset();
    expect(() =>
      emu.run('dealCardAction', {}, ERP, { kind: 'snoozeUntil', date: '2026-03-01' }),
    ).toThrow('보류 기한 2026-03-01이(가) 오늘(2026-03-02) 이후가 아닙니다');
    expect(() => emu.run('dealCardAction', {}, ERP, { kind: 'stage', stage: 'Demo' })).toThrow(
      '단계 "Demo"이(가) 설정에 없습니다',
    );
    expect(() => emu.run('dealCardAction', {}, ERP, { kind: 'drop table' })).toThrow(
      '사이드바가 알 수 없는 작업을 보냈습니다 (drop table)',
    );
    expect(() => emu.run('dealCardAction', {}, { row: '2' }, { kind: 'won' })).toThrow(
      '알 수 없는 작업',
    );
    expect(emu.calls.counts.write).toBe(0);
  });

  it('finds the deal by its ID after rows moved, and refuses a deal that is gone', async () => {
    const emu = await cardWorkbook();
    // Someone sorted the sheet: ERP 구축 is now on row 4.
    const rows = emu.getValues('딜', 'A2:O4');
    emu.setValues('딜', 'A2', [rows[2], rows[1], rows[0]]);
    emu.run('dealCardAction', {}, ERP, { kind: 'nextStep', text: '견적서 보내기' });
    expect(emu.getValues('딜', 'B4')).toEqual([['ERP 구축']]);
    expect(emu.getValues('딜', 'N4')).toEqual([['견적서 보내기']]);
    expect(() => emu.run('dealCardAction', {}, ref(2, 'D-0999', 'x'), { kind: 'won' })).toThrow(
      '딜 D-0999이(가) 더 이상 딜 시트에 없습니다',
    );
  });

  it('gives a deal without an ID the next one in the same row write and keeps the counter', async () => {
    const emu = await cardWorkbook();
    emu.calls.reset();
    emu.run('dealCardAction', {}, ref(6, '', 'MES 도입'), {
      kind: 'stage',
      stage: '고객 자격 평가',
    });
    expect(emu.calls.byMethod.get('Range.setValues')).toBe(2);
    expect(emu.getValues('딜', 'A6:E6')).toEqual([
      ['D-0005', 'MES 도입', '감마', 'choi@acme.co.kr', '고객 자격 평가'],
    ]);
    expect(emu.getValues('이력').at(-1)?.slice(0, 3)).toEqual([
      'D-0005',
      '잠재 고객 발굴',
      '고객 자격 평가',
    ]);
    expect(emu.properties.document.get('pipeline.nextDealNumber')).toBe('6');
  });

  it('keeps the cells between the written ones: formulas stay formulas, text stays text', async () => {
    const emu = await cardWorkbook();
    // Row 6 has no ID, so Won writes A (ID) and F (status) in one row write over A:F.
    emu.userEdit('딜', 'B6', '=HYPERLINK("http://x","y")'); // typed into a plain-text column
    emu.setValues('딜', 'E6', [['=IF(TRUE, "잠재 고객 발굴")']]); // Stage has no text format
    emu.calls.reset();
    emu.run('dealCardAction', {}, ref(6, '', '=HYPERLINK("http://x","y")'), { kind: 'won' });
    expect(emu.calls.byMethod.get('Range.setValues')).toBe(2);
    expect(emu.getFormulas('딜', 'A6:F6')).toEqual([
      ['', '', '', '', '=IF(TRUE, "잠재 고객 발굴")', ''],
    ]);
    expect(emu.getValues('딜', 'A6:F6')).toEqual([
      ['D-0005', '=HYPERLINK("http://x","y")', '감마', 'choi@acme.co.kr', '잠재 고객 발굴', '성사'],
    ]);
  });

  it('a formula in between in a plain-text cell is left alone: the written cells go in runs', async () => {
    const emu = await cardWorkbook();
    emu.setValues('딜', 'C6', [['="감"&"마"']]); // the Company column is formatted as plain text
    emu.calls.reset();
    emu.run('dealCardAction', {}, ref(6, '', 'MES 도입'), { kind: 'won' });
    expect(emu.getFormulas('딜', 'C6')).toEqual([['="감"&"마"']]);
    expect(emu.getValues('딜', 'A6:F6')[0]).toEqual([
      'D-0005',
      'MES 도입',
      '감마',
      'choi@acme.co.kr',
      '잠재 고객 발굴',
      '성사',
    ]);
    expect(emu.calls.byMethod.get('Range.setValues')).toBe(4); // A6, F6, L6 (Closed on), History
  });

  it('text that looks like a formula or a number is written as text', async () => {
    const emu = await cardWorkbook();
    emu.run('dealCardAction', {}, ERP, { kind: 'lost', reason: '+1+2' });
    emu.run('dealCardAction', {}, ref(3, 'D-0002', 'erp 구축'), {
      kind: 'nextStep',
      text: '2026-04-01',
    });
    expect(emu.getValues('딜', 'P2')).toEqual([['+1+2']]);
    expect(emu.getValues('딜', 'N3')).toEqual([['2026-04-01']]);
    expect(emu.getFormulas('딜', 'P2')).toEqual([['']]);
  });

  it('a Deals sheet without the needed column is refused before anything is written', async () => {
    const emu = await cardWorkbook();
    emu.setValues('딜', 'O1', [['메모']]); // the Snooze until header replaced by a user column
    emu.calls.reset();
    expect(() => emu.run('dealCardAction', {}, ERP, { kind: 'snooze', days: 3 })).toThrow(
      '딜 시트에 알림 보류 기한 열이 없습니다',
    );
    expect(emu.calls.counts.write).toBe(0);
  });

  it('before set-up the sidebar opens with what to do, and actions are refused', async () => {
    const emu = await emulator();
    emu.run('menuDealCard');
    const sidebar = emu.dialogs.at(-1);
    expect(sidebar?.kind).toBe('sidebar');
    expect(sidebar?.title).toBe('딜 카드');
    expect(sidebar?.html).toContain(
      '딜 시트가 없습니다. 먼저 &quot;파이프라인 설정 / 업그레이드&quot;를 실행하세요.',
    );
    expect(() => emu.run('dealCardAction', {}, ERP, { kind: 'won' })).toThrow('딜 시트가 없습니다');
    expect(emu.calls.counts.write).toBe(0);
  });
});
