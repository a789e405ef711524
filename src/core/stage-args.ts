// Stage arguments of the custom functions: the stage order (a range of names) and stage cells.
import { type CellArg, type CellValue, fail, isOmitted, readColumn, show } from './args';
import { DEFAULT_STAGES, labelKey, STATUS_LABELS } from './stages';

/** A stage as the functions see it: its labels in order. Either label matches a cell. */
export interface StageLabels {
  en: string;
  ko: string;
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
  languageOf(text: string): 'en' | 'ko' | undefined;
}

function makeOrder(stages: readonly StageLabels[], custom: boolean): StageOrder {
  const byKey = new Map<string, { index: number; lang: 'en' | 'ko' }>();
  stages.forEach((s, index) => {
    byKey.set(labelKey(s.ko), { index, lang: 'ko' });
    byKey.set(labelKey(s.en), { index, lang: 'en' });
  });
  // Cells repeat the same few labels: remember raw texts so NFKC runs once per distinct text.
  const byText = new Map<string, { index: number; lang: 'en' | 'ko' } | undefined>();
  const lookup = (text: string) => {
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
function listStages(order: StageOrder): { en: string; ko: string } {
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

/** One stage_order entry as typed: its labels, and the text shown when the user wrote one name. */
interface TypedStage {
  en: string;
  ko: string;
  written?: string;
}

/** Reads one stage name cell (blank → ''), failing on numbers, dates and status labels. */
function stageName(fn: string, arg: string, cell: CellValue, row: number): string {
  if (cell === '' || cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') {
    fail(fn, arg, row, {
      en: `is ${show(cell)} — write a stage name such as Proposal`,
      ko: `값 ${show(cell)} — 제안 및 견적처럼 단계 이름을 입력하세요`,
    });
  }
  const name = cell.trim();
  if (isWonLabel(name)) {
    fail(fn, arg, row, {
      en: `is ${show(cell)} — that is a status, not a stage; list stages only`,
      ko: `값 ${show(cell)} — 상태 값입니다. 단계만 나열하세요`,
    });
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
  const typed: { stage: TypedStage; row: number }[] = [];
  const pairs =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((r) => Array.isArray(r) && r.length === 2);
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
      if (first !== undefined && first !== row) {
        fail(fn, arg, row, {
          en: `is ${show(stage.written ?? stage.en)}, the same stage as row ${first} — list each stage once`,
          ko: `값 ${show(stage.written ?? stage.ko)}은 ${first}행과 같은 단계입니다 — 단계마다 한 번만 나열하세요`,
        });
      }
    }
    for (const key of keys) seen.set(key, row);
  }
  if (typed.length === 0) {
    fail(fn, arg, undefined, {
      en: 'has no stage names — pick the range that lists your stages in order',
      ko: '단계 이름이 없습니다 — 단계를 순서대로 나열한 범위를 선택하세요',
    });
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
  const names = listStages(order);
  fail(fn, arg, row, {
    en: `is ${show(value)} — write one of ${names.en}`,
    ko: `값 ${show(value)} — 다음 중 하나를 입력하세요: ${names.ko}`,
  });
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
  for (let i = 0; i < stageCells.length; i++) {
    const stage = readStage(fn, 'stages', stageCells[i], order, i + 1);
    if (stage < 0 && statusCells && !isOmitted(statusCells[i])) {
      fail(fn, 'stages', i + 1, {
        en: `is blank but the deal has status ${show(statusCells[i])} — write its stage`,
        ko: `값이 비어 있지만 상태가 ${show(statusCells[i])}입니다 — 단계를 입력하세요`,
      });
    }
    out[i] = stage;
  }
  return out;
}
