// The adoption plan for a deals table the add-on did not create: every cell it will convert (text
// amounts, percents, dates, outcome words), every blank it will fill, the stages it will use, and
// every cell it leaves as typed because no reading is certain. Pure: an adapter applies it in one batch.
import { findStage, STATUS_LABELS, type Stage, type Status } from '../stages';
import { readAmountText, readNumberText, readPercentText } from './amount-text';
import { findPipelineStage, insertUnknownStages, recognisePipeline } from './crm-pipelines';
import {
  type CalendarDay,
  type DayOrder,
  inferDayOrder,
  localeDayOrder,
  readDateText,
} from './date-text';
import { isClosedOutcome, outcomeWord } from './outcomes';

/** What a recognised column holds, as the plan reads it. */
export type PlanKind =
  | 'id'
  | 'text'
  | 'email'
  | 'stage'
  | 'status'
  | 'amount'
  | 'probability'
  | 'date';

export interface PlanColumn {
  field: string;
  kind: PlanKind;
  /** 0-based column index in the sheet. */
  index: number;
}

export interface AdoptionInput {
  values: readonly (readonly unknown[])[];
  /** 0-based index of the header row in `values`. */
  headerRow: number;
  columns: readonly PlanColumn[];
  /** The stages Settings has now. */
  stages: readonly Stage[];
  /** True when Settings is new or still has the default stages: a known CRM pipeline may replace them. */
  stagesReplaceable: boolean;
  locale: string;
  /** Number format of the amount column's first data cell (currency signs in it name the currency). */
  amountFormat?: string;
}

export type ConversionKind = 'amount' | 'percent' | 'percentColumn' | 'number' | 'date' | 'status';

/** A user's cell converted in place to an equal value. */
export interface Conversion {
  /** 1-based sheet row. */
  row: number;
  /** 0-based column index. */
  column: number;
  field: string;
  kind: ConversionKind;
  from: unknown;
  to: number | string | CalendarDay;
}

/** A blank cell filled because another cell of the row says what it is (Won in the stage column). */
export interface Fill {
  row: number;
  column: number;
  field: string;
  value: string | Date;
}

/** A cell left as typed because no reading is certain; Check data flags it. */
export interface Unreadable {
  row: number;
  column: number;
  field: string;
  value: unknown;
}

