// Blank probabilities mean "the stage default": the add-on writes that default in, so every formula
// over the Probability column (FORECAST_WEIGHTED, FORECAST_RANGE, …) sees a number.
import type { Deal } from './deals';
import type { Stage } from './stages';

/** Sheet row → stage default probability, for open deals with a known stage and a blank probability. */
export function planDefaultProbabilities(
  deals: readonly Deal[],
  stages: readonly Stage[],
): Map<number, number> {
  const updates = new Map<number, number>();
  for (const deal of deals) {
    if (deal.status !== 'open' || deal.probability !== undefined) continue;
    const stage = stages[deal.stage];
    if (stage) updates.set(deal.row, stage.probability);
  }
  return updates;
}
