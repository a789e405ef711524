// Session: script time zone, users (blank active user in custom functions and simple triggers), locale, key.

import { createSession } from '../../../emulator/services/session';
import { makeEnv } from './service-env';

const options = {
  scriptTimeZone: 'Asia/Seoul',
  activeUser: 'kim@example.com',
  effectiveUser: 'owner@example.com',
  locale: 'ko',
};

describe('Session', () => {
  test('time zone, users, locale', () => {
    const env = makeEnv();
    const Session = createSession(env, options);
    expect(Session.getScriptTimeZone()).toBe('Asia/Seoul');
    expect(Session.getActiveUser().getEmail()).toBe('kim@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    expect(Session.getActiveUserLocale()).toBe('ko');
  });

  test.each(['custom-function', 'simple-trigger'] as const)(
    'the active user is blank in a %s',
    (mode) => {
      const env = makeEnv('2026-03-01T00:00:00Z', mode);
      const Session = createSession(env, options);
      expect(Session.getActiveUser().getEmail()).toBe('');
      expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    },
  );

  test('the temporary user key is stable, opaque and per user', () => {
    const Session = createSession(makeEnv(), options);
    const other = createSession(makeEnv(), { ...options, activeUser: 'lee@example.com' });
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toBe(Session.getTemporaryActiveUserKey());
    expect(key).not.toContain('kim');
    expect(key).not.toBe(other.getTemporaryActiveUserKey());
  });

  test('metered; gaps named', () => {
    const env = makeEnv();
    const Session = createSession(env, options);
    Session.getActiveUser().getEmail();
    expect(env.meter.byMethod.get('Session.getActiveUser')).toBe(1);
    expect(env.meter.byMethod.get('User.getEmail')).toBe(1);
    expect(() => (Session as any).getUser()).toThrow(
      'Emulator: Session.getUser is not implemented',
    );
  });
});
