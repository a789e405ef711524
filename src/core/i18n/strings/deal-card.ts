// The strings table's part for the deal card sidebar: labels, notices and the reasons an action is refused.
import type { Bilingual } from '../lang';

export const DEAL_CARD_STRINGS = {
  cardTitle: { en: 'Deal card', ko: '딜 카드' },
  cardShowSelected: { en: 'Show selected row', ko: '선택한 행 보기' },
  cardWorking: { en: 'Saving…', ko: '저장하는 중…' },

  cardRow: { en: 'Row {row}', ko: '{row}행' },
  cardOwner: { en: 'Owner', ko: '담당자' },
  cardAmount: { en: 'Amount', ko: '금액' },
  cardStage: { en: 'Stage', ko: '단계' },
  cardDaysInStage: { en: 'Days in stage', ko: '현재 단계 체류 일수' },
  cardDaysOfThreshold: { en: '{days} of {threshold} days', ko: '{days}일 / 기준 {threshold}일' },
  cardBusinessDaysOfThreshold: {
    en: '{days} of {threshold} business days',
    ko: '영업일 {days}일 / 기준 {threshold}일',
  },
  cardStalled: { en: 'stalled', ko: '정체' },
  cardEscalated: { en: 'escalated', ko: '에스컬레이션' },
  cardProbability: { en: 'Probability', ko: '확률' },
  cardProbabilityTyped: { en: '{value} (typed)', ko: '{value} (입력값)' },
  cardProbabilityStage: { en: '{value} (stage default)', ko: '{value} (단계 기본값)' },
  cardExpectedClose: { en: 'Expected close', ko: '예상 마감일' },
  cardSnoozedUntil: { en: 'Alerts snoozed until', ko: '알림 보류 기한' },
  cardLostReason: { en: 'Lost reason', ko: '실패 사유' },
  cardNone: { en: '—', ko: '—' },

  cardStagePath: { en: 'Stage path', ko: '단계 이력' },
  cardStageStep: { en: '{stage} · since {date} · {days} d', ko: '{stage} · {date}부터 · {days}일' },
  cardStageStepOpen: { en: '{stage} · since {date}', ko: '{stage} · {date}부터' },
  cardStageStepUndated: { en: '{stage} · date unknown', ko: '{stage} · 날짜 모름' },
  cardClosedOn: { en: '{status} on {date}', ko: '{date}에 {status}' },

  cardNextStep: { en: 'Next step', ko: '다음 할 일' },
  cardSave: { en: 'Save next step', ko: '다음 할 일 저장' },
  cardSnooze: { en: 'Snooze alerts', ko: '알림 보류' },
  cardSnoozeDays: { en: '{days} days', ko: '{days}일' },
  cardSnoozeDate: { en: 'Until date', ko: '보류 기한 날짜' },
  cardSnoozeToDate: { en: 'Snooze to date', ko: '날짜까지 보류' },
  cardOutcome: { en: 'Outcome', ko: '결과' },
  cardMarkWon: { en: 'Mark Won', ko: '성사로 표시' },
  cardMarkLost: { en: 'Mark Lost', ko: '실패로 표시' },
  cardLostReasonPrompt: { en: 'Why was it lost?', ko: '실패 사유를 입력하세요' },
  cardConfirmLost: { en: 'Confirm Lost', ko: '실패 확정' },
  cardCancel: { en: 'Cancel', ko: '취소' },
  cardMoveStage: { en: 'Move to stage', ko: '단계 이동' },
  cardMove: { en: 'Move', ko: '이동' },
  cardDuplicates: { en: 'Possible duplicates for this company', ko: '같은 회사의 중복 의심 딜' },
  cardSameName: { en: 'same deal name', ko: '딜 이름 같음' },
  cardNoDuplicates: { en: 'No other deals for this company.', ko: '이 회사의 다른 딜이 없습니다.' },

  cardSavedNextStep: { en: 'Next step saved.', ko: '다음 할 일을 저장했습니다.' },
  cardSavedSnooze: { en: 'Alerts snoozed until {date}.', ko: '{date}까지 알림을 보류합니다.' },
  cardSavedWon: { en: 'Marked Won.', ko: '성사로 표시했습니다.' },
  cardSavedLost: { en: 'Marked Lost.', ko: '실패로 표시했습니다.' },
  cardSavedStage: { en: 'Moved to {stage}.', ko: '{stage} 단계로 옮겼습니다.' },

  cardErrNotDealRow: {
    en: 'Row {row} of "{sheet}" is not a deal: select a filled row below the header in the Deals sheet. Nothing was written.',
    ko: '"{sheet}" 시트의 {row}행은 딜이 아닙니다. 딜 시트에서 머리글 아래의 채워진 행을 선택하세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrNoDealsSheet: {
    en: 'There is no Deals sheet: run "Set up / upgrade pipeline" first. Nothing was written.',
    ko: '딜 시트가 없습니다. 먼저 "파이프라인 설정 / 업그레이드"를 실행하세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrDealGone: {
    en: 'Deal {deal} is no longer in the Deals sheet (deleted or renamed). Nothing was written.',
    ko: '딜 {deal}이(가) 더 이상 딜 시트에 없습니다 (삭제되었거나 이름이 바뀜). 아무것도 쓰지 않았습니다.',
  },
  cardErrBadRequest: {
    en: 'The sidebar sent an action the add-on does not know ({what}). Reload the sidebar. Nothing was written.',
    ko: '사이드바가 알 수 없는 작업을 보냈습니다 ({what}). 사이드바를 다시 여세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrTooLong: {
    en: '{field} is {length} characters; a cell holds at most {max}. Nothing was written.',
    ko: '{field}이(가) {length}자입니다. 셀에는 최대 {max}자까지 들어갑니다. 아무것도 쓰지 않았습니다.',
  },
  cardErrUnchanged: {
    en: 'Next step is already "{value}". Nothing was written.',
    ko: '다음 할 일이 이미 "{value}"입니다. 아무것도 쓰지 않았습니다.',
  },
  cardErrSnoozeDays: {
    en: 'Snooze for 3, 7 or 14 days, or pick a date. Nothing was written.',
    ko: '3일, 7일, 14일 중에서 고르거나 날짜를 고르세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrSnoozeDate: {
    en: 'Snooze date "{value}" is not a date: write it as YYYY-MM-DD. Nothing was written.',
    ko: '보류 기한 "{value}"은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrSnoozePast: {
    en: 'Snooze date {date} is not after today ({today}): pick a later day. Nothing was written.',
    ko: '보류 기한 {date}이(가) 오늘({today}) 이후가 아닙니다. 더 늦은 날짜를 고르세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrSnoozeClosed: {
    en: 'This deal is {status}: only open deals get stall alerts, so there is nothing to snooze. Nothing was written.',
    ko: '이 딜은 {status} 상태입니다. 정체 알림은 진행 중인 딜에만 가므로 보류할 것이 없습니다. 아무것도 쓰지 않았습니다.',
  },
  cardErrAlready: {
    en: 'This deal is already {status}. Nothing was written.',
    ko: '이 딜은 이미 {status} 상태입니다. 아무것도 쓰지 않았습니다.',
  },
  cardErrReasonRequired: {
    en: 'Write why the deal was lost before marking it Lost. Nothing was written.',
    ko: '실패로 표시하기 전에 실패 사유를 입력하세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrUnknownStage: {
    en: 'Stage "{stage}" is not in Settings (stages: {list}). Nothing was written.',
    ko: '단계 "{stage}"이(가) 설정에 없습니다 (단계: {list}). 아무것도 쓰지 않았습니다.',
  },
  cardErrSameStage: {
    en: 'The deal is already in {stage}. Nothing was written.',
    ko: '이 딜은 이미 {stage} 단계입니다. 아무것도 쓰지 않았습니다.',
  },
  cardErrMissingColumn: {
    en: 'The Deals sheet has no {columns} column: run "Set up / upgrade pipeline" to add it. Nothing was written.',
    ko: '딜 시트에 {columns} 열이 없습니다. "파이프라인 설정 / 업그레이드"를 실행해 추가하세요. 아무것도 쓰지 않았습니다.',
  },
  cardErrLostStage: {
    en: 'A Lost deal keeps the stage where it was lost: change its status first. Nothing was written.',
    ko: '실패한 딜은 실패한 단계를 유지합니다. 먼저 상태를 바꾸세요. 아무것도 쓰지 않았습니다.',
  },
} as const satisfies Record<string, Bilingual>;
