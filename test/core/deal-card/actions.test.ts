// Deal card actions: what the page may send, and the cells and History rows each action plans (or its refusal).
import {
  type DealActionContext,
  type DealCardAction,
  parseDealAction,
  planDealAction,
} from '../../../src/core/deal-card/actions';
import type { Deal } from '../../../src/core/deals';
import { at, day, deal, HISTORY_HEADER, NOW, stages, ZONE } from './deal-fixture';

const history = [
  HISTORY_HEADER,
  ['D-0002', 'Qualification', 'Proposal', 'Open', 1000, at('2026-02-10'), 'kim', 'edit'],
];
const ctx = (d: Deal, lang: 'en' | 'ko' = 'en'): DealActionContext => ({
  deal: d,
  historyValues: history,
  stages,
  lang,
  now: NOW,
  timeZone: ZONE,
  user: 'lead@acme.co.kr',
  newDealId: () => 'D-0042',
});
const plan = (d: Deal, action: DealCardAction, lang: 'en' | 'ko' = 'en') =>
  planDealAction(ctx(d, lang), action);

describe('parseDealAction', () => {
  it('accepts the six actions with their fields', () => {
    for (const a of [
      { kind: 'nextStep', text: 'Call' },
      { kind: 'snooze', days: 7 },
      { kind: 'snoozeUntil', date: '2026-04-01' },
      { kind: 'won' },
      { kind: 'lost', reason: 'Price' },
      { kind: 'stage', stage: 'Closing' },
    ])
      expect(parseDealAction(a)).toEqual({ ok: true, value: a });
  });

  it('refuses anything else, naming what was wrong', () => {
    expect(parseDealAction(null)).toEqual({
      ok: false,
      error: { key: 'cardErrBadRequest', params: { what: 'object' } },
    });
    expect(parseDealAction({ kind: 'delete' })).toMatchObject({
      error: { key: 'cardErrBadRequest', params: { what: 'delete' } },
    });
    expect(parseDealAction({ kind: 'lost', reason: 3 })).toMatchObject({
      error: { params: { what: 'lost.reason' } },
    });
    expect(parseDealAction({ kind: 'snooze', days: 5 })).toMatchObject({
      error: { key: 'cardErrSnoozeDays' },
    });
    expect(parseDealAction({ kind: 'snooze', days: '7' })).toMatchObject({
      error: { key: 'cardErrSnoozeDays' },
    });
  });
});

