// CacheService: expiry on the emulator clock, key and value limits, strings only, separate caches.

import { CACHE_MAX_ITEMS, CacheStores, createCacheService } from '../../../emulator/services/cache';
import { makeEnv } from './service-env';

function setup() {
  const env = makeEnv();
  const stores = new CacheStores();
  return { env, stores, CacheService: createCacheService(env, stores) };
}

describe('CacheService', () => {
  test('default expiry is 600 seconds on the emulator clock', () => {
    const { env, CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('k', 'v');
    env.clock.advance(599_999);
    env.run('menu'); // a later execution
    expect(cache.get('k')).toBe('v');
    env.clock.advance(1);
    env.run('menu'); // a later execution
    expect(cache.get('k')).toBeNull();
  });

  test('explicit expiry between 1 and 21,600 seconds', () => {
    const { env, CacheService } = setup();
    const cache = CacheService.getUserCache();
    cache.put('short', 'v', 1);
    cache.put('long', 'v', 21_600);
    env.clock.advance(1000);
    expect(cache.get('short')).toBeNull();
    expect(cache.get('long')).toBe('v');
    expect(() => cache.put('k', 'v', 0)).toThrow('Invalid argument: expirationInSeconds');
    expect(() => cache.put('k', 'v', 21_601)).toThrow('Invalid argument: expirationInSeconds');
  });

  test('key up to 250 characters, value up to 100 KB', () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('k'.repeat(250), 'v');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    cache.put('big', 'x'.repeat(100 * 1024));
    expect(() => cache.put('bigger', 'x'.repeat(100 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    expect(cache.get('bigger')).toBeNull();
  });

  test('strings only: numbers are coerced, objects refused', () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('n', 5 as unknown as string);
    expect(cache.get('n')).toBe('5');
    expect(() => cache.put('o', { a: 1 } as unknown as string)).toThrow(
      "The parameters (String,Object) don't match the method signature for Cache.put.",
    );
  });

  test('getAll returns only present keys; putAll, remove, removeAll', () => {
    const { env, CacheService } = setup();
    const cache = CacheService.getDocumentCache();
    cache.putAll({ a: '1', b: '2', c: '3' }, 60);
    cache.put('d', '4', 10);
    cache.remove('b');
    env.clock.advance(11_000);
    expect(cache.getAll(['a', 'b', 'c', 'd', 'zz'])).toEqual({ a: '1', c: '3' });
    cache.removeAll(['a', 'c']);
    expect(cache.getAll(['a', 'c'])).toEqual({});
  });

  test('caches are separate; about 1,000 items are kept', () => {
    const { stores, CacheService } = setup();
    CacheService.getScriptCache().put('k', 'script');
    expect(CacheService.getUserCache().get('k')).toBeNull();
    const cache = CacheService.getUserCache();
    for (let i = 0; i <= CACHE_MAX_ITEMS; i++) cache.put(`k${i}`, 'v', 100 + i);
    expect(stores.user.size).toBe(CACHE_MAX_ITEMS);
    expect(cache.get('k0')).toBeNull(); // the soonest-expiring went first
    expect(cache.get(`k${CACHE_MAX_ITEMS}`)).toBe('v');
  });

  test('calls are metered; gaps named', () => {
    const { env, CacheService } = setup();
    env.meter.reset();
    CacheService.getScriptCache().get('x');
    expect(env.meter.byMethod.get('Cache.get')).toBe(1);
    expect(env.meter.counts.other).toBe(2);
    expect(() => (CacheService.getScriptCache() as any).clear()).toThrow(
      'Emulator: Cache.clear is not implemented',
    );
  });
});
