// MailApp: outbox, recipient quota per Pacific day, 50 recipients per message, permissions, failFor hook.

import {
  BODY_SIZE_ERROR,
  createMailApp,
  MailState,
  QUOTA_ERROR,
  RECIPIENTS_PER_MESSAGE_ERROR,
  SUBJECT_LENGTH_ERROR,
} from '../../../emulator/services/mail';
import { makeEnv } from './service-env';

function setup(start = '2026-03-02T01:00:00Z') {
  const env = makeEnv(start);
  const state = new MailState();
  return { env, state, MailApp: createMailApp(env, state) };
}

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `u${i}@example.com`).join(',');

describe('MailApp.sendEmail', () => {
  test('positional form with options, and object form, land in the outbox', () => {
    const { env, state, MailApp } = setup();
    MailApp.sendEmail('kim@example.com', 'Stalled deals', 'Two deals', {
      htmlBody: '<b>Two</b> deals',
      name: 'Pipeline',
      cc: 'lead@example.com',
    });
    MailApp.sendEmail({
      to: 'lee@example.com',
      subject: 'Hi',
      body: 'b',
      replyTo: 'ops@example.com',
    });
    expect(state.outbox).toHaveLength(2);
    expect(state.outbox[0]).toMatchObject({
      to: 'kim@example.com',
      cc: 'lead@example.com',
      bcc: '',
      subject: 'Stalled deals',
      body: 'Two deals',
      htmlBody: '<b>Two</b> deals',
      name: 'Pipeline',
    });
    expect(state.outbox[0].at.getTime()).toBe(env.clock.nowMs());
    expect(state.outbox[1]).toMatchObject({ to: 'lee@example.com', replyTo: 'ops@example.com' });
    expect(env.meter.counts.mail).toBe(2);
    expect(env.meter.byMethod.get('MailApp.sendEmail')).toBe(2);
  });

  test('the quota counts recipients in to, cc and bcc, and goes down', () => {
    const { MailApp } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail({
      to: 'a@example.com, Kim <b@example.com>',
      cc: 'c@example.com',
      bcc: 'd@example.com',
      subject: 's',
      body: 'b',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
    MailApp.sendEmail('e@example.com', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(95);
  });

  test('at most 50 recipients per message', () => {
    const { state, MailApp } = setup();
    MailApp.sendEmail({ to: addresses(40), cc: addresses(10), subject: 's', body: 'b' });
    expect(() =>
      MailApp.sendEmail({ to: addresses(40), bcc: addresses(11), subject: 's', body: 'b' }),
    ).toThrow(RECIPIENTS_PER_MESSAGE_ERROR);
    expect(RECIPIENTS_PER_MESSAGE_ERROR).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect(state.outbox).toHaveLength(1);
  });

  test('out of quota: Apps Script error, nothing sent', () => {
    const { state, MailApp } = setup();
    state.quotaPerDay = 3;
    MailApp.sendEmail({ to: addresses(2), subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail({ to: addresses(2), subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(QUOTA_ERROR).toBe('Service invoked too many times for one day: email.');
    MailApp.sendEmail('last@example.com', 's', 'b');
    expect(() => MailApp.sendEmail('more@example.com', 's', 'b')).toThrow(QUOTA_ERROR);
    expect(state.outbox).toHaveLength(2);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
  });

  test('the quota resets 24 hours after the first send, not at a midnight (Sheets fidelity 6)', () => {
    // "Quotas for Google Services": quotas "reset 24 hours after the first request".
    // An afternoon "Send now" at 15:00 opens the window; the next morning's run still sees it used.
    const { env, state, MailApp } = setup('2026-03-01T15:00:00+09:00');
    state.quotaPerDay = 3;
    MailApp.sendEmail({ to: addresses(2), subject: 's', body: 'b' });
    env.clock.set('2026-03-01T20:00:00+09:00');
    env.run('time-trigger');
    MailApp.sendEmail('one@example.com', 's', 'b');
    env.clock.set('2026-03-02T08:00:00+09:00');
    env.run('time-trigger');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('more@example.com', 's', 'b')).toThrow(QUOTA_ERROR);
    env.clock.set('2026-03-02T15:00:00+09:00');
    env.run('time-trigger');
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
    // The next window opens with the next send, not at 15:00 each day.
    env.clock.set('2026-03-03T09:00:00+09:00');
    env.run('time-trigger');
    MailApp.sendEmail('again@example.com', 's', 'b');
    env.clock.set('2026-03-04T08:59:00+09:00');
    env.run('time-trigger');
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
  });

  test('body size and subject length limits (Sheets fidelity 10)', () => {
    // "Quotas for Google Services": email body size 200 KB / message (400 KB on Workspace).
    const { state, MailApp } = setup();
    const big = 'a'.repeat(200 * 1024 + 1);
    expect(() => MailApp.sendEmail('a@example.com', 's', big)).toThrow(BODY_SIZE_ERROR);
    expect(() =>
      MailApp.sendEmail({ to: 'a@example.com', subject: 's', body: 'b', htmlBody: big }),
    ).toThrow(BODY_SIZE_ERROR);
    // Korean text is 3 bytes a character in UTF-8.
    expect(() => MailApp.sendEmail('a@example.com', 's', '가'.repeat(70_000))).toThrow(
      BODY_SIZE_ERROR,
    );
    expect(() => MailApp.sendEmail('a@example.com', 'x'.repeat(251), 'b')).toThrow(
      SUBJECT_LENGTH_ERROR,
    );
    expect(state.outbox).toHaveLength(0);
    state.workspace = true;
    MailApp.sendEmail('a@example.com', 'x'.repeat(250), big);
    expect(state.outbox).toHaveLength(1);
  });

  test('invalid addresses and no recipient', () => {
    const { state, MailApp } = setup();
    expect(() => MailApp.sendEmail('not-an-email', 's', 'b')).toThrow(
      'Invalid email: not-an-email',
    );
    expect(() =>
      MailApp.sendEmail({ to: 'ok@example.com', cc: 'bad@', subject: 's', body: 'b' }),
    ).toThrow('Invalid email: bad@');
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(
      'Failed to send email: no recipient',
    );
    expect(state.outbox).toHaveLength(0);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test('failFor makes a send throw its text without sending or using quota', () => {
    const { state, MailApp } = setup();
    state.failFor = (m) => (m.to.includes('bounce') ? 'Mail service unavailable' : undefined);
    expect(() => MailApp.sendEmail('bounce@example.com', 's', 'b')).toThrow(
      'Mail service unavailable',
    );
    MailApp.sendEmail('fine@example.com', 's', 'b');
    expect(state.outbox.map((m) => m.to)).toEqual(['fine@example.com']);
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
  });

  test('noReply is honoured only on Workspace accounts', () => {
    const { state, MailApp } = setup();
    MailApp.sendEmail({ to: 'a@example.com', subject: 's', body: 'b', noReply: true });
    state.workspace = true;
    MailApp.sendEmail({ to: 'a@example.com', subject: 's', body: 'b', noReply: true });
    expect(state.outbox.map((m) => m.noReply)).toEqual([undefined, true]);
  });

  test.each(['simple-trigger', 'custom-function'] as const)('no mail from a %s', (mode) => {
    const { env, state, MailApp } = setup();
    env.run(mode);
    expect(() => MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(state.outbox).toHaveLength(0);
  });

  test('time-driven and installable triggers may send', () => {
    const { env, state, MailApp } = setup();
    env.run('time-trigger');
    MailApp.sendEmail('a@example.com', 's', 'b');
    env.run('installable-trigger');
    MailApp.sendEmail('a@example.com', 's', 'b');
    expect(state.outbox).toHaveLength(2);
  });

  test('unimplemented members name themselves; sends past the deadline fail', () => {
    const { env, MailApp } = setup();
    expect(() => (MailApp as any).sendEmails()).toThrow(
      'Emulator: MailApp.sendEmails is not implemented',
    );
    env.clock.advance(6 * 60_000 + 1);
    expect(() => MailApp.sendEmail('a@example.com', 's', 'b')).toThrow(
      'Exceeded maximum execution time',
    );
  });
});
