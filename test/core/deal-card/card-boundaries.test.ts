// The deal card at its edges: stall threshold and snooze day, History the card cannot use, duplicates cut at 10.
import { isoDay } from '../../../src/core/dates';
import { buildDealCard, MAX_DUPLICATES, stageSteps } from '../../../src/core/deal-card/card';
import type { Deal } from '../../../src/core/deals';
import { at, day, deal, HISTORY_HEADER, NOW, stages, ZONE } from './deal-fixture';

const rules = { stages, businessDays: false, holidays: [] as Date[] };
const input = (d: Deal, historyValues: unknown[][] = [HISTORY_HEADER], deals: Deal[] = [d]) => ({
  deal: d,
  deals,
  historyValues,
  rules,
  lang: 'en' as const,
  today: NOW,
  timeZone: ZONE,
});
const path = (steps: ReturnType<typeof stageSteps>['steps']) =>
  steps.map((s) => [
    s.stage,
    s.enteredDay === undefined ? '' : isoDay(s.enteredDay),
    s.days,
    s.current,
  ]);
const row = (id: string, to: string, status: string, when: string) => [
  id,
  '',
  to,
  status,
  1000,
  at(when),
  'kim',
  'edit',
];

describe('stall standing on the card (Proposal: 10 days, escalated from 20; today 2026-03-02)', () => {
  const card = (extra: Partial<Deal>) => buildDealCard(input(deal(2, extra)));
  const standing = (c: ReturnType<typeof card>) => [c.daysInStage, c.stalled, c.escalated];

  it('is not stalled at exactly the threshold, stalled one day past it, escalated at exactly twice it', () => {
    expect(standing(card({ stageEntered: day('2026-02-20') }))).toEqual([10, false, false]);
    expect(standing(card({ stageEntered: day('2026-02-19') }))).toEqual([11, true, false]);
    expect(standing(card({ stageEntered: day('2026-02-11') }))).toEqual([19, true, false]);
    expect(standing(card({ stageEntered: day('2026-02-10') }))).toEqual([20, true, true]);
    expect(standing(card({ stageEntered: day('2026-03-02') }))).toEqual([0, false, false]);
  });

  it('a snooze ending today or earlier no longer hides the deal; one ending tomorrow does', () => {
    expect(standing(card({ snoozeUntil: day('2026-03-02') }))).toEqual([20, true, true]);
    expect(standing(card({ snoozeUntil: day('2026-02-20') }))).toEqual([20, true, true]);
    const snoozed = card({ snoozeUntil: day('2026-03-03') });
    expect(standing(snoozed)).toEqual([20, false, false]);
    expect(isoDay(snoozed.snoozeUntilDay ?? 0)).toBe('2026-03-03');
  });

  it('has no days in stage without Stage entered, and a stage not in Settings is never stalled', () => {
    expect(standing(card({ stageEntered: undefined }))).toEqual([undefined, false, false]);
    const unknown = card({ stageText: 'Demo' });
    expect([...standing(unknown), unknown.stallDays, unknown.stage]).toEqual([
      20,
      false,
      false,
      undefined,
      'Demo',
    ]);
  });
});

