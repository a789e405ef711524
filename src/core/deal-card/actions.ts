// Deal card actions: validate what the sidebar sent, then plan the cells and History rows one action writes.
import { dayNumber, isoDay, parseIsoDay } from '../dates';
import type { Deal } from '../deals';
import { planEditHistory } from '../history';
import type { Lang } from '../i18n';
import { startOfDay } from '../report-day';
import type { DealField } from '../schema';
import { findStage, STATUS_LABELS, type Stage, type Status } from '../stages';
import type { CardMessage } from './card-messages';

/** What a sidebar button asks for. */
export type DealCardAction =
  | { kind: 'nextStep'; text: string }
  | { kind: 'snooze'; days: number }
  | { kind: 'snoozeUntil'; date: string }
  | { kind: 'won' }
  | { kind: 'lost'; reason: string }
  | { kind: 'stage'; stage: string };

/** Snooze lengths offered as buttons. */
export const SNOOZE_DAYS: readonly number[] = [3, 7, 14];

/** The longest text a cell holds (Sheets refuses the whole write above it). */
export const MAX_CELL_TEXT = 50_000;

/** One action's writes: cells of the deal's row and History rows to append, plus what to tell the user. */
export interface DealActionPlan {
  cells: Partial<Record<DealField, unknown>>;
  historyRows: unknown[][];
  notice: CardMessage;
}

export type Planned<T> = { ok: true; value: T } | { ok: false; error: CardMessage };

const refuse = (key: CardMessage['key'], params?: CardMessage['params']) =>
  ({ ok: false, error: { key, params } }) as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The action in what the page sent (anything may arrive: the page runs in the user's browser).
 * Unknown kinds and wrong types are refused with a message naming what was wrong.
 */
export function parseDealAction(input: unknown): Planned<DealCardAction> {
  if (!isRecord(input) || typeof input.kind !== 'string')
    return refuse('cardErrBadRequest', { what: typeof input });
  const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : null);
  switch (input.kind) {
    case 'nextStep':
    case 'lost':
    case 'stage':
    case 'snoozeUntil': {
      const field = { nextStep: 'text', lost: 'reason', stage: 'stage', snoozeUntil: 'date' }[
        input.kind
      ];
      const value = text(field);
      if (value === null) return refuse('cardErrBadRequest', { what: `${input.kind}.${field}` });
      return { ok: true, value: { kind: input.kind, [field]: value } as DealCardAction };
    }
    case 'snooze': {
      const days = input.days;
      if (typeof days !== 'number' || !SNOOZE_DAYS.includes(days))
        return refuse('cardErrSnoozeDays');
      return { ok: true, value: { kind: 'snooze', days } };
    }
    case 'won':
      return { ok: true, value: { kind: 'won' } };
    default:
      return refuse('cardErrBadRequest', { what: input.kind.slice(0, 40) });
  }
}

/** What an action is planned against: the deal as read now and the workbook's rules. */
export interface DealActionContext {
  deal: Deal;
  historyValues: readonly (readonly unknown[])[];
  stages: readonly Stage[];
  lang: Lang;
  now: Date;
  /** The spreadsheet's zone: it decides which day "today" is. */
  timeZone: string;
  /** Who acts (for History's Changed by; may be blank). */
  user: string;
  /** The ID to give a deal that has none (History rows need one). */
  newDealId: () => string;
}

