// Stall and escalation at their boundaries (0, 1, the threshold, twice it), in calendar and business days.
import type { Deal } from '../../src/core/deals';
import { DEFAULT_STAGES, type Stage } from '../../src/core/stages';
import {
  byUrgency,
  dayCounter,
  dealKey,
  escalationDays,
  findStalledDeals,
  type StalledDeal,
  type StallRules,
} from '../../src/core/stall';

const SEOUL = 'Asia/Seoul';
const DAY = 86_400_000;
const seoulDay = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const plusDays = (iso: string, n: number) => new Date(seoulDay(iso).getTime() + n * DAY);
const CLOSING = 4; // stall after 7 days
const PROPOSAL = 2; // stall after 10 days
const PROSPECTING = 0; // stall after 14 days

function deal(over: Partial<Deal>): Deal {
  return {
    row: 2,
    dealId: 'D-1',
    name: 'Deal',
    company: 'Co',
    owner: 'kim@acme.co.kr',
    stageText: DEFAULT_STAGES[CLOSING].en,
    stage: CLOSING,
    status: 'open',
    amount: 1000,
    probability: undefined,
    expectedClose: undefined,
    created: undefined,
    stageEntered: seoulDay('2026-03-02'),
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    closedOn: undefined,
    ...over,
  };
}

const calendar: StallRules = { stages: DEFAULT_STAGES, businessDays: false, holidays: [] };
const business: StallRules = { ...calendar, businessDays: true };

describe('escalationDays', () => {
  it.each([
    [0, 1],
    [1, 2],
    [7, 14],
    [10, 20],
  ])('a %p-day stage escalates at %p days', (threshold, days) => {
    expect(escalationDays(threshold)).toBe(days);
  });
});

describe('a Closing deal (stall after 7 days) by calendar days in its stage', () => {
  it.each([
    [0, undefined],
    [1, undefined],
    [7, undefined],
    [8, false],
    [13, false],
    [14, true],
    [15, true],
  ])('after %p days: escalated %p (undefined = not stalled)', (days, escalated) => {
    const found = findStalledDeals([deal({})], calendar, plusDays('2026-03-02', days), SEOUL);
    expect(found[0]?.escalated).toBe(escalated);
    if (found.length === 0) return;
    expect(found[0]).toMatchObject({ days, threshold: 7, enteredDay: dayNo('2026-03-02') });
    expect(found[0].escalatedSince).toBe(escalated ? dayNo('2026-03-16') : undefined);
  });

  it('a stage with 0 stall days stalls and escalates after one day', () => {
    const stages: Stage[] = [{ en: 'Trial', ko: '체험', probability: 0.5, stallDays: 0 }];
    const trial = deal({ stage: 0, stageText: 'Trial' });
    const rules = { ...calendar, stages };
    expect(findStalledDeals([trial], rules, seoulDay('2026-03-02'), SEOUL)).toEqual([]);
    const [next] = findStalledDeals([trial], rules, seoulDay('2026-03-03'), SEOUL);
    expect(next).toMatchObject({ days: 1, threshold: 0, escalated: true });
    expect(next.escalatedSince).toBe(dayNo('2026-03-03'));
  });
});

describe('business days (weekends and Settings holidays skipped)', () => {
  // Entered Friday 2026-03-06. The 14th business day after it is Thursday 2026-03-26.
  const friday = deal({ stageEntered: seoulDay('2026-03-06') });

  it('escalates on the 14th business day and records that day', () => {
    const [before] = findStalledDeals([friday], business, seoulDay('2026-03-25'), SEOUL);
    expect(before).toMatchObject({ days: 13, escalated: false, escalatedSince: undefined });
    const [on] = findStalledDeals([friday], business, seoulDay('2026-03-26'), SEOUL);
    expect(on).toMatchObject({ days: 14, escalated: true, escalatedSince: dayNo('2026-03-26') });
    // Over the weekend the count stands still, and the escalation day stays the Thursday.
    const [sunday] = findStalledDeals([friday], business, seoulDay('2026-03-29'), SEOUL);
    expect(sunday).toMatchObject({ days: 15, escalatedSince: dayNo('2026-03-26') });
  });

  it('a holiday moves the escalation day one business day later', () => {
    const rules = { ...business, holidays: [seoulDay('2026-03-18')] };
    const [thursday] = findStalledDeals([friday], rules, seoulDay('2026-03-26'), SEOUL);
    expect(thursday).toMatchObject({ days: 13, escalated: false });
    const [friday27] = findStalledDeals([friday], rules, seoulDay('2026-03-27'), SEOUL);
    expect(friday27).toMatchObject({ days: 14, escalatedSince: dayNo('2026-03-27') });
  });

  it('dayCounter counts calendar days, or business days after `from` up to `to`', () => {
    const from = dayNo('2026-03-06');
    expect(dayCounter(calendar, SEOUL)(from, dayNo('2026-03-16'))).toBe(10);
    expect(dayCounter(calendar, SEOUL)(from, dayNo('2026-03-01'))).toBe(-5);
    expect(dayCounter(business, SEOUL)(from, dayNo('2026-03-09'))).toBe(1);
    expect(dayCounter(business, SEOUL)(from, dayNo('2026-03-16'))).toBe(6);
    const withHoliday = dayCounter(
      { businessDays: true, holidays: [seoulDay('2026-03-10')] },
      SEOUL,
    );
    expect(withHoliday(from, dayNo('2026-03-16'))).toBe(5);
  });
});

