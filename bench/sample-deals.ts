// Deterministic synthetic deal columns for the benchmarks (the same rows on every run).
import { seededRandom } from '../scripts/seeded-random';
import { DEFAULT_STAGES } from '../src/core/stages';

export interface SampleDeals {
  amount: number[];
  status: string[];
  stage: string[];
  probability: number[];
  /** Expected close as a spreadsheet day serial (day 0 = 1899-12-30). */
  closeSerial: number[];
  close: Date[];
  stageEntered: Date[];
}

/** n deals over 2026 with log-spread amounts, mixed English/Korean stages and statuses. */
export function sampleDeals(n: number, seed = 2026): SampleDeals {
  const rand = seededRandom(seed);
  const out: SampleDeals = {
    amount: [],
    status: [],
    stage: [],
    probability: [],
    closeSerial: [],
    close: [],
    stageEntered: [],
  };
  const jan1Serial = 46023; // 2026-01-01
  for (let i = 0; i < n; i++) {
    const stage = Math.floor(rand() * DEFAULT_STAGES.length);
    const r = rand();
    const status = r < 0.6 ? 'Open' : r < 0.8 ? 'Won' : 'Lost';
    const day = Math.floor(rand() * 365);
    out.amount.push(Math.round(Math.exp(13 + 3 * rand())));
    out.status.push(rand() < 0.5 ? status : { Open: '진행', Won: '성사', Lost: '실패' }[status]);
    out.stage.push(rand() < 0.5 ? DEFAULT_STAGES[stage].en : DEFAULT_STAGES[stage].ko);
    out.probability.push(
      DEFAULT_STAGES[stage].probability === 1 ? 0.9 : DEFAULT_STAGES[stage].probability,
    );
    out.closeSerial.push(jan1Serial + day);
    out.close.push(new Date(2026, 0, 1 + day));
    out.stageEntered.push(new Date(2026, 0, 1 + Math.floor(rand() * day + 1) - 1));
  }
  return out;
}

/** A list as a one-column range, the shape Sheets passes. */
export function column<T>(values: T[]): T[][] {
  return values.map((v) => [v]);
}
