// The spreadsheet's language from its locale, and one-line bilingual messages.
import { bothLanguages, langFromLocale } from '../../src/core/i18n';

describe('langFromLocale', () => {
  it.each([
    ['ko', 'ko'],
    ['ko_KR', 'ko'],
    ['KO-kr', 'ko'],
    ['en_US', 'en'],
    ['ja_JP', 'en'],
    ['tokelau', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%p → %p', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe('bothLanguages', () => {
  it('writes English, then Korean, once when they are the same', () => {
    expect(bothLanguages({ en: 'Won', ko: '성사' })).toBe('Won · 성사');
    expect(bothLanguages({ en: 'D-0001', ko: 'D-0001' })).toBe('D-0001');
  });
});
