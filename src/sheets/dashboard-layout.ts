// The Dashboard sheet's content as one grid of labels, formulas and values, built from the add-on's
// own functions over the workbook's named ranges so users can read and copy every formula.
import type { Lang } from '../core/i18n';

export interface OwnerStall {
  owner: string;
  deals: number;
  amount: number;
}

export interface DashboardLayout {
  /** Rows of cells; strings starting with "=" are formulas. */
  values: unknown[][];
  /** Number formats, same shape as values ('' = leave as is). */
  formats: string[][];
  /** Charts to build: title and the A1 range of their data. */
  charts: {
    title: string;
    range: string;
    kind: 'bar' | 'column';
    anchorRow: number;
    anchorColumn: number;
  }[];
  /** Where things are, for tests and for people reading the code. */
  cells: {
    target: string;
    won: string;
    remaining: string;
    coverage: string;
    targetProbability: string;
    range: string;
    winRate: string;
    forecastFirstRow: number;
    funnel: string;
    bottleneck: string;
    stalledFirstRow: number;
  };
}

const WIDTH = 10;

const L = {
  title: { en: 'Pipeline dashboard', ko: '파이프라인 대시보드' },
  reportDate: { en: 'Report date', ko: '기준일' },
  coverage: { en: 'Coverage this period', ko: '이번 기간 커버리지' },
  periodStart: { en: 'Period start', ko: '기간 시작' },
  periodEnd: { en: 'Period end', ko: '기간 종료' },
  target: { en: 'Target', ko: '목표' },
  won: { en: 'Won in period', ko: '기간 내 성사' },
  remaining: { en: 'Still to win', ko: '남은 목표' },
  coverageRatio: {
    en: 'Coverage (open pipeline ÷ still to win)',
    ko: '커버리지 (진행 중 파이프라인 ÷ 남은 목표)',
  },
  guide: { en: '2–3× is the usual healthy range', ko: '2~3배가 일반적인 적정 범위입니다' },
  below: { en: 'below the 2× guide', ko: '2배 미만: 파이프라인 부족' },
  healthy: { en: 'within the 2–3× guide', ko: '2~3배: 적정' },
  above: { en: 'above 3×: check deal quality', ko: '3배 초과: 딜 품질 점검' },
  chance: { en: 'Chance of reaching the target', ko: '목표 달성 확률' },
  range: {
    en: 'Open pipeline outcome (P10 / P50 / P90)',
    ko: '진행 중 딜 예상 성과 (P10 / P50 / P90)',
  },
  winRate: { en: 'Win rate (count / value)', ko: '성사율 (건수 / 금액)' },
  forecast: { en: 'Weighted forecast by month', ko: '월별 가중 예측' },
  month: { en: 'Month', ko: '월' },
  monthEnd: { en: 'Month end', ko: '월말' },
  expected: { en: 'Expected revenue', ko: '예상 매출' },
  funnel: { en: 'Conversion funnel', ko: '전환 퍼널' },
  bottleneck: {
    en: 'Bottleneck stage (lowest conversion to next)',
    ko: '병목 단계 (다음 단계 전환율 최저)',
  },
  stalled: {
    en: 'Stalled deals per owner (at last refresh)',
    ko: '담당자별 정체 딜 (마지막 갱신 기준)',
  },
  owner: { en: 'Owner', ko: '담당자' },
  count: { en: 'Stalled deals', ko: '정체 딜 수' },
  amount: { en: 'Stalled amount', ko: '정체 금액' },
  none: { en: 'No stalled deals', ko: '정체된 딜이 없습니다' },
} as const;

function a1(row: number, col: number): string {
  return `${String.fromCharCode(64 + col)}${row}`;
}

/** Money format for the sheet's currency: ₩ without decimals for KRW. */
export function currencyFormat(currency: string): string {
  if (currency === 'KRW') return '"₩"#,##0';
  if (currency === 'JPY') return '"¥"#,##0';
  if (currency === 'USD') return '"$"#,##0.00';
  if (currency === 'EUR') return '"€"#,##0.00';
  return `#,##0.00 "${currency}"`;
}

/**
 * Builds the dashboard grid. `stageCount` sizes the funnel; `stalled` fills the per-owner table
 * (owner text must already be made formula-safe by the caller).
 */
