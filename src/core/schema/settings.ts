// The Settings sheet: its blocks (stages, options, targets, holidays), the options and the named ranges over them.

/**
 * Settings sheet layout. Four blocks side by side, each with a header row 1: stages in A:D, options
 * in F:H (label, value, key), targets in J:L, holidays in N. Blocks grow downward independently, so
 * adding a stage never moves an option. `column` is the block's first 1-based column; every reader
 * and writer takes positions from SETTINGS_COLUMNS below, derived from this one table.
 */
export const SETTINGS_LAYOUT = {
  stages: {
    column: 1,
    headers: [
      { key: 'stageEn', en: 'Stage', ko: '단계 (영문)' },
      { key: 'stageKo', en: 'Stage (Korean)', ko: '단계' },
      { key: 'stageProbability', en: 'Win probability', ko: '성사 확률' },
      { key: 'stageStallDays', en: 'Stall after (days)', ko: '정체 기준 (일)' },
    ],
  },
  options: {
    column: 6,
    headers: [
      { key: 'optionLabel', en: 'Option', ko: '항목' },
      { key: 'optionValue', en: 'Value', ko: '값' },
      { key: 'optionKey', en: 'Key', ko: '키' },
    ],
  },
  targets: {
    column: 10,
    headers: [
      { key: 'targetStart', en: 'Period start', ko: '기간 시작' },
      { key: 'targetEnd', en: 'Period end', ko: '기간 종료' },
      { key: 'targetAmount', en: 'Target', ko: '목표 금액' },
    ],
  },
  holidays: { column: 14, headers: [{ key: 'holiday', en: 'Holidays', ko: '휴일' }] },
  /** Rows reserved for each growing block (named ranges span them). */
  maxRows: 200,
} as const;

export type SettingsBlock = 'stages' | 'options' | 'targets' | 'holidays';
export const SETTINGS_BLOCKS: readonly SettingsBlock[] = [
  'stages',
  'options',
  'targets',
  'holidays',
];
export type SettingsField = (typeof SETTINGS_LAYOUT)[SettingsBlock]['headers'][number]['key'];

/** 0-based column of every Settings field (index into a row of the sheet's values). */
export const SETTINGS_COLUMNS = Object.fromEntries(
  SETTINGS_BLOCKS.flatMap((b) =>
    SETTINGS_LAYOUT[b].headers.map((h, i) => [h.key, SETTINGS_LAYOUT[b].column - 1 + i]),
  ),
) as Record<SettingsField, number>;

/** Columns a Settings sheet spans (through the last block). */
export const SETTINGS_WIDTH = Math.max(...Object.values(SETTINGS_COLUMNS)) + 1;

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
