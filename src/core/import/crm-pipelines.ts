// Known CRMs' default pipelines (Salesforce, HubSpot, Pipedrive, Salesmap) and where stages the
// pipeline does not know go: a data set's stages either are one of these pipelines or are added in order.
import { findStage, labelKey, type Stage } from '../stages';
import { isClosedOutcome } from './outcomes';

export interface CrmPipeline {
  crm: string;
  /** Open stages in order; closed outcomes (Closed Won / Closed Lost) are statuses, not stages. */
  stages: readonly Stage[];
}

/**
 * Open stages of each CRM's default pipeline with its default win probability (Salesforce's and
 * HubSpot's published defaults; Pipedrive's from its API's example stages; the Korean five-stage
 * pipeline as Salesmap teams set it up — Salesmap's own default list was not available). Stall days are
 * ours (these CRMs ship none, or ship them off): two weeks early in the pipeline, ten days in the
 * middle, a week near signature, as for the add-on's own stages.
 */
export const CRM_PIPELINES: readonly CrmPipeline[] = [
  {
    crm: 'Salesforce',
    stages: [
      { en: 'Prospecting', ko: '잠재 고객 발굴', probability: 0.1, stallDays: 14 },
      { en: 'Qualification', ko: '고객 자격 평가', probability: 0.1, stallDays: 14 },
      { en: 'Needs Analysis', ko: '요구 분석', probability: 0.2, stallDays: 14 },
      { en: 'Value Proposition', ko: '가치 제안', probability: 0.5, stallDays: 10 },
      { en: 'Id. Decision Makers', ko: '의사 결정자 파악', probability: 0.6, stallDays: 10 },
      { en: 'Perception Analysis', ko: '인식 분석', probability: 0.7, stallDays: 10 },
      { en: 'Proposal/Price Quote', ko: '제안/견적', probability: 0.75, stallDays: 10 },
      { en: 'Negotiation/Review', ko: '협상/검토', probability: 0.9, stallDays: 7 },
    ],
  },
  {
    crm: 'HubSpot',
    stages: [
      { en: 'Appointment Scheduled', ko: '미팅 예정', probability: 0.2, stallDays: 14 },
      { en: 'Qualified To Buy', ko: '구매 자격 확인', probability: 0.4, stallDays: 14 },
      { en: 'Presentation Scheduled', ko: '프레젠테이션 예정', probability: 0.6, stallDays: 10 },
      { en: 'Decision Maker Bought-In', ko: '의사 결정자 동의', probability: 0.8, stallDays: 10 },
      { en: 'Contract Sent', ko: '계약서 발송', probability: 0.9, stallDays: 7 },
    ],
  },
  {
    crm: 'Pipedrive',
    stages: [
      { en: 'Qualified', ko: '자격 확인', probability: 0.2, stallDays: 14 },
      { en: 'Contact Made', ko: '연락 완료', probability: 0.4, stallDays: 14 },
      { en: 'Demo Scheduled', ko: '데모 예정', probability: 0.5, stallDays: 10 },
      { en: 'Proposal Made', ko: '제안 완료', probability: 0.6, stallDays: 10 },
      { en: 'Negotiations Started', ko: '협상 시작', probability: 0.8, stallDays: 7 },
    ],
  },
  {
    crm: 'Salesmap',
    stages: [
      { en: 'Lead', ko: '리드', probability: 0.1, stallDays: 14 },
      { en: 'Meeting', ko: '미팅', probability: 0.2, stallDays: 14 },
      { en: 'Proposal', ko: '제안', probability: 0.4, stallDays: 10 },
      { en: 'Negotiation', ko: '협상', probability: 0.6, stallDays: 10 },
      { en: 'Contract', ko: '계약', probability: 0.8, stallDays: 7 },
    ],
  },
];

/** A label without case, spacing or punctuation, as HubSpot's internal stage ids are (appointmentscheduled). */
function bareKey(label: string): string {
  return labelKey(label).replace(/[^\p{L}\p{N}]/gu, '');
}

function matchesStage(stage: Stage, text: string): boolean {
  const bare = bareKey(text);
  return bareKey(stage.en) === bare || bareKey(stage.ko) === bare;
}

/** Index of the stage whose label (or HubSpot-style id) matches text, or -1. */
export function findPipelineStage(stages: readonly Stage[], text: string): number {
  const exact = findStage(stages, text);
  // Stryker disable next-line EqualityOperator: the first stage, matched exactly, matches bare too
  return exact >= 0 ? exact : stages.findIndex((s) => matchesStage(s, text));
}

/**
 * The known CRM pipeline a data set's stage texts belong to: every open stage text is one of its
 * stages and at least two of them appear (one shared word such as Prospecting proves nothing).
 */
export function recognisePipeline(stageTexts: Iterable<string>): CrmPipeline | undefined {
  const distinct = [...new Set([...stageTexts].filter((t) => t.trim() && !isClosedOutcome(t)))];
  for (const pipeline of CRM_PIPELINES) {
    const hits = distinct.filter((t) => findPipelineStage(pipeline.stages, t) >= 0);
    if (hits.length === distinct.length && distinct.length >= 2) return pipeline;
  }
  return undefined;
}

/** Where a stage sits in a typical B2B pipeline (0 first contact … 1 after signature), by its words. */
const POSITION_WORDS: readonly [RegExp, number][] = [
  [/retention|renewal|upsell|유지|재구매|갱신/i, 1],
  [/contract|closing|commit|sign|계약|체결|클로징/i, 0.85],
  [/negotiat|review|협상|조율/i, 0.7],
  [/decision|perception|의사\s*결정/i, 0.6],
  [/propos|quote|pric|value|presentation|제안|견적|가격/i, 0.5],
  [/progress|working|active|진행/i, 0.45],
  [/qualif|discovery|needs|analysis|demo|자격|니즈|요구|분석|데모/i, 0.3],
  [/engag|contact|meeting|call|appointment|미팅|접촉|상담|연락|콜/i, 0.2],
  [/lead|prospect|new|inbound|리드|발굴|신규|잠재/i, 0.05],
];

/** A stage's position from its words, or undefined when none says. */
export function stagePosition(label: string): number | undefined {
  for (const [re, pos] of POSITION_WORDS) if (re.test(label)) return pos;
  return undefined;
}

/**
 * Inserts stages the pipeline lacks where their words place them (Engaging after Prospecting,
 * Proposal/Price Quote before Negotiation); stages no word places go before the last two stages
 * (Closing, Retention). A new stage takes the mean probability and the stall days of its neighbours.
 * Returns the new stage list and the added stages.
 */
export function insertUnknownStages(
  stages: readonly Stage[],
  unknownLabels: readonly string[],
): { stages: Stage[]; added: Stage[] } {
  const out = stages.map((s) => ({ ...s }));
  const added: Stage[] = [];
  for (const label of unknownLabels) {
    const pos = stagePosition(label);
    let at: number;
    if (pos === undefined) at = Math.max(0, out.length - 2);
    else {
      at = out.findIndex((s) => (stagePosition(s.en) ?? stagePosition(s.ko) ?? -1) > pos);
      if (at < 0) at = out.length;
    }
    const before = out[at - 1];
    const after = out[at];
    const probability = Number(
      (((before?.probability ?? 0) + (after?.probability ?? before?.probability ?? 0)) / 2).toFixed(
        2,
      ),
    );
    const stage: Stage = {
      en: label,
      ko: label,
      probability,
      stallDays: before?.stallDays ?? after?.stallDays ?? 14,
    };
    out.splice(at, 0, stage);
    added.push(stage);
  }
  return { stages: out, added };
}
