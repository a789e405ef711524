// LockService: script, document and user locks held by executions, with waiting on the emulator clock.

import type { ServiceEnv } from '../runtime';
import { metered } from './metered';

export type LockKind = 'script' | 'document' | 'user';

export const LOCK_TIMEOUT_ERROR =
  'Lock timeout: another process was holding the lock for too long.';

interface Hold {
  executionId: string;
  /** When another (simulated) run lets go by itself; undefined = until released. */
  untilMs?: number;
}

/** Who holds each lock, by kind and scope ('document' is the first document's; 'document:<id>' another's). */
export class LockState {
  private readonly holds = new Map<string, Hold>();

  /** The execution id holding `kind`, if any (a timed hold that has ended counts as free). */
  holder(kind: string = 'script', nowMs?: number): string | undefined {
    const hold = this.holds.get(kind);
    if (!hold) return undefined;
    if (hold.untilMs !== undefined && nowMs !== undefined && nowMs >= hold.untilMs) {
      this.holds.delete(kind);
      return undefined;
    }
    return hold.executionId;
  }
  /** When the current holder of `kind` lets go by itself, if it will. */
  releaseTime(kind: string): number | undefined {
    return this.holds.get(kind)?.untilMs;
  }
  /**
   * Test hook: simulate another run holding the lock, optionally until the clock reaches
   * `untilMs` (then a waiting tryLock/waitLock gets it).
   */
  holdBy(executionId: string, options: { kind?: string; untilMs?: number } = {}): void {
    this.holds.set(options.kind ?? 'script', { executionId, untilMs: options.untilMs });
  }
  /** Releases `kind` if `executionId` holds it. */
  release(kind: string, executionId: string): void {
    if (this.holds.get(kind)?.executionId === executionId) this.holds.delete(kind);
  }
  /** Called when an execution ends: Apps Script releases every lock it still holds. */
  releaseAll(executionId: string): void {
    for (const [kind, hold] of this.holds) {
      if (hold.executionId === executionId) this.holds.delete(kind);
    }
  }
  reset(): void {
    this.holds.clear();
  }
}

/**
 * LockService. tryLock(ms) returns false once `ms` of clock time has passed with another run
 * holding the lock; waitLock(ms) throws Apps Script's timeout text instead. Locks are reentrant
 * for the execution that holds them.
 */
export function createLockService(
  env: ServiceEnv,
  state: LockState,
  executionId: () => string,
  /**
   * The lock a kind means for the running execution: one script lock for everyone; a document lock
   * per document and a user lock per user (the first document's and user's keep the plain kind).
   */
  scopeOf: (kind: LockKind) => string = (kind) => kind,
) {
  /** Waits up to `timeoutMs` for the lock on the emulator clock; true when acquired. */
  function acquire(kind: string, timeoutMs: number): boolean {
    const me = executionId();
    const now = env.clock.nowMs();
    const holder = state.holder(kind, now);
    if (holder === undefined || holder === me) {
      state.holdBy(me, { kind });
      return true;
    }
    const wait = Math.max(0, Number(timeoutMs) || 0);
    const freeAt = state.releaseTime(kind);
    if (freeAt !== undefined && freeAt <= now + wait) {
      env.clock.advance(freeAt - now);
      env.execution().checkDeadline();
      state.holdBy(me, { kind });
      return true;
    }
    env.clock.advance(wait);
    env.execution().checkDeadline();
    return false;
  }

  function lock(lockKind: LockKind) {
    const kind = scopeOf(lockKind);
    return metered(env, 'Lock', {
      tryLock(timeoutInMillis: number): boolean {
        return acquire(kind, timeoutInMillis);
      },
      waitLock(timeoutInMillis: number): void {
        if (!acquire(kind, timeoutInMillis)) throw new Error(LOCK_TIMEOUT_ERROR);
      },
      releaseLock(): void {
        state.release(kind, executionId());
      },
      hasLock(): boolean {
        return state.holder(kind, env.clock.nowMs()) === executionId();
      },
    });
  }

  return metered(env, 'LockService', {
    getScriptLock: () => lock('script'),
    getDocumentLock: () => lock('document'),
    getUserLock: () => lock('user'),
  });
}

/** The Lock objects LockService hands out. */
export type EmulatedLockService = ReturnType<typeof createLockService>;
