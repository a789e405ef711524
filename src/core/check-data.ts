// Check data: every problem in the deals, as cell-level findings, and the notes that mark them.

import { dayNumber, isoDay } from './dates';
import type { Deal } from './deals';
import { findDuplicates } from './duplicates';
import type { StringKey } from './i18n';
import { isClosedOutcome } from './import/outcomes';
import { parseStatus, type Stage } from './stages';

export type ProblemKind =
  | 'duplicate'
  | 'missingOwner'
  | 'invalidEmail'
  | 'pastClose'
  | 'noClosedOn'
  | 'lostNoClosedOn'
  | 'probability'
  | 'amountText'
  | 'unknownStage'
  | 'unknownStatus';

/** A problem's note for its cell (takes parameters) and its title in the dialog (takes none). */
type ProblemNoteKey = Extract<StringKey, `problem${string}Note`>;
type ProblemTitleKey = Exclude<Extract<StringKey, `problem${string}`>, ProblemNoteKey>;

/** Problem kinds in the order the dialog lists them, with their title and note messages. */
export const PROBLEM_KINDS: readonly {
  kind: ProblemKind;
  title: ProblemTitleKey;
  note: ProblemNoteKey;
}[] = [
  { kind: 'duplicate', title: 'problemDuplicate', note: 'problemDuplicateNote' },
  { kind: 'missingOwner', title: 'problemMissingOwner', note: 'problemMissingOwnerNote' },
  { kind: 'invalidEmail', title: 'problemInvalidEmail', note: 'problemInvalidEmailNote' },
  { kind: 'pastClose', title: 'problemPastClose', note: 'problemPastCloseNote' },
  { kind: 'noClosedOn', title: 'problemNoClosedOn', note: 'problemNoClosedOnNote' },
  { kind: 'lostNoClosedOn', title: 'problemLostNoClosedOn', note: 'problemLostNoClosedOnNote' },
  { kind: 'probability', title: 'problemProbability', note: 'problemProbabilityNote' },
  { kind: 'amountText', title: 'problemAmountText', note: 'problemAmountTextNote' },
  { kind: 'unknownStage', title: 'problemUnknownStage', note: 'problemUnknownStageNote' },
  { kind: 'unknownStatus', title: 'problemUnknownStatus', note: 'problemUnknownStatusNote' },
];

/** Fields a problem can point at (Deals columns). */
export type ProblemField =
  | 'deal'
  | 'owner'
  | 'expectedClose'
  | 'closedOn'
  | 'probability'
  | 'amount'
  | 'stage'
  | 'status';

/** One problem on one deal: the cell is (row, field); params fill the note message. */
export interface Problem {
  kind: ProblemKind;
  /** 1-based sheet row. */
  row: number;
  field: ProblemField;
  params: Record<string, string | number>;
}

/** How far (as a fraction) a probability may be from its stage's default before it is flagged. */
export const PROBABILITY_TOLERANCE = 0.25;

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

/** True for a plain email address. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

export interface CheckInput {
  deals: readonly Deal[];
  /** The Deals sheet's values (row 0 = header), for what typed deals cannot show (raw status text). */
  values: readonly (readonly unknown[])[];
  /** 0-based column per field found in the header. */
  columns: Partial<Record<string, number>>;
  stages: readonly Stage[];
  /** Today, as a day number in the spreadsheet's time zone. */
  today: number;
  timeZone: string;
}

