// The strings table's part for the Dashboard sheet: its labels, verdicts, chart titles and toast.
import type { Bilingual } from '../lang';

export const DASHBOARD_STRINGS = {
  dashboardTitle: {
    en: 'Pipeline dashboard',
    ko: '파이프라인 대시보드',
  },
  dashboardRefreshed: {
    en: 'Dashboard refreshed.',
    ko: '대시보드를 새로 고쳤습니다.',
  },
  dashboardRefreshedTitle: {
    en: 'Pipeline',
    ko: 'Pipeline',
  },
  dashboardReportDate: {
    en: 'Report date',
    ko: '기준일',
  },
  dashboardCoverage: {
    en: 'Coverage this period',
    ko: '이번 기간 커버리지',
  },
  dashboardPeriodStart: {
    en: 'Period start',
    ko: '기간 시작',
  },
  dashboardPeriodEnd: {
    en: 'Period end',
    ko: '기간 종료',
  },
  dashboardTarget: {
    en: 'Target',
    ko: '목표',
  },
  dashboardWon: {
    en: 'Won in period',
    ko: '기간 내 성사',
  },
  dashboardRemaining: {
    en: 'Still to win',
    ko: '남은 목표',
  },
  dashboardCoverageRatio: {
    en: 'Coverage (open pipeline ÷ still to win)',
    ko: '커버리지 (진행 중 파이프라인 ÷ 남은 목표)',
  },
  dashboardGuide: {
    en: '2–3× is the usual healthy range',
    ko: '2~3배가 일반적인 적정 범위입니다',
  },
  dashboardBelow: {
    en: 'below the 2× guide',
    ko: '2배 미만: 파이프라인 부족',
  },
  dashboardHealthy: {
    en: 'within the 2–3× guide',
    ko: '2~3배: 적정',
  },
  dashboardAbove: {
    en: 'above 3×: check deal quality',
    ko: '3배 초과: 딜 품질 점검',
  },
  dashboardChance: {
    en: 'Chance of reaching the target',
    ko: '목표 달성 확률',
  },
  dashboardNoTarget: {
    en: 'No target covers this date: add a period start, end and amount under Targets in Settings.',
    ko: '이 날짜의 목표가 없습니다. 설정 시트의 목표 표에 기간 시작, 종료, 금액을 입력하세요.',
  },
  dashboardRange: {
    en: 'Open pipeline outcome (P10 / P50 / P90)',
    ko: '진행 중 딜 예상 성과 (P10 / P50 / P90)',
  },
  dashboardWinRate: {
    en: 'Win rate (count / value)',
    ko: '성사율 (건수 / 금액)',
  },
  dashboardForecast: {
    en: 'Weighted forecast by month',
    ko: '월별 가중 예측',
  },
  dashboardMonth: {
    en: 'Month',
    ko: '월',
  },
  dashboardMonthEnd: {
    en: 'Month end',
    ko: '월말',
  },
  dashboardExpected: {
    en: 'Expected revenue',
    ko: '예상 매출',
  },
  dashboardFunnel: {
    en: 'Conversion funnel',
    ko: '전환 퍼널',
  },
  dashboardBottleneck: {
    en: 'Bottleneck stage (lowest conversion to next)',
    ko: '병목 단계 (다음 단계 전환율 최저)',
  },
  dashboardLearnedVs: {
    en: 'Weighted vs learned forecast (values the daily job writes on Forecast model)',
    ko: '가중 예측과 학습 예측 비교 (매일 작업이 예측 모델 시트에 쓰는 값)',
  },
  dashboardFittedOn: {
    en: 'Fitted as of',
    ko: '적합 기준일',
  },
  dashboardPeriod: {
    en: 'Period',
    ko: '기간',
  },
  dashboardWeightedTyped: {
    en: 'Weighted (typed)',
    ko: '가중 (입력 확률)',
  },
  dashboardLearned: {
    en: 'Learned',
    ko: '학습',
  },
  dashboardMapeWeighted: {
    en: 'Backtest MAPE, weighted',
    ko: '백테스트 MAPE (가중)',
  },
  dashboardMapeLearned: {
    en: 'Backtest MAPE, learned',
    ko: '백테스트 MAPE (학습)',
  },
  dashboardCoverageLearned: {
    en: 'P10–P90 held the actual',
    ko: 'P10–P90 적중률',
  },
  dashboardLearnedFigure: {
    en: 'What Learned is',
    ko: '학습 예측 구성',
  },
  forecastVerdict: {
    en: 'Learned = {share} learned rates + the rest weighted: over {n} earlier {unit} the learned rates missed by {learned} (MAPE), the weighted by {weighted}',
    ko: '학습 = 학습 확률 {share} + 나머지 가중: 이전 {n}{unit} 오차(MAPE) 학습 확률 {learned}, 가중 {weighted}',
  },
  forecastUnjudged: {
    en: 'Learned = weighted: no earlier forecast yet to judge the learned rates on',
    ko: '학습 = 가중: 학습 확률을 평가할 이전 예측이 아직 없음',
  },
  forecastScaled: {
    en: 'Open deals sit in their Stage today; a stage that learned nothing takes its days’ (stage unknown) rate × typed ÷ those deals’ amount-weighted typed (≤ 100%), keeping the total the backtest scored.',
    ko: '진행 딜은 오늘의 단계에 놓입니다. 학습 없는 단계는 같은 일수의 (단계 모름) 비율 × 입력 확률 ÷ 그 딜들의 금액 가중 입력 확률(≤ 100%): 백테스트가 평가한 합계 그대로.',
  },
  dashboardStalled: {
    en: 'Stalled deals per owner (at last refresh)',
    ko: '담당자별 정체 딜 (마지막 갱신 기준)',
  },
  dashboardOwner: {
    en: 'Owner',
    ko: '담당자',
  },
  dashboardStalledCount: {
    en: 'Stalled deals',
    ko: '정체 딜 수',
  },
  dashboardStalledAmount: {
    en: 'Stalled amount',
    ko: '정체 금액',
  },
  dashboardNoStalled: {
    en: 'No stalled deals',
    ko: '정체된 딜이 없습니다',
  },
} as const satisfies Record<string, Bilingual>;
