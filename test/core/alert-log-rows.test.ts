// Alerts rows in a sheet: where each field goes without a header, and which rows a read keeps.
import { alertColumns, alertRow, parseAlertLog } from '../../src/core/alert-log';

describe('alertColumns', () => {
  it('places every field in table order on a sheet without a header row', () => {
    const order = { at: 0, owner: 1, dealIds: 2, kind: 3, result: 4 };
    expect(alertColumns(undefined)).toEqual(order);
    expect(alertColumns([])).toEqual(order);
    expect(alertColumns(['결과', '시각'])).toEqual({
      result: 0,
      at: 1,
      owner: 2,
      dealIds: 3,
      kind: 4,
    });
  });
});

describe('parseAlertLog', () => {
  const header = ['When', 'Owner', 'Deal IDs', 'Kind', 'Result'];
  const at = new Date('2026-03-09T23:30:00Z');

  it('keeps only job-written rows, one entry each, in sheet order', () => {
    const entries = parseAlertLog(
      [
        header,
        [at, 'kim@acme.co.kr', 'D-1', 'stall', 'sent'],
        ['', '', '', '', 'note: call Kim'],
        [at, 'lee@acme.co.kr', 'D-2', 'escalation', 'deferred: quota'],
        [],
      ],
      'Asia/Seoul',
    );
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => `${e.owner} ${e.outcome}`)).toEqual([
      'kim@acme.co.kr sent',
      'lee@acme.co.kr deferred',
    ]);
  });

  it('reads nothing from an empty sheet, and rows without a header in table order', () => {
    expect(parseAlertLog([], 'UTC')).toHaveLength(0);
    const row = alertRow({
      at,
      owner: 'kim@acme.co.kr',
      dealKeys: ['D-1', 'D-2'],
      kind: 'stall',
      result: 'sent',
    });
    expect(row).toEqual([at, 'kim@acme.co.kr', 'D-1, D-2', 'stall', 'sent']);
    expect(parseAlertLog([[], row], 'UTC')[0].dealKeys).toEqual(['D-1', 'D-2']);
  });
});