function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** Every problem in the deals, in sheet order within each kind. */
export function checkDeals(input: CheckInput): Problem[] {
  const { deals, values, columns, stages, today, timeZone } = input;
  const problems: Problem[] = [];
  const add = (
    kind: ProblemKind,
    row: number,
    field: ProblemField,
    params: Problem['params'] = {},
  ) => problems.push({ kind, row, field, params });
  const raw = (row: number, field: string): unknown => {
    const c = columns[field];
    // Stryker disable next-line OptionalChaining: every deal's row is a row of values
    return c === undefined ? '' : values[row - 1]?.[c];
  };

  for (const group of findDuplicates(deals)) {
    for (const d of group) {
      const others = group.filter((o) => o !== d).map((o) => o.row);
      add('duplicate', d.row, 'deal', { rows: others.join(', ') });
    }
  }
  for (const d of deals) {
    if (!d.owner) add('missingOwner', d.row, columns.owner === undefined ? 'deal' : 'owner');
    else if (!isEmail(d.owner)) add('invalidEmail', d.row, 'owner', { value: d.owner });
  }
  for (const d of deals) {
    if (d.status === 'open' && d.expectedClose && dayNumber(d.expectedClose, timeZone) < today)
      add('pastClose', d.row, 'expectedClose', {
        date: isoDay(dayNumber(d.expectedClose, timeZone)),
      });
  }
  // Won-in-period figures and the forecast fall back to Expected close for these (the forecast
  // for Lost ones too). Only once the sheet has the column (set-up adds it): before that every
  // closed deal would be listed.
  for (const d of deals) {
    if (columns.closedOn !== undefined && d.status !== 'open' && !d.closedOn)
      add(d.status === 'won' ? 'noClosedOn' : 'lostNoClosedOn', d.row, 'closedOn', {
        date: d.expectedClose ? isoDay(dayNumber(d.expectedClose, timeZone)) : '—',
      });
  }
  for (const d of deals) {
    // Stryker disable next-line ConditionalExpression: a blank probability gives NaN below, never far from the default
    if (d.status !== 'open' || d.probability === undefined || d.stage < 0) continue;
    const stage = stages[d.stage];
    // Stryker disable next-line EqualityOperator: the bound has a 1e-9 slack that no typed percentage lands on
    if (Math.abs(d.probability - stage.probability) > PROBABILITY_TOLERANCE + 1e-9)
      add('probability', d.row, 'probability', {
        value: percent(d.probability),
        stage: d.stageText,
        default: percent(stage.probability),
      });
  }
  for (const d of deals) {
    if (Number.isNaN(d.amount))
      add('amountText', d.row, 'amount', { value: String(raw(d.row, 'amount')) });
  }
  for (const d of deals) {
    // Won / Closed Lost in the stage column is an outcome (Status says it), not an unknown stage.
    if (d.stageText && d.stage < 0 && !(d.status !== 'open' && isClosedOutcome(d.stageText)))
      add('unknownStage', d.row, 'stage', { value: d.stageText });
  }
  for (const d of deals) {
    const status = raw(d.row, 'status');
    if (parseStatus(status) === undefined)
      add('unknownStatus', d.row, 'status', { value: String(status) });
  }
  return problems;
}

/** Problems counted per kind, every kind present (0 when clean). */
export function countProblems(problems: readonly Problem[]): Record<ProblemKind, number> {
  const counts = Object.fromEntries(PROBLEM_KINDS.map((k) => [k.kind, 0])) as Record<
    ProblemKind,
    number
  >;
  for (const p of problems) counts[p.kind]++;
  return counts;
}

/**
 * Marks the part of a note that Check data wrote. Everything from the marker on is ours and is
 * replaced or removed on the next run; text before it is the user's and is kept.
 */
export const NOTE_MARK = '⚑ Pipeline Sheet';

/** The user's part of a cell note (our part removed). */
export function userNotePart(note: string): string {
  const i = note.indexOf(NOTE_MARK);
  return i < 0 ? note : note.slice(0, i).replace(/\s+$/, '');
}

/** A cell note combining the user's part with our lines (or only the user's part when there are none). */
export function mergeNote(existing: string, ourLines: readonly string[]): string {
  const user = userNotePart(existing);
  if (ourLines.length === 0) return user;
  const ours = `${NOTE_MARK}\n${ourLines.join('\n')}`;
  return user ? `${user}\n\n${ours}` : ours;
}