describe('planDealAction', () => {
  it('next step: trimmed text into its cell, no History; the same text is refused', () => {
    expect(plan(deal(2), { kind: 'nextStep', text: '  Send the quote ' })).toEqual({
      ok: true,
      value: {
        cells: { nextStep: 'Send the quote' },
        historyRows: [],
        notice: { key: 'cardSavedNextStep' },
      },
    });
    expect(plan(deal(2, { nextStep: 'Call' }), { kind: 'nextStep', text: 'Call' })).toMatchObject({
      ok: false,
      error: { key: 'cardErrUnchanged' },
    });
    const long = plan(deal(2), { kind: 'nextStep', text: 'x'.repeat(50_001) });
    expect(long).toMatchObject({
      ok: false,
      error: { key: 'cardErrTooLong', params: { length: 50_001 } },
    });
  });

  it('snooze: midnight of the day N days on (spreadsheet zone), or of a later date', () => {
    const seven = plan(deal(2), { kind: 'snooze', days: 7 });
    expect(seven).toMatchObject({
      ok: true,
      value: { notice: { params: { date: '2026-03-09' } } },
    });
    expect(seven.ok && seven.value.cells.snoozeUntil).toEqual(day('2026-03-09'));
    const until = plan(deal(2), { kind: 'snoozeUntil', date: '2026-04-01' });
    expect(until.ok && until.value.cells.snoozeUntil).toEqual(day('2026-04-01'));
  });

  it('snooze refuses today, the past, non-dates and closed deals', () => {
    expect(plan(deal(2), { kind: 'snoozeUntil', date: '2026-03-02' })).toMatchObject({
      error: { key: 'cardErrSnoozePast', params: { date: '2026-03-02', today: '2026-03-02' } },
    });
    expect(plan(deal(2), { kind: 'snoozeUntil', date: '2026-02-30' })).toMatchObject({
      error: { key: 'cardErrSnoozeDate', params: { value: '2026-02-30' } },
    });
    expect(plan(deal(2, { status: 'won' }), { kind: 'snooze', days: 3 }, 'ko')).toMatchObject({
      error: { key: 'cardErrSnoozeClosed', params: { status: '성사' } },
    });
  });

  it('Won: the status in the workbook language and a History row as an edit of Status writes', () => {
    const won = plan(deal(2, { stageText: '제안 및 견적' }), { kind: 'won' }, 'ko');
    expect(won).toEqual({
      ok: true,
      value: {
        cells: { status: '성사', closedOn: day('2026-03-02') },
        historyRows: [
          ['D-0002', '제안 및 견적', '제안 및 견적', '성사', 1000, NOW, 'lead@acme.co.kr', 'edit'],
        ],
        notice: { key: 'cardSavedWon' },
      },
    });
    expect(plan(deal(2, { status: 'won' }), { kind: 'won' })).toMatchObject({
      error: { key: 'cardErrAlready', params: { status: 'Won' } },
    });
  });

  it('Closed on is the day of the action in the spreadsheet zone; a typed one is kept', () => {
    // 23:30 UTC on 1 March is the morning of 2 March in Seoul: the day the team lives in.
    const early = planDealAction(
      { ...ctx(deal(2)), now: new Date('2026-03-01T23:30:00Z') },
      { kind: 'won' },
    );
    expect(early.ok && early.value.cells.closedOn).toEqual(day('2026-03-02'));
    const inLa = planDealAction(
      { ...ctx(deal(2)), now: new Date('2026-03-01T23:30:00Z'), timeZone: 'America/Los_Angeles' },
      { kind: 'lost', reason: 'Price' },
    );
    expect(inLa.ok && inLa.value.cells.closedOn).toEqual(new Date('2026-03-01T00:00:00-08:00'));
    // A Closed on the user typed (the deal was won earlier than anyone clicked) stays as typed.
    const typed = plan(deal(2, { closedOn: day('2026-02-27') }), { kind: 'won' });
    expect(typed.ok && typed.value.cells).toEqual({ status: 'Won' });
    // A stage move writes no Closed on, even for a Won deal moving on to Retention.
    const moved = plan(deal(2, { status: 'won', stageText: 'Closing' }), {
      kind: 'stage',
      stage: 'Retention',
    });
    expect(moved.ok && 'closedOn' in moved.value.cells).toBe(false);
  });

  it('Lost needs a reason; with one it writes status, reason and History', () => {
    expect(plan(deal(2), { kind: 'lost', reason: '   ' })).toMatchObject({
      error: { key: 'cardErrReasonRequired' },
    });
    const lost = plan(deal(2), { kind: 'lost', reason: ' Budget cut ' });
    expect(lost.ok && lost.value.cells).toEqual({
      status: 'Lost',
      lostReason: 'Budget cut',
      closedOn: day('2026-03-02'),
    });
    expect(lost.ok && lost.value.historyRows[0].slice(0, 4)).toEqual([
      'D-0002',
      'Proposal',
      'Proposal',
      'Lost',
    ]);
    expect(plan(deal(2, { status: 'lost' }), { kind: 'lost', reason: 'x' })).toMatchObject({
      error: { key: 'cardErrAlready' },
    });
  });

  it('stage: label in the workbook language, Stage entered now, default probability, History', () => {
    const moved = plan(deal(2), { kind: 'stage', stage: '협상' });
    expect(moved).toEqual({
      ok: true,
      value: {
        cells: { stage: 'Negotiation', stageEntered: NOW, probability: 0.6 },
        historyRows: [
          ['D-0002', 'Proposal', 'Negotiation', 'Open', 1000, NOW, 'lead@acme.co.kr', 'edit'],
        ],
        notice: { key: 'cardSavedStage', params: { stage: 'Negotiation' } },
      },
    });
    // A typed probability that is not the old stage's default survives the move.
    const typed = plan(deal(2, { probability: 0.55 }), { kind: 'stage', stage: 'Closing' });
    expect(typed.ok && typed.value.cells.probability).toBeUndefined();
  });

  it('stage refuses unknown stages (listing the known ones), the same stage and Lost deals', () => {
    expect(plan(deal(2), { kind: 'stage', stage: 'Demo' }, 'ko')).toMatchObject({
      error: {
        key: 'cardErrUnknownStage',
        params: { stage: 'Demo', list: stages.map((s) => s.ko).join(', ') },
      },
    });
    expect(plan(deal(2), { kind: 'stage', stage: 'proposal' })).toMatchObject({
      error: { key: 'cardErrSameStage', params: { stage: 'Proposal' } },
    });
    expect(plan(deal(2, { status: 'lost' }), { kind: 'stage', stage: 'Closing' })).toMatchObject({
      error: { key: 'cardErrLostStage' },
    });
  });

  it('a deal without an ID gets one in the same row write, and History uses it', () => {
    const won = plan(deal(6, { dealId: '' }), { kind: 'won' });
    expect(won.ok && won.value.cells).toEqual({
      status: 'Won',
      dealId: 'D-0042',
      closedOn: day('2026-03-02'),
    });
    expect(won.ok && won.value.historyRows[0][0]).toBe('D-0042');
    const note = plan(deal(6, { dealId: '' }), { kind: 'nextStep', text: 'Call' });
    expect(note.ok && note.value.cells).toEqual({ nextStep: 'Call' });
  });
});
