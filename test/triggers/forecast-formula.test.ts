// A manager reproduces the learned and weighted figures with a formula over the Forecast model
// sheet's rate tables: the sheet's formula cells, evaluated by the emulator's formula engine,
// equal the figures the daily job wrote, on a hand-made workbook and on the sample pipeline.
import type { Emulator } from '../../emulator';
import { samplePipeline } from '../../scripts/sample-pipeline';
import { emulator } from '../workbook/emulator-setup';

const seoul = (iso: string, time = '10:00') => new Date(`${iso}T${time}:00+09:00`);
const iso = (y: number, m0: number, d: number) =>
  new Date(Date.UTC(y, m0, d)).toISOString().slice(0, 10);

/**
 * 14 months of a small team: each month 8 deals are created on the 3rd in 잠재 고객 발굴, move to
 * 제안 및 견적 on the 12th and, in the next month, half are won on the 18th, a quarter lost, and a
 * quarter stay open (some move on to 협상). Full History, Closed on on every closed deal.
 */
function handMade(): { deals: unknown[][]; history: unknown[][] } {
  const deals: unknown[][] = [];
  const history: unknown[][] = [];
  const today = Date.UTC(2026, 2, 2);
  for (let m = 0; m < 14; m++) {
    for (let k = 0; k < 8; k++) {
      const id = `D-${String(deals.length + 1).padStart(4, '0')}`;
      const amount = 1_000_000 * (1 + ((m * 3 + k) % 5));
      const created = iso(2025, m, 3);
      const proposal = iso(2025, m, 12);
      const closeDay = iso(2025, m + 1, 18);
      const closes = Date.UTC(2025, m + 1, 18) < today && k < 6;
      const status = closes ? (k < 4 ? '성사' : '실패') : '진행';
      const negotiating = !closes && k === 7 && Date.UTC(2025, m, 25) < today;
      const stage = negotiating ? '협상' : '제안 및 견적';
      const row = (from: string, to: string, st: string, at: string) => [
        id,
        from,
        to,
        st,
        amount,
        seoul(at),
        'kim@acme.co.kr',
        'edit',
      ];
      if (Date.UTC(2025, m, 3) >= today) continue;
      history.push(row('', '잠재 고객 발굴', '진행', created));
      if (Date.UTC(2025, m, 12) < today)
        history.push(row('잠재 고객 발굴', '제안 및 견적', '진행', proposal));
      if (negotiating) history.push(row('제안 및 견적', '협상', '진행', iso(2025, m, 25)));
      if (closes) history.push(row(stage, stage, status, closeDay));
      const shownStage = Date.UTC(2025, m, 12) < today ? stage : '잠재 고객 발굴';
      deals.push([
        id,
        `딜 ${id}`,
        `회사 ${k}`,
        'kim@acme.co.kr',
        shownStage,
        status,
        amount,
        '',
        seoul(iso(2025, m + 1, 28), '00:00'),
        seoul(created, '00:00'),
        '',
        closes ? seoul(closeDay, '00:00') : '',
      ]);
    }
  }
  return { deals, history };
}

/** The Forecast model's month and quarter rows: the job's values and the formulas' values. */
function modelFigures(emu: Emulator, sheet: string) {
  const values = emu.getValues(sheet);
  const formulas = emu.getFormulas(sheet);
  return [7, 8].map((row) => ({
    period: values[row - 1][0],
    weighted: values[row - 1][3] as number,
    learned: values[row - 1][4] as number,
    learnedFormula: formulas[row - 1][9],
    weightedFormula: formulas[row - 1][10],
    learnedByFormula: values[row - 1][9] as number,
    weightedByFormula: values[row - 1][10] as number,
    error: emu.cellError(sheet, `J${row}`) ?? emu.cellError(sheet, `K${row}`),
  }));
}

