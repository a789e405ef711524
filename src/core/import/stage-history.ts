// A CRM's stage-history export (Salesforce's Opportunity History, a deal-stage log) kept as a sheet
// beside the deals: each deal's stage changes with their dates, read once for the first History.
import { isDate } from '../dates';
import { type FieldSpec, findColumns } from '../schema/table';
import type { Status } from '../stages';
import {
  type CalendarDay,
  calendarDayToDate,
  type DayOrder,
  inferDayOrder,
  localeDayOrder,
  readDateText,
} from './date-text';
import { outcomeWord } from './outcomes';
import { findHeaderRow } from './table-finder';

/** The columns a stage-history table has: which deal, when, and the stage it moved to. */
export const STAGE_HISTORY_FIELDS = [
  {
    key: 'dealId',
    en: 'Deal ID',
    ko: '딜 ID',
    synonyms: [
      'OppID',
      'Opportunity ID',
      'OpportunityId',
      'Opportunity',
      'Deal',
      'deal_id',
      'Record ID',
      'ID',
      '딜',
      '딜 번호',
      '기회 ID',
    ],
  },
  {
    key: 'at',
    en: 'Changed at',
    ko: '변경 시각',
    synonyms: [
      'CreatedDate',
      'Created Date',
      'Date',
      'Changed date',
      'Change date',
      'ChangedDate',
      'Stage date',
      'Date entered',
      'Entered',
      '날짜',
      '일자',
      '변경일',
      '변경 일자',
      '변경일시',
      '변경 일시',
    ],
  },
  {
    key: 'stage',
    en: 'Stage',
    ko: '단계',
    synonyms: [
      'StageName',
      'Stage Name',
      'To stage',
      'New stage',
      'Deal stage',
      '새 단계',
      '딜 단계',
    ],
  },
] as const satisfies readonly FieldSpec[];

/** One stage a deal moved into, as the export dates it. */
export interface ImportedStage {
  at: Date;
  /** The stage as the export writes it (an outcome such as "Closed Won" included). */
  stage: string;
  /** Won or Lost when the stage names an outcome, else Open. */
  status: Status;
}

/** A stage-history sheet as read: each known deal's stages in date order, and what was skipped. */
export interface StageHistoryRead {
  sheet: string;
  /** Per Deal ID, its stage changes, oldest first, a stage repeating the one before it dropped. */
  byDeal: Map<string, ImportedStage[]>;
  /** Stage changes kept (the sum over deals). */
  rows: number;
  /** Rows naming an ID that is not in Deals. */
  unknownDeal: number;
  /** Rows whose date cannot be read for certain, or whose stage is blank. */
  unreadable: number;
  /** Rows repeating the stage the deal was already in. */
  repeats: number;
  /** The day/month order used for dates written a/b/yyyy. */
  dayOrder?: DayOrder;
}

/** A header row qualifies when it names all three columns; the first such row is the header. */
const headerScore = (row: readonly unknown[]) => ({
  recognised: STAGE_HISTORY_FIELDS.length,
  missingRequired: findColumns(STAGE_HISTORY_FIELDS, row).missing,
});

/**
 * Reads `values` (a whole sheet) as a stage history of the deals whose IDs are `dealIds`: a header
 * row naming a deal ID, a date and a stage among the first rows, and IDs of which at least half are
 * deals'. Undefined when the sheet is not one. Dates that are text are read in the column's own
 * day/month order (14/03 decides it), else the locale's; a text date with no certain reading is
 * skipped and counted, never guessed.
 */
export function readStageHistory(
  sheet: string,
  values: readonly (readonly unknown[])[],
  dealIds: ReadonlySet<string>,
  timeZone: string,
  locale: string,
): StageHistoryRead | undefined {
  const headerRow = findHeaderRow(values, headerScore);
  if (headerRow === undefined) return undefined;
  const cols = findColumns(STAGE_HISTORY_FIELDS, values[headerRow]).columns as Record<
    'dealId' | 'at' | 'stage',
    number
  >;
  const rows = values.slice(headerRow + 1);
  const idOf = (r: readonly unknown[]) => String(r[cols.dealId] ?? '').trim();
  const ids = rows.map(idOf).filter((id) => id !== '');
  const known = ids.filter((id) => dealIds.has(id)).length;
  if (known === 0 || known * 2 < ids.length) return undefined;
  const texts = rows.map((r) => r[cols.at]).filter((v): v is string => typeof v === 'string');
  const inferred = inferDayOrder(texts);
  const dayOrder =
    inferred === 'conflict'
      ? undefined
      : (inferred ?? (texts.length ? localeDayOrder(locale) : undefined));
  const read: StageHistoryRead = {
    sheet,
    byDeal: new Map(),
    rows: 0,
    unknownDeal: 0,
    unreadable: 0,
    repeats: 0,
    dayOrder,
  };
  const dated: { id: string; at: Date; stage: string; order: number }[] = [];
  rows.forEach((r, order) => {
    const id = idOf(r);
    if (id === '') return;
    if (!dealIds.has(id)) {
      read.unknownDeal++;
      return;
    }
    const stage = String(r[cols.stage] ?? '').trim();
    const at = dateOf(r[cols.at], dayOrder, timeZone);
    if (!stage || !at) {
      read.unreadable++;
      return;
    }
    dated.push({ id, at, stage, order });
  });
  // Oldest first; rows of the same moment keep the export's order.
  dated.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const e of dated) {
    let list = read.byDeal.get(e.id);
    if (!list) {
      list = [];
      read.byDeal.set(e.id, list);
    }
    if (list.length > 0 && list[list.length - 1].stage === e.stage) {
      read.repeats++;
      continue;
    }
    list.push({ at: e.at, stage: e.stage, status: outcomeStatus(e.stage) });
    read.rows++;
  }
  return read;
}

function outcomeStatus(stage: string): Status {
  return outcomeWord(stage) ?? 'open';
}

function dateOf(v: unknown, order: DayOrder | undefined, timeZone: string): Date | undefined {
  if (isDate(v)) return v;
  if (typeof v !== 'string') return undefined;
  const day: CalendarDay | undefined = readDateText(v, order);
  return day ? calendarDayToDate(day, timeZone) : undefined;
}
