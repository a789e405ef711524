// The adoption report: what set-up decided about a user's deals table and why, as lines in the
// workbook's language (shown before anything changes) and as plain counts (npm start's summary.json).
import type { Lang } from '../i18n';
import { type StringKey, say, sayWith } from '../i18n';
import { type AdoptionPlan, type ConversionKind, conversionCounts } from './adoption-plan';
import { type CalendarDay, calendarDayText } from './date-text';
import type { ChoiceReason } from './table-finder';

export interface AdoptionReport {
  lang: Lang;
  /** The deals sheet as it was found, its 1-based header row and number of deals. */
  sheet: string;
  headerRow: number;
  deals: number;
  /** Why this sheet when several had deal headers; the others. */
  choice?: { reason: ChoiceReason | 'asked'; others: string[] };
  /** Our Deals sheet the rows were copied into (header not on row 1). */
  copiedTo?: string;
  /** Sheets of the user's under our names, and the sheet we use beside each. */
  beside: { name: string; ours: string }[];
  plan: AdoptionPlan;
  /** The user's header text per field, for naming columns in the report. */
  headers: Record<string, string>;
  statusFilled: number;
  namesFilled?: { count: number; from: string };
  enteredFilled?: { count: number; from: string };
  closedOnFilled?: { count: number; from: string };
  currency?: { code: string; source: 'data' | 'locale' };
  language?: { lang: Lang; source: 'headers' | 'locale' };
  baselines: number;
  /** A CRM's stage-history sheet read into History (see readStageHistory), with what it skipped. */
  stageHistory?: {
    sheet: string;
    rows: number;
    deals: number;
    unknownDeal: number;
    unreadable: number;
    repeats: number;
    /** Open deals whose blank Stage entered was taken from their last stage change there. */
    entered: number;
  };
}

const KIND_KEYS: Record<ConversionKind, StringKey> = {
  amount: 'adoptKindAmount',
  percent: 'adoptKindPercent',
  percentColumn: 'adoptKindPercentColumn',
  number: 'adoptKindNumber',
  date: 'adoptKindDate',
  status: 'adoptKindStatus',
};

const REASON_KEYS: Record<ChoiceReason | 'asked', StringKey | undefined> = {
  only: undefined,
  named: 'adoptReasonNamed',
  recent: 'adoptReasonRecent',
  rows: 'adoptReasonRows',
  first: 'adoptReasonFirst',
  asked: 'adoptReasonAsked',
};

function shown(v: unknown): string {
  // Stryker disable next-line ConditionalExpression: a conversion never holds null (it converts typed cells)
  if (typeof v === 'object' && v !== null && 'y' in v) return calendarDayText(v as CalendarDay);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
  return String(v);
}

/** The first five row numbers in sheet order, then "…". */
function someRows(rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  return sorted.length > 5 ? `${sorted.slice(0, 5).join(', ')}, …` : sorted.join(', ');
}

