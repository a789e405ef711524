// The typed lookup into the strings table: a key, the language, and the parameters its text names.
import type { Bilingual, Lang } from './lang';
import { STRINGS, type StringKey } from './strings';

/** The parameter names a template mentions: `{name}` and `{name|one|other}`. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}|${string}` ? Name : P) | Placeholders<Rest>
  : never;

/** A parameter's value: the same in both languages, or one per language. */
export type StringParam = string | number | Bilingual;

/** The parameters a string takes, in either language. */
export type StringParams<K extends StringKey> = Record<
  Placeholders<(typeof STRINGS)[K]['en']> | Placeholders<(typeof STRINGS)[K]['ko']>,
  StringParam
>;

/** No argument for a string without parameters, one object naming each of them otherwise. */
type ParamsArg<K extends StringKey> = [keyof StringParams<K>] extends [never]
  ? []
  : [params: StringParams<K>];

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/**
 * Fills a `lang` template: `{name}` with its parameter (its `lang` text when it has one per
 * language), `{name|one|other}` by whether it is 1. Filled-in text is not read again.
 */
export function fill(
  template: string,
  params: Readonly<Record<string, StringParam>>,
  lang: Lang,
): string {
  // `one` and `other` are matched together: both strings for `{name|one|other}`, neither for `{name}`.
  return template.replace(
    PLACEHOLDER,
    (m, name: string, one: string | undefined, other: string) => {
      if (!(name in params)) return m;
      const value = params[name];
      const text = typeof value === 'object' ? value[lang] : value;
      if (one === undefined) return String(text);
      return Number(text) === 1 ? one : other;
    },
  );
}

/** The string `key` in `lang`, its parameters filled. */
export function say<K extends StringKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
  return fill(STRINGS[key][lang], params[0] ?? {}, lang);
}

/** The string `key` in both languages, for readers whose language is unknown (cell errors). */
export function inBoth<K extends StringKey>(key: K, ...params: ParamsArg<K>): Bilingual {
  return { en: say('en', key, ...params), ko: say('ko', key, ...params) };
}

/**
 * The string `key` in `lang` for a key chosen at run time (a problem kind's note, say), whose
 * parameters the types cannot check; a parameter not given stays as `{name}`.
 */
export function sayWith(
  lang: Lang,
  key: StringKey,
  params: Readonly<Record<string, StringParam>>,
): string {
  return fill(STRINGS[key][lang], params, lang);
}
