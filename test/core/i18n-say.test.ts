// Filling a string's parameters: plain values, one value per language, English plurals and text left as it is.
import { fill, inBoth, say } from '../../src/core/i18n';

describe('fill', () => {
  it.each([
    ['{n} {n|day|days}', { n: 0 }, '0 days'],
    ['{n} {n|day|days}', { n: 1 }, '1 day'],
    ['{n} {n|day|days}', { n: 2 }, '2 days'],
    ['{n} {n|day|days}', { n: '1' }, '1 day'],
    ['{n} {n|day|days}', { n: 1.5 }, '1.5 days'],
    ['{n}{n||s} left', { n: 1 }, '1 left'],
    ['{n}{n||s} left', { n: 3 }, '3s left'],
    ['{a} and {b}', { a: 'x', b: 'y' }, 'x and y'],
    ['{a} and {b}', { a: 'x' }, 'x and {b}'],
    ['{a_1}', { a_1: 5 }, '5'],
    ['{}', {}, '{}'],
    ['no parameters', { a: 1 }, 'no parameters'],
  ])('%p with %j → %p', (template, params, text) => {
    expect(fill(template, params, 'en')).toBe(text);
  });

  it('fills a parameter given per language with the text in the language asked for', () => {
    const stage = { en: 'Proposal', ko: '제안 및 견적' };
    expect(fill('at {stage}', { stage }, 'en')).toBe('at Proposal');
    expect(fill('{stage} 단계', { stage }, 'ko')).toBe('제안 및 견적 단계');
    expect(fill('{n|deal|deals}', { n: { en: '1', ko: '2' } }, 'en')).toBe('deal');
    expect(fill('{n|deal|deals}', { n: { en: '1', ko: '2' } }, 'ko')).toBe('deals');
  });
});

describe('say and inBoth', () => {
  it('counts in both languages', () => {
    expect(say('en', 'previewMore', { count: 1 })).not.toBe(say('en', 'previewMore', { count: 2 }));
    expect(inBoth('digestSubject', { count: 2, total: '$5' })).toEqual({
      en: '2 stalled deals · $5',
      ko: '정체된 딜 2건 · $5',
    });
  });
});

describe('counts in the set-up report and Check data read as English', () => {
  it.each([
    [
      'adoptConverted',
      { column: 'Amount', count: 1, kind: 'amounts', row: 2, from: '$5', to: '5' },
      'Amount: 1 cell read as amounts (e.g. row 2: "$5" → 5).',
    ],
    [
      'adoptConverted',
      { column: 'Amount', count: 2, kind: 'amounts', row: 2, from: '$5', to: '5' },
      'Amount: 2 cells read as amounts (e.g. row 2: "$5" → 5).',
    ],
    ['checkSummary', { problems: 1, deals: 1 }, '1 problem in 1 deal'],
    ['checkSummary', { problems: 3, deals: 2 }, '3 problems in 2 deals'],
    ['checkClean', { deals: 1 }, 'No problems found in 1 deal.'],
  ] as const)('%s %j', (key, params, text) => {
    expect(say('en', key, params as never)).toBe(text);
  });
});
