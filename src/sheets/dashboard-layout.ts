// The Dashboard sheet's content as one grid of labels, formulas and values, built from the add-on's
// own functions over the workbook's named ranges so users can read and copy every formula.

import { MODEL_ROWS } from '../core/forecast/model-sheet';
import { type Lang, type StringKey, say } from '../core/i18n';
import { SHEET_NAMES } from '../core/schema';
import { type Stage, saleStageCount } from '../core/stages';

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
    /** First of the two rows (month, quarter) comparing weighted and learned. */
    learnedFirstRow: number;
  };
}

const WIDTH = 10;

/** The dashboard's own strings (labels, verdicts, chart titles): none takes parameters. */
type DashboardKey = Extract<StringKey, `dashboard${string}`>;

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
 * Builds the dashboard grid. The stages size the funnel and say which steps can be the
 * bottleneck; `stalled` fills the per-owner table (owner text must already be made formula-safe
 * by the caller). `closedOn`: the Deals sheet has the Closed on column (its named range
 * `deals_closed_on`), so won-in-period figures use it.
 */
export function dashboardLayout(
  lang: Lang,
  stages: readonly Stage[],
  stalled: readonly OwnerStall[],
  currency: string,
  closedOn = true,
): DashboardLayout {
  const t = (k: DashboardKey) => say(lang, k);
  const stageCount = stages.length;
  const saleStages = saleStageCount(stages);
  const money = currencyFormat(currency);
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  const put = (cells: unknown[], fmt: string[] = []) => {
    rows.push([...cells, ...Array(WIDTH - cells.length).fill('')]);
    formats.push([...fmt, ...Array(WIDTH - fmt.length).fill('')]);
    return rows.length; // 1-based row just written
  };

  put([t('dashboardTitle')]);
  put([t('dashboardReportDate'), '=report_date'], ['', 'yyyy-mm-dd']);
  put([]);
  put([t('dashboardCoverage')]);
  // Without a target around report_date every figure of this block is blank and one line says why
  // (MAXIFS over no match gives 0, which a date format shows as 1899-12-30).
  const hasTarget = 'AND(N(period_start)>0, N(period_end)>0, N(target_amount)>0)';
  const rStart = put(
    [t('dashboardPeriodStart'), `=IF(${hasTarget}, period_start, "")`],
    ['', 'yyyy-mm-dd'],
  );
  const rEnd = put(
    [t('dashboardPeriodEnd'), `=IF(${hasTarget}, period_end, "")`],
    ['', 'yyyy-mm-dd'],
  );
  const s = a1(rStart, 2);
  const e = a1(rEnd, 2);
  const rTarget = put([t('dashboardTarget'), `=IF(${hasTarget}, target_amount, "")`], ['', money]);
  const target = a1(rTarget, 2);
  // Won deals count in the period of their Closed on; one without it by its Expected close (Check
  // data lists those). A whole day is compared, so a Closed on with a time on the last day counts.
  // Without the column (a sheet set up before it existed) Expected close stands for it, and the
  // second sum (blank and inside the period) is 0.
  const closed = closedOn ? 'deals_closed_on' : 'deals_expected_close';
  const within = (column: string) => `${column}, ">="&${s}, ${column}, "<"&(${e}+1)`;
  const wonIn = (label: string) =>
    `SUMIFS(deals_amount, deals_status, "${label}", ${within(closed)})+SUMIFS(deals_amount, deals_status, "${label}", ${closed}, "", ${within('deals_expected_close')})`;
  const rWon = put(
    [t('dashboardWon'), `=IF(${s}="", "", ${wonIn('Won')}+${wonIn('성사')})`],
    ['', money],
  );
  const rRemaining = put(
    [t('dashboardRemaining'), `=IF(${target}="", "", MAX(0, ${target}-${a1(rWon, 2)}))`],
    ['', money],
  );
  const remaining = a1(rRemaining, 2);
  const ratio = a1(rows.length + 1, 2); // the cell the coverage ratio goes into
  const rCoverage = put(
    [
      t('dashboardCoverageRatio'),
      `=IF(N(${remaining})>0, COVERAGE(deals_amount, ${remaining}, deals_status), "")`,
      `=IF(${ratio}="", "", IF(${ratio}<2, "${t('dashboardBelow')}", IF(${ratio}<=3, "${t('dashboardHealthy')}", "${t('dashboardAbove')}")))`,
    ],
    ['', '0.00"×"'],
  );
  put([t('dashboardGuide')]);
  const rChance = put(
    [
      t('dashboardChance'),
      `=IF(${remaining}="", "", IF(${remaining}>0, TARGET_PROBABILITY(deals_amount, deals_probability, ${remaining}, deals_status), 1))`,
      `=IF(${target}="", "${t('dashboardNoTarget')}", "")`,
    ],
    ['', '0%'],
  );
  const rPercentiles = put(['', 0.1, 0.5, 0.9], ['', '"P"0%', '"P"0%', '"P"0%']);
  const rRange = put(
    [
      t('dashboardRange'),
      `=FORECAST_RANGE(deals_amount, deals_probability, ${a1(rPercentiles, 2)}:${a1(rPercentiles, 4)}, deals_status)`,
    ],
    ['', money, money, money],
  );
  const rWin = put(
    [
      t('dashboardWinRate'),
      '=IFERROR(WINRATE(deals_status), "")',
      '=IFERROR(WINRATE(deals_status, deals_amount), "")',
    ],
    ['', '0%', '0%'],
  );
  put([]);

  put([t('dashboardForecast')]);
  put([t('dashboardMonth'), t('dashboardMonthEnd'), t('dashboardExpected')]);
  const forecastFirstRow = rows.length + 1;
  for (let m = 0; m < 3; m++) {
    const r = rows.length + 1;
    put(
      [
        `=EOMONTH(report_date, ${m - 1})+1`,
        `=EOMONTH(report_date, ${m})`,
        `=FORECAST_WEIGHTED(deals_amount, deals_probability, deals_expected_close, ${a1(r, 1)}, ${a1(r, 2)}, deals_status${closedOn ? ', deals_closed_on' : ''})`,
      ],
      ['yyyy-mm', 'yyyy-mm-dd', money],
    );
  }
  put([]);

  // The funnel spills from its formula cell: header row + one row per stage, 4 columns.
  put([t('dashboardFunnel')]);
  const rFunnel = put(['=FUNNEL(deals_stage, deals_status, stage_labels)']);
  for (let i = 0; i < stageCount; i++) put([], ['', '0', '0%', '0%']);
  const first = rFunnel + 1;
  // The bottleneck is the weakest step between two stages before the sale: the last stage's
  // conversion is blank, and the step into a stage after the sale (Retention) is not a sales step.
  const last = rFunnel + Math.max(1, saleStages - 1);
  const rBottleneck = put([
    t('dashboardBottleneck'),
    `=IFERROR(INDEX(A${first}:A${last}, MATCH(MIN(C${first}:C${last}), C${first}:C${last}, 0)), "")`,
  ]);
  put([]);

  // Figures that need the whole History: values on the Forecast model sheet, with their date.
  const model = (row: number, col: string) =>
    `=IFERROR('${SHEET_NAMES.forecastModel[lang]}'!${col}${row}, "")`;
  put([t('dashboardLearnedVs')]);
  put([t('dashboardFittedOn'), model(MODEL_ROWS.fitted, 'B')]);
  put([
    t('dashboardPeriod'),
    t('dashboardWeightedTyped'),
    t('dashboardLearned'),
    'P10',
    'P90',
    t('dashboardMapeWeighted'),
    t('dashboardMapeLearned'),
    t('dashboardCoverageLearned'),
    t('dashboardLearnedFigure'),
  ]);
  const learnedFirstRow = rows.length + 1;
  for (const r of [MODEL_ROWS.month, MODEL_ROWS.quarter])
    put(
      [
        model(r, 'A'),
        model(r, 'D'),
        model(r, 'E'),
        model(r, 'G'),
        model(r, 'I'),
        model(MODEL_ROWS.weighted, 'B'),
        model(MODEL_ROWS.learned, 'B'),
        model(MODEL_ROWS.learned, 'D'),
        model(r, 'M'),
      ],
      ['', money, money, money, money, '0.0%', '0.0%', '0%', '@'],
    );
  put([]);

  put([t('dashboardStalled')]);
  put([t('dashboardOwner'), t('dashboardStalledCount'), t('dashboardStalledAmount')]);
  const stalledFirstRow = rows.length + 1;
  if (stalled.length === 0) put([t('dashboardNoStalled')]);
  for (const o of stalled) put([o.owner, o.deals, o.amount], ['@', '0', money]);

  return {
    values: rows,
    formats,
    charts: [
      {
        title: t('dashboardFunnel'),
        range: `A${rFunnel}:B${rFunnel + stageCount}`,
        kind: 'bar',
        anchorRow: 4,
        anchorColumn: 6,
      },
      {
        title: t('dashboardForecast'),
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
      learnedFirstRow,
    },
  };
}
