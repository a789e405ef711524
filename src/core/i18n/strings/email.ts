// The strings table's part for the stall digest email: subject, plain text and HTML wording.
import type { Bilingual } from '../lang';

export const EMAIL_STRINGS = {
  digestSubject: {
    en: '{count} stalled {count|deal|deals} · {total}',
    ko: '정체된 딜 {count}건 · {total}',
  },
  digestEscalationPrefix: {
    en: '[Escalation] ',
    ko: '[에스컬레이션] ',
  },
  digestGreeting: {
    en: 'Hello,',
    ko: '안녕하세요.',
  },
  digestIntro: {
    en: 'These deals in "{sheet}" have stayed in their stage longer than the stall limit (most urgent first):',
    ko: '"{sheet}"에서 아래 딜이 단계별 정체 기준보다 오래 머물러 있습니다 (긴급한 순):',
  },
  digestDays: {
    en: '{days} days in stage (limit {limit})',
    ko: '{days}일 경과 (기준 {limit}일)',
  },
  digestBusinessDays: {
    en: '{days} business days in stage (limit {limit})',
    ko: '영업일 {days}일 경과 (기준 {limit}일)',
  },
  digestEscalated: {
    en: 'ESCALATED',
    ko: '에스컬레이션',
  },
  digestDealId: {
    en: 'Deal ID',
    ko: '딜 ID',
  },
  digestDeal: {
    en: 'Deal',
    ko: '딜',
  },
  digestCompany: {
    en: 'Company',
    ko: '회사',
  },
  digestStage: {
    en: 'Stage',
    ko: '단계',
  },
  digestDaysStalled: {
    en: 'Days stalled',
    ko: '정체 기간',
  },
  digestAmount: {
    en: 'Amount',
    ko: '금액',
  },
  digestNextStep: {
    en: 'Next step',
    ko: '다음 할 일',
  },
  digestNone: {
    en: '—',
    ko: '—',
  },
  digestOpenRow: {
    en: 'Open row',
    ko: '행 열기',
  },
  digestTotal: {
    en: 'Total',
    ko: '합계',
  },
  digestMore: {
    en: '…and {count} more stalled {count|deal|deals}, listed in the coming days. See the Deals sheet.',
    ko: '…외 정체 딜 {count}건은 다음 알림부터 차례로 보여 드립니다. 딜 시트에서 확인하세요.',
  },
  digestOutro: {
    en: 'Move the deal forward, update its stage, or set "Snooze until" to pause alerts for it.',
    ko: '딜을 진행하거나 단계를 갱신하세요. 알림을 잠시 멈추려면 "알림 보류 기한"을 입력하세요.',
  },
} as const satisfies Record<string, Bilingual>;
