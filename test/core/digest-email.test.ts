// The digest email a deal owner reads: subject with count and total, both parts, both languages, escaped values.
import type { Deal } from '../../src/core/deals';
import { renderDigestEmail, rowLink } from '../../src/core/digest-email';
import { escapeHtml } from '../../src/core/html';
import { DEFAULT_STAGES } from '../../src/core/stages';
import type { StalledDeal } from '../../src/core/stall';

function stalled(over: Partial<Deal>, days = 15, escalated = false): StalledDeal {
  const deal = {
    row: 7,
    dealId: 'D-0007',
    name: 'ERP 도입',
    company: '(주)가나다',
    owner: 'kim@acme.co.kr',
    stageText: 'Proposal',
    stage: 2,
    status: 'open',
    amount: 12_500_000,
    nextStep: '견적서 재발송',
    ...over,
  } as Deal;
  return {
    deal,
    key: deal.dealId,
    days,
    threshold: 10,
    escalated,
    enteredDay: 0,
    escalatedSince: escalated ? 20 : undefined,
  };
}

const base = {
  stages: DEFAULT_STAGES,
  currency: 'KRW',
  businessDays: false,
  spreadsheetName: 'Q1 파이프라인',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  dealsSheetId: 123,
  escalation: false,
  senderName: 'Pipeline Sheet',
};

describe('renderDigestEmail', () => {
  it('puts the number of deals and their total in a Korean subject', () => {
    const email = renderDigestEmail({
      ...base,
      lang: 'ko',
      deals: [stalled({}), stalled({ dealId: 'D-0008', amount: 7_500_000 })],
    });
    expect(email.subject).toBe('정체된 딜 2건 · ₩20,000,000 — Q1 파이프라인');
    expect(email.body).toContain('15일 경과 (기준 10일)');
    expect(email.body).toContain('제안 및 견적');
  });

  it('writes English with singular wording and marks escalations', () => {
    const email = renderDigestEmail({
      ...base,
      lang: 'en',
      currency: 'USD',
      escalation: true,
      deals: [stalled({ amount: 1234.5 }, 25, true)],
    });
    expect(email.subject).toBe('[Escalation] 1 stalled deal · $1,234.50 — Q1 파이프라인');
    expect(email.body).toContain('25 days in stage (limit 10) · ESCALATED');
    expect(email.htmlBody).toContain('ESCALATED');
  });

  it('lists every deal field and a link to its row in both parts', () => {
    const email = renderDigestEmail({ ...base, lang: 'en', deals: [stalled({})] });
    const link = 'https://docs.google.com/spreadsheets/d/abc/edit#gid=123&range=A7';
    for (const part of [email.body, email.htmlBody]) {
      for (const text of [
        'D-0007',
        'ERP 도입',
        '(주)가나다',
        'Proposal',
        '₩12,500,000',
        '견적서 재발송',
      ])
        expect(part).toContain(text);
    }
    expect(email.body).toContain(link);
    expect(email.htmlBody).toContain(`href="${escapeHtml(link)}"`);
  });

  it('escapes HTML, script and formula text from the sheet', () => {
    const email = renderDigestEmail({
      ...base,
      lang: 'en',
      spreadsheetName: 'Pipe <b>line</b>',
      deals: [
        stalled({
          dealId: 'D-<1>',
          name: '<script>alert("x")</script>',
          company: 'A & B "Co"',
          nextStep: '=HYPERLINK("http://evil","click") <img src=x onerror=\'y\'>',
          stageText: '<i>',
          stage: -1,
        }),
      ],
    });
    expect(email.htmlBody).not.toMatch(/<script|<img|<b>|<i>/);
    expect(email.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(email.htmlBody).toContain('A &amp; B &quot;Co&quot;');
    expect(email.htmlBody).toContain('onerror=&#39;y&#39;');
    expect(email.htmlBody).toContain('D-&lt;1&gt;');
    // The plain part shows the text as written.
    expect(email.body).toContain('<script>alert("x")</script>');
  });

  it('keeps line breaks in a cell out of the subject and list lines', () => {
    const email = renderDigestEmail({
      ...base,
      lang: 'en',
      spreadsheetName: 'Pipe\r\nBcc: x@evil.com',
      deals: [stalled({ name: 'two\nlines' })],
    });
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.body).toContain('D-0007 · two lines');
  });

  it('counts deals over the per-digest limit in the subject and says more are coming', () => {
    const email = renderDigestEmail({
      ...base,
      lang: 'en',
      deals: [stalled({})],
      overflow: [stalled({ dealId: 'D-0099', amount: 500_000 })],
    });
    expect(email.subject).toBe('2 stalled deals · ₩13,000,000 — Q1 파이프라인');
    expect(email.body).toContain('…and 1 more stalled deal, listed in the coming days.');
    expect(email.body).not.toContain('D-0099');
  });

  it('says business days when the days are business days', () => {
    const en = renderDigestEmail({ ...base, lang: 'en', businessDays: true, deals: [stalled({})] });
    const ko = renderDigestEmail({ ...base, lang: 'ko', businessDays: true, deals: [stalled({})] });
    expect(en.body).toContain('15 business days in stage');
    expect(ko.body).toContain('영업일 15일 경과');
  });
});

describe('rowLink', () => {
  it('replaces any fragment of the spreadsheet URL', () => {
    expect(rowLink('https://x/edit#gid=0', 5, 12)).toBe('https://x/edit#gid=5&range=A12');
  });
});
