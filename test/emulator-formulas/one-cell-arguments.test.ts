// DAYS_IN_STAGE counts the same days whether as_of is a bare cell, a one-cell range or the
// report_date named range, with the spreadsheet's zone behind, equal to or ahead of the script's.
import { Emulator } from '../../emulator';
import { zonedTimeToUtc } from '../../emulator/services/zone';

/** Midnight of a calendar day in `zone`: what a date cell of a sheet in that zone holds. */
const midnight = (zone: string, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(zonedTimeToUtc(zone, y, m, d));
};

describe.each([
  ['America/Los_Angeles', 'behind'],
  ['Asia/Seoul', 'equal to'],
  ['Pacific/Auckland', 'ahead of'],
])('a spreadsheet in %s (%s the script zone, Asia/Seoul)', (zone) => {
  it('gives the same days for report_date, B1 and B1:B1', async () => {
    const emu = await Emulator.create({
      timeZone: zone,
      scriptTimeZone: 'Asia/Seoul',
      now: '2026-03-31T09:00:00Z',
    });
    emu.setValues('Data', 'A1', [
      ['Stage entered', midnight(zone, '2026-03-31')],
      [midnight(zone, '2026-03-01')],
      [midnight(zone, '2026-03-30')],
    ]);
    const data = emu.workbook.sheetByName('Data')!;
    emu.workbook.setName('report_date', data, { row: 1, col: 2, numRows: 1, numCols: 1 });
    emu.setValues('Data', 'D1', [
      [
        '=DAYS_IN_STAGE(A2:A3, report_date)',
        '=DAYS_IN_STAGE(A2:A3, B1)',
        '=DAYS_IN_STAGE(A2:A3, B1:B1)',
      ],
    ]);
    for (const a1 of ['D1', 'E1', 'F1']) expect(emu.cellError('Data', a1)).toBeUndefined();
    expect(emu.getValues('Data', 'D1:F2')).toEqual([
      [30, 30, 30],
      [1, 1, 1],
    ]);
  });
});
