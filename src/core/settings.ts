// Pipeline settings as the core uses them, their defaults, and parsing from the Settings sheet's values.
import { isDate, parseIsoDay } from './dates';
import type { Lang } from './i18n';
import { SETTINGS_COLUMNS, type SettingsField } from './schema';
import { DEFAULT_STAGES, type Stage } from './stages';

export interface Target {
  start: Date;
  end: Date;
  amount: number;
}

export interface PipelineSettings {
  stages: Stage[];
  reportDate: Date | undefined;
  /** 'auto' follows the spreadsheet locale. */
  language: Lang | 'auto';
  /** ISO 4217 code, e.g. KRW, USD. */
  currency: string;
  /** Hour of day (0–23, spreadsheet time zone) the daily job runs. */
  alertHour: number;
  cooldownDays: number;
  escalationEmail: string;
  /** Recipient domains allowed; undefined = the spreadsheet owner's domain; [] = any. */
  allowedDomains: string[] | undefined;
  businessDays: boolean;
  holidays: Date[];
  targets: Target[];
  senderName: string;
}

export const DEFAULT_SETTINGS: Readonly<PipelineSettings> = {
  stages: DEFAULT_STAGES.map((s) => ({ ...s })),
  reportDate: undefined,
  language: 'auto',
  currency: 'KRW',
  alertHour: 8,
  cooldownDays: 3,
  escalationEmail: '',
  allowedDomains: undefined,
  businessDays: false,
  holidays: [],
  targets: [],
  senderName: 'Pipeline Sheet',
};

/** A value in Settings that could not be used; the default was kept. */
export interface SettingsProblem {
  /** 1-based row and column in the Settings sheet. */
  row: number;
  column: number;
  en: string;
  ko: string;
}

/** A date from a cell: a Date, or ISO text. */
export function cellDate(v: unknown): Date | undefined {
  if (isDate(v)) return v;
  if (typeof v === 'string') {
    const day = parseIsoDay(v);
    // Noon UTC falls on the same calendar day in every zone from UTC-11 to UTC+11, so a date typed
    // as text is read as that day wherever the spreadsheet is.
    if (day !== undefined) return new Date(day * 86_400_000 + 12 * 3_600_000);
  }
  return undefined;
}

/** True for the cell texts people use for yes. */
function truthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  return typeof v === 'string' && /^(true|yes|y|1|on|예|네|사용)$/i.test(v.trim());
}

/**
 * Reads Settings from the whole sheet's values (row 0 = header row), following the layout in
 * the schema's SETTINGS_COLUMNS (stages, options, targets and holidays blocks).
 * Blank or invalid cells keep their defaults and are reported as problems.
 */
