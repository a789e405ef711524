// The strings table and its lookup: both languages complete, parameters filled, the workbook's language.
import {
  fill,
  inBoth,
  langFromLocale,
  STRING_PARTS,
  STRINGS,
  type StringKey,
  say,
  sayWith,
  workbookLang,
} from '../../src/core/i18n';

const keys = Object.keys(STRINGS) as StringKey[];

/** The parameter names a template mentions, sorted. */
function parameters(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();
}

describe('the strings table', () => {
  it('has every string in English and Korean', () => {
    const blank = keys.filter((k) => !STRINGS[k].en.trim() || !STRINGS[k].ko.trim());
    expect(blank).toEqual([]);
  });

  it('has each key in one part only (a later part would silently replace an earlier one)', () => {
    const total = Object.values(STRING_PARTS).reduce((n, part) => n + Object.keys(part).length, 0);
    expect(keys.length).toBe(total);
  });

  it('names the same parameters in both languages', () => {
    const mismatched = keys.filter(
      (k) => parameters(STRINGS[k].en).join() !== parameters(STRINGS[k].ko).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('say', () => {
  it('gives the text in the language asked for', () => {
    expect(say('en', 'menuCheckData')).toBe('Check data');
    expect(say('ko', 'menuCheckData')).toBe('데이터 점검');
  });

  it('fills parameters and picks the English word for one or for any other count', () => {
    expect(say('en', 'digestSubject', { count: 1, total: '₩5,000' })).toBe(
      '1 stalled deal · ₩5,000',
    );
    expect(say('en', 'digestSubject', { count: 3, total: '₩5,000' })).toBe(
      '3 stalled deals · ₩5,000',
    );
    expect(say('en', 'digestSubject', { count: 0, total: '₩0' })).toBe('0 stalled deals · ₩0');
    expect(say('ko', 'digestSubject', { count: 1, total: '₩5,000' })).toBe(
      '정체된 딜 1건 · ₩5,000',
    );
  });

  it('fills a parameter given per language in each language', () => {
    const stage = { en: 'Proposal', ko: '제안 및 견적' };
    expect(inBoth('cellLastStage', { stage })).toEqual({
      en: 'is blank and Proposal is the last stage — write the stage to convert to, or "Won"',
      ko: '값이 비어 있고 제안 및 견적은 마지막 단계입니다 — 도착 단계나 "성사"를 입력하세요',
    });
  });

  it('leaves text from a sheet as it is, even when it looks like a parameter', () => {
    expect(say('en', 'digestIntro', { sheet: 'Q3 {count|a|b}' })).toContain('"Q3 {count|a|b}"');
  });

  it('keeps a parameter the caller did not give visible rather than dropping it', () => {
    expect(sayWith('en', 'problemUnknownStageNote', {})).toBe('Stage "{value}" is not in Settings');
    expect(fill('{n} {n|day|days} left', { n: 1 }, 'en')).toBe('1 day left');
  });
});

describe('workbookLang', () => {
  it('follows the Settings choice over the locale', () => {
    expect(workbookLang('en', 'ko_KR')).toBe('en');
    expect(workbookLang('ko', 'en_US')).toBe('ko');
  });

  it('follows the spreadsheet locale when Settings says auto', () => {
    expect(workbookLang('auto', 'ko_KR')).toBe('ko');
    expect(workbookLang('auto', 'en_GB')).toBe('en');
    expect(workbookLang('auto', undefined)).toBe(langFromLocale(undefined));
  });
});
