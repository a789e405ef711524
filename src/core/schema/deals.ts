// The Deals table: its fields, headers and synonyms in both languages, kinds, formats and named ranges.
import { type Columns, type FieldSpec, fieldOf, findColumns } from './table';

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
  | 'closedOn'
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

export interface ColumnSpec extends FieldSpec<DealField> {
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
    synonyms: [
      'ID',
      'Deal Id',
      'Opportunity ID',
      'Record ID',
      'Deal number',
      '딜 번호',
      '번호',
      '딜 코드',
      '관리 번호',
    ],
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
      'Title',
      'Subject',
      '딜 제목',
      '프로젝트',
      '프로젝트명',
      '안건',
      '안건명',
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
      'Company name',
      'Organization',
      'Organisation',
      '고객사명',
      '업체',
      '업체명',
      '기업',
      '기업명',
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
      'Owner ID',
      'Assigned to',
      'Salesperson',
      '담당',
      '담당 영업',
      '영업 사원',
      '영업사원',
    ],
    kind: 'email',
    namedRange: 'deals_owner',
    numberFormat: '@',
  },
  {
    key: 'stage',
    en: 'Stage',
    ko: '단계',
    synonyms: [
      'Deal stage',
      'Pipeline stage',
      'Sales stage',
      'Stage name',
      'Opportunity stage',
      'Phase',
      '영업 단계',
      '진행 단계',
      '딜 단계',
      '파이프라인 단계',
      '단계명',
    ],
    kind: 'stage',
    namedRange: 'deals_stage',
  },
  {
    key: 'status',
    en: 'Status',
    ko: '상태',
    synonyms: [
      'Outcome',
      'Deal status',
      'Won/Lost',
      'Result',
      '결과',
      '진행 상태',
      '딜 상태',
      '수주 여부',
      '성사 여부',
    ],
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
    synonyms: [
      'Win probability',
      'Probability (%)',
      'Chance',
      'Likelihood',
      'Deal probability',
      'Win %',
      '성사 확률',
      '가능성',
      '확률(%)',
      '수주 확률',
      '성공 확률',
      '계약 확률',
    ],
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
      'Expected close',
      'Estimated close date',
      'Target close date',
      '마감 예정일',
      '종료 예정일',
      '예상 마감',
      '계약 예상일',
    ],
    kind: 'date',
    namedRange: 'deals_expected_close',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'created',
    en: 'Created',
    ko: '생성일',
    synonyms: [
      'Created date',
      'Created at',
      'Created on',
      'Create date',
      'Creation date',
      'Date created',
      'Engage date',
      'Open date',
      '등록일',
      '작성일',
      '생성 일자',
      '등록 일자',
      '딜 생성일',
    ],
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
      'Last stage change date',
      'Date entered stage',
      'Stage start',
      '단계 진입',
      '단계 변경 일자',
    ],
    kind: 'date',
    namedRange: 'deals_stage_entered',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    // The day the deal became Won or Lost: recorded by the edit trigger and the daily reconcile,
    // or taken from an export's close date on a closed row. Won-in-period figures use it.
    key: 'closedOn',
    en: 'Closed on',
    ko: '종료일',
    synonyms: [
      'Closed date',
      'Date closed',
      'Closed at',
      'Actual close date',
      'Won date',
      '종료 일자',
      '계약 체결일',
      '수주일',
    ],
    kind: 'date',
    namedRange: 'deals_closed_on',
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
      'Last activity',
      'Last touch',
      '마지막 연락일',
      '최근 활동 일자',
    ],
    kind: 'date',
    namedRange: 'deals_last_activity',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'nextStep',
    en: 'Next step',
    ko: '다음 할 일',
    synonyms: [
      'Next action',
      'Next steps',
      'To do',
      '다음 액션',
      '다음 단계 할 일',
      '후속 조치',
      '다음 할일',
      '할 일',
    ],
    kind: 'text',
    namedRange: 'deals_next_step',
    numberFormat: '@',
  },
  {
    key: 'snoozeUntil',
    en: 'Snooze until',
    ko: '알림 보류 기한',
    synonyms: [
      'Snooze',
      'Snoozed until',
      'Snooze date',
      'Mute until',
      'Pause alerts until',
      '알림 보류',
      '알림 중지 기한',
      '스누즈',
      '스누즈 기한',
      '스누즈 날짜',
      '알림 끄기',
      '알림 끄기 기한',
      '보류 기한',
    ],
    kind: 'date',
    namedRange: 'deals_snooze_until',
    numberFormat: 'yyyy-mm-dd',
  },
  {
    key: 'lostReason',
    en: 'Lost reason',
    ko: '실패 사유',
    synonyms: [
      'Loss reason',
      'Reason lost',
      'Lost because',
      'Closed lost reason',
      '실패 이유',
      '실주 사유',
      '드랍 사유',
    ],
    kind: 'text',
    namedRange: 'deals_lost_reason',
    numberFormat: '@',
  },
];

/**
 * Columns a sheet must have to be adopted as a Deals table (the rest are added on set-up): only
 * what the add-on cannot work without. A deal also needs something that names it — its name, an
 * ID or a company (the name falls back to those) — reported as a missing Deal column.
 */
export const REQUIRED_DEAL_FIELDS: readonly DealField[] = ['stage'];

/** Fields any one of which names a deal. */
const NAMING_FIELDS: readonly DealField[] = ['deal', 'dealId', 'company'];

export function dealColumn(key: DealField): ColumnSpec {
  const spec = DEAL_COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`schema: unknown deal field ${key}`);
  return spec;
}

/** The Deals field a header names, or undefined for a user's own column. */
export function fieldForHeader(header: unknown): DealField | undefined {
  return fieldOf(DEAL_COLUMNS, header);
}

export interface HeaderMatch {
  /** 0-based column index per recognised field (first match wins). */
  columns: Columns<DealField>;
  /** Header text as written, per recognised field. */
  matchedHeaders: Partial<Record<DealField, string>>;
  /** Required fields with no column. */
  missingRequired: DealField[];
}

/** Finds the Deals columns in a header row. */
export function matchDealHeaders(headerRow: readonly unknown[]): HeaderMatch {
  const { columns, matchedHeaders, missing } = findColumns(DEAL_COLUMNS, headerRow);
  const missingRequired = REQUIRED_DEAL_FIELDS.filter((f) => missing.includes(f));
  if (NAMING_FIELDS.every((f) => missing.includes(f))) missingRequired.unshift('deal');
  return { columns, matchedHeaders, missingRequired };
}
