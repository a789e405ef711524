// Won-in-period on the Dashboard counts a Won deal in the period of its Closed on, and by its
// Expected close only when Closed on is blank (a fallback Check data lists).
import { columnLetter } from '../../src/core/a1';
import { SETTINGS_COLUMNS } from '../../src/core/schema';
import { emulator } from './emulator-setup';

const day = (iso: string, time = '00:00') => new Date(`${iso}T${time}:00+09:00`);

async function workbook() {
  const emu = await emulator({ now: '2026-03-20T09:00:00+09:00' });
  emu.run('menuSetUp');
  // A 딜 ID, B 딜, C 회사, D 담당자, E 단계, F 상태, G 금액, H 확률, I 예상 마감일, J 생성일,
  // K 단계 진입일, L 종료일.
  const header = emu.getValues('딜', 'A1:L1')[0];
  expect(header[8]).toBe('예상 마감일');
  expect(header[11]).toBe('종료일');
  const deal = (
    id: string,
    status: string,
    amount: number,
    expected: Date,
    closedOn: Date | '',
  ) => [
    id,
    `딜 ${id}`,
    `회사 ${id}`,
    'kim@acme.co.kr',
    '계약 성사',
    status,
    amount,
    0.8,
    expected,
    day('2026-01-05'),
    '',
    closedOn,
  ];
  emu.setValues('딜', 'A2', [
    // Won last month although it was expected this month: February's.
    deal('D-0001', '성사', 1_000_000, day('2026-03-10'), day('2026-02-25')),
    // Won without Closed on: counted by its Expected close (March) and listed by Check data.
    deal('D-0002', '성사', 200_000, day('2026-03-05'), ''),
    // Won on March's last day in the afternoon, expected in February: March's.
    deal('D-0003', 'Won', 30_000, day('2026-02-10'), day('2026-03-31', '15:30')),
    // Lost in March and an open deal expected in May count in neither month's won figure.
    deal('D-0004', '실패', 7_000_000, day('2026-03-12'), day('2026-03-12')),
    deal('D-0005', '진행', 5_000_000, day('2026-05-01'), ''),
  ]);
  emu.setValues('설정', 'J2', [
    [day('2026-02-01'), day('2026-02-28'), 10_000_000],
    [day('2026-03-01'), day('2026-03-31'), 10_000_000],
  ]);
  return emu;
}

type Emu = Awaited<ReturnType<typeof workbook>>;

/** Sets a Settings option's value cell (report_date: as the daily job does each morning). */
function setOption(emu: Emu, key: string, value: unknown): void {
  const settings = emu.getValues('설정');
  const row = settings.findIndex((r) => r[SETTINGS_COLUMNS.optionKey] === key);
  emu.setValues('설정', `${columnLetter(SETTINGS_COLUMNS.optionValue + 1)}${row + 1}`, [[value]]);
}

function dashboardFigure(emu: Emu, label: string): unknown[] {
  const values = emu.getValues('대시보드');
  const row = values.find((r) => r[0] === label);
  if (!row) throw new Error(`no dashboard row ${label}`);
  return row;
}

describe('won in period by Closed on', () => {
  it('counts a Won deal in the month of its Closed on, else of its Expected close', async () => {
    const emu = await workbook();
    setOption(emu, 'report_date', day('2026-03-20'));
    emu.run('menuRefreshDashboard');
    // March: the deal without Closed on (by Expected close) and the one won on the 31st.
    expect(dashboardFigure(emu, '기간 내 성사')[1]).toBe(230_000);
    expect(dashboardFigure(emu, '남은 목표')[1]).toBe(10_000_000 - 230_000);
    // The weighted forecast by month counts Won deals the same way (no open deal expected in March).
    const march = emu.getValues('대시보드').find((r) => {
      const first = r[0];
      return first instanceof Date && first.getTime() === day('2026-03-01').getTime();
    });
    expect(march?.[2]).toBe(230_000);

    setOption(emu, 'report_date', day('2026-02-15'));
    emu.run('menuRefreshDashboard');
    // February: the deal won on 25 February although it was expected in March.
    expect(dashboardFigure(emu, '기간 내 성사')[1]).toBe(1_000_000);
  });

  it('Check data lists the Won deal without Closed on by its sheet row, in Korean and English', async () => {
    const emu = await workbook();
    emu.run('menuCheckData');
    const html = String((emu.dialogs.at(-1) as unknown as { html: string }).html);
    expect(html).toContain(
      '<td>종료일이 없는 성사 딜 — 예상 마감일로 집계</td><td class="n">1</td><td>3</td>',
    );
    expect(emu.note('딜', 'L3')).toContain('예상 마감일(2026-03-05)');
    expect(emu.note('딜', 'L2')).toBe('');

    setOption(emu, 'language', 'en');
    emu.run('menuCheckData');
    const en = String((emu.dialogs.at(-1) as unknown as { html: string }).html);
    expect(en).toContain(
      '<td>Won deal without Closed on — counted by Expected close</td><td class="n">1</td><td>3</td>',
    );
  });
});
