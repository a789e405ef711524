// Alerts and History whose columns a teammate moved (or an upgrade appended): day 2 still sees day 1.
import { alertEmulator, type DealSpec } from '../alerts/alert-fixture';

const deals: DealSpec[] = [
  { id: 'D-1', owner: 'kim@acme.co.kr', stage: 'Proposal', stageEntered: '2026-02-01' },
  { id: 'D-2', owner: 'lee@acme.co.kr', stage: 'Closing', stageEntered: '2026-02-10' },
];

/** Headers as people leave them: reordered, a note column of their own in between. */
const LAYOUTS: Record<string, { alerts: string[]; history: string[] }> = {
  'dragged by a teammate': {
    alerts: ['Result', 'Deal IDs', 'My note', 'Owner', 'When', 'Kind'],
    history: [
      'Source',
      'Changed at',
      'Deal ID',
      'To stage',
      'Memo',
      'From stage',
      'Status',
      'Amount',
      'Changed by',
    ],
  },
  'older layout with Kind appended at the right end': {
    alerts: ['When', 'Owner', 'Deal IDs', 'Result', 'Kind'],
    history: [
      'Deal ID',
      'From stage',
      'To stage',
      'Status',
      'Amount',
      'Changed at',
      'Changed by',
      'Source',
    ],
  },
  'Korean headers, missing Kind': {
    alerts: ['결과', '시각', '담당자', '딜 ID'],
    history: ['변경 시각', '딜 ID', '새 단계', '상태', '이전 단계', '금액', '변경자', '출처'],
  },
};

describe.each(Object.entries(LAYOUTS))('the daily job with Alerts and History %s', (_, layout) => {
  it('sends each digest once: day 2 reads back the row day 1 wrote, and nothing lands in user columns', async () => {
    const emu = await alertEmulator({ now: '2026-03-02T08:00:00+09:00', deals });
    // Replace the fixture's headers whole (padded over its width).
    const pad = (h: string[]) => [[...h, ...new Array(10 - h.length).fill('')]];
    emu.setValues('Alerts', 'A1', pad(layout.alerts));
    emu.setValues('Stage history', 'A1', pad(layout.history));

    emu.run('runDailyJob', { mode: 'time-trigger' });
    expect(emu.outbox.map((m) => m.to).sort()).toEqual(['kim@acme.co.kr', 'lee@acme.co.kr']);

    emu.advanceClock('2026-03-03T08:00:00+09:00');
    emu.run('runDailyJob', { mode: 'time-trigger' });
    // Within the 3-day cooldown: no second digest.
    expect(emu.outbox).toHaveLength(2);

    const alerts = emu.getValues('Alerts');
    const col = (name: string) => alerts[0].indexOf(name);
    const rows = alerts.slice(1).filter((r) => r.some((v) => v !== ''));
    expect(rows).toHaveLength(2);
    const result = col('Result') >= 0 ? col('Result') : col('결과');
    const ids = col('Deal IDs') >= 0 ? col('Deal IDs') : col('딜 ID');
    expect(rows.map((r) => [r[ids], r[result]]).sort()).toEqual([
      ['D-1', 'sent'],
      ['D-2', 'sent'],
    ]);
    if (col('My note') >= 0) expect(rows.map((r) => r[col('My note')])).toEqual(['', '']);

    const history = emu.getValues('Stage history');
    const h = (names: string[]) =>
      names.map((n) => history[0].indexOf(n)).find((i) => i >= 0) ?? -1;
    const idCol = h(['Deal ID', '딜 ID']);
    const toCol = h(['To stage', '새 단계']);
    const historyRows = history.slice(1).filter((r) => r.some((v) => v !== ''));
    // One baseline row per deal on day 1, none on day 2 (the stages did not change).
    expect(historyRows.map((r) => [r[idCol], r[toCol]]).sort()).toEqual([
      ['D-1', 'Proposal'],
      ['D-2', 'Closing'],
    ]);
    if (history[0].includes('Memo'))
      expect(historyRows.map((r) => r[history[0].indexOf('Memo')])).toEqual(['', '']);
  });
});
