// The whole digest as an owner reads it, in both languages: subject, plain text, HTML cells and links.
import {
  type DigestEmailInput,
  renderDigestEmail,
  rowLink,
  totalAmount,
} from '../../src/core/digest-email';
import { escapeHtml } from '../../src/core/html';
import { DEFAULT_STAGES } from '../../src/core/stages';
import type { StalledDeal } from '../../src/core/stall';

const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

function stalled(
  key: string,
  over: Partial<StalledDeal['deal']> = {},
  extra: Partial<StalledDeal> = {},
): StalledDeal {
  return {
    deal: {
      row: 5,
      dealId: key,
      name: 'ERP rollout',
      company: 'Hanbit',
      stage: 4,
      stageText: 'Closing',
      amount: 3_000_000,
      nextStep: 'Send contract',
      ...over,
    } as StalledDeal['deal'],
    key,
    days: 9,
    threshold: 7,
    escalated: false,
    enteredDay: 0,
    escalatedSince: undefined,
    ...extra,
  };
}

const input = (over: Partial<DigestEmailInput>): DigestEmailInput => ({
  lang: 'en',
  deals: [stalled('D-0001')],
  stages: DEFAULT_STAGES,
  currency: 'KRW',
  businessDays: false,
  spreadsheetName: 'Pipeline',
  spreadsheetUrl: URL,
  dealsSheetId: 7,
  escalation: false,
  senderName: 'Sales Ops',
  ...over,
});

const two = [
  stalled('D-0001', {}, { days: 15, escalated: true }),
  stalled('D-0002', {
    row: 9,
    name: 'CRM',
    company: '',
    amount: Number.NaN,
    nextStep: '',
    stage: -1,
    stageText: 'Pilot',
  }),
];

describe('the plain-text digest', () => {
  it('reads in English, deal by deal', () => {
    const email = renderDigestEmail(
      input({ deals: two, overflow: [stalled('D-0003', { amount: 500 })] }),
    );
    expect(email.subject).toBe('3 stalled deals · ₩3,000,500 — Pipeline');
    expect(email.body).toBe(
      [
        'Hello,',
        '',
        'These deals in "Pipeline" have stayed in their stage longer than the stall limit (most urgent first):',
        '',
        '1. D-0001 · ERP rollout — Hanbit',
        '   Stage: Closing · 15 days in stage (limit 7) · ESCALATED',
        '   Amount: ₩3,000,000',
        '   Next step: Send contract',
        `   ${URL}#gid=7&range=A5`,
        '',
        '2. D-0002 · CRM',
        '   Stage: Pilot · 9 days in stage (limit 7)',
        '   Amount: —',
        '   Next step: —',
        `   ${URL}#gid=7&range=A9`,
        '',
        '…and 1 more stalled deal, listed in the coming days. See the Deals sheet.',
        '',
        'Total: ₩3,000,500',
        '',
        'Move the deal forward, update its stage, or set "Snooze until" to pause alerts for it.',
        '',
        '— Sales Ops',
      ].join('\n'),
    );
  });

  it('reads in Korean, with business days', () => {
    const email = renderDigestEmail(input({ lang: 'ko', businessDays: true, escalation: true }));
    expect(email.subject).toBe('[에스컬레이션] 정체된 딜 1건 · ₩3,000,000 — Pipeline');
    expect(email.body).toBe(
      [
        '안녕하세요.',
        '',
        '"Pipeline"에서 아래 딜이 단계별 정체 기준보다 오래 머물러 있습니다 (긴급한 순):',
        '',
        '1. D-0001 · ERP rollout — Hanbit',
        '   단계: 계약 성사 · 영업일 9일 경과 (기준 7일)',
        '   금액: ₩3,000,000',
        '   다음 할 일: Send contract',
        `   ${URL}#gid=7&range=A5`,
        '',
        '합계: ₩3,000,000',
        '',
        '딜을 진행하거나 단계를 갱신하세요. 알림을 잠시 멈추려면 "알림 보류 기한"을 입력하세요.',
        '',
        '— Sales Ops',
      ].join('\n'),
    );
  });

  it.each([
    ['en', true, 1, '[Escalation] 1 stalled deal · ₩3,000,000 — Pipeline'],
    ['en', false, 2, '2 stalled deals · ₩6,000,000 — Pipeline'],
    ['ko', false, 2, '정체된 딜 2건 · ₩6,000,000 — Pipeline'],
  ] as const)('subject in %s, escalation %p, %p deals', (lang, escalation, n, subject) => {
    const deals = Array.from({ length: n }, (_, i) => stalled(`D-${i}`));
    expect(renderDigestEmail(input({ lang, deals, escalation })).subject).toBe(subject);
  });

  it('keeps cell line breaks out of the subject and the lines', () => {
    const email = renderDigestEmail(
      input({
        spreadsheetName: 'Pipe\r\nBcc: x@evil.com',
        senderName: 'Ops\nTeam',
        deals: [stalled('D-1', { name: 'A\nB', company: 'C\tD' })],
      }),
    );
    expect(email.subject).toBe('1 stalled deal · ₩3,000,000 — Pipe Bcc: x@evil.com');
    expect(email.body).toContain('1. D-1 · A B — C D');
    expect(email.body.endsWith('— Ops Team')).toBe(true);
  });

  it('counts several overflow deals in the plural, in Korean too', () => {
    const overflow = [stalled('D-8'), stalled('D-9')];
    expect(renderDigestEmail(input({ overflow })).body).toContain(
      '…and 2 more stalled deals, listed in the coming days.',
    );
    expect(renderDigestEmail(input({ lang: 'ko', overflow })).body).toContain(
      '…외 정체 딜 2건은 다음 알림부터 차례로 보여 드립니다. 딜 시트에서 확인하세요.',
    );
  });
});

