// The daily job and "Update forecast" keep the Forecast model and Forecast log sheets, from what the
// workbook held before today, at a fixed number of service calls.
import { parseIsoDay } from '../../src/core/dates';
import type { ForecastDeal } from '../../src/core/forecast/as-of';
import { currentForecastPoint } from '../../src/core/forecast/workbook-data';
import { DEFAULT_STAGES } from '../../src/core/stages';
import { emulator } from '../workbook/emulator-setup';

/** A date cell for a Seoul calendar day. */
const seoul = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

/** 14 months of deals: 12 created on the 5th of each month; 7 won and 3 lost on the 20th of the next. */
function deals(): { rows: unknown[][]; data: ForecastDeal[] } {
  const rows: unknown[][] = [];
  const data: ForecastDeal[] = [];
  for (let m = 0; m < 14; m++) {
    const created = new Date(Date.UTC(2025, m, 5));
    const closed = new Date(Date.UTC(2025, m + 1, 20));
    for (let k = 0; k < 12; k++) {
      const id = `D-${String(rows.length + 1).padStart(4, '0')}`;
      const status = k < 7 ? 'won' : k < 10 ? 'lost' : 'open';
      const isClosed = status !== 'open' && closed < new Date('2026-03-02');
      const amount = 1_000_000 * (1 + ((m + k) % 4));
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      rows.push([
        id,
        `딜 ${id}`,
        '회사',
        'kim@acme.co.kr',
        '고객 자격 평가',
        isClosed ? (status === 'won' ? '성사' : '실패') : '진행',
        amount,
        0.2,
        '',
        seoul(iso(created)),
        '',
        isClosed ? seoul(iso(closed)) : '',
      ]);
      data.push({
        id,
        stage: 1,
        status: isClosed ? (status as 'won' | 'lost') : 'open',
        amount,
        created: parseIsoDay(iso(created)),
        closedOn: isClosed ? parseIsoDay(iso(closed)) : undefined,
      });
    }
  }
  return { rows, data };
}

describe('Forecast model and Forecast log', () => {
  it('the daily job writes this month’s learned forecast and logs each period once a week', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    const { rows, data } = deals();
    emu.setValues('딜', 'A2', rows);
    emu.calls.reset();
    emu.run('runDailyJob', { mode: 'time-trigger' });
    const first = emu.calls.snapshot();

    const model = emu.getValues('예측 모델');
    expect(model[0][0]).toBe('예측 모델');
    expect(model[1]).toEqual(
      expect.arrayContaining(['적합 기준일 (당일 시작 시점)', '2026-03-02']),
    );
    const monthRow = model.find((r) => r[0] === '2026-03');
    const expected = currentForecastPoint(
      { deals: data, history: [] },
      DEFAULT_STAGES,
      parseIsoDay('2026-03-02') as number,
    );
    expect(monthRow?.slice(2, 5)).toEqual([
      expected?.wonSoFar,
      expected?.weighted,
      expected?.learned,
    ]);
    expect(model.some((r) => r[0] === '2026-Q1')).toBe(true);

    // The Dashboard shows weighted and learned side by side, read from the Forecast model sheet.
    emu.run('menuRefreshDashboard');
    const dash = emu.getValues('대시보드');
    const fitted = dash.find((r) => r[0] === '적합 기준일');
    expect(fitted?.[1]).toBe('2026-03-02');
    const side = dash.find((r) => r[0] === '2026-03');
    expect(side?.slice(1, 3)).toEqual([expected?.weighted, expected?.learned]);
    expect(dash.find((r) => r[0] === '2026-Q1')).toBeDefined();

    const log = () => emu.getValues('예측 기록');
    expect(log()[0]).toEqual(['날짜', '기간', '가중', '학습', 'P10', 'P90', '현재까지 성사']);
    expect(
      log()
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['2026-03', '2026-Q1']);

    // The next day: no new log rows; a week later: one more row per period.
    emu.clock.set('2026-03-03T09:00:00+09:00');
    emu.calls.reset();
    emu.run('runDailyJob', { mode: 'time-trigger' });
    const next = emu.calls.snapshot();
    expect(log()).toHaveLength(3);
    emu.clock.set('2026-03-09T09:00:00+09:00');
    emu.run('runDailyJob', { mode: 'time-trigger' });
    expect(
      log()
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['2026-03', '2026-Q1', '2026-03', '2026-Q1']);
    // Refreshing the forecast costs the same reads and writes at any number of deals.
    expect(next.read + next.write).toBeLessThanOrEqual(first.read + first.write);
  });

  it('"Update forecast" writes the same sheets from the menu and says so', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    emu.setValues('딜', 'A2', deals().rows);
    emu.run('menuUpdateForecast');
    expect(emu.getValues('예측 모델').some((r) => r[0] === '2026-03')).toBe(true);
    expect(emu.getValues('예측 기록')).toHaveLength(3);
    expect(emu.toasts.at(-1)).toMatchObject({ message: '예측 모델과 예측 기록을 갱신했습니다.' });
  });
});
