// CacheService: script, user and document caches of strings that expire on the emulator clock.

import type { ServiceEnv } from '../runtime';
import { metered, signatureError } from './metered';

export const CACHE_KEY_LIMIT_CHARS = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
/** Google's documented approximate capacity; beyond it the soonest-expiring entries go first. */
export const CACHE_MAX_ITEMS = 1000;

export interface CacheEntry {
  value: string;
  expiresMs: number;
}

/** The three caches, as plain maps tests can inspect (entries past expiresMs count as absent). */
export class CacheStores {
  script = new Map<string, CacheEntry>();
  user = new Map<string, CacheEntry>();
  document = new Map<string, CacheEntry>();
  reset(): void {
    this.script.clear();
    this.user.clear();
    this.document.clear();
  }
}

function checkKey(key: unknown): string {
  if (typeof key !== 'string') throw new Error('Invalid argument: key');
  if (key.length > CACHE_KEY_LIMIT_CHARS) throw new Error('Argument too large: key');
  return key;
}

/**
 * Cache values are strings: the Java signature coerces numbers and booleans, as Apps Script does;
 * objects and null do not fit the signature.
 */
function checkValue(method: string, key: string, value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
  if (typeof value !== 'string') throw signatureError(method, [key, value]);
  if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES)
    throw new Error('Argument too large: value');
  return value;
}

function checkSeconds(seconds: unknown): number {
  const s = seconds === undefined ? CACHE_DEFAULT_SECONDS : Number(seconds);
  if (!Number.isFinite(s) || s < 1 || s > CACHE_MAX_SECONDS)
    throw new Error(`Invalid argument: expirationInSeconds (1 to ${CACHE_MAX_SECONDS})`);
  return s;
}

function createCache(env: ServiceEnv, store: Map<string, CacheEntry>) {
  const live = (key: string): CacheEntry | undefined => {
    const entry = store.get(key);
    if (entry && env.clock.nowMs() >= entry.expiresMs) {
      store.delete(key);
      return undefined;
    }
    return entry;
  };
  const set = (key: string, value: string, seconds: number) => {
    store.delete(key); // re-insert so iteration order is insertion order
    store.set(key, { value, expiresMs: env.clock.nowMs() + seconds * 1000 });
    if (store.size > CACHE_MAX_ITEMS) evict();
  };
  const evict = () => {
    const now = env.clock.nowMs();
    for (const [k, e] of store) if (now >= e.expiresMs) store.delete(k);
    const byExpiry = [...store].sort((a, b) => a[1].expiresMs - b[1].expiresMs);
    while (store.size > CACHE_MAX_ITEMS) store.delete(byExpiry.shift()![0]);
  };
  return metered(env, 'Cache', {
    get(key: string): string | null {
      return live(checkKey(key))?.value ?? null;
    },
    /** Only the keys found appear in the result. */
    getAll(keys: string[]): Record<string, string> {
      const out: Record<string, string> = {};
      for (const key of keys ?? []) {
        const entry = live(checkKey(key));
        if (entry) out[key] = entry.value;
      }
      return out;
    },
    put(key: string, value: string, expirationInSeconds?: number): void {
      const k = checkKey(key);
      set(k, checkValue('Cache.put', k, value), checkSeconds(expirationInSeconds));
    },
    putAll(values: Record<string, string>, expirationInSeconds?: number): void {
      const seconds = checkSeconds(expirationInSeconds);
      const checked = Object.entries(values ?? {}).map(
        ([k, v]) => [checkKey(k), checkValue('Cache.putAll', k, v)] as const,
      );
      for (const [k, v] of checked) set(k, v, seconds);
    },
    remove(key: string): void {
      store.delete(checkKey(key));
    },
    removeAll(keys: string[]): void {
      for (const key of keys ?? []) store.delete(checkKey(key));
    },
  });
}

/** CacheService over `stores`. */
export function createCacheService(env: ServiceEnv, stores: CacheStores) {
  return metered(env, 'CacheService', {
    getScriptCache: () => createCache(env, stores.script),
    getUserCache: () => createCache(env, stores.user),
    getDocumentCache: () => createCache(env, stores.document),
  });
}

/** The CacheService object createCacheService returns. */
export type EmulatedCacheService = ReturnType<typeof createCacheService>;
