// Cell properties as shared, frozen objects: a column of 50,000 cells formatted alike holds one object.
import type { CellMeta } from './workbook';

type Key = keyof CellMeta;

const EMPTY: CellMeta = Object.freeze({});

/** Properties many cells share; notes and links differ from cell to cell and are not pooled. */
const POOLED = new Set<Key>([
  'format',
  'background',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'fontSize',
  'hAlign',
  'vAlign',
  'wrap',
  'validation',
]);

interface Transitions {
  /** By a text, number or boolean value. */
  byValue: Map<unknown, CellMeta>;
  /** By a validation rule: forgotten with the rule. */
  byObject: WeakMap<object, CellMeta>;
}

/** From a property set, setting one key to one value gives: (like V8's hidden-class transitions). */
const transitions = new WeakMap<CellMeta, Map<Key, Transitions>>();

/**
 * `meta` with `key` set to `value` (undefined removes it): a frozen object, the same one for every
 * cell that reaches the same properties the same way; undefined when no property is left.
 */
export function withProp<K extends Key>(
  meta: CellMeta | undefined,
  key: K,
  value: CellMeta[K] | undefined,
): CellMeta | undefined {
  const from = meta ?? EMPTY;
  if (value === undefined ? !(key in from) : from[key] === value) return meta;
  const pooled = POOLED.has(key);
  let next: CellMeta | undefined;
  let table: Transitions | undefined;
  if (pooled) {
    let byKey = transitions.get(from);
    if (!byKey) {
      byKey = new Map();
      transitions.set(from, byKey);
    }
    table = byKey.get(key);
    if (!table) {
      table = { byValue: new Map(), byObject: new WeakMap() };
      byKey.set(key, table);
    }
    next =
      typeof value === 'object' && value !== null
        ? table.byObject.get(value)
        : table.byValue.get(value);
  }
  if (!next) {
    const copy: Record<string, unknown> = { ...from };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    next = Object.keys(copy).length ? (Object.freeze(copy) as CellMeta) : EMPTY;
    if (table) {
      if (typeof value === 'object' && value !== null) table.byObject.set(value, next);
      else table.byValue.set(value, next);
    }
  }
  return next === EMPTY ? undefined : next;
}

/** `meta` keeping only the given keys. */
export function keepProps(meta: CellMeta | undefined, keep: readonly Key[]): CellMeta | undefined {
  let out = meta;
  if (meta)
    for (const k of Object.keys(meta) as Key[])
      if (!keep.includes(k)) out = withProp(out, k, undefined);
  return out;
}
