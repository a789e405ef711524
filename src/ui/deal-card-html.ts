// HTML of the deal card sidebar: the page (Google add-on styles inlined), the card, and the page script.
import { formatAmount } from '../core/currency';
import { isoDay } from '../core/dates';
import { SNOOZE_DAYS } from '../core/deal-card/actions';
import type { DealCardView, StageStep } from '../core/deal-card/card';
import type { CardMessageKey } from '../core/deal-card/card-messages';
import { escapeHtml } from '../core/html';
import type { Lang } from '../core/i18n';
import { type StringParam, say, sayWith } from '../core/i18n';
import { STATUS_LABELS } from '../core/stages';
import { DEAL_CARD_SCRIPT } from './deal-card-script';

/**
 * The few classes of Google's add-on stylesheet the card uses (buttons, .action, .create, .error,
 * .gray, .block, .sidebar, .bottom), inlined: the sidebar fetches nothing.
 */
const ADDON_CSS = `
body{font-family:Arial,sans-serif;font-size:13px;color:#222;margin:0}
.sidebar{padding:12px 12px 64px}
.bottom{position:fixed;bottom:0;left:0;right:0;padding:12px;background:#fff;border-top:1px solid #e5e5e5}
h2{font-size:16px;margin:0 0 4px}h3{font-size:13px;margin:16px 0 6px}
.block{margin-bottom:14px}.gray{color:#777}.error{color:#dd4b39}
label,.label{display:block;font-weight:bold;margin:0 0 4px}
button{font-family:Arial,sans-serif;font-size:11px;font-weight:bold;height:29px;min-width:60px;padding:0 8px;margin:2px 4px 2px 0;border:1px solid #dcdcdc;border-radius:2px;background:#f5f5f5;color:#333;cursor:pointer}
button:hover{border-color:#c6c6c6;box-shadow:0 1px 1px rgba(0,0,0,.1)}
button:focus,input:focus,select:focus,textarea:focus,h2:focus{outline:2px solid #4d90fe;outline-offset:1px}
button:disabled{opacity:.5;cursor:default}
button.action{background:#4d90fe;border-color:#3079ed;color:#fff}
button.create{background:#35aa47;border-color:#2d9c3f;color:#fff}
input,select,textarea{font-family:Arial,sans-serif;font-size:13px;border:1px solid #d9d9d9;border-top-color:#c0c0c0;border-radius:1px;padding:4px 8px;box-sizing:border-box;width:100%;margin-bottom:4px}
input,select{height:29px}textarea{min-height:56px;resize:vertical}
table.facts{border-collapse:collapse;width:100%}table.facts th{text-align:left;font-weight:normal;color:#777;padding:3px 8px 3px 0;vertical-align:top;white-space:nowrap}table.facts td{padding:3px 0}
ol.path{margin:0;padding-left:20px}ol.path li.current{font-weight:bold}
.badge{display:inline-block;padding:0 6px;border-radius:8px;background:#e8f0fe;color:#1a73e8;font-size:11px}
.status{min-height:16px;margin-bottom:8px}
`;

function t(lang: Lang, key: CardMessageKey, params?: Record<string, StringParam>): string {
  return escapeHtml(sayWith(lang, key, params ?? {}));
}

function day(d: number | undefined, lang: Lang): string {
  return d === undefined ? t(lang, 'cardNone') : escapeHtml(isoDay(d));
}

function percent(p: number | undefined): string {
  return p === undefined ? '' : `${Math.round(p * 1000) / 10}%`;
}

function stepItem(step: StageStep, lang: Lang): string {
  const params = {
    stage: step.stage,
    date: step.enteredDay === undefined ? '' : isoDay(step.enteredDay),
    days: step.days ?? '',
  };
  const key: CardMessageKey =
    step.enteredDay === undefined
      ? 'cardStageStepUndated'
      : step.days === undefined
        ? 'cardStageStepOpen'
        : 'cardStageStep';
  return `<li${step.current ? ' class="current" aria-current="step"' : ''}>${t(lang, key, params)}</li>`;
}

function fact(lang: Lang, key: CardMessageKey, field: string, html: string): string {
  return `<tr><th scope="row">${t(lang, key)}</th><td data-field="${field}">${html}</td></tr>`;
}

function daysHtml(v: DealCardView, lang: Lang): string {
  if (v.daysInStage === undefined) return t(lang, 'cardNone');
  const params = { days: v.daysInStage, threshold: v.stallDays ?? '—' };
  const text = t(
    lang,
    v.businessDays ? 'cardBusinessDaysOfThreshold' : 'cardDaysOfThreshold',
    params,
  );
  const flag = v.escalated ? 'cardEscalated' : v.stalled ? 'cardStalled' : undefined;
  return flag ? `${text} <strong class="error">${t(lang, flag)}</strong>` : text;
}

