// A simulated sales team for forecast tests: stationary stage odds (not the typed defaults), stage
// dwell times, a steady flow of new deals and full History, from the project's seeded generator.
import { seededRandom } from '../../../scripts/seeded-random';
import type { ForecastData, ForecastDeal, StageEvent } from '../../../src/core/forecast/as-of';

export interface Team {
  /** Daily chance that an open deal leaves its stage (mean dwell = 1 / leave days). */
  leave: readonly number[];
  /** Chance that leaving a stage is a step forward (from the last stage: Won); otherwise Lost. */
  advance: readonly number[];
  /** New deals per day. */
  arrivals: number;
  meanAmount: number;
}

export const TEAM: Team = {
  leave: [1 / 20, 1 / 15, 1 / 12, 1 / 10, 1 / 10],
  advance: [0.55, 0.6, 0.7, 0.75, 0.85],
  arrivals: 30,
  meanAmount: 10_000_000,
};

/**
 * `days` days of the team from day `start`: each deal is created in the first stage; on each later
 * day it leaves its stage with the stage's chance, then steps forward or is lost. Every change is a
 * History row dated that day; Closed on is the day of Won or Lost.
 */
export function simulateTeam(seed: number, start: number, days: number, team = TEAM): ForecastData {
  const random = seededRandom(seed);
  const deals: ForecastDeal[] = [];
  const history: StageEvent[] = [];
  const open: number[] = [];
  const last = team.leave.length - 1;
  for (let day = start; day < start + days; day++) {
    const still: number[] = [];
    for (const i of open) {
      const deal = deals[i];
      if (random() >= team.leave[deal.stage]) {
        still.push(i);
        continue;
      }
      if (random() < team.advance[deal.stage]) {
        if (deal.stage === last) deal.status = 'won';
        else deal.stage++;
      } else {
        deal.status = 'lost';
      }
      if (deal.status !== 'open') deal.closedOn = day;
      else still.push(i);
      history.push({
        dealId: deal.id,
        day,
        to: deal.stage,
        status: deal.status,
        amount: deal.amount,
      });
    }
    open.length = 0;
    open.push(...still);
    // Poisson arrivals by inversion, amounts uniform on 0.5..1.5 × the mean.
    let n = 0;
    for (let p = Math.exp(-team.arrivals), u = random(), cdf = p; u > cdf; cdf += p)
      p *= team.arrivals / ++n;
    for (let k = 0; k < n; k++) {
      const deal: ForecastDeal = {
        id: `S-${deals.length + 1}`,
        stage: 0,
        status: 'open',
        amount: Math.round(team.meanAmount * (0.5 + random())),
        created: day,
      };
      deals.push(deal);
      history.push({ dealId: deal.id, day, to: 0, status: 'open', amount: deal.amount });
      open.push(deals.length - 1);
    }
  }
  return { deals, history };
}

/** The true chance, per stage, of being Won within `days` daily steps from being open in that stage. */
export function trueWinWithin(days: number, team = TEAM): number[] {
  const stages = team.leave.length;
  let p = new Array(stages).fill(0);
  for (let d = 0; d < days; d++) {
    p = p.map((_, s) => {
      const next = s === stages - 1 ? 1 : p[s + 1];
      return team.leave[s] * team.advance[s] * next + (1 - team.leave[s]) * p[s];
    });
  }
  return p;
}
