// The workbook schema: sheet names, Deals columns (headers, synonyms, kinds, named ranges), History,
// Alerts and Settings layouts. The one place that knows where things are; everything else asks it.
import type { Lang } from '../core/i18n';
import { labelKey } from '../core/stages';

export type SheetKey = 'deals' | 'settings' | 'history' | 'alerts' | 'dashboard';

/**
 * Sheet names by language; a sheet is found under either name. The English History sheet is
 * "Stage history": Excel reserves the name "History", so a workbook with it could not be
 * downloaded as .xlsx and opened there. A sheet named "History" is still found (see OTHER_SHEET_NAMES).
 */
export const SHEET_NAMES: Record<SheetKey, Record<Lang, string>> = {
  deals: { en: 'Deals', ko: '딜' },
  settings: { en: 'Settings', ko: '설정' },
  history: { en: 'Stage history', ko: '이력' },
  alerts: { en: 'Alerts', ko: '알림 기록' },
  dashboard: { en: 'Dashboard', ko: '대시보드' },
};

/** Further names a sheet is found under (older or hand-made workbooks). */
export const OTHER_SHEET_NAMES: Partial<Record<SheetKey, readonly string[]>> = {
  history: ['History', '단계 이력'],
};

/** Every name the sheet for `key` may have, preferred first. */
export function sheetNamesFor(key: SheetKey): string[] {
  return [SHEET_NAMES[key].en, SHEET_NAMES[key].ko, ...(OTHER_SHEET_NAMES[key] ?? [])];
}

export type DealField =
  | 'dealId'
  | 'deal'
  | 'company'
  | 'owner'
  | 'stage'
  | 'status'
  | 'amount'
  | 'probability'
  | 'expectedClose'
  | 'created'
  | 'stageEntered'
  | 'lastActivity'
  | 'nextStep'
  | 'snoozeUntil'
  | 'lostReason';

export type ColumnKind =
  | 'id'
  | 'text'
  | 'email'
  | 'stage'
  | 'status'
  | 'amount'
  | 'probability'
  | 'date';

export interface ColumnSpec {
  key: DealField;
  en: string;
  ko: string;
  /** Other headers people use for this column, in either language (matched case/space/width-insensitively). */
  synonyms: readonly string[];
  kind: ColumnKind;
  /** Named range over the column's data rows, for formulas such as =COVERAGE(deals_amount, …). */
  namedRange: string;
  /** Number format applied on set-up. */
  numberFormat?: string;
}

