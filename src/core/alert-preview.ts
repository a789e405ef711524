// "Preview stall alerts": the day's plan as HTML for a dialog — who would get which deals, nothing sent.

import { RESULT } from './alert-log';
import type { AlertPlan } from './alert-plan';
import { formatAmount } from './currency';
import { totalAmount } from './digest-email';
import { escapeHtml } from './html';
import type { Lang } from './i18n';
import type { Stage } from './stages';

export interface PreviewOptions {
  lang: Lang;
  currency: string;
  stages: readonly Stage[];
  businessDays: boolean;
}

const PREVIEW_TEXT = {
  en: {
    title: 'Stall alerts preview',
    nothing: 'No stall alerts would be sent today.',
    summary: (n: number, m: number) =>
      `${n} ${n === 1 ? 'digest' : 'digests'} would be sent, listing ${m} ${m === 1 ? 'deal' : 'deals'}. Nothing has been sent.`,
    willSend: 'will be emailed',
    cc: 'cc',
    escalation: 'escalation',
    status: {
      [RESULT.blockedDomain]: 'blocked: address outside the allowed domains',
      [RESULT.blockedInvalid]: 'blocked: not a valid email address',
    } as Record<string, string>,
    days: (d: number, t: number, b: boolean) => `${d}${b ? ' business' : ''} days (limit ${t})`,
    quiet: (n: number) =>
      `${n} more stalled ${n === 1 ? 'deal is' : 'deals are'} quiet today (cooldown, already sent today, or recently blocked).`,
    noOwner: '(no owner)',
    more: (n: number) => `…and ${n} more (listed in the coming days)`,
  },
  ko: {
    title: '정체 알림 미리보기',
    nothing: '오늘 보낼 정체 알림이 없습니다.',
    summary: (n: number, m: number) =>
      `알림 ${n}통(딜 ${m}건)이 발송될 예정입니다. 아직 아무것도 보내지 않았습니다.`,
    willSend: '발송 예정',
    cc: '참조',
    escalation: '에스컬레이션',
    status: {
      [RESULT.blockedDomain]: '차단: 허용되지 않은 도메인',
      [RESULT.blockedInvalid]: '차단: 올바른 이메일 주소가 아님',
    } as Record<string, string>,
    days: (d: number, t: number, b: boolean) => `${b ? '영업일 ' : ''}${d}일 (기준 ${t}일)`,
    quiet: (n: number) =>
      `그 밖의 정체 딜 ${n}건은 오늘 알림 대상이 아닙니다 (재알림 간격, 오늘 이미 발송, 최근 차단).`,
    noOwner: '(담당자 없음)',
    more: (n: number) => `…외 ${n}건 (다음 알림부터 차례로)`,
  },
} as const;

/** The dialog's HTML body. Every value from the sheet is escaped. */
export function renderAlertPreview(plan: AlertPlan, options: PreviewOptions): string {
  const t = PREVIEW_TEXT[options.lang];
  const money = (n: number) => formatAmount(n, options.currency, options.lang);
  const sending = plan.digests.filter((d) => d.status === 'send');
  const parts: string[] = [
    `<div style="font-family:Arial,'Malgun Gothic',sans-serif;font-size:13px">`,
    `<p>${escapeHtml(
      sending.length === 0
        ? t.nothing
        : t.summary(
            sending.length,
            sending.reduce((n, d) => n + d.deals.length, 0),
          ),
    )}</p>`,
  ];
  for (const d of plan.digests) {
    const status = d.status === 'send' ? t.willSend : (t.status[d.status] ?? d.status);
    const cc = d.cc.length ? ` · ${t.cc} ${d.cc.join(', ')}` : '';
    const kind = d.kind === 'escalation' ? ` · ${t.escalation}` : '';
    parts.push(
      `<h3 style="margin:14px 0 4px">${escapeHtml(d.owner || t.noOwner)}</h3>`,
      `<div style="color:${d.status === 'send' ? '#188038' : '#c5221f'}">${escapeHtml(
        `${status}${kind}${cc} · ${money(totalAmount(d.deals))}`,
      )}</div>`,
      '<ul style="margin:4px 0">',
      ...d.deals.map((s) => {
        const stage = options.stages[s.deal.stage]?.[options.lang] ?? s.deal.stageText;
        const line = `${s.key} · ${s.deal.name} — ${s.deal.company} · ${stage} · ${t.days(s.days, s.threshold, options.businessDays)} · ${money(s.deal.amount)}`;
        return `<li>${escapeHtml(line)}</li>`;
      }),
      ...(d.overflow.length ? [`<li>${escapeHtml(t.more(d.overflow.length))}</li>`] : []),
      '</ul>',
    );
  }
  if (plan.quiet.length)
    parts.push(`<p style="color:#5f6368">${escapeHtml(t.quiet(plan.quiet.length))}</p>`);
  parts.push('</div>');
  return parts.join('\n');
}

/** The dialog title in the sheet's language. */
export function previewTitle(lang: Lang): string {
  return PREVIEW_TEXT[lang].title;
}
