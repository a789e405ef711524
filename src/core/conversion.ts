// CONVERSION: the share of deals that reached one stage and went on to reach a later one (or Won).
import { type CellArg, fail, isOmitted, readSingle, show } from './args';
import { inBoth } from './i18n';
import { readReached } from './reached';
import { isWonLabel, readStage } from './stage-args';

/**
 * reached(to_stage) ÷ reached(from_stage), counting rows as product.md §3 defines "reached".
 * to_stage defaults to the stage after from_stage; "Won"/"성사" means Status Won (counted among
 * the deals that reached from_stage, so the result stays within 0..1).
 * Throws an ArgumentError naming the argument (and row) for bad input or when nothing reached from_stage.
 */
export function conversionRate(
  stages: CellArg,
  fromStage: CellArg,
  toStage?: CellArg,
  statuses?: CellArg,
  stageOrder?: CellArg,
): number {
  const fn = 'CONVERSION';
  const funnel = readReached(fn, stages, statuses, stageOrder);
  const { order } = funnel;
  const fromCell = readSingle(fn, 'from_stage', fromStage);
  if (isOmitted(fromCell)) {
    fail(fn, 'from_stage', undefined, inBoth('cellBlankFromStage'));
  }
  if (typeof fromCell === 'string' && isWonLabel(fromCell)) {
    fail(fn, 'from_stage', undefined, inBoth('cellWonAsFromStage', { value: show(fromCell) }));
  }
  const from = readStage(fn, 'from_stage', fromCell, order);
  // The stage's label in each language's message.
  const fromLabels = order.stages[from];
  const toCell = readSingle(fn, 'to_stage', toStage);

  let reachedTo: number;
  if (isOmitted(toCell)) {
    if (from === order.stages.length - 1) {
      fail(fn, 'to_stage', undefined, inBoth('cellLastStage', { stage: fromLabels }));
    }
    reachedTo = funnel.reached[from + 1];
  } else if (typeof toCell === 'string' && isWonLabel(toCell)) {
    if (!funnel.hasStatuses) {
      fail(fn, 'to_stage', undefined, inBoth('cellWonWithoutStatuses', { value: show(toCell) }));
    }
    reachedTo = funnel.wonReached[from];
  } else {
    const to = readStage(fn, 'to_stage', toCell, order);
    if (to < from) {
      fail(
        fn,
        'to_stage',
        undefined,
        inBoth('cellStagesSwapped', { value: show(toCell), stage: fromLabels }),
      );
    }
    reachedTo = funnel.reached[to];
  }
  const reachedFrom = funnel.reached[from];
  if (reachedFrom === 0) {
    fail(fn, 'from_stage', undefined, inBoth('cellNotReached', { value: show(fromCell) }));
  }
  return reachedTo / reachedFrom;
}
