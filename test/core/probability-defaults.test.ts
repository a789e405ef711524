// Blank probabilities of open deals take their stage's default; everything else is left as typed.
import type { Deal } from '../../src/core/deals';
import { planDefaultProbabilities } from '../../src/core/probability-defaults';
import { DEFAULT_STAGES } from '../../src/core/stages';

const deal = (row: number, over: Partial<Deal>): Deal =>
  ({ row, stage: 2, status: 'open', probability: undefined, ...over }) as Deal;

describe('planDefaultProbabilities', () => {
  it('fills open deals with a known stage and a blank probability, by sheet row', () => {
    const plan = planDefaultProbabilities(
      [
        deal(2, {}),
        deal(3, { stage: 0 }),
        deal(4, { probability: 0.55 }),
        deal(5, { status: 'won' }),
        deal(6, { status: 'lost' }),
        deal(7, { stage: -1 }),
        deal(8, { probability: 0 }),
      ],
      DEFAULT_STAGES,
    );
    expect([...plan]).toEqual([
      [2, 0.4],
      [3, 0.1],
    ]);
  });
});
