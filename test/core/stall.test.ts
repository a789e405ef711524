// Stall detection: calendar or business days in the spreadsheet's zone, snooze, escalation, urgency order.
import type { Deal } from '../../src/core/deals';
import { DEFAULT_STAGES } from '../../src/core/stages';
import { findStalledDeals, type StallRules } from '../../src/core/stall';

const SEOUL = 'Asia/Seoul';
/** Midnight of a calendar day in Seoul, as getValues returns a date cell of a Seoul spreadsheet. */
const seoulDay = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

function deal(over: Partial<Deal>): Deal {
  return {
    row: 2,
    dealId: 'D-1',
    name: 'Deal',
    company: 'Co',
    owner: 'kim@acme.co.kr',
    stageText: 'Proposal',
    stage: 2, // Proposal: stall after 10 days
    status: 'open',
    amount: 1000,
    probability: undefined,
    expectedClose: undefined,
    created: undefined,
    stageEntered: seoulDay('2026-03-01'),
    closedOn: undefined,
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    ...over,
  };
}

const rules: StallRules = { stages: DEFAULT_STAGES, businessDays: false, holidays: [] };

describe('findStalledDeals', () => {
  it('counts a deal as stalled only once its days exceed the stage threshold', () => {
    const d = deal({});
    expect(findStalledDeals([d], rules, seoulDay('2026-03-11'), SEOUL)).toEqual([]); // 10 days
    const [s] = findStalledDeals([d], rules, seoulDay('2026-03-12'), SEOUL); // 11 days
    expect(s).toMatchObject({ key: 'D-1', days: 11, threshold: 10, escalated: false });
  });

  it('ignores won, lost, unknown-stage and undated deals', () => {
    const today = seoulDay('2026-04-01');
    const deals = [
      deal({ status: 'won' }),
      deal({ status: 'lost' }),
      deal({ stage: -1, stageText: 'Nope' }),
      deal({ stageEntered: undefined }),
    ];
    expect(findStalledDeals(deals, rules, today, SEOUL)).toEqual([]);
  });

  it('keeps a deal quiet while Snooze until is after today, and alerts on that day', () => {
    const d = deal({ snoozeUntil: seoulDay('2026-03-20') });
    expect(findStalledDeals([d], rules, seoulDay('2026-03-19'), SEOUL)).toEqual([]);
    expect(findStalledDeals([d], rules, seoulDay('2026-03-20'), SEOUL)).toHaveLength(1);
  });

  it('escalates at twice the threshold and records the day it crossed', () => {
    const d = deal({});
    const [before] = findStalledDeals([d], rules, seoulDay('2026-03-20'), SEOUL);
    expect(before.escalated).toBe(false);
    const [after] = findStalledDeals([d], rules, seoulDay('2026-03-25'), SEOUL);
    expect(after).toMatchObject({ days: 24, escalated: true });
    expect(after.escalatedSince! - after.enteredDay).toBe(20);
  });

  it('counts days in the spreadsheet zone: just after midnight in Seoul is the next day', () => {
    const d = deal({});
    // 2026-03-12 00:10 Seoul = 2026-03-11 15:10 UTC.
    const justAfterMidnight = new Date('2026-03-11T15:10:00Z');
    expect(findStalledDeals([d], rules, justAfterMidnight, SEOUL)[0]?.days).toBe(11);
    // The same instant in Los Angeles is still the 10th of March there (for a deal entered there on the 1st).
    const la = deal({ stageEntered: new Date('2026-03-01T00:00:00-08:00') });
    expect(findStalledDeals([la], rules, justAfterMidnight, 'America/Los_Angeles')).toEqual([]);
  });

  it('counts business days, skipping weekends and Settings holidays, when asked', () => {
    // Entered Fri 2026-03-06. Closing stalls after 7 days.
    const d = deal({ stage: 4, stageText: 'Closing', stageEntered: seoulDay('2026-03-06') });
    const business: StallRules = { ...rules, businessDays: true, holidays: [] };
    // Calendar: Mar 16 is 10 days. Business days Mar 9..13, 16 = 6 → not stalled.
    expect(findStalledDeals([d], rules, seoulDay('2026-03-16'), SEOUL)).toHaveLength(1);
    expect(findStalledDeals([d], business, seoulDay('2026-03-16'), SEOUL)).toEqual([]);
    expect(findStalledDeals([d], business, seoulDay('2026-03-18'), SEOUL)[0]?.days).toBe(8);
    const withHoliday: StallRules = { ...business, holidays: [seoulDay('2026-03-17')] };
    // The holiday leaves 7 business days: not more than the threshold, so not stalled.
    expect(findStalledDeals([d], withHoliday, seoulDay('2026-03-18'), SEOUL)).toEqual([]);
  });

  it('orders escalated first, then days over the threshold, then amount', () => {
    const today = seoulDay('2026-04-01');
    const deals = [
      deal({ row: 2, dealId: 'A', stageEntered: seoulDay('2026-03-15'), amount: 10 }), // 17 days, over 7
      deal({ row: 3, dealId: 'B', stageEntered: seoulDay('2026-03-01'), amount: 1 }), // 31 days: escalated
      deal({ row: 4, dealId: 'C', stageEntered: seoulDay('2026-03-15'), amount: 99 }), // over 7, bigger
      deal({ row: 5, dealId: 'D', stageEntered: seoulDay('2026-03-10'), amount: 0 }), // 22 days, over 12
    ];
    expect(findStalledDeals(deals, rules, today, SEOUL).map((s) => s.key)).toEqual([
      'B',
      'D',
      'C',
      'A',
    ]);
  });
});
