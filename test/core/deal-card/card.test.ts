// The deal card model: stage path from History and the row, stall standing, probability, same-company deals.

import { isoDay } from '../../../src/core/dates';
import { buildDealCard, stageSteps } from '../../../src/core/deal-card/card';
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
  steps.map((s) => [s.stage, s.enteredDay === undefined ? '' : isoDay(s.enteredDay), s.days]);

describe('stageSteps', () => {
  it('follows History, in either language, and counts days up to the next stage and today', () => {
    const d = deal(2);
    const history = [
      HISTORY_HEADER,
      ['D-0002', '', '잠재 고객 발굴', '진행', 1000, at('2026-01-05'), 'kim', 'edit'],
      ['D-0009', '', 'Closing', 'Open', 1, at('2026-01-06'), 'lee', 'edit'],
      ['D-0002', '잠재 고객 발굴', 'qualification', 'Open', 1000, at('2026-01-20'), 'kim', 'edit'],
      ['D-0002', 'Qualification', 'Proposal', 'Open', 1000, at('2026-02-09'), 'kim', 'edit'],
    ];
    // Stage entered (2026-02-10) is what stall alerts count from, so it wins over History's day.
    expect(path(stageSteps(input(d, history)).steps)).toEqual([
      ['Prospecting', '2026-01-05', 15],
      ['Qualification', '2026-01-20', 21],
      ['Proposal', '2026-02-10', 20],
    ]);
  });

  it('adds the current stage History has not seen, and leaves unknown days blank', () => {
    const d = deal(3, { stageText: 'Negotiation', stageEntered: undefined });
    const history = [
      HISTORY_HEADER,
      ['D-0003', '', 'Proposal', 'Open', 1000, 'not a date', 'kim', 'edit'],
    ];
    expect(path(stageSteps(input(d, history)).steps)).toEqual([
      ['Proposal', '', undefined],
      ['Negotiation', '', undefined],
    ]);
  });

  it('stops counting a closed deal at the day History says it closed', () => {
    const d = deal(4, { stageText: 'Closing', status: 'won', stageEntered: day('2026-02-01') });
    const history = [
      HISTORY_HEADER,
      ['D-0004', 'Negotiation', 'Closing', 'Open', 1000, at('2026-02-01'), 'kim', 'edit'],
      ['D-0004', 'Closing', 'Closing', 'Won', 1000, at('2026-02-15'), 'kim', 'edit'],
    ];
    const { steps, closedDay } = stageSteps(input(d, history));
    expect(path(steps)).toEqual([['Closing', '2026-02-01', 14]]);
    expect(isoDay(closedDay ?? 0)).toBe('2026-02-15');
  });

  it('counts business days when Settings says so', () => {
    const d = deal(2, { stageEntered: day('2026-02-20') }); // a Friday
    const card = buildDealCard({
      ...input(d),
      rules: { stages, businessDays: true, holidays: [day('2026-03-02')] },
    });
    expect(card.daysInStage).toBe(5); // Feb 23–27; Mar 2 is a holiday
    expect(card.steps[0].days).toBe(5);
    expect(card.businessDays).toBe(true);
  });
});

describe('buildDealCard', () => {
  it('flags a stalled deal against its stage threshold, and escalation at twice it', () => {
    const stalled = buildDealCard(input(deal(2, { stageEntered: day('2026-02-18') })));
    expect([stalled.daysInStage, stalled.stallDays, stalled.stalled, stalled.escalated]).toEqual([
      12,
      10,
      true,
      false,
    ]);
    const escalated = buildDealCard(input(deal(2)));
    expect([escalated.daysInStage, escalated.escalated]).toEqual([20, true]);
    const fresh = buildDealCard(input(deal(2, { stageEntered: day('2026-02-25') })));
    expect([fresh.daysInStage, fresh.stalled]).toEqual([5, false]);
  });

  it('a snoozed deal is not flagged; a closed one has no days in stage', () => {
    const snoozed = buildDealCard(input(deal(2, { snoozeUntil: day('2026-03-05') })));
    expect([snoozed.stalled, isoDay(snoozed.snoozeUntilDay ?? 0)]).toEqual([false, '2026-03-05']);
    const lost = buildDealCard(input(deal(2, { status: 'lost', lostReason: 'price' })));
    expect([lost.daysInStage, lost.stalled, lost.lostReason]).toEqual([undefined, false, 'price']);
  });

  it('probability: the typed one, else the stage default, else none', () => {
    expect(buildDealCard(input(deal(2, { probability: 0.55 }))).probabilitySource).toBe('typed');
    const byStage = buildDealCard(input(deal(2)));
    expect([byStage.probability, byStage.probabilitySource]).toEqual([0.4, 'stage']);
    const unknown = buildDealCard(input(deal(2, { stageText: 'Demo' })));
    expect([unknown.probability, unknown.probabilitySource, unknown.stageKnown]).toEqual([
      undefined,
      'none',
      false,
    ]);
  });

  it('lists the same company under spelling variants, same deal names first, never itself', () => {
    const me = deal(2, { company: '(주)에이스', name: 'ERP 구축' });
    const deals = [
      me,
      deal(3, { company: '에이스', name: 'CRM', dealId: 'D-0003' }),
      deal(4, { company: '에이스 주식회사', name: 'erp  구축' }),
      deal(5, { company: '베타', name: 'ERP 구축' }),
    ];
    const card = buildDealCard(input(me, [HISTORY_HEADER], deals));
    expect(card.duplicates.map((d) => [d.row, d.name, d.sameName])).toEqual([
      [4, 'erp  구축', true],
      [3, 'CRM', false],
    ]);
    const alone = buildDealCard(input(deal(2, { company: '' }), [HISTORY_HEADER], deals));
    expect(alone.duplicates).toEqual([]);
  });

  it('labels stages in the card language and offers every stage to move to', () => {
    const card = buildDealCard({ ...input(deal(2, { stageText: '제안 및 견적' })), lang: 'ko' });
    expect(card.stage).toBe('제안 및 견적');
    expect(card.stageOptions).toEqual(stages.map((s) => s.ko));
    expect(buildDealCard(input(deal(2, { stageText: '제안 및 견적' }))).stage).toBe('Proposal');
  });
});
