// Which stages lead up to the sale: the Dashboard looks for the bottleneck among their steps only.
import { CRM_PIPELINES } from '../../src/core/import/crm-pipelines';
import { DEFAULT_STAGES, type Stage, saleStageCount } from '../../src/core/stages';

const stage = (en: string, probability: number): Stage => ({
  en,
  ko: en,
  probability,
  stallDays: 7,
});

describe('saleStageCount', () => {
  it('stops before Retention, the default stage at 100%', () => {
    expect(saleStageCount(DEFAULT_STAGES)).toBe(5);
  });

  it('counts every stage of an imported CRM pipeline, whose stages are all below 100%', () => {
    for (const { stages } of CRM_PIPELINES) expect(saleStageCount(stages)).toBe(stages.length);
  });

  it.each([
    [[0.1, 0.5, 0.99], 3],
    [[0.1, 1, 1], 1],
    [[1, 0.5], 0],
    [[0.2, 1.5], 1],
    [[], 0],
  ])('probabilities %j → %i stages before the sale', (probabilities, count) => {
    expect(saleStageCount(probabilities.map((p, i) => stage(`S${i}`, p)))).toBe(count);
  });
});
