// PropertiesService: script, user and document stores of strings, with Apps Script's size limits.

import type { ServiceEnv } from '../runtime';
import { metered } from './metered';

/** 9 KB per value, 500 KB per store (Apps Script quotas). */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
export const PROPERTY_STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export type PropertyScope = 'script' | 'user' | 'document';

/** The three stores, as plain maps tests can inspect and seed. */
export class PropertyStores {
  script = new Map<string, string>();
  user = new Map<string, string>();
  document = new Map<string, string>();
  /** Stores of documents other than the first, by id. */
  readonly otherDocuments = new Map<string, Map<string, string>>();
  /** The document the running execution is in ('' = the first). */
  currentDocument: () => string = () => '';

  /** The document store of the running execution's document. */
  documentStore(): Map<string, string> {
    const id = this.currentDocument();
    if (!id) return this.document;
    let store = this.otherDocuments.get(id);
    if (!store) {
      store = new Map();
      this.otherDocuments.set(id, store);
    }
    return store;
  }
  reset(): void {
    this.script.clear();
    this.user.clear();
    this.document.clear();
  }
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Bytes a store uses: keys plus values, UTF-8. */
export function storeBytes(store: Map<string, string>): number {
  let total = 0;
  for (const [k, v] of store) total += bytes(k) + bytes(v);
  return total;
}

function checkKey(key: unknown): string {
  if (key === undefined || key === null || String(key) === '')
    throw new Error('Invalid argument: key');
  return String(key);
}

/** The store after applying `changes`, or an error if any value or the total is over the limits. */
function applyChecked(
  store: Map<string, string>,
  changes: [string, string][],
  deleteAllOthers: boolean,
): void {
  for (const [, value] of changes) {
    if (bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error(PROPERTY_VALUE_TOO_LARGE);
  }
  const next = deleteAllOthers ? new Map<string, string>() : new Map(store);
  for (const [key, value] of changes) next.set(key, value);
  if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) throw new Error(PROPERTY_STORE_FULL);
  store.clear();
  for (const [k, v] of next) store.set(k, v);
}

function createProperties(env: ServiceEnv, store: Map<string, string>) {
  return metered(env, 'Properties', {
    getProperty(key: string): string | null {
      return store.get(checkKey(key)) ?? null;
    },
    /** Stores String(value): numbers, booleans and objects come back as strings. */
    setProperty(key: string, value: unknown) {
      applyChecked(store, [[checkKey(key), String(value)]], false);
      return this;
    },
    /** A copy: changing it does not change the store. */
    getProperties(): Record<string, string> {
      return Object.fromEntries(store);
    },
    setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
      const changes = Object.entries(properties ?? {}).map(
        ([k, v]) => [checkKey(k), String(v)] as [string, string],
      );
      applyChecked(store, changes, deleteAllOthers === true);
      return this;
    },
    deleteProperty(key: string) {
      store.delete(checkKey(key));
      return this;
    },
    deleteAllProperties() {
      store.clear();
      return this;
    },
    getKeys(): string[] {
      return [...store.keys()];
    },
  });
}

/** PropertiesService over `stores`. Each get*Properties call returns a fresh Properties handle. */
export function createPropertiesService(env: ServiceEnv, stores: PropertyStores) {
  return metered(env, 'PropertiesService', {
    getScriptProperties: () => createProperties(env, stores.script),
    getUserProperties: () => createProperties(env, stores.user),
    getDocumentProperties: () => createProperties(env, stores.documentStore()),
  });
}

/** The PropertiesService object createPropertiesService returns. */
export type EmulatedPropertiesService = ReturnType<typeof createPropertiesService>;
