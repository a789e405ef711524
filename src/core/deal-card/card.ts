// The deal card: one deal's details, stage path from History, stall standing and same-company deals, as plain data.
import { dayNumber, isDate } from '../dates';
import type { Deal } from '../deals';
import { duplicateKey, normalizeName } from '../duplicates';
import { historyColumns, sameStage } from '../history';
import type { Lang } from '../i18n';
import { readRecord } from '../schema';
import { findStage, parseStatus, type Stage, type Status } from '../stages';
import { dayCounter, escalationDays, type StallRules } from '../stall';

/** One stage the deal went through: when it entered (day number) and how many days it stayed. */
export interface StageStep {
  /** Stage label in the card's language (as written when the stage is unknown). */
  stage: string;
  enteredDay: number | undefined;
  /** Days (calendar or business, as Settings says) until the next step, the close, or today. */
  days: number | undefined;
  current: boolean;
}

/** Another deal of the same company, a possible duplicate of this one. */
export interface SameCompanyDeal {
  row: number;
  dealId: string;
  name: string;
  stage: string;
  status: Status;
  /** Same company and same deal name once spelling variants are ignored (what Check data flags). */
  sameName: boolean;
}

/** Everything the deal card shows. Days are day numbers in the spreadsheet's zone. */
export interface DealCardView {
  row: number;
  dealId: string;
  name: string;
  company: string;
  owner: string;
  amount: number;
  stage: string;
  stageKnown: boolean;
  status: Status;
  steps: StageStep[];
  /** The day the deal was closed (Won or Lost) according to History. */
  closedDay: number | undefined;
  daysInStage: number | undefined;
  stallDays: number | undefined;
  stalled: boolean;
  escalated: boolean;
  businessDays: boolean;
  probability: number | undefined;
  probabilitySource: 'typed' | 'stage' | 'none';
  expectedCloseDay: number | undefined;
  nextStep: string;
  snoozeUntilDay: number | undefined;
  lostReason: string;
  duplicates: SameCompanyDeal[];
  /** Stage labels in the card's language, in pipeline order (the "move to stage" choices). */
  stageOptions: string[];
  todayDay: number;
}

/** What the card is built from: the deal, every deal (for duplicates), History and the rules. */
export interface DealCardInput {
  deal: Deal;
  deals: readonly Deal[];
  historyValues: readonly (readonly unknown[])[];
  rules: StallRules;
  lang: Lang;
  today: Date;
  timeZone: string;
}

/** Same-company deals listed on a card at most (Check data lists them all). */
export const MAX_DUPLICATES = 10;

function stageLabel(stages: readonly Stage[], index: number, text: string, lang: Lang): string {
  return stages[index]?.[lang] ?? text;
}

/**
 * The stages a deal went through, from its History rows (in sheet order) and its current row. The
 * current stage's entry day is the Stage entered cell when there is one (what stall alerts count
 * from), else History's; a stage History never saw is added from the row.
 */
