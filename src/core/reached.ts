// How far each deal got in the funnel: the "reached" counts behind CONVERSION and FUNNEL.
import { type CellArg, isOmitted, readColumn, requireSameLength, statusReader } from './args';
import { readStageOrder, readStageRows, type StageOrder } from './stage-args';
import type { Status } from './stages';

/**
 * The last stage index a deal has reached. Open and Lost deals reached every stage up to their
 * current one (a Lost deal keeps the stage where it was lost); a Won deal reached at least the
 * stage before the last one (Closing by default), and the last one when it sits there.
 */
export function reachedDepth(stage: number, status: Status, stageCount: number): number {
  return status === 'won' ? Math.max(stage, stageCount - 2) : stage;
}

/** The funnel read from the arguments: reached count per stage and the Won count. */
export interface Reached {
  order: StageOrder;
  /** reached[i]: rows that reached stage i. Never increases along the stages. */
  reached: number[];
  /** Won rows that reached stage i (for conversion from stage i to Won). */
  wonReached: number[];
  won: number;
  /** Whether statuses were given (without them no row is Won). */
  hasStatuses: boolean;
  /** Rows whose stage text used the Korean label, and the English one. */
  koreanRows: number;
  englishRows: number;
}

/** Reads stages, optional statuses and optional stage_order, and counts how far deals got. */
export function readReached(
  fn: string,
  stages: CellArg,
  statuses: CellArg,
  stageOrder: CellArg,
): Reached {
  const order = readStageOrder(fn, 'stage_order', stageOrder);
  const stageCells = readColumn(fn, 'stages', stages);
  const statusCells = isOmitted(statuses) ? undefined : readColumn(fn, 'statuses', statuses);
  requireSameLength(fn, ['stages', stageCells], ['statuses', statusCells]);
  const stageIndex = readStageRows(fn, stageCells, statusCells, order);
  const k = order.stages.length;
  const readStatus = statusReader(fn, 'statuses');
  const atDepth = new Array<number>(k).fill(0);
  const wonAtDepth = new Array<number>(k).fill(0);
  let won = 0;
  let koreanRows = 0;
  let englishRows = 0;
  for (let i = 0; i < stageCells.length; i++) {
    const stage = stageIndex[i];
    if (stage < 0) continue;
    const status = statusCells ? readStatus(statusCells[i], i + 1) : 'open';
    const depth = reachedDepth(stage, status, k);
    atDepth[depth]++;
    if (status === 'won') {
      won++;
      wonAtDepth[depth]++;
    }
    const lang = order.languageOf(stageCells[i] as string);
    if (lang === 'ko') koreanRows++;
    else englishRows++;
  }
  // A deal that reached depth d reached every stage up to d: suffix sums give reached per stage.
  const reached = new Array<number>(k).fill(0);
  const wonReached = new Array<number>(k).fill(0);
  let sum = 0;
  let wonSum = 0;
  for (let i = k - 1; i >= 0; i--) {
    sum += atDepth[i];
    wonSum += wonAtDepth[i];
    reached[i] = sum;
    wonReached[i] = wonSum;
  }
  return {
    order,
    reached,
    wonReached,
    won,
    hasStatuses: !!statusCells,
    koreanRows,
    englishRows,
  };
}
