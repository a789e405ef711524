// Reading Closed on (종료일) from a Deals row: a date, a day serial in the sheet's zone, or blank.
import { readDealRows } from '../../src/core/deals';
import { DEFAULT_STAGES, findStage, parseStatus } from '../../src/core/stages';

const columns = { deal: 0, stage: 1, status: 2, closedOn: 3, stageEntered: 4 };
const read = (closedOn: unknown, timeZone?: string) =>
  readDealRows(
    [
      ['Deal', 'Stage', 'Status', 'Closed on', 'Stage entered'],
      ['ERP', 'Closing', 'Won', closedOn, ''],
    ],
    columns,
    (label) => findStage(DEFAULT_STAGES, label),
    parseStatus,
    timeZone,
  )[0];

describe('Closed on', () => {
  it('reads the date in its own column, not another date column', () => {
    const day = new Date('2026-03-31T15:00:00Z');
    const deal = read(day);
    expect(deal.closedOn).toBe(day);
    expect(deal.stageEntered).toBeUndefined();
  });

  it('reads a day serial as that day in the spreadsheet zone (2026-04-01 in Seoul)', () => {
    expect(read(46113, 'Asia/Seoul').closedOn?.toISOString()).toBe('2026-03-31T15:00:00.000Z');
  });

  it.each([[''], ['2026-04-01'], [null]])('reads %p as not recorded', (cell) => {
    expect(read(cell, 'Asia/Seoul')).toHaveProperty('closedOn', undefined);
  });
});
