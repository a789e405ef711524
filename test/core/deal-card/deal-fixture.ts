// Plain deals and History values for the deal card core tests (Seoul, 2026-03-02).
import type { Deal } from '../../../src/core/deals';
import { DEFAULT_STAGES, findStage } from '../../../src/core/stages';

export const stages = DEFAULT_STAGES.map((s) => ({ ...s }));
export const ZONE = 'Asia/Seoul';
export const NOW = new Date('2026-03-02T09:00:00+09:00');
export const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
export const at = (iso: string) => new Date(`${iso}T10:00:00+09:00`);
export const HISTORY_HEADER = [
  'Deal ID',
  'From stage',
  'To stage',
  'Status',
  'Amount',
  'Changed at',
  'Changed by',
  'Source',
];

export function deal(row: number, extra: Partial<Deal> = {}): Deal {
  const stageText = extra.stageText ?? 'Proposal';
  return {
    row,
    dealId: `D-${String(row).padStart(4, '0')}`,
    name: 'ERP rollout',
    company: 'Acme',
    owner: 'kim@acme.co.kr',
    stage: findStage(stages, stageText),
    status: 'open',
    amount: 1000,
    probability: undefined,
    expectedClose: undefined,
    created: undefined,
    stageEntered: day('2026-02-10'),
    closedOn: undefined,
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    ...extra,
    stageText,
  };
}
