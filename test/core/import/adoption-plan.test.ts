// The adoption plan lists every conversion of a user's cell, fills only blanks, and leaves doubtful cells as typed.
import { type PlanColumn, planAdoption } from '../../../src/core/import/adoption-plan';
import { DEFAULT_STAGES } from '../../../src/core/stages';

const cols = (names: string[]): PlanColumn[] =>
  names.map((n, index) => {
    const [field, kind] = n.split(':');
    return { field, kind: kind as PlanColumn['kind'], index };
  });

const base = { headerRow: 0, stages: DEFAULT_STAGES, stagesReplaceable: true, locale: 'en_US' };

describe('planAdoption', () => {
  it('reads text amounts, percents and dates, and names the currency they show', () => {
    const plan = planAdoption({
      ...base,
      columns: cols(['amount:amount', 'probability:probability', 'expectedClose:date']),
      values: [
        ['Amount', 'Probability', 'Close'],
        ['₩1,200,000', '35%', '2017.10.01'],
        ['120만원', 0.5, '14/03/2022'],
        [500, '', ''],
      ],
    });
    expect(plan.conversions.map((c) => [c.row, c.field, c.kind, c.to])).toEqual([
      [2, 'amount', 'amount', 1_200_000],
      [3, 'amount', 'amount', 1_200_000],
      [2, 'probability', 'percent', 0.35],
      [2, 'expectedClose', 'date', { y: 2017, m: 10, d: 1, hour: 0, minute: 0 }],
      [3, 'expectedClose', 'date', { y: 2022, m: 3, d: 14, hour: 0, minute: 0 }],
    ]);
    expect(plan.currency).toBe('KRW');
    expect(plan.dayOrders).toEqual([{ field: 'expectedClose', order: 'dmy', source: 'data' }]);
    expect(plan.unreadable).toEqual([]);
  });

  it('reads a 0–100 probability column as percents, and leaves a column with 150 alone', () => {
    const pct = planAdoption({
      ...base,
      columns: cols(['probability:probability']),
      values: [['P'], [50], ['10'], [0]],
    });
    expect(pct.conversions.map((c) => [c.from, c.to])).toEqual([
      [50, 0.5],
      ['10', 0.1],
      [0, 0],
    ]);
    const mixed = planAdoption({
      ...base,
      columns: cols(['probability:probability']),
      values: [['P'], [150], ['0.3'], ['high']],
    });
    expect(mixed.conversions.map((c) => [c.from, c.to])).toEqual([['0.3', 0.3]]);
    expect(mixed.unreadable.map((u) => u.value)).toEqual(['high']);
  });

  it('uses the locale for dates no value decides, and reads none that needs an order on conflict', () => {
    const local = planAdoption({
      ...base,
      locale: 'en_GB',
      columns: cols(['created:date']),
      values: [['Created'], ['01/05/2022']],
    });
    expect(local.conversions[0].to).toMatchObject({ y: 2022, m: 5, d: 1 });
    expect(local.dayOrders).toEqual([{ field: 'created', order: 'dmy', source: 'locale' }]);
    const conflict = planAdoption({
      ...base,
      columns: cols(['created:date']),
      values: [['Created'], ['14/03/2022'], ['3/14/2022'], ['01/05/2022']],
    });
    expect(conflict.conversions).toHaveLength(2);
    expect(conflict.unreadable.map((u) => [u.row, u.value])).toEqual([[4, '01/05/2022']]);
  });

  it('fills blank statuses from outcomes in the stage column and renames status words', () => {
    const plan = planAdoption({
      ...base,
      columns: cols(['stage:stage', 'status:status']),
      values: [
        ['Stage', 'Status'],
        ['Closed Won', ''],
        ['실주', ''],
        ['Proposal', 'closedwon'],
        ['Proposal', '계약 완료'],
        ['Proposal', 'Won'],
        ['Proposal', 'maybe'],
      ],
    });
    expect(plan.fills.map((f) => [f.row, f.value])).toEqual([
      [2, 'Won'],
      [3, '실패'],
    ]);
    expect(plan.conversions.map((c) => [c.row, c.from, c.to])).toEqual([
      [4, 'closedwon', 'Won'],
      [5, '계약 완료', '성사'],
    ]);
    expect(plan.unreadable.map((u) => u.value)).toEqual(['maybe']);
    expect(plan.outcomesInStage).toEqual({ won: 1, lost: 1 });
  });

  it("adopts a known CRM's pipeline only when the stages may be replaced, else adds the unknown ones", () => {
    const values = [['Stage'], ['Value Proposition'], ['Prospecting'], ['Closed Won']];
    const sf = planAdoption({ ...base, columns: cols(['stage:stage']), values });
    expect(sf.pipeline).toBe('Salesforce');
    expect(sf.stages).toHaveLength(8);
    const kept = planAdoption({
      ...base,
      stagesReplaceable: false,
      columns: cols(['stage:stage']),
      values,
    });
    expect(kept.pipeline).toBeUndefined();
    expect(kept.addedStages.map((s) => s.en)).toEqual(['Value Proposition']);
    expect(kept.stages).toHaveLength(7);
  });

  it('starts below a header on row 3 and skips blank rows', () => {
    const plan = planAdoption({
      ...base,
      headerRow: 2,
      columns: cols(['amount:amount']),
      values: [['Title'], [''], ['Amount'], ['$5'], [''], ['$6']],
    });
    expect(plan.deals).toBe(2);
    expect(plan.conversions.map((c) => c.row)).toEqual([4, 6]);
    expect(plan.currency).toBe('USD');
  });
});