describe('the HTML digest', () => {
  it('escapes every sheet value and marks escalated deals', () => {
    const deal = stalled(
      'D-<1>',
      { name: '<b>x</b>', company: 'A & B', nextStep: '"soon"' },
      { escalated: true },
    );
    const html = renderDigestEmail(input({ deals: [deal], senderName: '<Ops>' })).htmlBody;
    expect(html).toContain('>D-&lt;1&gt;</td>');
    expect(html).toContain('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
    expect(html).toContain('>A &amp; B</td>');
    expect(html).toContain('>&quot;soon&quot;</td>');
    expect(html).toContain(
      '9 days in stage (limit 7) <span style="color:#c5221f;font-weight:bold">ESCALATED</span>',
    );
    expect(html).toContain(`<a href="${URL}#gid=7&amp;range=A5">Open row</a>`);
    expect(html).toContain('<p style="color:#5f6368">— &lt;Ops&gt;</p>');
    expect(html).not.toContain('<b>x');
  });

  it('has the headers, a dash for a blank next step, the total and no overflow line when none', () => {
    const html = renderDigestEmail(input({ deals: [stalled('D-1', { nextStep: '' })] })).htmlBody;
    for (const h of ['Deal ID', 'Deal', 'Company', 'Stage', 'Days stalled', 'Amount', 'Next step'])
      expect(html).toContain(
        `<th style="padding:6px 10px;text-align:left;border-bottom:2px solid #999">${h}</th>`,
      );
    expect(html).toContain('vertical-align:top">—</td>');
    expect(html).toContain('<p><strong>Total: ₩3,000,000</strong></p>');
    expect(html).not.toContain('more stalled');
    const ko = renderDigestEmail(input({ lang: 'ko', overflow: [stalled('D-2')] })).htmlBody;
    expect(ko).toContain('>행 열기</a>');
    expect(ko).toContain('<p>…외 정체 딜 1건은');
  });
});

describe('helpers', () => {
  it('escapes the five HTML characters, and writes nothing for a missing value', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect([escapeHtml(null), escapeHtml(undefined), escapeHtml(0)]).toEqual(['', '', '0']);
  });

  it('links a row, replacing any fragment of the spreadsheet address', () => {
    expect(rowLink(`${URL}#gid=0`, 12, 40)).toBe(`${URL}#gid=12&range=A40`);
    expect(rowLink(URL, 0, 2)).toBe(`${URL}#gid=0&range=A2`);
  });

  it('adds up the amounts that are numbers', () => {
    expect(
      totalAmount([
        stalled('a', { amount: 5 }),
        stalled('b', { amount: Number.NaN }),
        stalled('c', { amount: 7 }),
      ]),
    ).toBe(12);
    expect(totalAmount([])).toBe(0);
  });
});
