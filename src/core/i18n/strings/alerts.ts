// The strings table's part for stall alerts: the menu commands' messages and the preview dialog.
import type { Bilingual } from '../lang';

export const ALERT_STRINGS = {
  alertsTitle: {
    en: 'Stall alerts',
    ko: '정체 알림',
  },
  alertsSent: {
    en: 'Digests sent: {count}.',
    ko: '보낸 알림: {count}통.',
  },
  alertsDeferred: {
    en: 'Deferred until tomorrow (daily email quota used up): {count}.',
    ko: '내일로 미룸 (하루 이메일 한도 소진): {count}통.',
  },
  alertsBlocked: {
    en: 'Blocked (invalid address or outside the allowed domains): {count}.',
    ko: '차단 (잘못된 주소 또는 허용되지 않은 도메인): {count}통.',
  },
  alertsFailed: {
    en: 'Failed, will be retried on the next run: {count}.',
    ko: '실패, 다음 실행 때 다시 보냄: {count}통.',
  },
  alertsAllListed: {
    en: 'Every attempt is listed in the Alerts sheet.',
    ko: '모든 발송 시도는 알림 기록 시트에 있습니다.',
  },
  alertsContinuing: {
    en: 'Stopped before the 6-minute limit; with daily alerts on, {count} more {count|digest goes|digests go} out within the hour.',
    ko: '6분 제한 전에 멈췄습니다. 매일 알림이 켜져 있으면 나머지 {count}통은 한 시간 안에 이어서 보냅니다.',
  },
  alertsBusy: {
    en: 'Another run is sending alerts right now. Try again in a minute.',
    ko: '다른 실행이 지금 알림을 보내고 있습니다. 1분 뒤에 다시 시도하세요.',
  },
  alertsNotSetUp: {
    en: 'Run "Set up / upgrade pipeline" first: the Deals or Alerts sheet is missing.',
    ko: '먼저 "파이프라인 설정 / 업그레이드"를 실행하세요: 딜 또는 알림 기록 시트가 없습니다.',
  },
  alertsEnabled: {
    en: 'Daily alerts are on: every day between {hour}:00 and {nextHour}:00 ({timeZone}). Stage changes are recorded as you edit.',
    ko: '매일 알림을 켰습니다: 매일 {hour}시~{nextHour}시 사이 ({timeZone}). 단계 변경은 편집할 때마다 기록됩니다.',
  },
  alertsReplaced: {
    en: 'The previous alert triggers were replaced.',
    ko: '이전 알림 트리거를 새로 바꿨습니다.',
  },
  alertsTriggerLimit: {
    en: 'Daily alerts could not be turned on: this script already has {count} triggers and Apps Script allows 20 per user. Delete some in Extensions › Apps Script › Triggers, then try again.',
    ko: '매일 알림을 켤 수 없습니다: 이 스크립트에 이미 트리거가 {count}개 있고, Apps Script는 사용자당 20개까지만 허용합니다. 확장 프로그램 › Apps Script › 트리거에서 일부를 삭제한 뒤 다시 시도하세요.',
  },
  alertsDisabled: {
    en: 'Daily alerts are off. Your other triggers were left alone.',
    ko: '매일 알림을 껐습니다. 다른 트리거는 그대로 두었습니다.',
  },
  alertsWereNotOn: {
    en: 'Daily alerts were not on.',
    ko: '매일 알림이 켜져 있지 않았습니다.',
  },

  previewTitle: {
    en: 'Stall alerts preview',

    ko: '정체 알림 미리보기',
  },
  previewNothing: {
    en: 'No stall alerts would be sent today.',
    ko: '오늘 보낼 정체 알림이 없습니다.',
  },
  previewSummary: {
    en: '{digests} {digests|digest|digests} would be sent, listing {deals} {deals|deal|deals}. Nothing has been sent.',
    ko: '알림 {digests}통(딜 {deals}건)이 발송될 예정입니다. 아직 아무것도 보내지 않았습니다.',
  },
  previewWillSend: {
    en: 'will be emailed',
    ko: '발송 예정',
  },
  previewCc: {
    en: 'cc',
    ko: '참조',
  },
  previewEscalation: {
    en: 'escalation',
    ko: '에스컬레이션',
  },
  previewBlockedDomain: {
    en: 'blocked: address outside the allowed domains',
    ko: '차단: 허용되지 않은 도메인',
  },
  previewBlockedInvalid: {
    en: 'blocked: not a valid email address',
    ko: '차단: 올바른 이메일 주소가 아님',
  },
  previewDays: {
    en: '{days} days (limit {limit})',
    ko: '{days}일 (기준 {limit}일)',
  },
  previewBusinessDays: {
    en: '{days} business days (limit {limit})',
    ko: '영업일 {days}일 (기준 {limit}일)',
  },
  previewQuiet: {
    en: '{count} more stalled {count|deal is|deals are} quiet today (cooldown, already sent today, or recently blocked).',
    ko: '그 밖의 정체 딜 {count}건은 오늘 알림 대상이 아닙니다 (재알림 간격, 오늘 이미 발송, 최근 차단).',
  },
  previewNoOwner: {
    en: '(no owner)',
    ko: '(담당자 없음)',
  },
  previewMore: {
    en: '…and {count} more (listed in the coming days)',
    ko: '…외 {count}건 (다음 알림부터 차례로)',
  },
  authEmailSubject: {
    en: 'Pipeline Sheet needs your authorization again',
    ko: 'Pipeline Sheet 권한을 다시 승인해 주세요',
  },
  authEmailBody: {
    en: 'Your daily alerts and History triggers in this spreadsheet are paused until you authorize Pipeline Sheet again: {url}',
    ko: '이 스프레드시트의 매일 알림과 이력 기록 트리거는 Pipeline Sheet 권한을 다시 승인할 때까지 멈춰 있습니다: {url}',
  },
  triggerFailed: {
    en: 'A background run ({handler}) failed at {time}: {reason}',
    ko: '백그라운드 실행({handler})이 {time}에 실패했습니다: {reason}',
  },
} as const satisfies Record<string, Bilingual>;