/** The card of one deal: facts, stage path, actions and same-company deals. Every value escaped. */
export function dealCardFragment(v: DealCardView, lang: Lang, currency: string): string {
  const status = STATUS_LABELS[v.status][lang];
  const probability =
    v.probabilitySource === 'none'
      ? t(lang, 'cardNone')
      : t(lang, v.probabilitySource === 'typed' ? 'cardProbabilityTyped' : 'cardProbabilityStage', {
          value: percent(v.probability),
        });
  const facts = [
    fact(lang, 'cardOwner', 'owner', v.owner ? escapeHtml(v.owner) : t(lang, 'cardNone')),
    fact(lang, 'cardAmount', 'amount', escapeHtml(formatAmount(v.amount, currency, lang))),
    fact(
      lang,
      'cardStage',
      'stage',
      `${escapeHtml(v.stage || '—')} <span class="badge">${escapeHtml(status)}</span>`,
    ),
    fact(lang, 'cardDaysInStage', 'days', daysHtml(v, lang)),
    fact(lang, 'cardProbability', 'probability', probability),
    fact(lang, 'cardExpectedClose', 'expected-close', day(v.expectedCloseDay, lang)),
    v.snoozeUntilDay !== undefined
      ? fact(lang, 'cardSnoozedUntil', 'snooze-until', day(v.snoozeUntilDay, lang))
      : '',
    v.status === 'lost'
      ? fact(lang, 'cardLostReason', 'lost-reason', escapeHtml(v.lostReason))
      : '',
  ].join('');
  const closed =
    v.status !== 'open' && v.closedDay !== undefined
      ? `<li>${t(lang, 'cardClosedOn', { status, date: isoDay(v.closedDay) })}</li>`
      : '';
  const path = `<ol class="path" data-field="path">${v.steps.map((s) => stepItem(s, lang)).join('')}${closed}</ol>`;
  const nextStep = `<form class="block" data-action="nextStep" novalidate><label for="next-step">${t(lang, 'cardNextStep')}</label><textarea id="next-step" name="text">${escapeHtml(v.nextStep)}</textarea><button type="submit" class="action">${t(lang, 'cardSave')}</button></form>`;
  const snooze =
    v.status === 'open'
      ? `<div class="block" role="group" aria-labelledby="snooze-label"><div class="label" id="snooze-label">${t(lang, 'cardSnooze')}</div>${SNOOZE_DAYS.map((d) => `<button type="button" data-action="snooze" data-days="${d}">${t(lang, 'cardSnoozeDays', { days: d })}</button>`).join('')}<form data-action="snoozeUntil" novalidate><label for="snooze-date">${t(lang, 'cardSnoozeDate')}</label><input type="date" id="snooze-date" name="date" min="${isoDay(v.todayDay + 1)}"><button type="submit">${t(lang, 'cardSnoozeToDate')}</button></form></div>`
      : '';
  const outcome = `<div class="block" role="group" aria-labelledby="outcome-label"><div class="label" id="outcome-label">${t(lang, 'cardOutcome')}</div>${v.status !== 'won' ? `<button type="button" class="create" data-action="won">${t(lang, 'cardMarkWon')}</button>` : ''}${v.status !== 'lost' ? `<button type="button" data-show="lost-form">${t(lang, 'cardMarkLost')}</button><form id="lost-form" data-action="lost" hidden novalidate><label for="lost-reason">${t(lang, 'cardLostReasonPrompt')}</label><input id="lost-reason" name="reason" autocomplete="off"><button type="submit" class="action">${t(lang, 'cardConfirmLost')}</button><button type="button" data-hide="lost-form">${t(lang, 'cardCancel')}</button></form>` : ''}</div>`;
  const options = v.stageOptions
    .map((s) => `<option${s === v.stage ? ' selected' : ''}>${escapeHtml(s)}</option>`)
    .join('');
  const move =
    v.status !== 'lost'
      ? `<form class="block" data-action="stage" novalidate><label for="move-stage">${t(lang, 'cardMoveStage')}</label><select id="move-stage" name="stage">${options}</select><button type="submit">${t(lang, 'cardMove')}</button></form>`
      : '';
  const dupes = v.duplicates.length
    ? `<ul data-field="duplicates">${v.duplicates
        .map(
          (d) =>
            `<li>${escapeHtml(d.name || '—')} <span class="gray">${escapeHtml([d.dealId, say(lang, 'cardRow', { row: d.row }), d.stage, STATUS_LABELS[d.status][lang]].filter(Boolean).join(' · '))}</span>${d.sameName ? ` <strong class="error">${t(lang, 'cardSameName')}</strong>` : ''}</li>`,
        )
        .join('')}</ul>`
    : `<p class="gray" data-field="duplicates">${t(lang, 'cardNoDuplicates')}</p>`;
  const subtitle = [v.company, v.dealId, say(lang, 'cardRow', { row: v.row })].filter(Boolean);
  return `<section data-row="${v.row}" data-deal-id="${escapeHtml(v.dealId)}" data-name="${escapeHtml(v.name)}" aria-labelledby="deal-title">
<h2 id="deal-title" tabindex="-1">${escapeHtml(v.name || '—')}</h2>
<div class="gray block" data-field="subtitle">${escapeHtml(subtitle.join(' · '))}</div>
<table class="facts">${facts}</table>
<h3>${t(lang, 'cardStagePath')}</h3>${path}
<h3>${t(lang, 'cardDuplicates')}</h3>${dupes}
${nextStep}${snooze}${outcome}${move}
</section>`;
}

/** JSON for a <script> element: `<` escaped so no value can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The sidebar page: a card (or a message saying what to select), the bottom bar and the script. */
export function dealCardPage(lang: Lang, body: { card?: string; message?: string }): string {
  const strings = { working: say(lang, 'cardWorking') };
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><base target="_top"><style>${ADDON_CSS}</style></head><body>
<div class="sidebar">
<div id="notice" class="status gray" role="status" aria-live="polite"></div>
<div id="error" class="status error" role="alert" tabindex="-1">${body.message ? escapeHtml(body.message) : ''}</div>
<div id="card">${body.card ?? ''}</div>
</div>
<div class="bottom"><button type="button" id="show-selected">${t(lang, 'cardShowSelected')}</button></div>
<script type="application/json" id="strings">${scriptJson(strings)}</script>
<script>${DEAL_CARD_SCRIPT}</script>
</body></html>`;
}