/** Deals columns in their default order. Users may reorder them or add their own; columns are found by header. */
export const DEAL_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'dealId',
    en: 'Deal ID',
    ko: '딜 ID',
    synonyms: ['ID', 'Deal Id', 'Opportunity ID', '딜 번호', '번호'],
    kind: 'id',
    namedRange: 'deals_deal_id',
    numberFormat: '@',
  },
  {
    key: 'deal',
    en: 'Deal',
    ko: '딜',
    synonyms: [
      'Deal name',
      'Opportunity',
      'Opportunity name',
      'Name',
      '딜 이름',
      '딜명',
      '건명',
      '영업 기회',
    ],
    kind: 'text',
    namedRange: 'deals_deal',
    numberFormat: '@',
  },
  {
    key: 'company',
    en: 'Company',
    ko: '회사',
    synonyms: [
      'Account',
      'Account name',
      'Customer',
      'Client',
      '회사명',
      '고객사',
      '거래처',
      '고객',
    ],
    kind: 'text',
    namedRange: 'deals_company',
    numberFormat: '@',
  },
  {
    key: 'owner',
    en: 'Owner',
    ko: '담당자',
    synonyms: [
      'Owner email',
      'Deal owner',
      'Sales rep',
      'Rep',
      'Sales agent',
      'Email',
      '담당자 이메일',
      '영업 담당',
      '영업 담당자',
      '이메일',
    ],
    kind: 'email',
    namedRange: 'deals_owner',
    numberFormat: '@',
  },
  {
    key: 'stage',
    en: 'Stage',
    ko: '단계',
    synonyms: ['Deal stage', 'Pipeline stage', 'Sales stage', '영업 단계', '진행 단계'],
    kind: 'stage',
    namedRange: 'deals_stage',
  },
  {
    key: 'status',
    en: 'Status',
    ko: '상태',
    synonyms: ['Outcome', 'Deal status', '결과', '진행 상태'],
    kind: 'status',
    namedRange: 'deals_status',
  },
  {
    key: 'amount',
    en: 'Amount',
    ko: '금액',
    synonyms: [
      'Value',
      'Deal value',
      'Deal amount',
      'Close value',
      'Revenue',
      '예상 금액',
      '계약 금액',
      '딜 금액',
      '매출',
    ],
    kind: 'amount',
    namedRange: 'deals_amount',
    numberFormat: '#,##0',
  },
  {
    key: 'probability',
    en: 'Probability',
    ko: '확률',
    synonyms: ['Win probability', 'Probability (%)', 'Chance', '성사 확률', '가능성', '확률(%)'],
    kind: 'probability',
    namedRange: 'deals_probability',
    numberFormat: '0%',
  },
  {
    key: 'expectedClose',
    en: 'Expected close',
    ko: '예상 마감일',
    synonyms: [
      'Close date',
      'Expected close date',
      'Closing date',
      'Close',
      '마감일',
      '예상 계약일',
      '예상 종료일',
      '계약 예정일',
    ],
    kind: 'date',
    namedRange: 'deals_expected_close',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'created',
    en: 'Created',
    ko: '생성일',
    synonyms: ['Created date', 'Created at', 'Create date', 'Engage date', '등록일', '작성일'],
    kind: 'date',
    namedRange: 'deals_created',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'stageEntered',
    en: 'Stage entered',
    ko: '단계 진입일',
    synonyms: [
      'Stage date',
      'Stage entered at',
      'Stage since',
      'Stage changed',
      '단계 변경일',
      '단계 시작일',
    ],
    kind: 'date',
    namedRange: 'deals_stage_entered',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'lastActivity',
    en: 'Last activity',
    ko: '최근 활동일',
    synonyms: [
      'Last activity date',
      'Last contact',
      'Last contacted',
      '최근 활동',
      '최근 연락일',
      '마지막 활동',
    ],
    kind: 'date',
    namedRange: 'deals_last_activity',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'nextStep',
    en: 'Next step',
    ko: '다음 할 일',
    synonyms: ['Next action', 'Next steps', '다음 액션', '다음 단계 할 일', '후속 조치'],
    kind: 'text',
    namedRange: 'deals_next_step',
    numberFormat: '@',
  },
  {
    key: 'snoozeUntil',
    en: 'Snooze until',
    ko: '알림 보류 기한',
    synonyms: ['Snooze', 'Snoozed until', '알림 보류', '알림 중지 기한'],
    kind: 'date',
    namedRange: 'deals_snooze_until',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'lostReason',
    en: 'Lost reason',
    ko: '실패 사유',
    synonyms: ['Loss reason', 'Reason lost', 'Lost because', '실패 이유', '실주 사유'],
    kind: 'text',
    namedRange: 'deals_lost_reason',
    numberFormat: '@',
  },
];

/** Columns a sheet must have to be adopted as a Deals table (the rest are added on set-up). */
export const REQUIRED_DEAL_FIELDS: readonly DealField[] = ['deal', 'stage', 'amount'];

export function dealColumn(key: DealField): ColumnSpec {
  const spec = DEAL_COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`schema: unknown deal field ${key}`);
  return spec;
}

const FIELD_BY_HEADER = new Map<string, DealField>();
for (const c of DEAL_COLUMNS) {
  for (const h of [c.en, c.ko, ...c.synonyms]) {
    const k = headerKey(h);
    if (!FIELD_BY_HEADER.has(k)) FIELD_BY_HEADER.set(k, c.key);
  }
}

/** Key for header matching: case, width, spacing, underscores and trailing colons ignored. */
export function headerKey(text: string): string {
  return labelKey(text.replace(/[_:*]/g, ' '));
}

/** The field a header names, or undefined for a user's own column. */
export function fieldForHeader(header: unknown): DealField | undefined {
  if (typeof header !== 'string') return undefined;
  return FIELD_BY_HEADER.get(headerKey(header));
}

export interface HeaderMatch {
  /** 0-based column index per recognised field (first match wins). */
  columns: Partial<Record<DealField, number>>;
  /** Header text as written, per recognised field. */
  matchedHeaders: Partial<Record<DealField, string>>;
  /** Required fields with no column. */
  missingRequired: DealField[];
}

/** Finds the Deals columns in a header row. */
export function matchDealHeaders(headerRow: readonly unknown[]): HeaderMatch {
  const columns: Partial<Record<DealField, number>> = {};
  const matchedHeaders: Partial<Record<DealField, string>> = {};
  headerRow.forEach((h, i) => {
    const field = fieldForHeader(h);
    if (field && columns[field] === undefined) {
      columns[field] = i;
      matchedHeaders[field] = String(h);
    }
  });
  const missingRequired = REQUIRED_DEAL_FIELDS.filter((f) => columns[f] === undefined);
  return { columns, matchedHeaders, missingRequired };
}

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
] as const;