describe('stage path from History the card cannot fully use', () => {
  it('marks only the last step current and counts a stage left on the day it was entered as 0 days', () => {
    const history = [
      HISTORY_HEADER,
      row('D-0002', 'Qualification', 'Open', '2026-02-01'),
      row('D-0002', 'Negotiation', 'Open', '2026-02-01'),
    ];
    expect(path(stageSteps(input(deal(2), history)).steps)).toEqual([
      ['Qualification', '2026-02-01', 0, false],
      ['Negotiation', '2026-02-01', 9, false],
      ['Proposal', '2026-02-10', 20, true],
    ]);
  });

  it('leaves days blank when the next stage is dated before the step (History out of order)', () => {
    const history = [
      HISTORY_HEADER,
      row('D-0002', 'Qualification', 'Open', '2026-02-15'),
      row('D-0002', 'Proposal', 'Open', '2026-02-12'),
    ];
    const d = deal(2, { stageEntered: undefined });
    expect(path(stageSteps(input(d, history)).steps)).toEqual([
      ['Qualification', '2026-02-15', undefined, false],
      ['Proposal', '2026-02-12', 18, true],
    ]);
  });

  it('matches Deal IDs and stages with spaces around them; a row without a stage adds no step', () => {
    const history = [
      HISTORY_HEADER,
      row(' D-0002 ', ' Qualification ', 'Open', '2026-01-20'),
      row('D-0002', '   ', 'Open', '2026-01-25'),
    ];
    expect(path(stageSteps(input(deal(2), history)).steps)).toEqual([
      ['Qualification', '2026-01-20', 21, false],
      ['Proposal', '2026-02-10', 20, true],
    ]);
  });

  it('reads no History for a deal without an ID, and adds no step for a blank stage cell', () => {
    const history = [HISTORY_HEADER, row('', 'Closing', 'Open', '2026-01-20')];
    const noId = deal(2, { dealId: '' });
    expect(path(stageSteps(input(noId, history)).steps)).toEqual([
      ['Proposal', '2026-02-10', 20, true],
    ]);
    const noStage = deal(2, { stageText: '' });
    const own = [HISTORY_HEADER, row('D-0002', 'Qualification', 'Open', '2026-02-20')];
    expect(path(stageSteps(input(noStage, own)).steps)).toEqual([
      ['Qualification', '2026-02-20', 10, true],
    ]);
  });

  it('keeps History’s entry day when the row has no Stage entered', () => {
    const history = [HISTORY_HEADER, row('D-0002', '제안 및 견적', 'Open', '2026-02-22')];
    const d = deal(2, { stageEntered: undefined });
    expect(path(stageSteps(input(d, history)).steps)).toEqual([
      ['Proposal', '2026-02-22', 8, true],
    ]);
  });

  it('an open deal has no close day even when History last said Won (reopened on the sheet)', () => {
    const history = [
      HISTORY_HEADER,
      row('D-0002', 'Proposal', 'Open', '2026-02-10'),
      row('D-0002', 'Proposal', 'Won', '2026-02-20'),
    ];
    const { steps, closedDay } = stageSteps(input(deal(2), history));
    expect(closedDay).toBeUndefined();
    expect(path(steps)).toEqual([['Proposal', '2026-02-10', 20, true]]);
  });

  it('a Won deal whose History never says it closed has no close day, so its last stage has no end', () => {
    const history = [
      HISTORY_HEADER,
      row('D-0002', 'Negotiation', '', '2026-02-01'),
      row('D-0002', 'Closing', 'pending', '2026-02-05'), // not a status: read as Open
    ];
    const won = deal(2, { stageText: 'Closing', status: 'won', stageEntered: undefined });
    const { steps, closedDay } = stageSteps(input(won, history));
    expect(closedDay).toBeUndefined();
    expect(path(steps)).toEqual([
      ['Negotiation', '2026-02-01', 4, false],
      ['Closing', '2026-02-05', undefined, true],
    ]);
  });

  it('a reopened and lost again deal closes on the later Lost row', () => {
    const history = [
      HISTORY_HEADER,
      row('D-0002', 'Closing', 'Lost', '2026-02-01'),
      row('D-0002', 'Closing', 'Open', '2026-02-03'),
      row('D-0002', 'Closing', 'Lost', '2026-02-07'),
      row('D-0002', 'Closing', 'Lost', '2026-02-09'),
    ];
    const lost = deal(2, { stageText: 'Closing', status: 'lost', stageEntered: undefined });
    const { steps, closedDay } = stageSteps(input(lost, history));
    expect(isoDay(closedDay ?? 0)).toBe('2026-02-07');
    expect(path(steps)).toEqual([['Closing', '2026-02-01', 6, true]]);
  });
});

describe('same-company deals on the card', () => {
  it('lists at most 10, same names first, then in sheet order', () => {
    const me = deal(2, { company: 'Acme', name: 'ERP' });
    const others = [14, 5, 9, 3, 12, 7, 11, 4, 13, 6, 8, 10].map((r) =>
      deal(r, { company: 'ACME', name: r === 12 ? 'erp' : `Deal ${r}` }),
    );
    const card = buildDealCard(input(me, [HISTORY_HEADER], [me, ...others]));
    expect(card.duplicates.map((d) => d.row)).toEqual([12, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(card.duplicates).toHaveLength(MAX_DUPLICATES);
    expect(card.duplicates[0]).toEqual({
      row: 12,
      dealId: 'D-0012',
      name: 'erp',
      stage: 'Proposal',
      status: 'open',
      sameName: true,
    });
  });

  it('a blank company matches nothing, and blank deal names are not the same name', () => {
    const blankCompany = deal(2, { company: '' });
    const alsoBlank = deal(3, { company: ' ' });
    expect(
      buildDealCard(input(blankCompany, [HISTORY_HEADER], [blankCompany, alsoBlank])).duplicates,
    ).toEqual([]);
    const noName = deal(2, { name: '' });
    const otherNoName = deal(3, { name: '' });
    const card = buildDealCard(input(noName, [HISTORY_HEADER], [noName, otherNoName]));
    expect(card.duplicates.map((d) => [d.row, d.sameName])).toEqual([[3, false]]);
  });

  it('labels a same-company deal’s stage in the card’s language', () => {
    const me = deal(2);
    const other = deal(3, { stageText: 'Negotiation' });
    const card = buildDealCard({ ...input(me, [HISTORY_HEADER], [me, other]), lang: 'ko' });
    expect(card.duplicates.map((d) => d.stage)).toEqual([stages[3].ko]);
  });
});
