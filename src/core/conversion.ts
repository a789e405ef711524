// CONVERSION: the share of deals that reached one stage and went on to reach a later one (or Won).
import { type CellArg, fail, isOmitted, readSingle, show } from './args';
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
    fail(fn, 'from_stage', undefined, {
      en: 'is blank — write the stage to convert from, such as Proposal',
      ko: '값이 비어 있습니다 — 제안 및 견적처럼 시작 단계를 입력하세요',
    });
  }
  if (typeof fromCell === 'string' && isWonLabel(fromCell)) {
    fail(fn, 'from_stage', undefined, {
      en: `is ${show(fromCell)} — Won can only be to_stage; write a stage here`,
      ko: `값 ${show(fromCell)} — 성사는 to_stage에만 쓸 수 있습니다. 여기에는 단계를 입력하세요`,
    });
  }
  const from = readStage(fn, 'from_stage', fromCell, order);
  const fromName = order.stages[from].en;
  const toCell = readSingle(fn, 'to_stage', toStage);

  let reachedTo: number;
  if (isOmitted(toCell)) {
    if (from === order.stages.length - 1) {
      fail(fn, 'to_stage', undefined, {
        en: `is blank and ${fromName} is the last stage — write the stage to convert to, or "Won"`,
        ko: `값이 비어 있고 ${order.stages[from].ko}은 마지막 단계입니다 — 도착 단계나 "성사"를 입력하세요`,
      });
    }
    reachedTo = funnel.reached[from + 1];
  } else if (typeof toCell === 'string' && isWonLabel(toCell)) {
    if (!funnel.hasStatuses) {
      fail(fn, 'to_stage', undefined, {
        en: `is ${show(toCell)} — give the statuses argument too, so Won deals can be counted`,
        ko: `값 ${show(toCell)} — 성사한 딜을 셀 수 있도록 statuses 인수도 지정하세요`,
      });
    }
    reachedTo = funnel.wonReached[from];
  } else {
    const to = readStage(fn, 'to_stage', toCell, order);
    if (to < from) {
      fail(fn, 'to_stage', undefined, {
        en: `is ${show(toCell)}, which comes before from_stage ${fromName} — swap them`,
        ko: `값 ${show(toCell)}은 from_stage ${order.stages[from].ko}보다 앞 단계입니다 — 두 값을 바꾸세요`,
      });
    }
    reachedTo = funnel.reached[to];
  }
  const reachedFrom = funnel.reached[from];
  if (reachedFrom === 0) {
    fail(fn, 'from_stage', undefined, {
      en: `is ${show(fromCell)} — no deal has reached it yet, so there is nothing to convert`,
      ko: `값 ${show(fromCell)} — 아직 이 단계에 도달한 딜이 없어 전환율을 계산할 수 없습니다`,
    });
  }
  return reachedTo / reachedFrom;
}
