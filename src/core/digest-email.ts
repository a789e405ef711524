// The stall digest email: subject, plain text and HTML in English or Korean, every sheet value escaped.
import { formatAmount } from './currency';
import { escapeHtml } from './html';
import type { Lang } from './i18n';
import type { Stage } from './stages';
import type { StalledDeal } from './stall';

export interface DigestEmailInput {
  lang: Lang;
  deals: readonly StalledDeal[];
  /** Due deals not listed (over the per-digest limit): counted in the subject and summarised. */
  overflow?: readonly StalledDeal[];
  stages: readonly Stage[];
  /** ISO 4217 code from Settings. */
  currency: string;
  /** True when days are business days (the wording says so). */
  businessDays: boolean;
  spreadsheetName: string;
  spreadsheetUrl: string;
  /** Sheet id of Deals, for row links (#gid=…&range=A<row>). */
  dealsSheetId: number;
  /** Escalation digests say so in the subject. */
  escalation: boolean;
  /** Signature line (the sender name from Settings). */
  senderName: string;
}

export interface DigestEmail {
  subject: string;
  body: string;
  htmlBody: string;
}

/** One line: control characters (CR/LF from a cell) become spaces, so a value cannot break a header. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The link that opens the deal's row in the Deals sheet. */
export function rowLink(spreadsheetUrl: string, sheetId: number, row: number): string {
  const base = spreadsheetUrl.replace(/#.*$/, '');
  return `${base}#gid=${sheetId}&range=A${row}`;
}

const DIGEST_TEXT = {
  en: {
    subject: (n: number, total: string) => `${n} stalled ${n === 1 ? 'deal' : 'deals'} · ${total}`,
    escalation: '[Escalation] ',
    greeting: 'Hello,',
    intro: (sheet: string) =>
      `These deals in "${sheet}" have stayed in their stage longer than the stall limit (most urgent first):`,
    days: (d: number, t: number, business: boolean) =>
      `${d} ${business ? 'business days' : 'days'} in stage (limit ${t})`,
    escalated: 'ESCALATED',
    headers: ['Deal ID', 'Deal', 'Company', 'Stage', 'Days stalled', 'Amount', 'Next step', ''],
    stage: 'Stage',
    amount: 'Amount',
    nextStep: 'Next step',
    none: '—',
    open: 'Open row',
    total: 'Total',
    more: (n: number) =>
      `…and ${n} more stalled ${n === 1 ? 'deal' : 'deals'}, listed in the coming days. See the Deals sheet.`,
    outro: 'Move the deal forward, update its stage, or set "Snooze until" to pause alerts for it.',
  },
  ko: {
    subject: (n: number, total: string) => `정체된 딜 ${n}건 · ${total}`,
    escalation: '[에스컬레이션] ',
    greeting: '안녕하세요.',
    intro: (sheet: string) =>
      `"${sheet}"에서 아래 딜이 단계별 정체 기준보다 오래 머물러 있습니다 (긴급한 순):`,
    days: (d: number, t: number, business: boolean) =>
      `${business ? '영업일 ' : ''}${d}일 경과 (기준 ${t}일)`,
    escalated: '에스컬레이션',
    headers: ['딜 ID', '딜', '회사', '단계', '정체 기간', '금액', '다음 할 일', ''],
    stage: '단계',
    amount: '금액',
    nextStep: '다음 할 일',
    none: '—',
    open: '행 열기',
    total: '합계',
    more: (n: number) =>
      `…외 정체 딜 ${n}건은 다음 알림부터 차례로 보여 드립니다. 딜 시트에서 확인하세요.`,
    outro: '딜을 진행하거나 단계를 갱신하세요. 알림을 잠시 멈추려면 "알림 보류 기한"을 입력하세요.',
  },
} as const;

/** Sum of the amounts that are numbers. */
export function totalAmount(deals: readonly StalledDeal[]): number {
  return deals.reduce((sum, d) => sum + (Number.isFinite(d.deal.amount) ? d.deal.amount : 0), 0);
}

/** Builds the digest for one owner. Every value that came from the sheet is HTML-escaped in htmlBody. */
export function renderDigestEmail(input: DigestEmailInput): DigestEmail {
  const t = DIGEST_TEXT[input.lang];
  const money = (n: number) => formatAmount(n, input.currency, input.lang);
  const overflow = input.overflow ?? [];
  const total = money(totalAmount(input.deals) + totalAmount(overflow));
  const sheetName = oneLine(input.spreadsheetName);
  const subject = `${input.escalation ? t.escalation : ''}${t.subject(input.deals.length + overflow.length, total)} — ${sheetName}`;

  const rows = input.deals.map((s) => ({
    id: s.key,
    name: s.deal.name,
    company: s.deal.company,
    stage: input.stages[s.deal.stage]?.[input.lang] ?? s.deal.stageText,
    days: t.days(s.days, s.threshold, input.businessDays),
    escalated: s.escalated,
    amount: money(s.deal.amount),
    nextStep: s.deal.nextStep,
    link: rowLink(input.spreadsheetUrl, input.dealsSheetId, s.deal.row),
  }));

  const plain: string[] = [t.greeting, '', t.intro(sheetName), ''];
  rows.forEach((r, i) => {
    const title = [r.id, oneLine(r.name)].filter(Boolean).join(' · ');
    plain.push(`${i + 1}. ${title}${r.company ? ` — ${oneLine(r.company)}` : ''}`);
    plain.push(
      `   ${t.stage}: ${oneLine(r.stage)} · ${r.days}${r.escalated ? ` · ${t.escalated}` : ''}`,
    );
    plain.push(`   ${t.amount}: ${r.amount}`);
    plain.push(`   ${t.nextStep}: ${oneLine(r.nextStep) || t.none}`);
    plain.push(`   ${r.link}`);
    plain.push('');
  });
  if (overflow.length) plain.push(t.more(overflow.length), '');
  plain.push(`${t.total}: ${total}`, '', t.outro, '', `— ${oneLine(input.senderName)}`);

  const cell = (html: string, extra = '') =>
    `<td style="padding:6px 10px;border-bottom:1px solid #e0e0e0;vertical-align:top${extra}">${html}</td>`;
  const htmlRows = rows.map((r) =>
    [
      '<tr>',
      cell(escapeHtml(r.id), ';white-space:nowrap'),
      cell(`<strong>${escapeHtml(r.name)}</strong>`),
      cell(escapeHtml(r.company)),
      cell(escapeHtml(r.stage)),
      cell(
        `${escapeHtml(r.days)}${r.escalated ? ` <span style="color:#c5221f;font-weight:bold">${escapeHtml(t.escalated)}</span>` : ''}`,
      ),
      cell(escapeHtml(r.amount), ';text-align:right;white-space:nowrap'),
      cell(r.nextStep ? escapeHtml(r.nextStep) : t.none),
      cell(`<a href="${escapeHtml(r.link)}">${escapeHtml(t.open)}</a>`, ';white-space:nowrap'),
      '</tr>',
    ].join(''),
  );
  const head = t.headers
    .map(
      (h) =>
        `<th style="padding:6px 10px;text-align:left;border-bottom:2px solid #999">${escapeHtml(h)}</th>`,
    )
    .join('');
  const htmlBody = [
    `<div style="font-family:Arial,'Malgun Gothic',sans-serif;font-size:14px;color:#202124">`,
    `<p>${escapeHtml(t.greeting)}</p>`,
    `<p>${escapeHtml(t.intro(sheetName))}</p>`,
    `<table style="border-collapse:collapse">`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${htmlRows.join('')}</tbody>`,
    `</table>`,
    overflow.length ? `<p>${escapeHtml(t.more(overflow.length))}</p>` : '',
    `<p><strong>${escapeHtml(t.total)}: ${escapeHtml(total)}</strong></p>`,
    `<p>${escapeHtml(t.outro)}</p>`,
    `<p style="color:#5f6368">— ${escapeHtml(oneLine(input.senderName))}</p>`,
    `</div>`,
  ].join('\n');

  return { subject, body: plain.join('\n'), htmlBody };
}
