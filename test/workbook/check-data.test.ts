// "Check data" through the emulator: every planted problem found, marked on its cell, and cleared once fixed.
import { columnLetter } from '../../src/core/a1';
import { SETTINGS_COLUMNS } from '../../src/core/schema';
import { emulator } from './emulator-setup';

const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

async function planted() {
  const emu = await emulator();
  emu.run('menuSetUp');
  // Columns: A ID, B 딜, C 회사, D 담당자, E 단계, F 상태, G 금액, H 확률, I 예상 마감일.
  emu.setValues('딜', 'A2', [
    [
      'D-0001',
      'ERP 구축',
      '(주)에이스',
      'kim@acme.co.kr',
      '제안 및 견적',
      '진행',
      1000,
      0.4,
      day('2026-04-01'),
    ],
    ['D-0002', 'erp  구축', '에이스 주식회사', '', '제안 및 견적', '', 1000, '', ''],
    ['D-0003', 'CRM', '㈜베타', 'lee at acme', '계약 성사', '성사', 500, '', day('2026-01-10')],
    [
      'D-0004',
      'MES',
      '감마',
      'park@acme.co.kr',
      '협상',
      '진행',
      '1,000만원',
      0.95,
      day('2026-02-27'),
    ],
    ['D-0005', 'SCM', '델타', 'choi@acme.co.kr', '데모', '보류', 300, '', ''],
  ]);
  return emu;
}

describe('menuCheckData', () => {
  it('finds every planted problem and shows the counts in a dialog', async () => {
    const emu = await planted();
    emu.run('menuCheckData');
    const dialog = emu.dialogs.at(-1) as unknown as { title: string; html: string };
    expect(dialog.title).toBe('데이터 점검');
    const html = String(dialog.html);
    expect(html).toContain('딜 5건에서 문제 10건');
    for (const [title, count, rows] of [
      ['중복 딜', 2, '2, 3'],
      ['담당자 없음', 1, '3'],
      ['잘못된 담당자 이메일', 1, '4'],
      ['마감일이 지난 진행 딜', 1, '5'],
      ['종료일이 없는 성사 딜 — 예상 마감일로 집계', 1, '4'],
      ['단계 기본값과 크게 다른 확률', 1, '5'],
      ['텍스트로 입력된 금액', 1, '5'],
      ['알 수 없는 단계', 1, '6'],
      ['알 수 없는 상태', 1, '6'],
    ])
      expect(html).toContain(`<td>${title}</td><td class="n">${count}</td><td>${rows}</td>`);

    expect(emu.note('딜', 'B2')).toContain('3행과 회사·딜이 같습니다');
    expect(emu.note('딜', 'D3')).toContain('담당자가 없어');
    expect(emu.note('딜', 'D4')).toContain('"lee at acme"');
    expect(emu.note('딜', 'I5')).toContain('2026-02-27');
    expect(emu.note('딜', 'H5')).toContain('95%');
    expect(emu.note('딜', 'G5')).toContain('1,000만원');
    expect(emu.note('딜', 'E6')).toContain('"데모"');
    expect(emu.note('딜', 'F6')).toContain('"보류"');
    expect(emu.note('딜', 'I4')).toBe(''); // Won deals may close in the past
    // …but a Won deal without Closed on is marked there: the forecast falls back to Expected close.
    expect(emu.note('딜', 'L4')).toContain('종료일이 비어 있어');
    expect(emu.sheet('딜').cellMeta(4, 4)?.background).toBe('#f4c7c3');
  });

  it('clears its marks once fixed, keeping the user notes and colours', async () => {
    const emu = await planted();
    const sheet = emu.sheet('딜');
    sheet.setProp(3, 4, 'note', '담당자 미정 - 팀장 확인');
    sheet.setProp(4, 4, 'background', '#00ff00');
    emu.run('menuCheckData');
    expect(emu.note('딜', 'D3')).toMatch(/^담당자 미정 - 팀장 확인\n\n.*담당자가 없어/s);
    expect(sheet.cellMeta(4, 4)?.background).toBe('#00ff00');

    emu.setValues('딜', 'D3', [['lee@acme.co.kr'], ['lee@acme.co.kr']]);
    emu.setValues('딜', 'B3', [['ERP 유지보수']]);
    emu.setValues('딜', 'L4', [[new Date('2026-01-02T00:00:00+09:00')]]);
    emu.run('menuCheckData');
    expect(emu.note('딜', 'D3')).toBe('담당자 미정 - 팀장 확인');
    expect(emu.note('딜', 'D4')).toBe('');
    expect(emu.note('딜', 'L4')).toBe('');
    expect(emu.note('딜', 'B2')).toBe('');
    expect(sheet.cellMeta(4, 4)?.background).toBe('#00ff00');
    expect(sheet.cellMeta(2, 2)?.background ?? '#ffffff').toBe('#ffffff');
    expect(String((emu.dialogs.at(-1) as unknown as { html: string }).html)).toContain(
      '딜 5건에서 문제 5건',
    );
  });

  it('warns when report_date holds a formula, which custom functions cannot take', async () => {
    const emu = await planted();
    const dialogHtml = () => String((emu.dialogs.at(-1) as unknown as { html: string }).html);
    emu.run('menuCheckData');
    expect(dialogHtml()).not.toContain('report_date');
    const settings = emu.getValues('설정');
    const keyCol = settings[0].indexOf('키');
    const row = settings.findIndex((r) => r[keyCol] === 'report_date');
    emu.typeFormula(
      '설정',
      `${columnLetter(SETTINGS_COLUMNS.optionValue + 1)}${row + 1}`,
      '=TODAY()',
    );
    emu.run('menuCheckData');
    expect(dialogHtml()).toContain('기준일(report_date)에 수식 =TODAY()');
  });

  it('escapes sheet text in the dialog', async () => {
    const emu = await planted();
    emu.setValues('딜', 'E6', [['<img src=x onerror=alert(1)>']]);
    emu.run('menuCheckData');
    const html = String((emu.dialogs.at(-1) as unknown as { html: string }).html);
    expect(html).not.toContain('<img');
  });
});
