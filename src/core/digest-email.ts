// The stall digest email: subject, plain text and HTML in English or Korean, every sheet value escaped.
import { formatAmount } from './currency';
import { escapeHtml } from './html';
import { type Lang, say } from './i18n';
import type { Stage } from './stages';
import type { StalledDeal } from './stall';

/** What every digest of a run shares: the workbook's language, stages, currency and links. */
export interface DigestContext {
  lang: Lang;
  stages: readonly Stage[];
  /** ISO 4217 code from Settings. */
  currency: string;
  /** True when days are business days (the wording says so). */
  businessDays: boolean;
  spreadsheetName: string;
  spreadsheetUrl: string;
  /** Sheet id of Deals, for row links (#gid=…&range=A<row>). */
  dealsSheetId: number;
  /** Signature line (the sender name from Settings). */
  senderName: string;
}

/** One owner's digest: the run's context and the deals it lists. */
export interface DigestEmailInput extends DigestContext {
  deals: readonly StalledDeal[];
  /** Due deals not listed (over the per-digest limit): counted in the subject and summarised. */
  overflow?: readonly StalledDeal[];
  /** Escalation digests say so in the subject. */
  escalation: boolean;
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
  // Stryker disable next-line Regex: with or without `$` the same for a URL, which has no line break
  const base = spreadsheetUrl.replace(/#.*$/, '');
  return `${base}#gid=${sheetId}&range=A${row}`;
}

/** The HTML table's columns (the last, the row link, has no header). */
const DIGEST_COLUMNS = [
  'digestDealId',
  'digestDeal',
  'digestCompany',
  'digestStage',
  'digestDaysStalled',
  'digestAmount',
  'digestNextStep',
  '',
] as const;

/** Sum of the amounts that are numbers. */
export function totalAmount(deals: readonly StalledDeal[]): number {
  return deals.reduce((sum, d) => sum + (Number.isFinite(d.deal.amount) ? d.deal.amount : 0), 0);
}

/** Builds the digest for one owner. Every value that came from the sheet is HTML-escaped in htmlBody. */
export function renderDigestEmail(input: DigestEmailInput): DigestEmail {
  const { lang } = input;
  const money = (n: number) => formatAmount(n, input.currency, lang);
  const overflow = input.overflow ?? [];
  const total = money(totalAmount(input.deals) + totalAmount(overflow));
  const sheetName = oneLine(input.spreadsheetName);
  const count = input.deals.length + overflow.length;
  const subject = `${input.escalation ? say(lang, 'digestEscalationPrefix') : ''}${say(lang, 'digestSubject', { count, total })} — ${sheetName}`;
  const intro = say(lang, 'digestIntro', { sheet: sheetName });
  const more = overflow.length ? say(lang, 'digestMore', { count: overflow.length }) : '';
  const none = say(lang, 'digestNone');
  const escalated = say(lang, 'digestEscalated');

  const rows = input.deals.map((s) => ({
    id: s.key,
    name: s.deal.name,
    company: s.deal.company,
    stage: input.stages[s.deal.stage]?.[lang] ?? s.deal.stageText,
    days: say(lang, input.businessDays ? 'digestBusinessDays' : 'digestDays', {
      days: s.days,
      limit: s.threshold,
    }),
    escalated: s.escalated,
    amount: money(s.deal.amount),
    nextStep: s.deal.nextStep,
    link: rowLink(input.spreadsheetUrl, input.dealsSheetId, s.deal.row),
  }));

  const plain: string[] = [say(lang, 'digestGreeting'), '', intro, ''];
  rows.forEach((r, i) => {
    const title = [r.id, oneLine(r.name)].filter(Boolean).join(' · ');
    plain.push(`${i + 1}. ${title}${r.company ? ` — ${oneLine(r.company)}` : ''}`);
    plain.push(
      `   ${say(lang, 'digestStage')}: ${oneLine(r.stage)} · ${r.days}${r.escalated ? ` · ${escalated}` : ''}`,
    );
    plain.push(`   ${say(lang, 'digestAmount')}: ${r.amount}`);
    plain.push(`   ${say(lang, 'digestNextStep')}: ${oneLine(r.nextStep) || none}`);
    plain.push(`   ${r.link}`);
    plain.push('');
  });
  if (more) plain.push(more, '');
  const totalLine = `${say(lang, 'digestTotal')}: ${total}`;
  const outro = say(lang, 'digestOutro');
  plain.push(totalLine, '', outro, '', `— ${oneLine(input.senderName)}`);

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
        `${escapeHtml(r.days)}${r.escalated ? ` <span style="color:#c5221f;font-weight:bold">${escapeHtml(escalated)}</span>` : ''}`,
      ),
      cell(escapeHtml(r.amount), ';text-align:right;white-space:nowrap'),
      cell(r.nextStep ? escapeHtml(r.nextStep) : none),
      cell(
        `<a href="${escapeHtml(r.link)}">${escapeHtml(say(lang, 'digestOpenRow'))}</a>`,
        ';white-space:nowrap',
      ),
      '</tr>',
    ].join(''),
  );
  const head = DIGEST_COLUMNS.map(
    (key) =>
      `<th style="padding:6px 10px;text-align:left;border-bottom:2px solid #999">${key ? escapeHtml(say(lang, key)) : ''}</th>`,
  ).join('');
  const htmlBody = [
    `<div style="font-family:Arial,'Malgun Gothic',sans-serif;font-size:14px;color:#202124">`,
    `<p>${escapeHtml(say(lang, 'digestGreeting'))}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<table style="border-collapse:collapse">`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${htmlRows.join('')}</tbody>`,
    `</table>`,
    more ? `<p>${escapeHtml(more)}</p>` : '',
    `<p><strong>${escapeHtml(totalLine)}</strong></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    `<p style="color:#5f6368">— ${escapeHtml(oneLine(input.senderName))}</p>`,
    `</div>`,
  ].join('\n');

  return { subject, body: plain.join('\n'), htmlBody };
}