/** Alerts: one row per alert email attempt. */
export const ALERT_COLUMNS = [
  { key: 'at', en: 'When', ko: '시각' },
  { key: 'owner', en: 'Owner', ko: '담당자' },
  { key: 'dealIds', en: 'Deal IDs', ko: '딜 ID' },
  { key: 'kind', en: 'Kind', ko: '종류' },
  { key: 'result', en: 'Result', ko: '결과' },
] as const;

/**
 * Settings sheet layout (1-based columns). Four blocks side by side, each with a header row 1:
 * stages in A:D, options in F:H (label, value, key), targets in J:L, holidays in N.
 * Blocks grow downward independently, so adding a stage never moves an option.
 */
export const SETTINGS_LAYOUT = {
  stages: {
    column: 1,
    headers: [
      { en: 'Stage', ko: '단계 (영문)' },
      { en: 'Stage (Korean)', ko: '단계' },
      { en: 'Win probability', ko: '성사 확률' },
      { en: 'Stall after (days)', ko: '정체 기준 (일)' },
    ],
  },
  options: {
    column: 6,
    headers: [
      { en: 'Option', ko: '항목' },
      { en: 'Value', ko: '값' },
      { en: 'Key', ko: '키' },
    ],
  },
  targets: {
    column: 10,
    headers: [
      { en: 'Period start', ko: '기간 시작' },
      { en: 'Period end', ko: '기간 종료' },
      { en: 'Target', ko: '목표 금액' },
    ],
  },
  holidays: { column: 14, headers: [{ en: 'Holidays', ko: '휴일' }] },
  /** Rows reserved for each growing block (named ranges span them). */
  maxRows: 200,
} as const;

export type OptionKey =
  | 'report_date'
  | 'language'
  | 'currency'
  | 'alert_hour'
  | 'cooldown_days'
  | 'escalation_email'
  | 'allowed_domains'
  | 'business_days'
  | 'sender_name'
  | 'period_start'
  | 'period_end'
  | 'target_amount';

/** Options in the Settings options block, in order; `key` is written in column H and is what is read. */
export const OPTIONS: readonly {
  key: OptionKey;
  en: string;
  ko: string;
  namedRange?: string;
  /** A computed option: its cell holds this formula (the add-on's own), never a typed value. */
  formula?: string;
  numberFormat?: string;
}[] = [
  {
    key: 'report_date',
    en: 'Report date (set daily)',
    ko: '기준일 (매일 갱신)',
    namedRange: 'report_date',
  },
  { key: 'language', en: 'Language (auto / en / ko)', ko: '언어 (auto / en / ko)' },
  { key: 'currency', en: 'Currency', ko: '통화' },
  { key: 'alert_hour', en: 'Alert hour (0–23)', ko: '알림 시각 (0–23시)' },
  { key: 'cooldown_days', en: 'Alert cooldown (days)', ko: '재알림 간격 (일)' },
  { key: 'escalation_email', en: 'Escalation email', ko: '에스컬레이션 이메일' },
  { key: 'allowed_domains', en: 'Allowed recipient domains', ko: '허용 수신 도메인' },
  { key: 'business_days', en: 'Count business days only', ko: '영업일만 계산' },
  { key: 'sender_name', en: 'Sender name', ko: '보내는 사람 이름' },
  // The current period from the targets table around report_date, named for formulas such as
  // =COVERAGE(deals_amount, target_amount, deals_status).
  {
    key: 'period_start',
    en: 'Current period start (from Targets)',
    ko: '현재 기간 시작 (목표 표 기준)',
    namedRange: 'period_start',
    formula: '=IFERROR(MAXIFS(targets_start, targets_start, "<="&report_date), "")',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'period_end',
    en: 'Current period end (from Targets)',
    ko: '현재 기간 종료 (목표 표 기준)',
    namedRange: 'period_end',
    formula: '=IFERROR(MINIFS(targets_end, targets_end, ">="&report_date), "")',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'target_amount',
    en: 'Current period target (from Targets)',
    ko: '현재 기간 목표 (목표 표 기준)',
    namedRange: 'target_amount',
    formula:
      '=SUMIFS(targets_amount, targets_start, "<="&report_date, targets_end, ">="&report_date)',
    numberFormat: '#,##0',
  },
];

/** Named ranges over Settings blocks, for formulas and validation. */
export const SETTINGS_NAMED_RANGES = {
  stageNames: 'stage_names',
  stageNamesKo: 'stage_names_ko',
  /** Both label columns of the stages table: a stage_order that matches cells in either language. */
  stageLabels: 'stage_labels',
  stageProbabilities: 'stage_probabilities',
  targetsStart: 'targets_start',
  targetsEnd: 'targets_end',
  targetsAmount: 'targets_amount',
  holidays: 'holidays',
} as const;