/** The report as lines in its language. */
export function adoptionReportLines(r: AdoptionReport): string[] {
  const { lang, plan } = r;
  const col = (field: string) => r.headers[field] ?? field;
  const lines = [say(lang, 'adoptSheet', { name: r.sheet, row: r.headerRow, deals: r.deals })];
  const reasonKey = r.choice && REASON_KEYS[r.choice.reason];
  if (r.choice && reasonKey && r.choice.others.length)
    lines.push(
      say(lang, 'adoptChoice', {
        others: r.choice.others.map((o) => `"${o}"`).join(', '),
        reason: sayWith(lang, reasonKey, {}),
      }),
    );
  if (r.copiedTo) lines.push(say(lang, 'adoptCopied', { name: r.copiedTo }));
  for (const b of r.beside) lines.push(say(lang, 'adoptBeside', b));
  for (const c of conversionCounts(plan)) {
    const first = plan.conversions.find((x) => x.field === c.field && x.kind === c.kind);
    // Stryker disable next-line ConditionalExpression: every count comes from a conversion of its field and kind
    if (!first) continue;
    lines.push(
      say(lang, 'adoptConverted', {
        column: col(c.field),
        count: c.count,
        kind: sayWith(lang, KIND_KEYS[c.kind], {}),
        row: first.row,
        from: shown(first.from),
        to: shown(first.to),
      }),
    );
  }
  for (const d of plan.dayOrders)
    lines.push(
      say(lang, 'adoptDayOrder', {
        column: col(d.field),
        order: say(lang, d.order === 'dmy' ? 'adoptOrderDmy' : 'adoptOrderMdy'),
        source: say(lang, d.source === 'data' ? 'adoptOrderData' : 'adoptOrderLocale'),
      }),
    );
  const { won, lost } = plan.outcomesInStage;
  if (won + lost > 0) lines.push(say(lang, 'adoptOutcomes', { won, lost }));
  if (r.statusFilled) lines.push(say(lang, 'adoptStatusFilled', { count: r.statusFilled }));
  if (r.namesFilled?.count) lines.push(say(lang, 'adoptNamesFilled', r.namesFilled));
  if (r.enteredFilled?.count) lines.push(say(lang, 'adoptEnteredFilled', r.enteredFilled));
  if (r.closedOnFilled?.count) lines.push(say(lang, 'adoptClosedOnFilled', r.closedOnFilled));
  if (plan.pipeline)
    lines.push(
      say(lang, 'adoptPipeline', {
        crm: plan.pipeline,
        list: plan.stages.map((s) => `${s.en} ${Math.round(s.probability * 100)}%`).join(', '),
      }),
    );
  if (plan.addedStages.length)
    lines.push(
      say(lang, 'adoptStagesAdded', { list: plan.addedStages.map((s) => s.en).join(', ') }),
    );
  const unreadable = new Map<string, number[]>();
  for (const u of plan.unreadable)
    unreadable.set(u.field, [...(unreadable.get(u.field) ?? []), u.row]);
  for (const [field, rows] of unreadable)
    lines.push(
      say(lang, 'adoptUnreadable', {
        column: col(field),
        count: rows.length,
        rows: someRows(rows),
      }),
    );
  if (r.currency)
    lines.push(
      say(lang, 'adoptCurrency', {
        code: r.currency.code,
        source: say(
          lang,
          r.currency.source === 'data' ? 'adoptCurrencyData' : 'adoptCurrencyLocale',
        ),
      }),
    );
  if (r.language)
    lines.push(
      say(r.language.lang, 'adoptLanguage', {
        source: say(
          r.language.lang,
          r.language.source === 'headers' ? 'adoptLanguageHeaders' : 'adoptLanguageLocale',
        ),
      }),
    );
  if (r.baselines) lines.push(say(lang, 'adoptBaseline', { count: r.baselines }));
  const h = r.stageHistory;
  if (h) {
    lines.push(say(lang, 'adoptStageHistory', h));
    const skipped = [
      h.unknownDeal ? say(lang, 'adoptSkippedUnknownDeal', { count: h.unknownDeal }) : '',
      h.unreadable ? say(lang, 'adoptSkippedUnreadable', { count: h.unreadable }) : '',
      h.repeats ? say(lang, 'adoptSkippedRepeats', { count: h.repeats }) : '',
    ].filter((part) => part !== '');
    if (skipped.length)
      lines.push(
        say(lang, 'adoptStageHistorySkipped', { sheet: h.sheet, list: skipped.join(', ') }),
      );
  }
  return lines;
}

/** The report as plain counts for a machine (npm start's summary.json): no per-cell lists. */
export function adoptionSummary(r: AdoptionReport): Record<string, unknown> {
  const { plan } = r;
  const unreadable: Record<string, number> = {};
  for (const u of plan.unreadable) unreadable[u.field] = (unreadable[u.field] ?? 0) + 1;
  return {
    sheet: r.sheet,
    headerRow: r.headerRow,
    deals: r.deals,
    ...(r.choice ? { choice: r.choice } : {}),
    ...(r.copiedTo ? { copiedTo: r.copiedTo } : {}),
    beside: r.beside,
    columns: r.headers,
    conversions: conversionCounts(plan),
    dayOrders: plan.dayOrders,
    outcomesInStage: plan.outcomesInStage,
    statusFilled: r.statusFilled,
    namesFilled: r.namesFilled?.count ?? 0,
    stageEnteredFilled: r.enteredFilled?.count ?? 0,
    closedOnFilled: r.closedOnFilled?.count ?? 0,
    pipeline: plan.pipeline ?? null,
    stages: plan.stages.map((s) => ({
      stage: s.en,
      probability: s.probability,
      stallDays: s.stallDays,
    })),
    stagesAdded: plan.addedStages.map((s) => s.en),
    unreadable,
    currency: r.currency ?? null,
    language: r.language ?? null,
    historyBaselines: r.baselines,
    stageHistory: r.stageHistory ?? null,
  };
}
