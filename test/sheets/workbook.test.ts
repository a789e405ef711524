// The workbook adapter on plain fakes: one read per sheet, batched formula-safe writes.
import { assignDealIds, NEXT_DEAL_NUMBER_PROPERTY } from '../../src/sheets/deal-ids';
import {
  appendRows,
  readWorkbook,
  setReportDate,
  writeDealColumn,
} from '../../src/sheets/workbook';
import { asSpreadsheet, FakeSheet, FakeSpreadsheet } from './fake-sheets';

function workbook() {
  const deals = new FakeSheet('딜', [
    ['메모', '딜 ID', '딜 이름', '고객사', '단계', '상태', '금액', '확률'],
    ['', 'D-0001', '=HYPERLINK("x")', '(주)에이스', '잠재 고객 발굴', '', 1000, ''],
    ['', '', 'Beta', 'Beta Inc.', 'Closing', 'Won', 500, 0.8],
    ['', '', 'Gamma', 'Gamma', 'Unknown', 'maybe', '1,000', ''],
  ]);
  const settings = new FakeSheet('Settings', [
    [
      'Stage',
      'Stage (Korean)',
      'Win probability',
      'Stall after (days)',
      '',
      'Option',
      'Value',
      'Key',
    ],
    ['Prospecting', '잠재 고객 발굴', 0.1, 14, '', 'Report date', '', 'report_date'],
    ['', '', '', '', '', 'Language', 'en', 'language'],
  ]);
  const history = new FakeSheet('이력', [['딜 ID', '이전 단계', '새 단계', '상태']]);
  const ss = new FakeSpreadsheet([deals, settings, history]);
  return { ss, deals, settings, history };
}

describe('readWorkbook', () => {
  it('reads each sheet once and types the deals by header', () => {
    const { ss, deals, settings, history } = workbook();
    const snap = readWorkbook(asSpreadsheet(ss));
    expect(deals.calls).toEqual(['getValues']);
    expect(settings.calls).toEqual(['getValues']);
    expect(history.calls).toEqual(['getValues']);
    expect(snap.lang).toBe('en'); // Settings overrides the ko_KR locale
    expect(snap.alerts).toEqual({ sheet: null, values: [] });
    expect(snap.deals.header.columns).toMatchObject({ dealId: 1, deal: 2, company: 3, stage: 4 });
    expect(snap.deals.rows.map((d) => [d.row, d.dealId, d.stage, d.status])).toEqual([
      [2, 'D-0001', 0, 'open'],
      [3, '', -1, 'won'],
      [4, '', -1, 'open'],
    ]);
    expect(snap.deals.rows[0].name).toBe('=HYPERLINK("x")');
    expect(snap.settings.stages).toHaveLength(1);
  });
});

describe('writes', () => {
  it('appends rows after the last row in one call, keeping formula-like text as text', () => {
    const { history } = workbook();
    appendRows(history as unknown as GoogleAppsScript.Spreadsheet.Sheet, [
      ['D-0001', '=HYPERLINK("http://x")', '+1'],
      ['D-0002', '@x'],
    ]);
    expect(history.calls.filter((c) => c === 'setValues')).toHaveLength(1);
    expect(history.cells[1]).toEqual(['D-0001', '=HYPERLINK("http://x")', '+1']);
    expect(history.cells[2]).toEqual(['D-0002', '@x', '']);
    expect(history.formulas.size).toBe(0);
  });

  it('writes one column in one setValues and keeps formulas between the changed rows', () => {
    const { ss, deals } = workbook();
    deals.formulas.set('3:8', '=0.5+0.3');
    const snap = readWorkbook(asSpreadsheet(ss));
    deals.calls = [];
    writeDealColumn(
      snap,
      'probability',
      new Map([
        [2, 0.4],
        [4, 0.1],
      ]),
    );
    expect(deals.calls).toEqual(['getFormulas', 'setValues']);
    expect(deals.cells.map((r) => r[7])).toEqual(['확률', 0.4, 0.8, 0.1]);
    expect(deals.formulas.get('3:8')).toBe('=0.5+0.3');
  });

  it('assigns IDs above both the stored counter and the sheet, and stores the counter', () => {
    const { ss, deals } = workbook();
    const snap = readWorkbook(asSpreadsheet(ss));
    const store = new Map([[NEXT_DEAL_NUMBER_PROPERTY, '7']]);
    const props = {
      getProperty: (k: string) => store.get(k) ?? null,
      setProperty: (k: string, v: string) => store.set(k, v),
    } as unknown as GoogleAppsScript.Properties.Properties;
    expect(assignDealIds(snap, props)).toBe(2);
    expect(deals.cells.map((r) => r[1])).toEqual(['딜 ID', 'D-0001', 'D-0007', 'D-0008']);
    expect(store.get(NEXT_DEAL_NUMBER_PROPERTY)).toBe('9');
    expect(snap.deals.rows.map((d) => d.dealId)).toEqual(['D-0001', 'D-0007', 'D-0008']);
  });

  it('sets report_date with one write', () => {
    const { ss, settings } = workbook();
    const snap = readWorkbook(asSpreadsheet(ss));
    settings.calls = [];
    const day = new Date('2026-03-02T00:00:00+09:00');
    expect(setReportDate(snap, day)).toBe(true);
    expect(settings.calls).toEqual(['setValues']);
    expect(settings.cells[1][6]).toBe(day);
    expect(snap.settings.reportDate).toBe(day);
  });
});
