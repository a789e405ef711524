// The two logs the add-on appends to: History (stage and status changes) and Alerts (alert email attempts).
import type { FieldSpec } from './table';

/** History: append-only log of stage and status changes. */
export const HISTORY_COLUMNS = [
  { key: 'dealId', en: 'Deal ID', ko: '딜 ID' },
  { key: 'from', en: 'From stage', ko: '이전 단계' },
  { key: 'to', en: 'To stage', ko: '새 단계' },
  { key: 'status', en: 'Status', ko: '상태' },
  { key: 'amount', en: 'Amount', ko: '금액' },
  { key: 'changedAt', en: 'Changed at', ko: '변경 시각' },
  { key: 'changedBy', en: 'Changed by', ko: '변경자' },
  { key: 'source', en: 'Source', ko: '출처' },
] as const satisfies readonly FieldSpec[];

/** Alerts: one row per alert email attempt. */
export const ALERT_COLUMNS = [
  { key: 'at', en: 'When', ko: '시각' },
  { key: 'owner', en: 'Owner', ko: '담당자' },
  { key: 'dealIds', en: 'Deal IDs', ko: '딜 ID' },
  { key: 'kind', en: 'Kind', ko: '종류' },
  { key: 'result', en: 'Result', ko: '결과' },
] as const satisfies readonly FieldSpec[];

export type HistoryField = (typeof HISTORY_COLUMNS)[number]['key'];
export type AlertField = (typeof ALERT_COLUMNS)[number]['key'];
