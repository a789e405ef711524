// Workbook messages: placeholders filled in the reader's language, unknown ones left visible.
import { say } from '../../src/core/messages';

describe('say', () => {
  it('gives the message in the language asked', () => {
    expect(say('en', 'checkTitle')).toBe('Check data');
    expect(say('ko', 'checkTitle')).toBe('데이터 점검');
  });

  it('fills every placeholder with its parameter, in the order the language puts them', () => {
    expect(say('en', 'checkSummary', { problems: 3, deals: 12 })).toBe('3 problems in 12 deals');
    expect(say('ko', 'checkSummary', { problems: 3, deals: 12 })).toBe('딜 12건에서 문제 3건');
    expect(
      say('en', 'problemProbabilityNote', { value: '90%', stage: 'Proposal', default: '40%' }),
    ).toBe('Probability 90% is far from Proposal default 40%');
  });

  it('leaves a placeholder without a parameter as written', () => {
    expect(say('en', 'checkSummary', { problems: 0 })).toBe('0 problems in {deals} deals');
    expect(say('en', 'checkSummary')).toBe('{problems} problems in {deals} deals');
  });
});
