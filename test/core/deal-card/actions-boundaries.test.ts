// Deal card actions at their edges: text exactly at the cell limit, snooze lengths and tomorrow, refusals
// named in both languages, whatever the page sends.
import {
  type DealActionContext,
  type DealCardAction,
  MAX_CELL_TEXT,
  parseDealAction,
  planDealAction,
  SNOOZE_DAYS,
} from '../../../src/core/deal-card/actions';
import type { Deal } from '../../../src/core/deals';
import { day, deal, HISTORY_HEADER, NOW, stages, ZONE } from './deal-fixture';

const ctx = (d: Deal, lang: 'en' | 'ko' = 'en'): DealActionContext => ({
  deal: d,
  historyValues: [HISTORY_HEADER],
  stages,
  lang,
  now: NOW,
  timeZone: ZONE,
  user: '',
  newDealId: () => 'D-0099',
});
const plan = (d: Deal, action: DealCardAction, lang: 'en' | 'ko' = 'en') =>
  planDealAction(ctx(d, lang), action);

describe('parseDealAction edges', () => {
  it('names the type of a request that is no object, or whose kind is no text', () => {
    const what = (input: unknown) => {
      const r = parseDealAction(input);
      return r.ok ? 'accepted' : r.error.params?.what;
    };
    expect([what(undefined), what('won'), what(['won']), what({ kind: 5 }), what({})]).toEqual([
      'undefined',
      'string',
      'object',
      'object',
      'object',
    ]);
  });

  it('names the missing field of each text action, and cuts an unknown kind to 40 characters', () => {
    const fields = ['nextStep', 'lost', 'stage', 'snoozeUntil'].map((kind) => {
      const r = parseDealAction({ kind });
      return r.ok ? 'accepted' : r.error.params?.what;
    });
    expect(fields).toEqual(['nextStep.text', 'lost.reason', 'stage.stage', 'snoozeUntil.date']);
    expect(parseDealAction({ kind: 'lost', reason: null })).toEqual({
      ok: false,
      error: { key: 'cardErrBadRequest', params: { what: 'lost.reason' } },
    });
    const r = parseDealAction({ kind: 'x'.repeat(50) });
    expect(r.ok ? '' : r.error.params?.what).toBe('x'.repeat(40));
  });

  it('accepts every offered snooze length and nothing else', () => {
    expect(SNOOZE_DAYS.map((days) => parseDealAction({ kind: 'snooze', days }).ok)).toEqual([
      true,
      true,
      true,
    ]);
    expect([0, 1, 30, -7].map((days) => parseDealAction({ kind: 'snooze', days }).ok)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('planDealAction edges', () => {
  it('takes a next step exactly at the cell limit and refuses one character more, naming the field', () => {
    const atLimit = plan(deal(2), { kind: 'nextStep', text: 'x'.repeat(MAX_CELL_TEXT) });
    expect(atLimit.ok).toBe(true);
    expect(plan(deal(2), { kind: 'nextStep', text: 'x'.repeat(MAX_CELL_TEXT + 1) }, 'ko')).toEqual({
      ok: false,
      error: {
        key: 'cardErrTooLong',
        params: { field: '다음 할 일', length: MAX_CELL_TEXT + 1, max: MAX_CELL_TEXT },
      },
    });
    expect(plan(deal(2), { kind: 'nextStep', text: 'x'.repeat(MAX_CELL_TEXT + 1) })).toMatchObject({
      error: { params: { field: 'Next step' } },
    });
    // Spaces around do not count.
    expect(plan(deal(2), { kind: 'nextStep', text: ` ${'x'.repeat(MAX_CELL_TEXT)} ` }).ok).toBe(
      true,
    );
  });

  it('refuses an unchanged next step, naming it', () => {
    expect(plan(deal(2, { nextStep: 'Call' }), { kind: 'nextStep', text: ' Call ' })).toEqual({
      ok: false,
      error: { key: 'cardErrUnchanged', params: { value: 'Call' } },
    });
  });

  it('a lost reason at the limit is taken; over it, refused with the field in the sheet’s language', () => {
    expect(plan(deal(2), { kind: 'lost', reason: 'x'.repeat(MAX_CELL_TEXT) }).ok).toBe(true);
    expect(plan(deal(2), { kind: 'lost', reason: 'x'.repeat(MAX_CELL_TEXT + 1) })).toEqual({
      ok: false,
      error: {
        key: 'cardErrTooLong',
        params: { field: 'Lost reason', length: MAX_CELL_TEXT + 1, max: MAX_CELL_TEXT },
      },
    });
    expect(
      plan(deal(2), { kind: 'lost', reason: 'x'.repeat(MAX_CELL_TEXT + 1) }, 'ko'),
    ).toMatchObject({
      error: { params: { field: '실패 사유' } },
    });
    expect(plan(deal(2, { status: 'lost' }), { kind: 'lost', reason: 'x' }, 'ko')).toEqual({
      ok: false,
      error: { key: 'cardErrAlready', params: { status: '실패' } },
    });
    expect(plan(deal(2), { kind: 'lost', reason: '' })).toEqual({
      ok: false,
      error: { key: 'cardErrReasonRequired', params: undefined },
    });
  });

  it('snoozes 3 and 14 days from today, until tomorrow at the earliest, with the notice’s date', () => {
    const snooze = (action: DealCardAction) => {
      const r = plan(deal(2), action);
      return r.ok ? [r.value.cells, r.value.notice, r.value.historyRows] : r.error;
    };
    expect(snooze({ kind: 'snooze', days: 3 })).toEqual([
      { snoozeUntil: day('2026-03-05') },
      { key: 'cardSavedSnooze', params: { date: '2026-03-05' } },
      [],
    ]);
    expect(snooze({ kind: 'snooze', days: 14 })).toEqual([
      { snoozeUntil: day('2026-03-16') },
      { key: 'cardSavedSnooze', params: { date: '2026-03-16' } },
      [],
    ]);
    expect(snooze({ kind: 'snoozeUntil', date: ' 2026-03-03 ' })).toEqual([
      { snoozeUntil: day('2026-03-03') },
      { key: 'cardSavedSnooze', params: { date: '2026-03-03' } },
      [],
    ]);
    expect(snooze({ kind: 'snoozeUntil', date: '2026-03-01' })).toEqual({
      key: 'cardErrSnoozePast',
      params: { date: '2026-03-01', today: '2026-03-02' },
    });
    expect(snooze({ kind: 'snoozeUntil', date: `next week${' '.repeat(60)}` })).toEqual({
      key: 'cardErrSnoozeDate',
      params: { value: `next week${' '.repeat(31)}` },
    });
  });

  it('refuses to snooze a Lost deal, by date too, naming its status', () => {
    expect(plan(deal(2, { status: 'lost' }), { kind: 'snoozeUntil', date: '2026-04-01' })).toEqual({
      ok: false,
      error: { key: 'cardErrSnoozeClosed', params: { status: 'Lost' } },
    });
  });

  it('moves a Won deal’s stage (only Lost deals are refused), keeping it Won', () => {
    const moved = plan(deal(2, { status: 'won' }), { kind: 'stage', stage: 'Closing' });
    expect(moved.ok && moved.value.cells.stage).toBe('Closing');
    expect(moved.ok && moved.value.cells.status).toBeUndefined();
    expect(moved.ok && moved.value.historyRows[0].slice(0, 4)).toEqual([
      'D-0002',
      'Proposal',
      'Closing',
      'Won',
    ]);
  });

  it('cuts an unknown stage to 80 characters in the refusal, listing the stages in English', () => {
    const long = 'Demo'.repeat(30);
    expect(plan(deal(2), { kind: 'stage', stage: long })).toEqual({
      ok: false,
      error: {
        key: 'cardErrUnknownStage',
        params: { stage: long.slice(0, 80), list: stages.map((s) => s.en).join(', ') },
      },
    });
  });

  it('Won on a Lost deal writes Won in Korean; History keeps the stage as the row says it and the row’s ID', () => {
    const won = plan(deal(3, { status: 'lost', stageText: 'Closing' }), { kind: 'won' }, 'ko');
    // The deal already had a close (Lost) with no Closed on: becoming Won dates it today.
    expect(won.ok && won.value.cells).toEqual({ status: '성사', closedOn: day('2026-03-02') });
    expect(won.ok && won.value.historyRows.map((r) => r.slice(0, 4))).toEqual([
      ['D-0003', 'Closing', 'Closing', '성사'],
    ]);
  });

  it('writes only the cells that change: no Stage entered or probability on a status change', () => {
    const won = plan(deal(2), { kind: 'won' });
    expect(won.ok && Object.keys(won.value.cells)).toEqual(['status', 'closedOn']);
    const lost = plan(deal(2), { kind: 'lost', reason: 'Price' });
    expect(lost.ok && Object.keys(lost.value.cells).sort()).toEqual([
      'closedOn',
      'lostReason',
      'status',
    ]);
    expect(lost.ok && lost.value.notice).toEqual({ key: 'cardSavedLost' });
    // A typed probability that is not the stage's default stays: no probability cell.
    const typed = plan(deal(2, { probability: 0.55 }), { kind: 'stage', stage: 'Closing' });
    expect(typed.ok && Object.keys(typed.value.cells).sort()).toEqual(['stage', 'stageEntered']);
  });

  it('moves a deal back to the first stage, named in either language', () => {
    for (const [lang, label] of [
      ['en', 'Prospecting'],
      ['ko', '잠재 고객 발굴'],
    ] as const) {
      const moved = plan(deal(2), { kind: 'stage', stage: label }, lang);
      expect(moved.ok && moved.value.cells.stage).toBe(stages[0][lang]);
    }
  });
});
