// A known CRM's default pipeline is recognised from an export's stages; other stages are placed in order.
import {
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
