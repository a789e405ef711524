// LockService: tryLock false while another run holds the lock, waitLock's timeout text, release at execution end.

import { createLockService, LOCK_TIMEOUT_ERROR, LockState } from '../../../emulator/services/lock';
import { makeEnv } from './service-env';

function setup() {
  const env = makeEnv();
  const state = new LockState();
  let id = 'exec-1';
  const LockService = createLockService(env, state, () => id);
  return { env, state, LockService, switchTo: (next: string) => (id = next) };
}

describe('LockService', () => {
  test('a free lock is taken at once, held, reentrant and released', () => {
    const { env, state, LockService } = setup();
    const lock = LockService.getScriptLock();
    const start = env.clock.nowMs();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(env.clock.nowMs()).toBe(start);
    expect(lock.hasLock()).toBe(true);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true); // same execution
    expect(state.holder('script')).toBe('exec-1');
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(state.holder('script')).toBeUndefined();
  });

  test('tryLock waits out its timeout on the clock and returns false while another run holds it', () => {
    const { env, state, LockService } = setup();
    state.holdBy('other-run');
    const lock = LockService.getScriptLock();
    const start = env.clock.nowMs();
    expect(lock.tryLock(5_000)).toBe(false);
    expect(env.clock.nowMs() - start).toBe(5_000);
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock(); // releasing a lock we do not hold changes nothing
    expect(state.holder('script')).toBe('other-run');
  });

  test('waitLock throws Apps Script timeout text', () => {
    const { state, LockService } = setup();
    state.holdBy('other-run');
    expect(() => LockService.getScriptLock().waitLock(30_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(LOCK_TIMEOUT_ERROR).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  test('a holder that lets go within the wait hands the lock over at that moment', () => {
    const { env, state, LockService } = setup();
    const start = env.clock.nowMs();
    state.holdBy('other-run', { untilMs: start + 2_000 });
    const lock = LockService.getScriptLock();
    lock.waitLock(10_000);
    expect(env.clock.nowMs() - start).toBe(2_000);
    expect(lock.hasLock()).toBe(true);
  });

  test('locks are released when the execution ends; the next run gets them', () => {
    const { state, LockService, switchTo } = setup();
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
    switchTo('exec-2');
    expect(LockService.getScriptLock().tryLock(0)).toBe(false);
    state.releaseAll('exec-1');
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getDocumentLock().hasLock()).toBe(false);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  test('script, document and user locks are separate', () => {
    const { state, LockService } = setup();
    state.holdBy('other-run', { kind: 'document' });
    expect(LockService.getDocumentLock().tryLock(0)).toBe(false);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
  });

  test('waiting past the execution deadline ends the script; calls are metered; gaps named', () => {
    const { env, state, LockService } = setup();
    env.meter.reset();
    state.holdBy('other-run');
    const lock = LockService.getScriptLock();
    expect(env.meter.byMethod.get('LockService.getScriptLock')).toBe(1);
    env.clock.advance(5 * 60_000 + 50_000);
    expect(() => lock.tryLock(30_000)).toThrow('Exceeded maximum execution time');
    expect(env.meter.byMethod.get('Lock.tryLock')).toBe(1);
    expect(() => (LockService as any).getLock()).toThrow(
      'Emulator: LockService.getLock is not implemented',
    );
  });
});
