// Outcome words from CRMs and Korean teams count as Won or Lost wherever they are written.
import { isClosedOutcome, outcomeWord } from '../../../src/core/import/outcomes';

describe('outcomeWord', () => {
  it.each([
    'Won',
    'Closed Won',
    'closedwon',
    'won',
    'CLOSED_WON',
    '계약 완료',
    '계약완료',
    '수주',
    '성사',
  ])('%s is Won', (w) => expect(outcomeWord(w)).toBe('won'));
  it.each(['Lost', 'Closed Lost', 'closedlost', '실주', '드랍', '실패', '무산'])(
    '%s is Lost',
    (w) => expect(outcomeWord(w)).toBe('lost'),
  );
  it('knows open words and nothing else', () => {
    expect(outcomeWord('진행 중')).toBe('open');
    expect(outcomeWord('Negotiation')).toBeUndefined();
    expect(outcomeWord(1)).toBeUndefined();
  });
  it('counts only Won and Lost as closing outcomes in a stage column', () => {
    expect(isClosedOutcome('Closed Won')).toBe(true);
    expect(isClosedOutcome('In progress')).toBe(false);
    expect(isClosedOutcome('Engaging')).toBe(false);
  });
});
