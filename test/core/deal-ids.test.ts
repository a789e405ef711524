// Deal IDs: never reused, derived from both the stored counter and the IDs in the sheet.
import { dealIdNumber, formatDealId, nextDealNumber, planDealIds } from '../../src/core/deal-ids';

describe('deal IDs', () => {
  it('formats and parses IDs', () => {
    expect(formatDealId(7)).toBe('D-0007');
    expect(formatDealId(12345)).toBe('D-12345');
    expect(dealIdNumber('D-0042')).toBe(42);
    expect(dealIdNumber(' d42 ')).toBe(42);
    expect(dealIdNumber('ACME-1')).toBeUndefined();
  });

  it('continues after the highest ID in the sheet when the counter is lost', () => {
    expect(nextDealNumber(['D-0003', 'D-0010', 'X-99', ''], undefined)).toBe(11);
  });

  it('does not reissue the ID of a deleted last row the counter remembers', () => {
    // D-0005 was deleted: the sheet's max is 4 but the counter says 6.
    expect(nextDealNumber(['D-0001', 'D-0004'], 6)).toBe(6);
  });

  it('assigns consecutive IDs only to deal rows without one', () => {
    const ids = ['', 'D-0002', '', '', ''];
    const { assigned, next } = planDealIds(ids, (i) => i !== 3, undefined);
    expect([...assigned]).toEqual([
      [0, 'D-0003'],
      [2, 'D-0004'],
      [4, 'D-0005'],
    ]);
    expect(next).toBe(6);
  });
});