export function parseSettings(values: readonly (readonly unknown[])[]): {
  settings: PipelineSettings;
  problems: SettingsProblem[];
} {
  const s: PipelineSettings = { ...DEFAULT_SETTINGS, stages: [], holidays: [], targets: [] };
  const problems: SettingsProblem[] = [];
  const cell = (r: number, field: SettingsField): unknown =>
    values[r]?.[SETTINGS_COLUMNS[field]] ?? '';
  const problem = (r: number, field: SettingsField, en: string, ko: string) =>
    problems.push({ row: r + 1, column: SETTINGS_COLUMNS[field] + 1, en, ko });

  for (let r = 1; r < values.length; r++) {
    const en = String(cell(r, 'stageEn')).trim();
    const ko = String(cell(r, 'stageKo')).trim();
    if (en || ko) {
      const p = cell(r, 'stageProbability');
      const d = cell(r, 'stageStallDays');
      const fallback = DEFAULT_STAGES.find((x) => x.en === en || x.ko === ko);
      let probability = fallback?.probability ?? 0;
      if (typeof p === 'number' && p >= 0 && p <= 1) probability = p;
      else if (p !== '')
        problem(
          r,
          'stageProbability',
          `probability ${String(p)} is not between 0% and 100%`,
          `확률 ${String(p)}은(는) 0%~100% 사이가 아닙니다`,
        );
      let stallDays = fallback?.stallDays ?? 14;
      if (typeof d === 'number' && d >= 0) stallDays = Math.round(d);
      else if (d !== '')
        problem(
          r,
          'stageStallDays',
          `stall days ${String(d)} is not a number of days`,
          `정체 기준 ${String(d)}은(는) 일 수가 아닙니다`,
        );
      s.stages.push({ en: en || ko, ko: ko || en, probability, stallDays });
    }

    // Options: read by their key, so labels may be in either language.
    const key = String(cell(r, 'optionKey')).trim();
    const v = cell(r, 'optionValue');
    if (key)
      readOption(s, key, v, () =>
        problem(
          r,
          'optionValue',
          `${key}: ${String(v)} is not valid; the default is used`,
          `${key}: ${String(v)} 값이 올바르지 않아 기본값을 씁니다`,
        ),
      );

    const ts = cell(r, 'targetStart');
    const te = cell(r, 'targetEnd');
    const ta = cell(r, 'targetAmount');
    if (ts !== '' || te !== '' || ta !== '') {
      const start = cellDate(ts);
      const end = cellDate(te);
      if (start && end && typeof ta === 'number' && ta > 0 && end >= start)
        s.targets.push({ start, end, amount: ta });
      else
        problem(
          r,
          'targetStart',
          'target row needs a start date, an end date on or after it, and an amount above 0',
          '목표 행에는 시작일, 그 이후의 종료일, 0보다 큰 금액이 필요합니다',
        );
    }

    const h = cell(r, 'holiday');
    if (h !== '') {
      const day = cellDate(h);
      if (day) s.holidays.push(day);
      else
        problem(
          r,
          'holiday',
          `holiday ${String(h)} is not a date`,
          `휴일 ${String(h)}은(는) 날짜가 아닙니다`,
        );
    }
  }
  if (s.stages.length === 0) s.stages = DEFAULT_STAGES.map((x) => ({ ...x }));
  return { settings: s, problems };
}

function readOption(s: PipelineSettings, key: string, v: unknown, bad: () => void): void {
  const blank = v === '' || v === null || v === undefined;
  switch (key) {
    case 'report_date': {
      const date = cellDate(v);
      if (date) s.reportDate = date;
      else if (!blank) bad();
      return;
    }
    case 'language': {
      const l = String(v).trim().toLowerCase();
      if (l === 'en' || l === 'ko' || l === 'auto') s.language = l;
      else if (!blank) bad();
      return;
    }
    case 'currency':
      if (typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim()))
        s.currency = v.trim().toUpperCase();
      else if (!blank) bad();
      return;
    case 'alert_hour':
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 23) s.alertHour = v;
      else if (!blank) bad();
      return;
    case 'cooldown_days':
      if (typeof v === 'number' && v >= 0) s.cooldownDays = Math.round(v);
      else if (!blank) bad();
      return;
    case 'escalation_email':
      s.escalationEmail = blank ? '' : String(v).trim();
      return;
    case 'allowed_domains':
      // Blank = the owner's domain; "*" = any domain; else a comma/space separated list.
      if (blank) s.allowedDomains = undefined;
      else if (String(v).trim() === '*') s.allowedDomains = [];
      else
        s.allowedDomains = String(v)
          .split(/[\s,;]+/)
          .map((d) => d.replace(/^@/, '').toLowerCase())
          .filter(Boolean);
      return;
    case 'business_days':
      s.businessDays = truthy(v);
      return;
    case 'sender_name':
      if (!blank) s.senderName = String(v).trim();
      return;
    default:
      return;
  }
}

/** The 1-based Settings row of each option key (first one wins), from the sheet's values. */
export function optionRows(values: readonly (readonly unknown[])[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const key = String(values[r][SETTINGS_COLUMNS.optionKey] ?? '').trim();
    if (key && !rows.has(key)) rows.set(key, r + 1);
  }
  return rows;
}
