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

describe('outcome words however a CRM punctuates them', () => {
  it.each([
    ['closed_won', 'won'],
    ['Closed/Won', 'won'],
    ['Closed.Won', 'won'],
    ['Closed·Won', 'won'],
    ['Closed: Won', 'won'],
    ['(Won)', 'won'],
    ['[Lost]', 'lost'],
    ['Closed-Lost', 'lost'],
    ['ＷＯＮ', 'won'],
    ['진행-중', 'open'],
  ])('%s is %s', (w, status) => expect(outcomeWord(w)).toBe(status));

  it('reads nothing from a word with other letters or from a non-text cell', () => {
    expect(outcomeWord('Closed Won?')).toBeUndefined();
    expect(outcomeWord('Wonder')).toBeUndefined();
    expect(outcomeWord(null)).toBeUndefined();
    expect(outcomeWord(true)).toBeUndefined();
  });

  it('counts Lost words as closing outcomes too, and nothing that is not text', () => {
    expect(isClosedOutcome('실주')).toBe(true);
    expect(isClosedOutcome('closed_lost')).toBe(true);
    expect(isClosedOutcome('진행 중')).toBe(false);
    expect(isClosedOutcome(1)).toBe(false);
  });
});