export function dashboardLayout(
  lang: Lang,
  stageCount: number,
  stalled: readonly OwnerStall[],
  currency: string,
): DashboardLayout {
  const t = (k: keyof typeof L) => L[k][lang];
  const money = currencyFormat(currency);
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  const put = (cells: unknown[], fmt: string[] = []) => {
    rows.push([...cells, ...Array(WIDTH - cells.length).fill('')]);
    formats.push([...fmt, ...Array(WIDTH - fmt.length).fill('')]);
    return rows.length; // 1-based row just written
  };

  put([t('title')]);
  put([t('reportDate'), '=report_date'], ['', 'yyyy-mm-dd']);
  put([]);
  put([t('coverage')]);
  const rStart = put([t('periodStart'), '=period_start'], ['', 'yyyy-mm-dd']);
  const rEnd = put([t('periodEnd'), '=period_end'], ['', 'yyyy-mm-dd']);
  const s = a1(rStart, 2);
  const e = a1(rEnd, 2);
  const rTarget = put([t('target'), '=target_amount'], ['', money]);
  const wonIn = (label: string) =>
    `SUMIFS(deals_amount, deals_status, "${label}", deals_expected_close, ">="&${s}, deals_expected_close, "<="&${e})`;
  const rWon = put([t('won'), `=IF(${s}="", 0, ${wonIn('Won')}+${wonIn('성사')})`], ['', money]);
  const rRemaining = put(
    [t('remaining'), `=MAX(0, ${a1(rTarget, 2)}-${a1(rWon, 2)})`],
    ['', money],
  );
  const remaining = a1(rRemaining, 2);
  const ratio = a1(rows.length + 1, 2); // the cell the coverage ratio goes into
  const rCoverage = put(
    [
      t('coverageRatio'),
      `=IF(${remaining}>0, COVERAGE(deals_amount, ${remaining}, deals_status), "")`,
      `=IF(${ratio}="", "", IF(${ratio}<2, "${t('below')}", IF(${ratio}<=3, "${t('healthy')}", "${t('above')}")))`,
    ],
    ['', '0.00"×"'],
  );
  put([t('guide')]);
  const rChance = put(
    [
      t('chance'),
      `=IF(${remaining}>0, TARGET_PROBABILITY(deals_amount, deals_probability, ${remaining}, deals_status), 1)`,
    ],
    ['', '0%'],
  );
  const rPercentiles = put(['', 0.1, 0.5, 0.9], ['', '"P"0%', '"P"0%', '"P"0%']);
  const rRange = put(
    [
      t('range'),
      `=FORECAST_RANGE(deals_amount, deals_probability, ${a1(rPercentiles, 2)}:${a1(rPercentiles, 4)}, deals_status)`,
    ],
    ['', money, money, money],
  );
  const rWin = put(
    [
      t('winRate'),
      '=IFERROR(WINRATE(deals_status), "")',
      '=IFERROR(WINRATE(deals_status, deals_amount), "")',
    ],
    ['', '0%', '0%'],
  );
  put([]);

  put([t('forecast')]);
  put([t('month'), t('monthEnd'), t('expected')]);
  const forecastFirstRow = rows.length + 1;
  for (let m = 0; m < 3; m++) {
    const r = rows.length + 1;
    put(
      [
        `=EOMONTH(report_date, ${m - 1})+1`,
        `=EOMONTH(report_date, ${m})`,
        `=FORECAST_WEIGHTED(deals_amount, deals_probability, deals_expected_close, ${a1(r, 1)}, ${a1(r, 2)}, deals_status)`,
      ],
      ['yyyy-mm', 'yyyy-mm-dd', money],
    );
  }
  put([]);

  // The funnel spills from its formula cell: header row + one row per stage, 4 columns.
  put([t('funnel')]);
  const rFunnel = put(['=FUNNEL(deals_stage, deals_status, stage_labels)']);
  for (let i = 0; i < stageCount; i++) put([], ['', '0', '0%', '0%']);
  const first = rFunnel + 1;
  // Blank on the last stage, and the step into the last stage (retention) happens after the sale.
  const last = rFunnel + Math.max(1, stageCount - 2);
  const rBottleneck = put([
    t('bottleneck'),
    `=IFERROR(INDEX(A${first}:A${last}, MATCH(MIN(C${first}:C${last}), C${first}:C${last}, 0)), "")`,
  ]);
  put([]);

  put([t('stalled')]);
  put([t('owner'), t('count'), t('amount')]);
  const stalledFirstRow = rows.length + 1;
  if (stalled.length === 0) put([t('none')]);
  for (const o of stalled) put([o.owner, o.deals, o.amount], ['@', '0', money]);

  return {
    values: rows,
    formats,
    charts: [
      {
        title: t('funnel'),
        range: `A${rFunnel}:B${rFunnel + stageCount}`,
        kind: 'bar',
        anchorRow: 4,
        anchorColumn: 6,
      },
      {
        title: t('forecast'),
        range: `A${forecastFirstRow - 1}:C${forecastFirstRow + 2}`,
        kind: 'column',
        anchorRow: 22,
        anchorColumn: 6,
      },
    ],
    cells: {
      target: a1(rTarget, 2),
      won: a1(rWon, 2),
      remaining,
      coverage: a1(rCoverage, 2),
      targetProbability: a1(rChance, 2),
      range: a1(rRange, 2),
      winRate: a1(rWin, 2),
      forecastFirstRow,
      funnel: a1(rFunnel, 1),
      bottleneck: a1(rBottleneck, 2),
      stalledFirstRow,
    },
  };
}