function statusText(status: Status, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

/**
 * A change of stage or status planned as a person's edit of those cells would be: History row,
 * Stage entered, the stage's default probability and a blank Closed on (planEditHistory), plus the
 * new cells. Closed on is the day of the action in the spreadsheet's zone: it is the event's date.
 */
function planAsEdit(
  ctx: DealActionContext,
  change: { stage?: number; status?: Status },
  cells: DealActionPlan['cells'],
  notice: CardMessage,
): DealActionPlan {
  const { deal, stages, lang } = ctx;
  const dealId = deal.dealId || ctx.newDealId();
  const stageText = change.stage === undefined ? deal.stageText : stages[change.stage][lang];
  const after: Deal = {
    ...deal,
    dealId,
    stageText,
    stage: change.stage ?? deal.stage,
    status: change.status ?? deal.status,
  };
  const plan = planEditHistory(
    [after],
    ctx.historyValues,
    stages,
    ctx.now,
    ctx.user,
    lang,
    // The row as it was: exactly what an edit event's old values would say.
    {
      stage: new Map([[deal.row, deal.stageText]]),
      status: new Map([[deal.row, statusText(deal.status, lang)]]),
    },
  );
  const out: DealActionPlan['cells'] = { ...cells };
  if (!deal.dealId) out.dealId = dealId;
  if (change.stage !== undefined) out.stage = stageText;
  if (change.status !== undefined) out.status = statusText(change.status, lang);
  const entered = plan.stageEnteredUpdates.get(deal.row);
  if (entered) out.stageEntered = entered;
  const probability = plan.probabilityUpdates.get(deal.row);
  if (probability !== undefined) out.probability = probability;
  if (plan.closedOnUpdates.has(deal.row))
    out.closedOn = startOfDay(dayNumber(ctx.now, ctx.timeZone), ctx.timeZone);
  return { cells: out, historyRows: plan.historyRows, notice };
}

function tooLong(field: string, text: string): CardMessage | undefined {
  return text.length > MAX_CELL_TEXT
    ? { key: 'cardErrTooLong', params: { field, length: text.length, max: MAX_CELL_TEXT } }
    : undefined;
}

/** Plans one action, or refuses it with a message; a refusal writes nothing. */
export function planDealAction(
  ctx: DealActionContext,
  action: DealCardAction,
): Planned<DealActionPlan> {
  const { deal, stages, lang } = ctx;
  const today = dayNumber(ctx.now, ctx.timeZone);
  const ok = (value: DealActionPlan) => ({ ok: true, value }) as const;
  switch (action.kind) {
    case 'nextStep': {
      const text = action.text.trim();
      const long = tooLong(lang === 'ko' ? '다음 할 일' : 'Next step', text);
      if (long) return { ok: false, error: long };
      if (text === deal.nextStep) return refuse('cardErrUnchanged', { value: text });
      return ok({
        cells: { nextStep: text },
        historyRows: [],
        notice: { key: 'cardSavedNextStep' },
      });
    }
    case 'snooze':
    case 'snoozeUntil': {
      if (deal.status !== 'open')
        return refuse('cardErrSnoozeClosed', { status: statusText(deal.status, lang) });
      let day: number;
      if (action.kind === 'snooze') day = today + action.days;
      else {
        const parsed = parseIsoDay(action.date);
        if (parsed === undefined)
          return refuse('cardErrSnoozeDate', { value: action.date.slice(0, 40) });
        if (parsed <= today)
          return refuse('cardErrSnoozePast', { date: isoDay(parsed), today: isoDay(today) });
        day = parsed;
      }
      return ok({
        cells: { snoozeUntil: startOfDay(day, ctx.timeZone) },
        historyRows: [],
        notice: { key: 'cardSavedSnooze', params: { date: isoDay(day) } },
      });
    }
    case 'won':
      if (deal.status === 'won')
        return refuse('cardErrAlready', { status: statusText('won', lang) });
      return ok(planAsEdit(ctx, { status: 'won' }, {}, { key: 'cardSavedWon' }));
    case 'lost': {
      const reason = action.reason.trim();
      if (deal.status === 'lost')
        return refuse('cardErrAlready', { status: statusText('lost', lang) });
      if (!reason) return refuse('cardErrReasonRequired');
      const long = tooLong(lang === 'ko' ? '실패 사유' : 'Lost reason', reason);
      if (long) return { ok: false, error: long };
      return ok(
        planAsEdit(ctx, { status: 'lost' }, { lostReason: reason }, { key: 'cardSavedLost' }),
      );
    }
    case 'stage': {
      const index = findStage(stages, action.stage);
      if (index < 0)
        return refuse('cardErrUnknownStage', {
          stage: action.stage.slice(0, 80),
          list: stages.map((s) => s[lang]).join(', '),
        });
      if (deal.status === 'lost') return refuse('cardErrLostStage');
      if (index === deal.stage) return refuse('cardErrSameStage', { stage: stages[index][lang] });
      return ok(
        planAsEdit(
          ctx,
          { stage: index },
          {},
          {
            key: 'cardSavedStage',
            params: { stage: stages[index][lang] },
          },
        ),
      );
    }
  }
}