export function stageSteps(input: DealCardInput): { steps: StageStep[]; closedDay?: number } {
  const { deal, historyValues, rules, lang, timeZone } = input;
  const stages = rules.stages;
  const count = dayCounter(rules, timeZone);
  const todayDay = dayNumber(input.today, timeZone);
  const raw: { text: string; day: number | undefined }[] = [];
  let closedDay: number | undefined;
  if (deal.dealId) {
    const cols = historyColumns(historyValues[0]);
    for (let r = 1; r < historyValues.length; r++) {
      const cells = readRecord(cols, historyValues[r]);
      if (String(cells.dealId ?? '').trim() !== deal.dealId) continue;
      const to = String(cells.to ?? '').trim();
      const day = isDate(cells.changedAt) ? dayNumber(cells.changedAt, timeZone) : undefined;
      if (to && (raw.length === 0 || !sameStage(raw[raw.length - 1].text, to, stages)))
        raw.push({ text: to, day });
      const status = parseStatus(cells.status) ?? 'open';
      closedDay = status === 'open' ? undefined : (closedDay ?? day);
    }
  }
  const entered = deal.stageEntered ? dayNumber(deal.stageEntered, timeZone) : undefined;
  if (deal.stageText) {
    const last = raw[raw.length - 1];
    if (!last || !sameStage(last.text, deal.stageText, stages))
      raw.push({ text: deal.stageText, day: entered });
    else if (entered !== undefined) last.day = entered;
  }
  if (deal.status === 'open') closedDay = undefined;
  const end = deal.status === 'open' ? todayDay : closedDay;
  const steps = raw.map((step, i): StageStep => {
    const until = i + 1 < raw.length ? raw[i + 1].day : end;
    const index = findStage(stages, step.text);
    return {
      stage: stageLabel(stages, index, step.text, lang),
      enteredDay: step.day,
      days:
        step.day !== undefined && until !== undefined && until >= step.day
          ? count(step.day, until)
          : undefined,
      current: i === raw.length - 1,
    };
  });
  return { steps, closedDay };
}

/** Other deals whose company is the same once spelling variants are ignored; same names first. */
export function sameCompanyDeals(
  deal: Deal,
  deals: readonly Deal[],
  stages: readonly Stage[],
  lang: Lang,
): SameCompanyDeal[] {
  const company = normalizeName(deal.company);
  if (!company) return [];
  const key = duplicateKey(deal);
  return deals
    .filter((d) => d.row !== deal.row && normalizeName(d.company) === company)
    .map((d) => ({
      row: d.row,
      dealId: d.dealId,
      name: d.name,
      stage: stageLabel(stages, d.stage, d.stageText, lang),
      status: d.status,
      sameName: key !== '' && duplicateKey(d) === key,
    }))
    .sort((a, b) => Number(b.sameName) - Number(a.sameName) || a.row - b.row)
    .slice(0, MAX_DUPLICATES);
}

/** The card for one deal as of `today`. */
export function buildDealCard(input: DealCardInput): DealCardView {
  const { deal, rules, lang, timeZone } = input;
  const stages = rules.stages;
  const todayDay = dayNumber(input.today, timeZone);
  const stage = stages[deal.stage];
  const { steps, closedDay } = stageSteps(input);
  const daysInStage =
    deal.status === 'open' && deal.stageEntered
      ? dayCounter(rules, timeZone)(dayNumber(deal.stageEntered, timeZone), todayDay)
      : undefined;
  const snoozeUntilDay = deal.snoozeUntil ? dayNumber(deal.snoozeUntil, timeZone) : undefined;
  const snoozed = snoozeUntilDay !== undefined && snoozeUntilDay > todayDay;
  const stalled = !!stage && daysInStage !== undefined && !snoozed && daysInStage > stage.stallDays;
  return {
    row: deal.row,
    dealId: deal.dealId,
    name: deal.name,
    company: deal.company,
    owner: deal.owner,
    amount: deal.amount,
    stage: stageLabel(stages, deal.stage, deal.stageText, lang),
    stageKnown: !!stage,
    status: deal.status,
    steps,
    closedDay,
    daysInStage,
    stallDays: stage?.stallDays,
    stalled,
    escalated: stalled && !!stage && (daysInStage ?? 0) >= escalationDays(stage.stallDays),
    businessDays: rules.businessDays,
    probability: deal.probability ?? stage?.probability,
    probabilitySource:
      deal.probability !== undefined ? 'typed' : stage ? 'stage' : ('none' as const),
    expectedCloseDay: deal.expectedClose ? dayNumber(deal.expectedClose, timeZone) : undefined,
    nextStep: deal.nextStep,
    snoozeUntilDay,
    lostReason: deal.lostReason,
    duplicates: sameCompanyDeals(deal, input.deals, stages, lang),
    stageOptions: stages.map((s) => s[lang]),
    todayDay,
  };
}
