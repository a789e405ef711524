// The typed lookup into the strings table: a key, the language, and the parameters its text names.
import type { Lang } from './lang';
import { STRINGS, type StringKey } from './strings';

/** The parameter names a template mentions: `{name}` and `{name|one|other}`. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}|${string}` ? Name : P) | Placeholders<Rest>
  : never;

/** The parameters a string takes, in either language. */
export type StringParams<K extends StringKey> = Record<
  Placeholders<(typeof STRINGS)[K]['en']> | Placeholders<(typeof STRINGS)[K]['ko']>,
  string | number
>;

/** No argument for a string without parameters, one object naming each of them otherwise. */
type ParamsArg<K extends StringKey> = [keyof StringParams<K>] extends [never]
  ? []
  : [params: StringParams<K>];

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** Fills a template: `{name}` with its parameter, `{name|one|other}` by whether it is 1. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (m, name: string, one?: string, other?: string) => {
    if (!(name in params)) return m;
    if (one === undefined) return String(params[name]);
    return Number(params[name]) === 1 ? one : (other ?? '');
  });
}

/** The string `key` in `lang`, its parameters filled. */
export function say<K extends StringKey>(lang: Lang, key: K, ...params: ParamsArg<K>): string {
  return fill(STRINGS[key][lang], params[0] ?? {});
}

/**
 * The string `key` in `lang` for a key chosen at run time (a problem kind's note, say), whose
 * parameters the types cannot check; a parameter not given stays as `{name}`.
 */
export function sayWith(
  lang: Lang,
  key: StringKey,
  params: Readonly<Record<string, string | number>>,
): string {
  return fill(STRINGS[key][lang], params);
}
