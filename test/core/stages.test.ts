// Stage and status labels as people type them: either language, any case, width and spacing.
import {
  DEFAULT_STAGES,
  findStage,
  labelKey,
  parseStatus,
  type Stage,
} from '../../src/core/stages';

describe('labelKey', () => {
  it.each([
    ['Proposal', 'proposal'],
    ['NEGOTIATION', 'negotiation'],
    ['Ｐｒｏｐｏｓａｌ', 'proposal'],
    [' Closed\tLost\n', 'closedlost'],
    ['  제안 및   견적 ', '제안및견적'],
    ['', ''],
  ])('%p → %p', (text, key) => {
    expect(labelKey(text)).toBe(key);
  });
});

describe('parseStatus', () => {
  it.each([
    ['', 'open'],
    [null, 'open'],
    [undefined, 'open'],
    ['Open', 'open'],
    ['진행', 'open'],
    ['won', 'won'],
    [' WON ', 'won'],
    ['성사', 'won'],
    ['Lost', 'lost'],
    ['실 패', 'lost'],
    ['Maybe', undefined],
    [1, undefined],
    [true, undefined],
  ])('%p → %p', (cell, status) => {
    expect(parseStatus(cell)).toBe(status);
  });
});

describe('findStage', () => {
  it.each([
    ['Prospecting', 0],
    ['proposal', 2],
    ['제안 및 견적', 2],
    ['제안및견적', 2],
    ['계약 성사', 4],
    ['Retention', 5],
    ['Won', -1],
    ['Proposals', -1],
    ['', -1],
    ['   ', -1],
  ])('%p is stage %p of the defaults', (text, index) => {
    expect(findStage(DEFAULT_STAGES, text)).toBe(index);
  });

  it('matches a renamed stage by either label, and a blank cell by neither', () => {
    const stages: Stage[] = [
      { en: 'Demo', ko: '', probability: 0.3, stallDays: 5 },
      { en: 'Trial', ko: '체험', probability: 0.5, stallDays: 5 },
    ];
    expect(findStage(stages, 'demo')).toBe(0);
    expect(findStage(stages, '체험')).toBe(1);
    expect(findStage(stages, 'TRIAL')).toBe(1);
    expect(findStage(stages, '')).toBe(-1);
  });
});
