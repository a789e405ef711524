// The two languages the add-on speaks, and the one rule that says which one a workbook speaks.

export type Lang = 'en' | 'ko';

/** The language for a spreadsheet locale such as `ko_KR` or `en_US`: Korean for ko*, else English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^ko/i.test(locale) ? 'ko' : 'en';
}

/**
 * The language a workbook speaks: the Settings choice, else (Settings says auto, or there is no
 * Settings sheet yet) its spreadsheet locale's.
 */
export function workbookLang(language: Lang | 'auto', locale: string | undefined | null): Lang {
  return language === 'auto' ? langFromLocale(locale) : language;
}

/** Text in both languages, used where the reader's language is unknown (custom-function errors). */
export interface Bilingual {
  en: string;
  ko: string;
}

/** One line carrying both languages: English first, then Korean. */
export function bothLanguages(text: Bilingual): string {
  return text.en === text.ko ? text.en : `${text.en} · ${text.ko}`;
}
