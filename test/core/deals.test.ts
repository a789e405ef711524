// Reading deals from the Deals sheet's values: date columns accept Dates and day serials.
import { serialToDate } from '../../src/core/dates';
import { readDealRows } from '../../src/core/deals';

const columns = { deal: 0, stage: 1, amount: 2, stageEntered: 3, expectedClose: 4 };
const read = (row: unknown[], timeZone?: string) =>
  readDealRows(
    [['Deal', 'Stage', 'Amount', 'Stage entered', 'Expected close'], row],
    columns,
    () => 0,
    () => 'open',
    timeZone,
  )[0];

describe('readDealRows date columns', () => {
  it('reads a day serial as that calendar day in the spreadsheet zone, like a Date', () => {
    // 46082 is 2026-03-01; 46082.5 its noon.
    const deal = read(['A', 'Proposal', 100, 46082, 46082.5], 'Asia/Seoul');
    expect(deal.stageEntered).toEqual(new Date('2026-03-01T00:00:00+09:00'));
    expect(deal.expectedClose).toEqual(new Date('2026-03-01T12:00:00+09:00'));
    const dated = read(
      ['A', 'Proposal', 100, new Date('2026-03-01T00:00:00+09:00'), ''],
      'Asia/Seoul',
    );
    expect(dated.stageEntered).toEqual(deal.stageEntered);
    expect(dated.expectedClose).toBeUndefined();
  });

  it('keeps text in a date column blank for Check data to report', () => {
    expect(read(['A', 'Proposal', 100, 'soon', ''], 'Asia/Seoul').stageEntered).toBeUndefined();
  });

  it('converts serials across a daylight-saving change', () => {
    // 2026-03-08 is the US spring-forward day: midnight there is still UTC-8.
    expect(serialToDate(46089, 'America/Los_Angeles')).toEqual(new Date('2026-03-08T08:00:00Z'));
    expect(serialToDate(46090, 'America/Los_Angeles')).toEqual(new Date('2026-03-09T07:00:00Z'));
  });
});
