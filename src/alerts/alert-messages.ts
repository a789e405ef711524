// User-facing strings of the alert commands (send now, enable/disable, lock busy) in English and Korean.
import type { Lang } from '../core/i18n';

export const ALERT_MESSAGES = {
  en: {
    title: 'Stall alerts',
    sendSummary: (r: { sent: number; deferred: number; blocked: number; failed: number }) =>
      [
        `Digests sent: ${r.sent}.`,
        r.deferred ? `Deferred until tomorrow (daily email quota used up): ${r.deferred}.` : '',
        r.blocked ? `Blocked (invalid address or outside the allowed domains): ${r.blocked}.` : '',
        r.failed ? `Failed, will be retried on the next run: ${r.failed}.` : '',
        'Every attempt is listed in the Alerts sheet.',
      ]
        .filter(Boolean)
        .join('\n'),
    continuing: (n: number) =>
      `Stopped before the 6-minute limit; ${n} more ${n === 1 ? 'digest goes' : 'digests go'} out in a minute.`,
    busy: 'Another run is sending alerts right now. Try again in a minute.',
    notSetUp: 'Run "Set up / upgrade pipeline" first: the Deals or Alerts sheet is missing.',
    enabled: (hour: number, tz: string) =>
      `Daily alerts are on: every day between ${hour}:00 and ${hour + 1}:00 (${tz}). Stage changes are recorded as you edit.`,
    replaced: 'The previous alert triggers were replaced.',
    triggerLimit: (n: number) =>
      `Daily alerts could not be turned on: this script already has ${n} triggers and Apps Script allows 20 per user. Delete some in Extensions › Apps Script › Triggers, then try again.`,
    disabled: (n: number) =>
      n
        ? 'Daily alerts are off. Your other triggers were left alone.'
        : 'Daily alerts were not on.',
  },
  ko: {
    title: '정체 알림',
    sendSummary: (r: { sent: number; deferred: number; blocked: number; failed: number }) =>
      [
        `보낸 알림: ${r.sent}통.`,
        r.deferred ? `내일로 미룸 (하루 이메일 한도 소진): ${r.deferred}통.` : '',
        r.blocked ? `차단 (잘못된 주소 또는 허용되지 않은 도메인): ${r.blocked}통.` : '',
        r.failed ? `실패, 다음 실행 때 다시 보냄: ${r.failed}통.` : '',
        '모든 발송 시도는 알림 기록 시트에 있습니다.',
      ]
        .filter(Boolean)
        .join('\n'),
    continuing: (n: number) =>
      `6분 제한 전에 멈췄습니다. 나머지 ${n}통은 1분 뒤에 이어서 보냅니다.`,
    busy: '다른 실행이 지금 알림을 보내고 있습니다. 1분 뒤에 다시 시도하세요.',
    notSetUp:
      '먼저 "파이프라인 설정 / 업그레이드"를 실행하세요: 딜 또는 알림 기록 시트가 없습니다.',
    enabled: (hour: number, tz: string) =>
      `매일 알림을 켰습니다: 매일 ${hour}시~${hour + 1}시 사이 (${tz}). 단계 변경은 편집할 때마다 기록됩니다.`,
    replaced: '이전 알림 트리거를 새로 바꿨습니다.',
    triggerLimit: (n: number) =>
      `매일 알림을 켤 수 없습니다: 이 스크립트에 이미 트리거가 ${n}개 있고, Apps Script는 사용자당 20개까지만 허용합니다. 확장 프로그램 › Apps Script › 트리거에서 일부를 삭제한 뒤 다시 시도하세요.`,
    disabled: (n: number) =>
      n
        ? '매일 알림을 껐습니다. 다른 트리거는 그대로 두었습니다.'
        : '매일 알림이 켜져 있지 않았습니다.',
  },
} as const;

/** The alert messages in `lang`. */
export function alertMessages(lang: Lang) {
  return ALERT_MESSAGES[lang];
}
