// Pipeline stages and deal statuses: the default six stages, label matching in English and Korean.
import type { Bilingual } from './i18n';

export interface Stage {
  /** English label. */
  en: string;
  /** Korean label. */
  ko: string;
  /** Default win probability, a fraction 0..1. */
  probability: number;
  /** Whole days in this stage after which an open deal counts as stalled. */
  stallDays: number;
}

export const DEFAULT_STAGES: readonly Stage[] = [
  { en: 'Prospecting', ko: '잠재 고객 발굴', probability: 0.1, stallDays: 14 },
  { en: 'Qualification', ko: '고객 자격 평가', probability: 0.2, stallDays: 14 },
  { en: 'Proposal', ko: '제안 및 견적', probability: 0.4, stallDays: 10 },
  { en: 'Negotiation', ko: '협상', probability: 0.6, stallDays: 10 },
  { en: 'Closing', ko: '계약 성사', probability: 0.8, stallDays: 7 },
  { en: 'Retention', ko: '관계 유지 및 재구매 유도', probability: 1, stallDays: 60 },
];

/**
 * How many stages lead up to the sale: those before the first stage whose probability is 100%
 * (a stage after the sale, such as Retention). All of them when no stage is at 100%, as in the
 * pipelines imported from other CRMs, whose last open stage is the one before Closed Won.
 */
export function saleStageCount(stages: readonly Stage[]): number {
  const afterSale = stages.findIndex((s) => s.probability >= 1);
  return afterSale === -1 ? stages.length : afterSale;
}

export type Status = 'open' | 'won' | 'lost';

export const STATUS_LABELS: Record<Status, Bilingual> = {
  open: { en: 'Open', ko: '진행' },
  won: { en: 'Won', ko: '성사' },
  lost: { en: 'Lost', ko: '실패' },
};

/** Case-, width- and spacing-insensitive key for matching labels typed by people. */
export function labelKey(text: string): string {
  // A sheet repeats the same few labels in every row: each text is normalised once.
  const known = labelKeys.get(text);
  // Stryker disable next-line ConditionalExpression: a text not kept is normalised again, to the same key
  if (known !== undefined) return known;
  const key = text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the cache, not on what it returns
  if (labelKeys.size >= 10_000) labelKeys.clear();
  labelKeys.set(text, key);
  return key;
}

const labelKeys = new Map<string, string>();

const STATUS_BY_KEY = new Map<string, Status>();
for (const status of Object.keys(STATUS_LABELS) as Status[]) {
  STATUS_BY_KEY.set(labelKey(STATUS_LABELS[status].en), status);
  STATUS_BY_KEY.set(labelKey(STATUS_LABELS[status].ko), status);
}

/** Status from cell text; blank is Open. Returns undefined for text that is no status. */
export function parseStatus(value: unknown): Status | undefined {
  if (value === '' || value === null || value === undefined) return 'open';
  if (typeof value !== 'string') return undefined;
  return STATUS_BY_KEY.get(labelKey(value));
}

/** Index of the stage whose English or Korean label matches `text`, or -1. */
export function findStage(stages: readonly Stage[], text: string): number {
  const key = labelKey(text);
  if (key === '') return -1;
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    if (labelKey(s.en) === key || labelKey(s.ko) === key) return i;
  }
  return -1;
}
