// Workbook messages: placeholders filled in the reader's language, unknown ones left visible.
import { MESSAGES, say } from '../../src/core/messages';

describe('say', () => {
  it('gives the message in the language asked', () => {
    expect(say('en', 'menuCheckData')).toBe('Check data');
    expect(say('ko', 'menuCheckData')).toBe('데이터 점검');
  });

  it('fills every placeholder with its parameter and leaves a missing one as written', () => {
    const key = (Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]).find((k) =>
      /\{\w+\}.*\{\w+\}/.test(MESSAGES[k].en),
    )!;
    const names = [...MESSAGES[key].en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const params = Object.fromEntries(names.map((n, i) => [n, `<${i}>`]));
    const filled = say('en', key, params);
    expect(filled).not.toMatch(/\{\w+\}/);
    names.forEach((_, i) => expect(filled).toContain(`<${i}>`));
    const partial = say('en', key, { [names[0]]: 7 });
    expect(partial).toContain('7');
    expect(partial).toContain(`{${names[1]}}`);
  });
});
