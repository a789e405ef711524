// Logger and console: lines appended in order, format arguments, getLog/clear, console not metered.

import { createConsole, createLogger } from '../../../emulator/services/logger';
import { makeEnv } from './service-env';

describe('Logger and console', () => {
  test('Logger.log with and without format arguments; getLog; clear', () => {
    const env = makeEnv();
    const lines: string[] = [];
    const Logger = createLogger(env, lines);
    Logger.log('plain').log('%s has %d deals', 'Kim', 3);
    Logger.log({ a: 1 });
    expect(lines).toEqual(['plain', 'Kim has 3 deals', '{"a":1}']);
    expect(Logger.getLog()).toBe('plain\nKim has 3 deals\n{"a":1}');
    Logger.clear();
    expect(lines).toEqual([]);
    expect(env.meter.byMethod.get('Logger.log')).toBe(3);
  });

  test('console appends without metering', () => {
    const env = makeEnv();
    const lines: string[] = [];
    const console = createConsole(lines);
    console.log('a', 1, { b: 2 });
    console.warn('careful');
    console.error('bad');
    console.info('fyi');
    expect(lines).toEqual(['a 1 {"b":2}', 'WARNING: careful', 'ERROR: bad', 'fyi']);
    expect(env.meter.total).toBe(0);
  });
});
