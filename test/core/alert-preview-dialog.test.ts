// The preview dialog exactly as shown: summary, one block per recipient with its deals, and the quiet count.
import type { AlertPlan } from '../../src/core/alert-plan';
import { renderAlertPreview } from '../../src/core/alert-preview';
import { DEFAULT_STAGES } from '../../src/core/stages';
import type { StalledDeal } from '../../src/core/stall';

const stalled = (key: string): StalledDeal => ({
  deal: {
    dealId: key,
    name: 'ERP <v2>',
    company: 'Hanbit & Co',
    stage: 4,
    stageText: 'Closing',
    amount: 2_000_000,
    row: 2,
  } as StalledDeal['deal'],
  key,
  days: 9,
  threshold: 7,
  escalated: false,
  enteredDay: 0,
  escalatedSince: undefined,
});

describe('renderAlertPreview', () => {
  it('lays out the whole dialog in Korean', () => {
    const plan: AlertPlan = {
      today: 0,
      digests: [
        {
          owner: 'kim@acme.co.kr',
          deals: [stalled('D-1')],
          overflow: [],
          kind: 'stall',
          cc: [],
          status: 'send',
          pendingSince: undefined,
        },
      ],
      quiet: [{ owner: 'kim@acme.co.kr', deal: stalled('D-2'), reason: 'cooldown' }],
    };
    const html = renderAlertPreview(plan, {
      lang: 'ko',
      currency: 'KRW',
      stages: DEFAULT_STAGES,
      businessDays: false,
    });
    expect(html.split('\n')).toEqual([
      `<div style="font-family:Arial,'Malgun Gothic',sans-serif;font-size:13px">`,
      '<p>알림 1통(딜 1건)이 발송될 예정입니다. 아직 아무것도 보내지 않았습니다.</p>',
      '<h3 style="margin:14px 0 4px">kim@acme.co.kr</h3>',
      '<div style="color:#188038">발송 예정 · ₩2,000,000</div>',
      '<ul style="margin:4px 0">',
      '<li>D-1 · ERP &lt;v2&gt; — Hanbit &amp; Co · 계약 성사 · 9일 (기준 7일) · ₩2,000,000</li>',
      '</ul>',
      '<p style="color:#5f6368">그 밖의 정체 딜 1건은 오늘 알림 대상이 아닙니다 (재알림 간격, 오늘 이미 발송, 최근 차단).</p>',
      '</div>',
    ]);
  });
});
