// The strings table's part for custom functions: argument errors shown in cells, table headers.
// A custom function cannot know the reader's language, so these are shown in both (bothLanguages).
import type { Bilingual } from '../lang';

export const CELL_STRINGS = {
  cellArgRow: {
    en: '{arg} row {row}',
    ko: '{arg} {row}행',
  },
  cellArgColumn: {
    en: '{arg} column {column}',
    ko: '{arg} {column}열',
  },
  cellNotOneColumn: {
    en: 'is {rows}×{columns} cells — pick a single column',
    ko: '범위가 {rows}×{columns}칸입니다 — 한 열만 선택하세요',
  },
  cellNotSingle: {
    en: 'must be a single cell, not a range',
    ko: '범위가 아니라 셀 하나여야 합니다',
  },
  cellRowsDiffer: {
    en: 'has {rows} rows but {other} has {otherRows} — pick ranges of the same rows',
    ko: '{rows}행인데 {other}는 {otherRows}행입니다 — 같은 행 범위를 선택하세요',
  },
  cellNegativeAmount: {
    en: 'is {value} — amounts cannot be negative',
    ko: '값 {value} — 금액은 음수일 수 없습니다',
  },
  cellNotAmount: {
    en: 'is {value} — write a number (blank counts as 0)',
    ko: '값 {value} — 숫자를 입력하세요 (빈 칸은 0)',
  },
  cellNotStatus: {
    en: 'is {value} — write Open, Won or Lost (진행, 성사, 실패)',
    ko: '값 {value} — 진행, 성사, 실패 (Open, Won, Lost) 중 하나를 입력하세요',
  },
  cellNotPositiveNumber: {
    en: 'is {value} — write a number greater than 0',
    ko: '값 {value} — 0보다 큰 숫자를 입력하세요',
  },
  cellNotPositive: {
    en: 'is {value} — it must be greater than 0',
    ko: '값 {value} — 0보다 커야 합니다',
  },
  cellPercentAsNumber: {
    en: 'is {value} — write {value}% ({fraction})',
    ko: '값 {value} — {value}% ({fraction})로 입력하세요',
  },
  cellNegativeProbability: {
    en: 'is {value} — write a probability from 0% to 100%',
    ko: '값 {value} — 0%에서 100% 사이의 확률을 입력하세요',
  },
  cellNotProbability: {
    en: 'is {value} — write a probability such as 40% (0.4)',
    ko: '값 {value} — 40% (0.4)처럼 확률을 입력하세요',
  },
  cellBlankProbability: {
    en: 'is blank on an open deal — write its win probability (e.g. 40%), or pass a column that fills blanks with the stage default',
    ko: '값이 진행 중인 딜에서 비어 있습니다 — 승률(예: 40%)을 입력하거나 빈 칸을 단계 기본값으로 채운 열을 지정하세요',
  },
  cellNotDate: {
    en: 'is {value} — write a date such as 2026-03-31',
    ko: '값 {value} — 2026-03-31처럼 날짜를 입력하세요',
  },
  cellBlankDate: {
    en: 'is blank — write a date such as 2026-03-31 or point to the report_date cell',
    ko: '값이 비어 있습니다 — 2026-03-31처럼 날짜를 입력하거나 report_date 셀을 지정하세요',
  },
  cellEndBeforeStart: {
    en: 'is before period_start — write an end date on or after the start',
    ko: '값이 period_start보다 앞입니다 — 시작일과 같거나 뒤인 종료일을 입력하세요',
  },
  cellNotPercentile: {
    en: 'is {value} — write a percentile between 0% and 100%, such as 10% (0.1)',
    ko: '값 {value} — 10% (0.1)처럼 0%와 100% 사이의 백분위를 입력하세요',
  },
  cellNotErrorRatio: {
    en: 'is {value} — write a past ratio of actual ÷ forecast above 0, such as 0.85 or 1.2',
    ko: '값 {value} — 0.85나 1.2처럼 0보다 큰 과거의 실제 ÷ 예측 비율을 입력하세요',
  },
  cellNothingClosed: {
    en: 'has no Won or Lost rows — nothing is closed yet, so there is no win rate',
    ko: '성사나 실패인 행이 없습니다 — 아직 종료된 딜이 없어 승률을 계산할 수 없습니다',
  },
  cellClosedAmountZero: {
    en: 'add up to 0 on the Won and Lost rows — write their amounts, or leave amounts out to count deals',
    ko: '성사·실패 행의 합계가 0입니다 — 금액을 입력하거나 amounts를 빼고 딜 수로 계산하세요',
  },
  cellBlankFromStage: {
    en: 'is blank — write the stage to convert from, such as Proposal',
    ko: '값이 비어 있습니다 — 제안 및 견적처럼 시작 단계를 입력하세요',
  },
  cellWonAsFromStage: {
    en: 'is {value} — Won can only be to_stage; write a stage here',
    ko: '값 {value} — 성사는 to_stage에만 쓸 수 있습니다. 여기에는 단계를 입력하세요',
  },
  cellLastStage: {
    en: 'is blank and {stage} is the last stage — write the stage to convert to, or "Won"',
    ko: '값이 비어 있고 {stage}은 마지막 단계입니다 — 도착 단계나 "성사"를 입력하세요',
  },
  cellWonWithoutStatuses: {
    en: 'is {value} — give the statuses argument too, so Won deals can be counted',
    ko: '값 {value} — 성사한 딜을 셀 수 있도록 statuses 인수도 지정하세요',
  },
  cellStagesSwapped: {
    en: 'is {value}, which comes before from_stage {stage} — swap them',
    ko: '값 {value}은 from_stage {stage}보다 앞 단계입니다 — 두 값을 바꾸세요',
  },
  cellNotReached: {
    en: 'is {value} — no deal has reached it yet, so there is nothing to convert',
    ko: '값 {value} — 아직 이 단계에 도달한 딜이 없어 전환율을 계산할 수 없습니다',
  },
  cellNotStageName: {
    en: 'is {value} — write a stage name such as Proposal',
    ko: '값 {value} — 제안 및 견적처럼 단계 이름을 입력하세요',
  },
  cellStatusAsStage: {
    en: 'is {value} — that is a status, not a stage; list stages only',
    ko: '값 {value} — 상태 값입니다. 단계만 나열하세요',
  },
  cellStageTwice: {
    en: 'is {value}, the same stage as row {first} — list each stage once',
    ko: '값 {value}은 {first}행과 같은 단계입니다 — 단계마다 한 번만 나열하세요',
  },
  cellNoStages: {
    en: 'has no stage names — pick the range that lists your stages in order',
    ko: '단계 이름이 없습니다 — 단계를 순서대로 나열한 범위를 선택하세요',
  },
  cellUnknownStage: {
    en: 'is {value} — write one of {stages}',
    ko: '값 {value} — 다음 중 하나를 입력하세요: {stages}',
  },
  cellStageMissing: {
    en: 'is blank but the deal has status {status} — write its stage',
    ko: '값이 비어 있지만 상태가 {status}입니다 — 단계를 입력하세요',
  },
  funnelStage: {
    en: 'Stage',
    ko: '단계',
  },
  funnelReached: {
    en: 'Reached',
    ko: '도달',
  },
  funnelConversion: {
    en: 'Conversion to next',
    ko: '다음 단계 전환율',
  },
  funnelCumulative: {
    en: 'Cumulative',
    ko: '누적 전환율',
  },
} as const satisfies Record<string, Bilingual>;
