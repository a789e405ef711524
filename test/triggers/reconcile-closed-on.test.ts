// The daily reconcile and Closed on: a deal closed without an edit event is dated only by what
// History recorded, never by the day the job noticed it; an unknown day stays blank and is listed.
import { emulator } from '../workbook/emulator-setup';

const seoul = (iso: string, time = '00:00') => new Date(`${iso}T${time}:00+09:00`);

/** Deals row: A ID … F 상태, G 금액, I 예상 마감일, J 생성일, L 종료일 (blank). */
function dealRow(id: string, status: string) {
  return [
    id,
    `딜 ${id}`,
    `회사 ${id}`,
    'kim@acme.co.kr',
    '계약 성사',
    status,
    1_000_000,
    0.8,
    seoul('2026-03-20'),
    seoul('2026-01-05'),
    seoul('2026-02-01'),
    '',
  ];
}

describe('reconcile and Closed on', () => {
  it('leaves Closed on blank for a status pasted with the trigger off, and Check data lists it', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    emu.setValues('딜', 'A2', [dealRow('D-0001', '진행'), dealRow('D-0002', '진행')]);
    emu.run('runDailyJob', { mode: 'time-trigger' });

    // The next day someone pastes outcomes with no edit trigger installed (a script write here).
    emu.setValues('딜', 'F2', [['성사'], ['실패']]);
    emu.clock.set('2026-03-03T09:00:00+09:00');
    emu.run('runDailyJob', { mode: 'time-trigger' });

    // History records what reconcile noticed, dated by when it noticed…
    const history = emu.getValues('이력');
    const noticed = history.filter((r) => r[7] === 'reconcile' && r[3] !== '진행');
    expect(noticed.map((r) => [r[0], r[3]])).toEqual([
      ['D-0001', '성사'],
      ['D-0002', '실패'],
    ]);
    // …but that is not the day the deals closed: Closed on stays blank.
    expect(emu.getValues('딜', 'L2:L3')).toEqual([[''], ['']]);

    emu.run('menuCheckData');
    const html = String((emu.dialogs.at(-1) as unknown as { html: string }).html);
    expect(html).toContain(
      '<td>종료일이 없는 성사 딜 — 예상 마감일로 집계</td><td class="n">1</td><td>2</td>',
    );
    expect(html).toContain('<td>종료일이 없는 실패 딜</td><td class="n">1</td><td>3</td>');
    expect(emu.note('딜', 'L3')).toContain('예상 마감일(2026-03-20)');
  });

  it('fills a blank Closed on from the date History recorded for the edit that closed the deal', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    emu.setValues('딜', 'A2', [dealRow('D-0001', '성사'), dealRow('D-0002', '성사')]);
    // The edit trigger recorded D-0001 becoming Won on 25 February (before the sheet had Closed
    // on, say); D-0002 only ever appeared in History already Won, by import.
    const wonAt = seoul('2026-02-25', '16:40');
    emu.setValues('이력', 'A2', [
      ['D-0001', '', '계약 성사', '진행', 1_000_000, seoul('2026-02-01', '10:00'), 'kim', 'edit'],
      ['D-0001', '계약 성사', '계약 성사', '성사', 1_000_000, wonAt, 'kim', 'edit'],
      ['D-0002', '', '계약 성사', '성사', 1_000_000, seoul('2026-02-01'), 'lead', 'import'],
    ]);
    emu.run('runDailyJob', { mode: 'time-trigger' });

    // The day of that edit, as a date-only column holds it (History keeps the moment).
    expect(emu.getValues('딜', 'L2:L3')).toEqual([[seoul('2026-02-25')], ['']]);
    expect(emu.getDisplayValues('딜', 'L2')[0][0]).toMatch(/^2026-02-25/);
    // Neither deal changed, so History gets nothing new.
    expect(emu.getValues('이력').filter((r) => r[7] === 'reconcile')).toEqual([]);
  });
});