function expectReproduced(emu: Emulator, sheet: string, periods: string[]): void {
  const rows = modelFigures(emu, sheet);
  expect(rows.map((r) => r.period)).toEqual(periods);
  for (const r of rows) {
    expect(r.error).toBeUndefined();
    expect(r.learnedFormula).toMatch(
      /^=C(\d+)\+L\1\*\(SUMPRODUCT\(H\d+:H\d+, E\d+:E\d+\)\+F\1\)\+\(1-L\1\)\*SUMPRODUCT\(H\d+:H\d+, G\d+:G\d+\)$/,
    );
    expect(r.weightedFormula).toMatch(/^=C\d+\+SUMPRODUCT\(H\d+:H\d+, G\d+:G\d+\)$/);
    expect(Math.abs(r.learnedByFormula - r.learned)).toBeLessThan(1e-6 * Math.max(1, r.learned));
    expect(Math.abs(r.weightedByFormula - r.weighted)).toBeLessThan(1e-6 * Math.max(1, r.weighted));
  }
}

describe('the learned figure as a formula over the Forecast model sheet', () => {
  it('equals the daily job’s learned and weighted figures on a hand-made workbook', async () => {
    const emu = await emulator();
    emu.run('menuSetUp');
    const { deals, history } = handMade();
    emu.setValues('딜', 'A2', deals);
    emu.setValues('이력', 'A2', history);
    emu.run('runDailyJob', { mode: 'time-trigger' });
    expectReproduced(emu, '예측 모델', ['2026-03', '2026-Q1']);
    // The rates were learned from the team's months, not only the typed probabilities.
    expect(String(emu.getValues('예측 모델')[2][1])).toMatch(/^2025-\d\d-\d\d – /);

    // The rate table shows, beside each stage × days cell, the open amount it was applied to, with
    // the day that amount is as of.
    const model = emu.getValues('예측 모델');
    const title = model.findIndex((r) => String(r[0]).startsWith('이번 달 남은 기간'));
    expect(model[title].slice(6, 8)).toEqual(['기준일', '2026-03-02']);
    expect(model[title + 1]).toEqual(
      expect.arrayContaining(['단계', '일수', 'n', '적용 확률', '입력 확률', '진행 금액']),
    );
    const end = model.findIndex((r, i) => i > title && r.every((v) => v === ''));
    const table = model.slice(title + 2, end).filter((r) => typeof r[7] === 'number');
    expect(table.filter((r) => r[0] === '제안 및 견적').length).toBeGreaterThan(1);
    const openAmount = table.reduce((sum, r) => sum + (r[7] as number), 0);
    const open = deals.filter((d) => d[5] === '진행').reduce((s, d) => s + (d[6] as number), 0);
    expect(openAmount).toBe(open);

    // A manager who changes a rate sees the formula move by the learned rates' weight (L7); the
    // job's value stays as written.
    const row = model.findIndex((r, i) => i > title + 1 && typeof r[7] === 'number' && r[7] > 0);
    const weight = model[6][11] as number;
    expect(weight).toBeGreaterThan(0);
    const before = modelFigures(emu, '예측 모델')[0];
    emu.setValues('예측 모델', `E${row + 1}`, [[(model[row][4] as number) + 0.1]]);
    const after = modelFigures(emu, '예측 모델')[0];
    expect(after.learnedByFormula - before.learnedByFormula).toBeCloseTo(
      weight * 0.1 * (model[row][7] as number),
      3,
    );
    expect(after.learned).toBe(before.learned);
  });

  it('equals them on the sample pipeline', async () => {
    const emu = await emulator({ now: '2026-03-02T09:00:00+09:00' });
    const sample = samplePipeline('2026-03-02', 300, 'example.com', 'ko');
    emu.spreadsheet.getSheets()[0].setName('딜');
    emu.setValues('딜', 'A1', sample.deals);
    emu.setValues('이력', 'A1', sample.history);
    emu.run('menuSetUp');
    emu.run('menuUpdateForecast');
    expectReproduced(emu, '예측 모델', ['2026-03', '2026-Q1']);
  });
});
