// The digest exactly as an owner receives it: the whole HTML of an escalation, and a Korean plain text with blanks.
import { type DigestEmailInput, renderDigestEmail } from '../../src/core/digest-email';
import { DEFAULT_STAGES } from '../../src/core/stages';
import type { StalledDeal } from '../../src/core/stall';

function stalled(
  key: string,
  over: Partial<StalledDeal['deal']> = {},
  extra: Partial<StalledDeal> = {},
): StalledDeal {
  return {
    deal: {
      row: 5,
      dealId: key,
      name: 'ERP',
      company: 'Hanbit',
      stage: 2,
      stageText: 'Proposal',
      amount: 3_000_000,
      nextStep: '',
      ...over,
    } as StalledDeal['deal'],
    key,
    days: 12,
    threshold: 10,
    escalated: false,
    enteredDay: 0,
    escalatedSince: undefined,
    ...extra,
  };
}

const input = (over: Partial<DigestEmailInput>): DigestEmailInput => ({
  lang: 'en',
  deals: [],
  stages: DEFAULT_STAGES,
  currency: 'KRW',
  businessDays: false,
  spreadsheetName: 'Pipeline',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  dealsSheetId: 7,
  escalation: false,
  senderName: 'Sales Ops',
  ...over,
});

const TH = '<th style="padding:6px 10px;text-align:left;border-bottom:2px solid #999">';
const TD = 'padding:6px 10px;border-bottom:1px solid #e0e0e0;vertical-align:top';
const td = (html: string, extra = '') => `<td style="${TD}${extra}">${html}</td>`;

describe('the HTML body', () => {
  it('is a greeting, a table of the listed deals, the rest counted, the total and the signature', () => {
    const email = renderDigestEmail(
      input({
        deals: [
          stalled(
            'D-0001',
            { name: 'ERP <v2>', company: 'Hanbit & Co', stage: 4 },
            { days: 15, threshold: 7, escalated: true },
          ),
        ],
        overflow: [stalled('D-0002', { amount: 1_000_000 })],
        escalation: true,
        spreadsheetName: 'Q3 pipeline',
        spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=0',
      }),
    );
    const link = 'https://docs.google.com/spreadsheets/d/abc/edit#gid=7&amp;range=A5';
    expect(email.subject).toBe('[Escalation] 2 stalled deals · ₩4,000,000 — Q3 pipeline');
    expect(email.htmlBody.split('\n')).toEqual([
      `<div style="font-family:Arial,'Malgun Gothic',sans-serif;font-size:14px;color:#202124">`,
      '<p>Hello,</p>',
      '<p>These deals in &quot;Q3 pipeline&quot; have stayed in their stage longer than the stall limit (most urgent first):</p>',
      '<table style="border-collapse:collapse">',
      `<thead><tr>${[
        'Deal ID',
        'Deal',
        'Company',
        'Stage',
        'Days stalled',
        'Amount',
        'Next step',
        '',
      ]
        .map((h) => `${TH}${h}</th>`)
        .join('')}</tr></thead>`,
      `<tbody><tr>${[
        td('D-0001', ';white-space:nowrap'),
        td('<strong>ERP &lt;v2&gt;</strong>'),
        td('Hanbit &amp; Co'),
        td('Closing'),
        td(
          '15 days in stage (limit 7) <span style="color:#c5221f;font-weight:bold">ESCALATED</span>',
        ),
        td('₩3,000,000', ';text-align:right;white-space:nowrap'),
        td('—'),
        td(`<a href="${link}">Open row</a>`, ';white-space:nowrap'),
      ].join('')}</tr></tbody>`,
      '</table>',
      '<p>…and 1 more stalled deal, listed in the coming days. See the Deals sheet.</p>',
      '<p><strong>Total: ₩4,000,000</strong></p>',
      '<p>Move the deal forward, update its stage, or set &quot;Snooze until&quot; to pause alerts for it.</p>',
      '<p style="color:#5f6368">— Sales Ops</p>',
      '</div>',
    ]);
  });

  it('has a row per deal and no "more" line when every deal is listed', () => {
    const { htmlBody } = renderDigestEmail(
      input({ deals: [stalled('D-0001'), stalled('D-0002', { nextStep: 'Call <Kim>' })] }),
    );
    expect(htmlBody.match(/<tr>/g)).toHaveLength(3);
    expect(htmlBody).toContain(`${td('Call &lt;Kim&gt;')}`);
    expect(htmlBody).toContain(`${td('Proposal')}${td('12 days in stage (limit 10)')}`);
    expect(htmlBody).toContain('</tr><tr>');
    expect(htmlBody).not.toContain('more stalled');
    expect(htmlBody).toContain('</table>\n\n<p><strong>Total: ₩6,000,000</strong></p>');
  });
});

describe('the Korean plain text', () => {
  it('leaves out a blank name or company and puts cell text with line breaks on one line', () => {
    const email = renderDigestEmail(
      input({
        lang: 'ko',
        businessDays: true,
        spreadsheetName: ' 3분기\n파이프라인 ',
        spreadsheetUrl: 'https://x/edit',
        dealsSheetId: 0,
        senderName: '영업팀 ',
        deals: [
          stalled('D-0001', { name: '', nextStep: ' 견적서 발송\n' }),
          stalled('D-0002', { name: ' CRM\r\n', company: '', row: 9 }),
        ],
      }),
    );
    expect(email.subject).toBe('정체된 딜 2건 · ₩6,000,000 — 3분기 파이프라인');
    expect(email.body.split('\n')).toEqual([
      '안녕하세요.',
      '',
      '"3분기 파이프라인"에서 아래 딜이 단계별 정체 기준보다 오래 머물러 있습니다 (긴급한 순):',
      '',
      '1. D-0001 — Hanbit',
      '   단계: 제안 및 견적 · 영업일 12일 경과 (기준 10일)',
      '   금액: ₩3,000,000',
      '   다음 할 일: 견적서 발송',
      '   https://x/edit#gid=0&range=A5',
      '',
      '2. D-0002 · CRM',
      '   단계: 제안 및 견적 · 영업일 12일 경과 (기준 10일)',
      '   금액: ₩3,000,000',
      '   다음 할 일: —',
      '   https://x/edit#gid=0&range=A9',
      '',
      '합계: ₩6,000,000',
      '',
      '딜을 진행하거나 단계를 갱신하세요. 알림을 잠시 멈추려면 "알림 보류 기한"을 입력하세요.',
      '',
      '— 영업팀',
    ]);
  });
});
