// WINRATE: Won ÷ (Won + Lost), by count or weighted by amount.
import {
  type CellArg,
  fail,
  isOmitted,
  readAmount,
  readColumn,
  requireSameLength,
  statusReader,
} from './args';

/**
 * Won ÷ (Won + Lost) over the statuses; with amounts, Won amount ÷ closed amount.
 * Open rows do not count. Errors when nothing is closed (or the closed amounts add up to 0).
 */
export function closedWinRate(statuses: CellArg, amounts?: CellArg): number {
  const fn = 'WINRATE';
  const statusCells = readColumn(fn, 'statuses', statuses);
  const amountCells = isOmitted(amounts) ? undefined : readColumn(fn, 'amounts', amounts);
  requireSameLength(fn, ['statuses', statusCells], ['amounts', amountCells]);
  const readStatus = statusReader(fn, 'statuses');
  let won = 0;
  let closed = 0;
  let closedRows = 0;
  for (let i = 0; i < statusCells.length; i++) {
    const status = readStatus(statusCells[i], i + 1);
    const weight = amountCells ? readAmount(fn, 'amounts', amountCells[i], i + 1) : 1;
    if (status === 'open') continue;
    closedRows++;
    closed += weight;
    if (status === 'won') won += weight;
  }
  if (closedRows === 0) {
    fail(fn, 'statuses', undefined, {
      en: 'has no Won or Lost rows — nothing is closed yet, so there is no win rate',
      ko: '성사나 실패인 행이 없습니다 — 아직 종료된 딜이 없어 승률을 계산할 수 없습니다',
    });
  }
  if (closed === 0) {
    fail(fn, 'amounts', undefined, {
      en: 'add up to 0 on the Won and Lost rows — write their amounts, or leave amounts out to count deals',
      ko: '성사·실패 행의 합계가 0입니다 — 금액을 입력하거나 amounts를 빼고 딜 수로 계산하세요',
    });
  }
  return won / closed;
}
