// Forecast periods (calendar months and quarters) as day-number ranges, with their labels.

export type PeriodKind = 'month' | 'quarter';

/** A calendar period: first and last day (inclusive, day numbers) and a label `2017-04` / `2017-Q2`. */
export interface Period {
  kind: PeriodKind;
  start: number;
  end: number;
  label: string;
}

const MS_PER_DAY = 86_400_000;

function dayOf(y: number, m0: number, d: number): number {
  return Math.round(Date.UTC(y, m0, d) / MS_PER_DAY);
}

function make(kind: PeriodKind, year: number, month0: number): Period {
  // Month numbers past December (or before January) roll into the next (previous) year.
  const first = new Date(Date.UTC(year, month0, 1));
  const y = first.getUTCFullYear();
  const m0 = first.getUTCMonth();
  const months = kind === 'month' ? 1 : 3;
  const start = dayOf(y, m0, 1);
  const end = dayOf(y, m0 + months, 1) - 1;
  const label =
    kind === 'month'
      ? `${y}-${String(m0 + 1).padStart(2, '0')}`
      : `${y}-Q${Math.floor(m0 / 3) + 1}`;
  return { kind, start, end, label };
}

/** The period of `kind` holding day `day`. */
export function periodOf(kind: PeriodKind, day: number): Period {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m0 = date.getUTCMonth();
  return make(kind, y, kind === 'month' ? m0 : m0 - (m0 % 3));
}

/** The period `n` periods after `p` (before, when negative). */
export function shiftPeriod(p: Period, n: number): Period {
  const date = new Date(p.start * MS_PER_DAY);
  const months = (p.kind === 'month' ? 1 : 3) * n;
  return make(p.kind, date.getUTCFullYear(), date.getUTCMonth() + months);
}

/** Every period of `kind` from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(kind: PeriodKind, from: number, to: number): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(kind, from); p.start <= to; p = shiftPeriod(p, 1)) out.push(p);
  return out;
}

/** Day number of the first day of a `YYYY-MM` month, or undefined when the text is no month. */
export function parseMonth(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  return dayOf(Number(m[1]), Number(m[2]) - 1, 1);
}
