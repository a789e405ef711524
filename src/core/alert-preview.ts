// "Preview stall alerts": the day's plan as HTML for a dialog — who would get which deals, nothing sent.

import { RESULT } from './alert-log';
import type { AlertPlan } from './alert-plan';
import { formatAmount } from './currency';
import { totalAmount } from './digest-email';
import { escapeHtml } from './html';
import { type Lang, say } from './i18n';
import type { Stage } from './stages';

export interface PreviewOptions {
  lang: Lang;
  currency: string;
  stages: readonly Stage[];
  businessDays: boolean;
}

/** What a blocked digest's line says, by its Alerts result. */
const BLOCKED = {
  [RESULT.blockedDomain]: 'previewBlockedDomain',
  [RESULT.blockedInvalid]: 'previewBlockedInvalid',
} as const;

function statusText(lang: Lang, status: string): string {
  if (status === 'send') return say(lang, 'previewWillSend');
  const key = BLOCKED[status as keyof typeof BLOCKED];
  return key ? say(lang, key) : status;
}

/** The dialog's HTML body. Every value from the sheet is escaped. */
export function renderAlertPreview(plan: AlertPlan, options: PreviewOptions): string {
  const { lang } = options;
  const money = (n: number) => formatAmount(n, options.currency, options.lang);
  const sending = plan.digests.filter((d) => d.status === 'send');
  const parts: string[] = [
    `<div style="font-family:Arial,'Malgun Gothic',sans-serif;font-size:13px">`,
    `<p>${escapeHtml(
      sending.length === 0
        ? say(lang, 'previewNothing')
        : say(lang, 'previewSummary', {
            digests: sending.length,
            deals: sending.reduce((n, d) => n + d.deals.length, 0),
          }),
    )}</p>`,
  ];
  for (const d of plan.digests) {
    const status = statusText(lang, d.status);
    const cc = d.cc.length ? ` · ${say(lang, 'previewCc')} ${d.cc.join(', ')}` : '';
    const kind = d.kind === 'escalation' ? ` · ${say(lang, 'previewEscalation')}` : '';
    parts.push(
      `<h3 style="margin:14px 0 4px">${escapeHtml(d.owner || say(lang, 'previewNoOwner'))}</h3>`,
      `<div style="color:${d.status === 'send' ? '#188038' : '#c5221f'}">${escapeHtml(
        `${status}${kind}${cc} · ${money(totalAmount(d.deals))}`,
      )}</div>`,
      '<ul style="margin:4px 0">',
      ...d.deals.map((s) => {
        const stage = options.stages[s.deal.stage]?.[lang] ?? s.deal.stageText;
        const days = say(lang, options.businessDays ? 'previewBusinessDays' : 'previewDays', {
          days: s.days,
          limit: s.threshold,
        });
        const line = `${s.key} · ${s.deal.name} — ${s.deal.company} · ${stage} · ${days} · ${money(s.deal.amount)}`;
        return `<li>${escapeHtml(line)}</li>`;
      }),
      ...(d.overflow.length
        ? [`<li>${escapeHtml(say(lang, 'previewMore', { count: d.overflow.length }))}</li>`]
        : []),
      '</ul>',
    );
  }
  if (plan.quiet.length)
    parts.push(
      `<p style="color:#5f6368">${escapeHtml(say(lang, 'previewQuiet', { count: plan.quiet.length }))}</p>`,
    );
  parts.push('</div>');
  return parts.join('\n');
}
