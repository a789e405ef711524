// A known CRM's default pipeline is recognised from an export's stages; other stages are placed in order.
import {
  CRM_PIPELINES,
  findPipelineStage,
  insertUnknownStages,
  recognisePipeline,
  stagePosition,
} from '../../../src/core/import/crm-pipelines';
import { DEFAULT_STAGES } from '../../../src/core/stages';

describe('recognisePipeline', () => {
  it("recognises Salesforce's stages, ignoring Closed Won / Closed Lost", () => {
    const p = recognisePipeline([
      'Prospecting',
      'Value Proposition',
      'Negotiation/Review',
      'Closed Won',
    ]);
    expect(p?.crm).toBe('Salesforce');
    expect(p?.stages.map((s) => s.probability)).toEqual([0.1, 0.1, 0.2, 0.5, 0.6, 0.7, 0.75, 0.9]);
  });
  it("recognises HubSpot's internal stage ids", () => {
    expect(recognisePipeline(['appointmentscheduled', 'contractsent', 'closedwon'])?.crm).toBe(
      'HubSpot',
    );
  });
  it("recognises Pipedrive's and Salesmap's Korean stages", () => {
    expect(recognisePipeline(['Contact Made', 'Proposal Made'])?.crm).toBe('Pipedrive');
    expect(recognisePipeline(['리드', '미팅', '제안', '수주'])?.crm).toBe('Salesmap');
  });
  it('adopts nothing when one stage is unknown to every pipeline or only one stage is shared', () => {
    expect(recognisePipeline(['Prospecting', 'Engaging', 'Won'])).toBeUndefined();
    expect(recognisePipeline(['Prospecting'])).toBeUndefined();
  });
});

describe('insertUnknownStages', () => {
  it('places Engaging after Prospecting and In_Progress before Proposal', () => {
    const { stages, added } = insertUnknownStages(DEFAULT_STAGES, ['Engaging', 'In_Progress']);
    expect(stages.map((s) => s.en)).toEqual([
      'Prospecting',
      'Engaging',
      'Qualification',
      'In_Progress',
      'Proposal',
      'Negotiation',
      'Closing',
      'Retention',
    ]);
    expect(added.map((s) => s.en)).toEqual(['Engaging', 'In_Progress']);
    expect(added[0].probability).toBe(0.15);
    expect(added[0].stallDays).toBe(14);
  });
  it('puts a stage no word places before Closing and Retention', () => {
    const { stages } = insertUnknownStages(DEFAULT_STAGES, ['Blue']);
    expect(stages.map((s) => s.en).slice(-3)).toEqual(['Blue', 'Closing', 'Retention']);
  });
  it('reads positions from Korean words too', () => {
    expect(stagePosition('미팅 완료')).toBe(0.2);
    expect(stagePosition('견적 발송')).toBe(0.5);
  });
});

describe('findPipelineStage', () => {
  const hubspot = CRM_PIPELINES[1].stages;
  it.each([
    ['Contract Sent', 4],
    ['contractsent', 4],
    ['CONTRACT-SENT', 4],
    ['계약서 발송', 4],
    ['계약서발송', 4],
    ['계약서-발송', 4],
    ['qualifiedtobuy', 1],
    ['decisionmakerboughtin', 3],
    ['Appointment Scheduled', 0],
  ])('finds %j at %d', (text, index) => expect(findPipelineStage(hubspot, text)).toBe(index));
  it('finds nothing for a stage of another pipeline or a blank', () => {
    expect(findPipelineStage(hubspot, 'Prospecting')).toBe(-1);
    expect(findPipelineStage(hubspot, '')).toBe(-1);
  });
  it('prefers the stage a label names exactly over one its letters match', () => {
    const stages = [
      { en: 'Re-view', ko: '검토 1', probability: 0.5, stallDays: 10 },
      { en: 'Review', ko: '검토 2', probability: 0.6, stallDays: 10 },
    ];
    expect(findPipelineStage(stages, 'Review')).toBe(1);
    expect(findPipelineStage(stages, 'RE VIEW')).toBe(1);
    expect(findPipelineStage(stages, 're_view')).toBe(0);
  });
});

