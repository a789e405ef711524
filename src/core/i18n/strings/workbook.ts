// The strings table's part for the workbook commands: menu, set-up, Check data, validation help.
import type { Bilingual } from '../lang';

export const WORKBOOK_STRINGS = {
  menuSetUp: {
    en: 'Set up / upgrade pipeline',
    ko: '파이프라인 설정 / 업그레이드',
  },
  menuCheckData: {
    en: 'Check data',
    ko: '데이터 점검',
  },
  menuDealCard: {
    en: 'Deal card (selected row)',
    ko: '딜 카드 (선택한 행)',
  },
  menuRefreshDashboard: {
    en: 'Refresh dashboard',
    ko: '대시보드 새로 고침',
  },
  menuUpdateForecast: {
    en: 'Update forecast',
    ko: '예측 갱신',
  },
  forecastUpdated: {
    en: 'Forecast model and Forecast log updated.',
    ko: '예측 모델과 예측 기록을 갱신했습니다.',
  },
  menuPreviewAlerts: {
    en: 'Preview stall alerts',
    ko: '정체 알림 미리 보기',
  },
  menuSendAlerts: {
    en: 'Send stall alerts now',
    ko: '정체 알림 지금 보내기',
  },
  menuEnableAlerts: {
    en: 'Enable daily alerts',
    ko: '매일 알림 켜기',
  },
  menuDisableAlerts: {
    en: 'Disable daily alerts',
    ko: '매일 알림 끄기',
  },
  menuSettings: {
    en: 'Settings',
    ko: '설정',
  },

  setUpStarted: {
    en: 'Setting up the pipeline…',

    ko: '파이프라인을 설정하는 중…',
  },
  setUpFormatting: {
    en: 'Applying validation and formatting…',
    ko: '유효성 검사와 서식을 적용하는 중…',
  },
  setUpDone: {
    en: 'The pipeline is set up.',
    ko: '파이프라인 설정을 마쳤습니다.',
  },
  setUpTitle: {
    en: 'Pipeline set up',
    ko: '파이프라인 설정',
  },
  setUpNothing: {
    en: 'Everything was already up to date.',
    ko: '이미 모두 최신 상태입니다.',
  },
  setUpCreatedSheets: {
    en: 'Created sheets: {names}',
    ko: '새로 만든 시트: {names}',
  },
  setUpAdopted: {
    en: 'Used the existing sheet "{name}" as the deals table.',
    ko: '기존 시트 "{name}"을(를) 딜 표로 사용합니다.',
  },
  setUpRenamed: {
    en: 'Renamed it to "{name}".',
    ko: '시트 이름을 "{name}"(으)로 바꿨습니다.',
  },
  setUpMatched: {
    en: 'Columns recognised: {list}',
    ko: '인식한 열: {list}',
  },
  setUpAddedColumns: {
    en: 'Columns added: {list}',
    ko: '추가한 열: {list}',
  },
  setUpUserColumns: {
    en: 'Your own columns, kept as they are: {list}',
    ko: '그대로 둔 사용자 열: {list}',
  },
  setUpIds: {
    en: 'Deal IDs assigned: {count}',
    ko: '새로 부여한 딜 ID: {count}개',
  },
  setUpProbabilities: {
    en: 'Blank probabilities set to their stage default: {count}',
    ko: '빈 확률을 단계 기본값으로 채운 딜: {count}개',
  },
  setUpOptions: {
    en: 'Settings options added: {list}',
    ko: '추가한 설정 항목: {list}',
  },
  setUpHistoryColumns: {
    en: 'History columns added: {list}',
    ko: '이력 시트에 추가한 열: {list}',
  },

  settingsMissing: {
    en: 'There is no Settings sheet yet: run "Set up / upgrade pipeline" first.',
    ko: '설정 시트가 아직 없습니다. 먼저 "파이프라인 설정 / 업그레이드"를 실행하세요.',
  },
  dealsMissing: {
    en: 'There is no Deals sheet yet: run "Set up / upgrade pipeline" first.',
    ko: '딜 시트가 아직 없습니다. 먼저 "파이프라인 설정 / 업그레이드"를 실행하세요.',
  },

  checkStarted: {
    en: 'Checking the deals…',

    ko: '딜 데이터를 점검하는 중…',
  },
  checkTitle: {
    en: 'Check data',
    ko: '데이터 점검',
  },
  checkSummary: {
    en: '{problems} {problems|problem|problems} in {deals} {deals|deal|deals}',
    ko: '딜 {deals}건에서 문제 {problems}건',
  },
  checkClean: {
    en: 'No problems found in {deals} {deals|deal|deals}.',
    ko: '딜 {deals}건에 문제가 없습니다.',
  },
  checkHint: {
    en: 'Problem cells are highlighted and carry a note. Run Check data again after fixing them: the marks go away.',
    ko: '문제가 있는 셀은 강조 표시되고 메모가 달립니다. 고친 뒤 데이터 점검을 다시 실행하면 표시가 사라집니다.',
  },
  checkReportDateFormula: {
    en: 'Settings report_date holds the formula {formula}. Sheets refuses custom functions whose arguments depend on NOW(), TODAY() or RAND(), so every formula over report_date shows #ERROR!. Type a date there, or leave it to the daily job, which writes today.',
    ko: '설정의 기준일(report_date)에 수식 {formula}이(가) 있습니다. 시트는 NOW(), TODAY(), RAND()에 따라 바뀌는 인수를 받는 사용자 함수를 거부하므로 report_date를 쓰는 수식이 모두 #ERROR!가 됩니다. 날짜를 직접 입력하거나, 매일 오늘 날짜를 쓰는 일일 작업에 맡기세요.',
  },
  checkColumnProblem: {
    en: 'Problem',
    ko: '문제',
  },
  checkColumnCount: {
    en: 'Count',
    ko: '건수',
  },
  checkColumnRows: {
    en: 'Rows',
    ko: '행',
  },
  checkClose: {
    en: 'Close',
    ko: '닫기',
  },
  checkNoteHeader: {
    en: 'Check data:',
    ko: '데이터 점검:',
  },

  problemDuplicate: {
    en: 'Duplicate deal',

    ko: '중복 딜',
  },
  problemDuplicateNote: {
    en: 'Same company and deal as row {rows}',
    ko: '{rows}행과 회사·딜이 같습니다',
  },
  problemMissingOwner: {
    en: 'Missing owner',
    ko: '담당자 없음',
  },
  problemMissingOwnerNote: {
    en: 'No owner: alerts cannot reach anyone',
    ko: '담당자가 없어 알림을 보낼 수 없습니다',
  },
  problemInvalidEmail: {
    en: 'Invalid owner email',
    ko: '잘못된 담당자 이메일',
  },
  problemInvalidEmailNote: {
    en: '"{value}" is not an email address',
    ko: '"{value}"은(는) 이메일 주소가 아닙니다',
  },
  problemPastClose: {
    en: 'Open deal with a past close date',
    ko: '마감일이 지난 진행 딜',
  },
  problemPastCloseNote: {
    en: 'Expected close {date} has passed but the deal is still open',
    ko: '예상 마감일 {date}이(가) 지났는데 아직 진행 중입니다',
  },
  problemNoClosedOn: {
    en: 'Won deal without Closed on — counted by Expected close',
    ko: '종료일이 없는 성사 딜 — 예상 마감일로 집계',
  },
  problemLostNoClosedOn: { en: 'Lost deal without Closed on', ko: '종료일이 없는 실패 딜' },
  problemLostNoClosedOnNote: {
    en: 'Blank: the forecast uses Expected close ({date}) — write the day it was lost',
    ko: '비어 있어 예측에 예상 마감일({date})을 씁니다 — 실패한 날을 쓰세요',
  },
  problemNoClosedOnNote: {
    en: 'Closed on is blank: forecasts and won-in-period figures use Expected close ({date}) instead — write the day it was won',
    ko: '종료일이 비어 있어 예측과 기간 내 성사 금액에 예상 마감일({date})을 대신 씁니다 — 성사된 날을 입력하세요',
  },
  problemProbability: {
    en: 'Probability far from the stage default',
    ko: '단계 기본값과 크게 다른 확률',
  },
  problemProbabilityNote: {
    en: 'Probability {value} is far from {stage} default {default}',
    ko: '확률 {value}이(가) {stage} 기본값 {default}과(와) 크게 다릅니다',
  },
  problemAmountText: {
    en: 'Amount typed as text',
    ko: '텍스트로 입력된 금액',
  },
  problemAmountTextNote: {
    en: 'Amount "{value}" is text, not a number: it counts as nothing in forecasts',
    ko: '금액 "{value}"이(가) 숫자가 아닌 텍스트라 예측에서 빠집니다',
  },
  problemUnknownStage: {
    en: 'Unknown stage',
    ko: '알 수 없는 단계',
  },
  problemUnknownStageNote: {
    en: 'Stage "{value}" is not in Settings',
    ko: '단계 "{value}"이(가) 설정에 없습니다',
  },
  problemUnknownStatus: {
    en: 'Unknown status',
    ko: '알 수 없는 상태',
  },
  problemUnknownStatusNote: {
    en: 'Status "{value}" is not Open, Won or Lost',
    ko: '상태 "{value}"은(는) 진행, 성사, 실패 중 하나가 아닙니다',
  },

  validationStage: {
    en: 'Pick a stage from Settings.',
    ko: '설정에 있는 단계를 고르세요.',
  },
  validationStatus: {
    en: 'Open, Won or Lost.',
    ko: '진행, 성사, 실패 중 하나.',
  },
  validationAmount: {
    en: 'A number, 0 or more.',
    ko: '0 이상의 숫자.',
  },
  validationProbability: {
    en: 'A percentage from 0% to 100%.',
    ko: '0%에서 100% 사이의 비율.',
  },
  validationDate: {
    en: 'A date.',
    ko: '날짜.',
  },
  validationEmail: {
    en: "The owner's email address.",
    ko: '담당자 이메일 주소.',
  },
} as const satisfies Record<string, Bilingual>;
