// A tiny team for exact forecast tests: one deal a month, created on the 5th and won on the 20th.

import { parseIsoDay } from '../../../src/core/dates';
import type { ForecastData, ForecastDeal, StageEvent } from '../../../src/core/forecast/as-of';
import { periodOf, shiftPeriod } from '../../../src/core/forecast/periods';

export const day = (iso: string) => parseIsoDay(iso) as number;

/** `months` months from January 2024; month i's deal is worth `amounts(i)`; `extra` deals added as given. */
export function monthlyTeam(
  months: number,
  amounts: (i: number) => number = () => 100,
  extra: ForecastDeal[] = [],
  extraHistory: StageEvent[] = [],
): ForecastData {
  const deals: ForecastDeal[] = [];
  const history: StageEvent[] = [];
  let p = periodOf('month', day('2024-01-01'));
  for (let i = 0; i < months; i++, p = shiftPeriod(p, 1)) {
    const id = `M-${i}`;
    const amount = amounts(i);
    deals.push({
      id,
      stage: 4,
      status: 'won',
      amount,
      created: p.start + 4,
      closedOn: p.start + 19,
    });
    history.push({ dealId: id, day: p.start + 4, to: 0, status: 'open', amount });
    history.push({ dealId: id, day: p.start + 19, to: 4, status: 'won', amount });
  }
  return { deals: [...deals, ...extra], history: [...history, ...extraHistory] };
}