describe('recognisePipeline at its limits', () => {
  it('needs two distinct open stages: repeats, blanks and outcomes do not count', () => {
    expect(recognisePipeline(['Prospecting', 'Prospecting', ' ', 'Closed Won'])).toBeUndefined();
    expect(recognisePipeline(['', 'Won'])).toBeUndefined();
    expect(recognisePipeline([])).toBeUndefined();
    expect(recognisePipeline(['Prospecting', 'Qualification'])?.crm).toBe('Salesforce');
    expect(recognisePipeline(['Prospecting', '   ', 'Qualification'])?.crm).toBe('Salesforce');
  });
  it('takes the first pipeline every stage belongs to', () => {
    // Qualified (Pipedrive) and Negotiation (Salesmap) share no pipeline.
    expect(recognisePipeline(['Qualified', 'Negotiation'])).toBeUndefined();
    expect(recognisePipeline(['협상', '계약'])?.crm).toBe('Salesmap');
  });
});

describe('stagePosition', () => {
  it.each([
    ['Renewal', 1],
    ['재구매', 1],
    ['Contract signing', 0.85],
    ['체결', 0.85],
    ['Negotiating', 0.7],
    ['조율', 0.7],
    ['Decision', 0.6],
    ['의사 결정', 0.6],
    ['Pricing', 0.5],
    ['가격 협의', 0.5],
    ['Working', 0.45],
    ['진행 중', 0.45],
    ['Discovery', 0.3],
    ['니즈 파악', 0.3],
    ['Call', 0.2],
    ['상담', 0.2],
    ['Inbound', 0.05],
    ['신규', 0.05],
    ['Blue', undefined],
  ])('places %j at %s', (label, pos) => expect(stagePosition(label)).toBe(pos));
});

describe('insertUnknownStages at the ends', () => {
  const two = [
    { en: 'Proposal', ko: '제안', probability: 0.4, stallDays: 10 },
    { en: 'Negotiation', ko: '협상', probability: 0.6, stallDays: 7 },
  ];
  it('puts an early stage first, at half the first probability and its stall days', () => {
    const { stages, added } = insertUnknownStages(two, ['New lead']);
    expect(stages.map((s) => s.en)).toEqual(['New lead', 'Proposal', 'Negotiation']);
    expect(added).toEqual([{ en: 'New lead', ko: 'New lead', probability: 0.2, stallDays: 10 }]);
  });
  it("puts a late stage last, at the last stage's probability and stall days", () => {
    const { stages, added } = insertUnknownStages(two, ['Renewal']);
    expect(stages.map((s) => s.en)).toEqual(['Proposal', 'Negotiation', 'Renewal']);
    expect(added).toEqual([{ en: 'Renewal', ko: 'Renewal', probability: 0.6, stallDays: 7 }]);
  });
  it('starts a list of no stages, and puts an unplaced stage first in a list of one', () => {
    expect(insertUnknownStages([], ['Blue']).added).toEqual([
      { en: 'Blue', ko: 'Blue', probability: 0, stallDays: 14 },
    ]);
    expect(insertUnknownStages([two[0]], ['Blue']).stages.map((s) => s.en)).toEqual([
      'Blue',
      'Proposal',
    ]);
  });
  it('places by the Korean label when the English one says nothing, at the mean of its neighbours', () => {
    const stages = [
      { en: 'Step A', ko: '리드', probability: 0.1, stallDays: 14 },
      { en: 'Step B', ko: '협상', probability: 0.4, stallDays: 9 },
    ];
    const out = insertUnknownStages(stages, ['Proposal']);
    expect(out.stages.map((s) => s.en)).toEqual(['Step A', 'Proposal', 'Step B']);
    expect(out.added[0]).toEqual({
      en: 'Proposal',
      ko: 'Proposal',
      probability: 0.25,
      stallDays: 14,
    });
  });
  it('puts a stage after those of the same position, and passes over stages no word places', () => {
    const stages = [
      { en: 'Lead', ko: '리드', probability: 0.1, stallDays: 14 },
      { en: 'Blue', ko: '파랑', probability: 0.2, stallDays: 12 },
      { en: 'Meeting', ko: '미팅', probability: 0.3, stallDays: 10 },
      { en: 'Proposal', ko: '제안', probability: 0.5, stallDays: 10 },
    ];
    expect(insertUnknownStages(stages, ['Call']).stages.map((s) => s.en)).toEqual([
      'Lead',
      'Blue',
      'Meeting',
      'Call',
      'Proposal',
    ]);
  });

  it('leaves the stages it was given unchanged', () => {
    const given = two.map((s) => ({ ...s }));
    insertUnknownStages(given, ['Blue']);
    expect(given).toEqual(two);
  });
});