describe('snooze', () => {
  it.each([
    ['the day before today', '2026-03-19', 1],
    ['today', '2026-03-20', 1],
    ['tomorrow', '2026-03-21', 0],
  ])('Snooze until %s: %p alerts', (_name, until, count) => {
    const d = deal({ snoozeUntil: seoulDay(until) });
    expect(findStalledDeals([d], calendar, seoulDay('2026-03-20'), SEOUL)).toHaveLength(count);
  });
});

describe('dealKey', () => {
  it('is the Deal ID, or the row when the ID is blank', () => {
    expect(dealKey({ dealId: 'D-0042', row: 7 })).toBe('D-0042');
    expect(dealKey({ dealId: '', row: 7 })).toBe('row 7');
  });
});

describe('urgency order', () => {
  const today = seoulDay('2026-04-01');
  const stalled = (over: Partial<Deal>, daysAgo: number, stage = PROPOSAL) =>
    deal({
      stage,
      stageText: DEFAULT_STAGES[stage].en,
      stageEntered: plusDays('2026-04-01', -daysAgo),
      ...over,
    });
  const order = (deals: Deal[]) =>
    findStalledDeals(deals, calendar, today, SEOUL).map((s) => s.key);

  it('puts escalated deals first even when others are further over', () => {
    const escalated = stalled({ dealId: 'E' }, 14, CLOSING); // 7 over, escalated
    const over = stalled({ dealId: 'O' }, 27, PROSPECTING); // 13 over, not yet 28 days
    expect(order([over, escalated])).toEqual(['E', 'O']);
  });

  it('then ranks by days over the threshold, not days in the stage', () => {
    const closing = stalled({ dealId: 'C' }, 13, CLOSING); // 13 days: 6 over
    const prospecting = stalled({ dealId: 'P' }, 19, PROSPECTING); // 19 days: 5 over
    expect(order([prospecting, closing])).toEqual(['C', 'P']);
    const longer = stalled({ dealId: 'L' }, 24, PROSPECTING); // 10 over
    expect(order([closing, longer])).toEqual(['L', 'C']);
  });

  it('then by amount, largest first, an unreadable amount counting as 0; then by row', () => {
    const big = stalled({ dealId: 'B', amount: 500, row: 9 }, 12);
    const small = stalled({ dealId: 'S', amount: 1, row: 8 }, 12);
    const text = stalled({ dealId: 'T', amount: Number.NaN, row: 3 }, 12);
    const zero = stalled({ dealId: 'Z', amount: 0, row: 5 }, 12);
    expect(order([zero, text, small, big])).toEqual(['B', 'S', 'T', 'Z']);
    expect(order([zero, big, text, small])).toEqual(['B', 'S', 'T', 'Z']);
  });

  it('byUrgency is 0 only for the same row, and flips sign with its arguments', () => {
    const [a, b] = findStalledDeals(
      [stalled({ dealId: 'A', row: 4 }, 12), stalled({ dealId: 'B', row: 6 }, 12)],
      calendar,
      today,
      SEOUL,
    ) as [StalledDeal, StalledDeal];
    expect(byUrgency(a, b)).toBeLessThan(0);
    expect(byUrgency(b, a)).toBeGreaterThan(0);
    expect(byUrgency(a, a)).toBe(0);
  });
});
