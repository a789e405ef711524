// Strings of adopting a user's deals table: the report set-up shows before it changes anything.
import type { Bilingual } from '../lang';

export const IMPORT_STRINGS = {
  adoptConfirm: {
    en: 'Set-up will do the following. Go ahead?',
    ko: '설정은 다음과 같이 진행됩니다. 계속할까요?',
  },
  adoptCancelled: { en: 'Nothing was changed.', ko: '아무것도 바꾸지 않았습니다.' },
  adoptSheet: {
    en: 'Deals: sheet "{name}", header on row {row}, {deals} {deals|deal|deals}.',
    ko: '딜: "{name}" 시트, 머리글 {row}행, 딜 {deals}건.',
  },
  adoptChoice: {
    en: 'Chosen over {others} ({reason}).',
    ko: '{others} 대신 이 시트를 골랐습니다 ({reason}).',
  },
  adoptReasonNamed: { en: 'their names say archive', ko: '다른 시트 이름이 보관용입니다' },
  adoptReasonRecent: { en: 'most recent dates', ko: '가장 최근 날짜' },
  adoptReasonRows: { en: 'most rows', ko: '가장 많은 행' },
  adoptReasonFirst: { en: 'the first of equal sheets', ko: '같은 조건 중 첫 번째' },
  adoptReasonAsked: { en: 'the sheet asked for', ko: '지정한 시트' },
  adoptCopied: {
    en: 'Its header is not on row 1: the deals are copied into "{name}" and your sheet is left as it is.',
    ko: '머리글이 1행에 없어 딜을 "{name}" 시트로 복사하고 원래 시트는 그대로 둡니다.',
  },
  adoptBeside: {
    en: 'Your sheet "{name}" is kept as it is; the add-on uses "{ours}" beside it.',
    ko: '사용자 시트 "{name}"은(는) 그대로 두고 애드온은 옆의 "{ours}" 시트를 씁니다.',
  },
  adoptConverted: {
    en: '{column}: {count} {count|cell|cells} read as {kind} (e.g. row {row}: "{from}" → {to}).',
    ko: '{column}: 셀 {count}개를 {kind}(으)로 읽었습니다 (예: {row}행 "{from}" → {to}).',
  },
  adoptKindAmount: { en: 'amounts', ko: '금액' },
  adoptKindPercent: { en: 'percents', ko: '비율' },
  adoptKindPercentColumn: { en: 'percents (a 0–100 column)', ko: '비율 (0–100 열)' },
  adoptKindNumber: { en: 'numbers', ko: '숫자' },
  adoptKindDate: { en: 'dates', ko: '날짜' },
  adoptKindStatus: { en: 'statuses', ko: '상태' },
  adoptDayOrder: {
    en: '{column}: dates written {order} ({source}).',
    ko: '{column}: 날짜를 {order} 순서로 읽었습니다 ({source}).',
  },
  adoptOrderDmy: { en: 'day/month/year', ko: '일/월/연' },
  adoptOrderMdy: { en: 'month/day/year', ko: '월/일/연' },
  adoptOrderData: { en: 'shown by dates such as 14/03', ko: '14/03 같은 날짜로 판단' },
  adoptOrderLocale: { en: "the spreadsheet's locale", ko: '스프레드시트 지역 설정' },
  adoptOutcomes: {
    en: 'Outcomes in the stage column: {won} Won, {lost} Lost; their Stage cells stay as typed.',
    ko: '단계 열의 결과: 성사 {won}건, 실패 {lost}건. 단계 셀은 입력한 그대로 둡니다.',
  },
  adoptStatusFilled: {
    en: 'Status filled from the stage column: {count} {count|deal|deals}.',
    ko: '단계 열에서 상태를 채운 딜: {count}건.',
  },
  adoptNamesFilled: {
    en: 'Deal names filled from {from}: {count} {count|deal|deals}.',
    ko: '{from}에서 딜 이름을 채운 딜: {count}건.',
  },
  adoptEnteredFilled: {
    en: 'Stage entered filled from {from} for {count} open {count|deal|deals} (closed deals keep it blank).',
    ko: '진행 중 딜 {count}건의 단계 진입일을 {from}에서 채웠습니다 (종료된 딜은 비워 둡니다).',
  },
  adoptClosedOnFilled: {
    en: 'Closed on filled from {from} for {count} won or lost {count|deal|deals} (the close date of a closed row is the day it closed).',
    ko: '성사·실패한 딜 {count}건의 종료일을 {from}에서 채웠습니다 (종료된 행의 마감일이 종료한 날입니다).',
  },
  adoptPipeline: {
    en: "Stages: {crm}'s default pipeline with its probabilities ({list}).",
    ko: '단계: {crm} 기본 파이프라인과 그 확률을 사용합니다 ({list}).',
  },
  adoptStagesAdded: {
    en: 'Stages added to Settings: {list}.',
    ko: '설정에 추가한 단계: {list}.',
  },
  adoptUnreadable: {
    en: '{column}: {count} {count|cell|cells} left as typed, no certain reading (rows {rows}); Check data marks them.',
    ko: '{column}: 확실히 읽을 수 없는 셀 {count}개는 입력한 그대로 둡니다 ({rows}행). 데이터 점검이 표시합니다.',
  },
  adoptCurrency: {
    en: 'Currency: {code} ({source}).',
    ko: '통화: {code} ({source}).',
  },
  adoptCurrencyData: { en: 'from the amounts', ko: '금액 표기에서' },
  adoptCurrencyLocale: { en: "from the spreadsheet's locale", ko: '스프레드시트 지역 설정에서' },
  adoptLanguage: {
    en: 'Language: English ({source}).',
    ko: '언어: 한국어 ({source}).',
  },
  adoptLanguageHeaders: { en: 'from your headers', ko: '머리글 기준' },
  adoptLanguageLocale: { en: "from the spreadsheet's locale", ko: '스프레드시트 지역 설정 기준' },
  adoptBaseline: {
    en: 'History: one import baseline per deal ({count}), dated from the data where it has dates.',
    ko: '이력: 딜마다 가져오기 기준 행 1개 ({count}건), 데이터에 날짜가 있으면 그 날짜로.',
  },
  adoptStageHistory: {
    en: 'Stage history: {rows} stage {rows|change|changes} of {deals} {deals|deal|deals} read from "{sheet}" into History, dated by the export (your sheet is kept as it is); Stage entered of {entered} open {entered|deal|deals} taken from it.',
    ko: '단계 이력: "{sheet}"에서 딜 {deals}건의 단계 변경 {rows}건을 내보낸 날짜 그대로 이력에 옮겼습니다 (사용자 시트는 그대로 둡니다). 진행 중인 딜 {entered}건의 단계 진입일을 여기서 가져왔습니다.',
  },
  adoptStageHistorySkipped: {
    en: 'Not taken from "{sheet}": {list}.',
    ko: '"{sheet}"에서 옮기지 않은 행: {list}.',
  },
  adoptSkippedUnknownDeal: {
    en: '{count} {count|row names|rows name} no deal in the deals table',
    ko: '딜 표에 없는 딜 {count}건',
  },
  adoptSkippedUnreadable: {
    en: '{count} {count|row has|rows have} no readable date or stage',
    ko: '날짜나 단계를 읽을 수 없는 행 {count}건',
  },
  adoptSkippedRepeats: {
    en: '{count} {count|row repeats|rows repeat} the stage before it',
    ko: '바로 앞과 같은 단계의 반복 {count}건',
  },
} as const satisfies Record<string, Bilingual>;
