// Stage arguments of the custom functions: the stage order (a range of names) and stage cells.
import { type CellArg, type CellValue, fail, isOmitted, readColumn, show } from './args';
import { type Bilingual, inBoth, type Lang } from './i18n';
import { isClosedOutcome, outcomeWord } from './import/outcomes';
import { DEFAULT_STAGES, labelKey, STATUS_LABELS } from './stages';

/** A stage as the functions see it: its labels in order. Either label matches a cell. */
export interface StageLabels extends Bilingual {
  /** The name as the user wrote it in stage_order, if given. */
  written?: string;
}

/** Stages in order, with a fast lookup from cell text to stage index. */
export interface StageOrder {
  stages: readonly StageLabels[];
  /** True when the user gave stage_order (labels are then shown as the user wrote them). */
  custom: boolean;
  /** Index of the stage a cell's text names, or -1. */
  indexOf(text: string): number;
  /** Which label of its stage a text matched ('en' or 'ko'); undefined when no stage matches. */
  languageOf(text: string): Lang | undefined;
}

function makeOrder(stages: readonly StageLabels[], custom: boolean): StageOrder {
  const byKey = new Map<string, { index: number; lang: Lang }>();
  stages.forEach((s, index) => {
    byKey.set(labelKey(s.ko), { index, lang: 'ko' });
    byKey.set(labelKey(s.en), { index, lang: 'en' });
  });
  // Cells repeat the same few labels: remember raw texts so NFKC runs once per distinct text.
  const byText = new Map<string, { index: number; lang: Lang } | undefined>();
  const lookup = (text: string) => {
    // Stryker disable next-line ConditionalExpression: looking a text up again finds what it found before
    if (byText.has(text)) return byText.get(text);
    const hit = byKey.get(labelKey(text));
    byText.set(text, hit);
    return hit;
  };
  return {
    stages,
    custom,
    indexOf: (text) => lookup(text)?.index ?? -1,
    languageOf: (text) => lookup(text)?.lang,
  };
}

const DEFAULT_ORDER = makeOrder(DEFAULT_STAGES, false);

/** Both labels of the default stages, for error messages. */
function listStages(order: StageOrder): Bilingual {
  return {
    en: order.stages.map((s) => s.en).join(', '),
    ko: order.stages.map((s) => s.ko).join(', '),
  };
}

/** True when text names the Won status (Won / 성사), which CONVERSION accepts as a to_stage. */
export function isWonLabel(text: string): boolean {
  const key = labelKey(text);
  return key === labelKey(STATUS_LABELS.won.en) || key === labelKey(STATUS_LABELS.won.ko);
}

/** Reads one stage name cell (blank → ''), failing on numbers, dates and status labels. */
function stageName(fn: string, arg: string, cell: CellValue, row: number): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') {
    fail(fn, arg, row, inBoth('cellNotStageName', { value: show(cell) }));
  }
  const name = cell.trim();
  if (isWonLabel(name)) {
    fail(fn, arg, row, inBoth('cellStatusAsStage', { value: show(cell) }));
  }
  return name;
}

/**
 * The stage_order argument: a column or row of stage names in pipeline order, or two columns
 * (English and Korean labels of each stage, as in Settings) so cells in either language match
 * renamed and added stages too. Blank cells are skipped (so a generous range such as
 * Settings!A2:B20 works). Left out: the six default stages. A single name that is a default
 * stage's English or Korean label keeps both labels.
 */
export function readStageOrder(fn: string, arg: string, value: CellArg): StageOrder {
  if (isOmitted(value)) return DEFAULT_ORDER;
  // Each entry as typed: its labels, and the text shown when the user wrote one name.
  const typed: { stage: StageLabels; row: number }[] = [];
  // Stryker disable next-line MethodExpression: Sheets passes whole rectangles, so all rows have two cells or none
  const pairs = Array.isArray(value) && value.every((r) => Array.isArray(r) && r.length === 2);
  if (pairs) {
    (value as CellValue[][]).forEach(([enCell, koCell], i) => {
      const en = stageName(fn, arg, enCell, i + 1);
      const ko = stageName(fn, arg, koCell, i + 1);
      if (en || ko) typed.push({ stage: { en: en || ko, ko: ko || en }, row: i + 1 });
    });
  } else {
    readColumn(fn, arg, value).forEach((cell, i) => {
      const name = stageName(fn, arg, cell, i + 1);
      if (!name) return;
      const known = DEFAULT_ORDER.indexOf(name);
      const labels = known >= 0 ? DEFAULT_STAGES[known] : { en: name, ko: name };
      typed.push({ stage: { en: labels.en, ko: labels.ko, written: name }, row: i + 1 });
    });
  }
  const seen = new Map<string, number>();
  for (const { stage, row } of typed) {
    const keys = [labelKey(stage.en), labelKey(stage.ko)];
    for (const key of keys) {
      const first = seen.get(key);
      if (first !== undefined) {
        fail(
          fn,
          arg,
          row,
          inBoth('cellStageTwice', {
            value: { en: show(stage.written ?? stage.en), ko: show(stage.written ?? stage.ko) },
            first,
          }),
        );
      }
    }
    for (const key of keys) seen.set(key, row);
  }
  if (typed.length === 0) {
    fail(fn, arg, undefined, inBoth('cellNoStages'));
  }
  return makeOrder(
    typed.map((t) => t.stage),
    true,
  );
}

/**
 * A stage cell as an index into the order, or -1 for a blank cell.
 * Unknown text is an error naming the row and listing the stages.
 */
export function readStage(
  fn: string,
  arg: string,
  value: CellValue,
  order: StageOrder,
  row?: number,
): number {
  if (value === '' || value === null || value === undefined) return -1;
  const index = typeof value === 'string' ? order.indexOf(value) : -1;
  if (index >= 0) return index;
  fail(fn, arg, row, inBoth('cellUnknownStage', { value: show(value), stages: listStages(order) }));
}

/**
 * Reads a stages column with an optional parallel statuses column. A row with a blank stage and a
 * blank (or no) status is an empty row and is skipped (stage -1); a blank stage on a row that has
 * a status is an error, because such a deal cannot be placed in the funnel.
 */
export function readStageRows(
  fn: string,
  stageCells: readonly CellValue[],
  statusCells: readonly CellValue[] | undefined,
  order: StageOrder,
): Int32Array {
  const out = new Int32Array(stageCells.length);
  const k = order.stages.length;
  // Stryker disable next-line EqualityOperator: a step past the end reads a blank row, which a typed array does not keep
  for (let i = 0; i < stageCells.length; i++) {
    // An outcome kept in the stage column (Won, Closed Lost, 수주 — CRM exports do this): a Won deal
    // reached the stage before the last, a Lost one is known to have entered the pipeline only.
    const outcome = isClosedOutcome(stageCells[i]) ? outcomeWord(stageCells[i]) : undefined;
    if (outcome) {
      out[i] = outcome === 'won' ? Math.max(0, k - 2) : 0;
      continue;
    }
    const stage = readStage(fn, 'stages', stageCells[i], order, i + 1);
    if (stage < 0 && statusCells && !isOmitted(statusCells[i])) {
      fail(fn, 'stages', i + 1, inBoth('cellStageMissing', { status: show(statusCells[i]) }));
    }
    out[i] = stage;
  }
  return out;
}