export interface AdoptionPlan {
  deals: number;
  conversions: Conversion[];
  fills: Fill[];
  unreadable: Unreadable[];
  /** Day/month order used per date column with year-last dates, and where it came from. */
  dayOrders: { field: string; order: DayOrder; source: 'data' | 'locale' }[];
  /** The currency the amounts name (signs, 원, number format), when they name exactly one. */
  currency?: string;
  /** The known CRM whose default pipeline replaces the stages, if any. */
  pipeline?: string;
  /** The stages Settings should have after adoption. */
  stages: Stage[];
  /** Stages the data uses that were added to them. */
  addedStages: Stage[];
  /** Deals whose outcome was written in the stage column. */
  outcomesInStage: { won: number; lost: number };
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

function isDate(v: unknown): boolean {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A status label in the language of the word it replaces (수주 → 성사, closedwon → Won). */
function statusLabel(status: Status, word: string): string {
  return STATUS_LABELS[status][/[\uac00-\ud7a3]/.test(word) ? 'ko' : 'en'];
}

/** The currency a number format shows ("₩#,##0", "[$$-409]#,##0.00", "#,##0\"원\""), if one. */
export function currencyOfFormat(format: string | undefined): string | undefined {
  // Stryker disable next-line ConditionalExpression: a missing format matches no sign below either
  if (!format) return undefined;
  if (/[₩￦]|원/.test(format)) return 'KRW';
  if (/€/.test(format)) return 'EUR';
  if (/£/.test(format)) return 'GBP';
  if (/¥/.test(format)) return 'JPY';
  if (/\$/.test(format)) return 'USD';
  return undefined;
}

/** Rows under the header that hold anything, as [0-based index, row]. */
function dataRows(input: AdoptionInput): [number, readonly unknown[]][] {
  const out: [number, readonly unknown[]][] = [];
  for (let r = input.headerRow + 1; r < input.values.length; r++) {
    const row = input.values[r];
    if (row.some((v) => !isBlank(v))) out.push([r, row]);
  }
  return out;
}

function planAmounts(
  col: PlanColumn,
  rows: [number, readonly unknown[]][],
  plan: AdoptionPlan,
  currencies: Set<string>,
): void {
  for (const [r, row] of rows) {
    const v = row[col.index];
    if (typeof v !== 'string' || v.trim() === '') continue;
    const reading = readAmountText(v);
    if (!reading) {
      plan.unreadable.push({ row: r + 1, column: col.index, field: col.field, value: v });
      continue;
    }
    if (reading.currency) currencies.add(reading.currency);
    plan.conversions.push({
      row: r + 1,
      column: col.index,
      field: col.field,
      kind: 'amount',
      from: v,
      to: reading.value,
    });
  }
}

/**
 * Probabilities: "35%" is 0.35 anywhere; a column whose numbers are all within 0–100 with some
 * above 1 is a percent column (50 → 50%); numbers typed as text are read as numbers.
 */
function planProbabilities(
  col: PlanColumn,
  rows: [number, readonly unknown[]][],
  plan: AdoptionPlan,
): void {
  const numbers: { r: number; v: unknown; n: number }[] = [];
  for (const [r, row] of rows) {
    const v = row[col.index];
    if (typeof v === 'number') numbers.push({ r, v, n: v });
    else if (typeof v === 'string' && v.trim() !== '') {
      const pct = readPercentText(v);
      if (pct !== undefined) {
        plan.conversions.push({
          row: r + 1,
          column: col.index,
          field: col.field,
          kind: 'percent',
          from: v,
          to: pct,
        });
        continue;
      }
      const n = readNumberText(v);
      if (n === undefined)
        plan.unreadable.push({ row: r + 1, column: col.index, field: col.field, value: v });
      else numbers.push({ r, v, n });
    }
  }
  const percentColumn =
    numbers.some((x) => x.n > 1) && numbers.every((x) => x.n >= 0 && x.n <= 100);
  for (const { r, v, n } of numbers) {
    if (percentColumn)
      plan.conversions.push({
        row: r + 1,
        column: col.index,
        field: col.field,
        kind: 'percentColumn',
        from: v,
        to: Number((n / 100).toPrecision(15)),
      });
    else if (typeof v === 'string') {
      if (n >= 0 && n <= 1)
        plan.conversions.push({
          row: r + 1,
          column: col.index,
          field: col.field,
          kind: 'number',
          from: v,
          to: n,
        });
      else plan.unreadable.push({ row: r + 1, column: col.index, field: col.field, value: v });
    }
  }
}

function planDates(
  col: PlanColumn,
  rows: [number, readonly unknown[]][],
  plan: AdoptionPlan,
  locale: string,
): void {
  const texts: { r: number; v: string }[] = [];
  for (const [r, row] of rows) {
    const v = row[col.index];
    if (typeof v === 'string') {
      // A cell of spaces is as blank as an empty one.
      if (v.trim() !== '') texts.push({ r, v });
    } else if (!isBlank(v) && !isDate(v))
      plan.unreadable.push({ row: r + 1, column: col.index, field: col.field, value: v });
  }
  // Stryker disable next-line ConditionalExpression: no texts infer no order and convert nothing anyway
  if (texts.length === 0) return;
  // A column repeats the same few hundred days: each distinct text is read once.
  const distinct = new Set(texts.map((t) => t.v));
  const inferred = inferDayOrder(distinct);
  let order: DayOrder | undefined;
  if (inferred === 'dmy' || inferred === 'mdy') {
    order = inferred;
    plan.dayOrders.push({ field: col.field, order, source: 'data' });
  } else if (inferred === undefined) {
    order = localeDayOrder(locale);
    if (texts.some((t) => /^\s*\d{1,2}\s*[-./]/.test(t.v)))
      plan.dayOrders.push({ field: col.field, order, source: 'locale' });
  }
  // On 'conflict' (14/03 and 03/14 in one column) only dates that need no order are read.
  const read = new Map<string, CalendarDay | undefined>();
  for (const v of distinct) read.set(v, readDateText(v, order));
  for (const { r, v } of texts) {
    const day = read.get(v);
    if (day)
      plan.conversions.push({
        row: r + 1,
        column: col.index,
        field: col.field,
        kind: 'date',
        from: v,
        to: day,
      });
    else plan.unreadable.push({ row: r + 1, column: col.index, field: col.field, value: v });
  }
}

/** Status words (Closed Won, 수주, won …) become the status labels; blank statuses take a stage outcome. */
function planStatuses(
  stageCol: PlanColumn | undefined,
  statusCol: PlanColumn | undefined,
  rows: [number, readonly unknown[]][],
  plan: AdoptionPlan,
): void {
  for (const [r, row] of rows) {
    // Stryker disable next-line StringLiteral: any text that is not an outcome word reads the same
    const stageText = stageCol ? row[stageCol.index] : '';
    const stageOutcome = isClosedOutcome(stageText) ? outcomeWord(stageText) : undefined;
    if (stageOutcome === 'won') plan.outcomesInStage.won++;
    if (stageOutcome === 'lost') plan.outcomesInStage.lost++;
    if (!statusCol) continue;
    const v = row[statusCol.index];
    if (isBlank(v) || (typeof v === 'string' && v.trim() === '')) {
      if (stageOutcome)
        plan.fills.push({
          row: r + 1,
          column: statusCol.index,
          field: statusCol.field,
          value: statusLabel(stageOutcome, String(stageText)),
        });
      continue;
    }
    const status = outcomeWord(v);
    if (!status) {
      plan.unreadable.push({
        row: r + 1,
        column: statusCol.index,
        field: statusCol.field,
        value: v,
      });
      continue;
    }
    // A status label in either language stays as typed.
    if (v !== STATUS_LABELS[status].en && v !== STATUS_LABELS[status].ko)
      plan.conversions.push({
        row: r + 1,
        column: statusCol.index,
        field: statusCol.field,
        kind: 'status',
        from: v,
        to: statusLabel(status, String(v)),
      });
  }
}

/** The stages to use: a known CRM's pipeline when the data is one, else the current ones plus the data's unknown stages. */
function planStages(
  input: AdoptionInput,
  stageCol: PlanColumn | undefined,
  rows: [number, readonly unknown[]][],
  plan: AdoptionPlan,
): void {
  plan.stages = input.stages.map((s) => ({ ...s }));
  if (!stageCol) return;
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const [, row] of rows) {
    const v = row[stageCol.index];
    if (typeof v !== 'string' || v.trim() === '' || isClosedOutcome(v)) continue;
    if (!seen.has(v.trim())) {
      seen.add(v.trim());
      texts.push(v.trim());
    }
  }
  const unknown = texts.filter((t) => findStage(input.stages, t) < 0);
  if (unknown.length === 0) return;
  const pipeline = input.stagesReplaceable ? recognisePipeline(texts) : undefined;
  if (pipeline) {
    plan.pipeline = pipeline.crm;
    plan.stages = pipeline.stages.map((s) => ({ ...s }));
    // The export's own spelling (decisionmakerboughtin, appointment_scheduled) is what the cells hold: keep it as the label.
    for (const t of texts) {
      const i = findPipelineStage(plan.stages, t);
      // Stryker disable next-line ConditionalExpression: a recognised pipeline has a stage for every text
      if (i >= 0 && findStage(plan.stages, t) < 0) plan.stages[i].en = t;
    }
    return;
  }
  const { stages, added } = insertUnknownStages(input.stages, unknown);
  plan.stages = stages;
  plan.addedStages = added;
}

/** Plans the adoption of a deals table: conversions, fills, unreadable cells and stages. */
export function planAdoption(input: AdoptionInput): AdoptionPlan {
  const rows = dataRows(input);
  const plan: AdoptionPlan = {
    deals: rows.length,
    conversions: [],
    fills: [],
    unreadable: [],
    dayOrders: [],
    // Stryker disable next-line ArrayDeclaration: planStages always sets the stages
    stages: [],
    addedStages: [],
    outcomesInStage: { won: 0, lost: 0 },
  };
  const currencies = new Set<string>();
  const formatCurrency = currencyOfFormat(input.amountFormat);
  if (formatCurrency) currencies.add(formatCurrency);
  for (const col of input.columns) {
    if (col.kind === 'amount') planAmounts(col, rows, plan, currencies);
    else if (col.kind === 'probability') planProbabilities(col, rows, plan);
    else if (col.kind === 'date') planDates(col, rows, plan, input.locale);
  }
  const stageCol = input.columns.find((c) => c.kind === 'stage');
  const statusCol = input.columns.find((c) => c.kind === 'status');
  planStatuses(stageCol, statusCol, rows, plan);
  planStages(input, stageCol, rows, plan);
  if (currencies.size === 1) plan.currency = [...currencies][0];
  return plan;
}

/** Conversions by field and kind, for the report ("Amount: 120 text amounts read as numbers"). */
export function conversionCounts(
  plan: AdoptionPlan,
): { field: string; kind: ConversionKind; count: number }[] {
  type Count = { field: string; kind: ConversionKind; count: number };
  // In order of each field and kind's first conversion.
  const out: Count[] = [];
  const byField = new Map<string, Map<ConversionKind, Count>>();
  for (const c of plan.conversions) {
    let kinds = byField.get(c.field);
    if (!kinds) {
      kinds = new Map();
      byField.set(c.field, kinds);
    }
    let entry = kinds.get(c.kind);
    if (!entry) {
      entry = { field: c.field, kind: c.kind, count: 0 };
      kinds.set(c.kind, entry);
      out.push(entry);
    }
    entry.count++;
  }
  return out;
}
