// FUNNEL: the reached count per stage with step and cumulative conversion, as a table that spills.
import type { CellArg } from './args';
import { bothLanguages, inBoth } from './i18n';
import { readReached } from './reached';

/** The header row of the FUNNEL table (both languages: a custom function cannot know the locale). */
export const FUNNEL_HEADER: readonly string[] = (
  ['funnelStage', 'funnelReached', 'funnelConversion', 'funnelCumulative'] as const
).map((key) => bothLanguages(inBoth(key)));

/**
 * A table: the header row, then per stage its label, the rows that reached it, the conversion to
 * the next stage ("" for the last, or when nothing reached this stage) and the conversion from the
 * first stage ("" when nothing reached the first). Labels are the ones the data uses: Korean when
 * most stage cells are Korean, the stage_order text when stage_order is given.
 */
export function funnelTable(
  stages: CellArg,
  statuses?: CellArg,
  stageOrder?: CellArg,
): (string | number)[][] {
  const funnel = readReached('FUNNEL', stages, statuses, stageOrder);
  const { order, reached } = funnel;
  const korean = funnel.koreanRows > funnel.englishRows;
  // Stryker disable next-line MethodExpression: the copy only keeps callers from changing the shared header
  const rows: (string | number)[][] = [FUNNEL_HEADER.slice()];
  const k = order.stages.length;
  for (let i = 0; i < k; i++) {
    const stage = order.stages[i];
    const next = i + 1 < k && reached[i] > 0 ? reached[i + 1] / reached[i] : '';
    const cumulative = reached[0] > 0 ? reached[i] / reached[0] : '';
    const label = stage.written ?? (korean ? stage.ko : stage.en);
    rows.push([label, reached[i], next, cumulative]);
  }
  return rows;
}
