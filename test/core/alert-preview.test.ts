// The preview dialog: recipients, their deals, blocked owners, escaped values, both languages.
import { RESULT } from '../../src/core/alert-log';
import type { AlertPlan } from '../../src/core/alert-plan';
import { renderAlertPreview } from '../../src/core/alert-preview';
import { DEFAULT_STAGES } from '../../src/core/stages';
import type { StalledDeal } from '../../src/core/stall';

const s = (key: string, name: string): StalledDeal => ({
  deal: {
    dealId: key,
    name,
    company: 'Co',
    stage: 2,
    stageText: 'Proposal',
    amount: 1000,
    row: 2,
  } as StalledDeal['deal'],
  key,
  days: 12,
  threshold: 10,
  escalated: false,
  enteredDay: 0,
  escalatedSince: undefined,
});

const plan: AlertPlan = {
  today: 0,
  digests: [
    {
      owner: 'kim@acme.co.kr',
      deals: [s('D-1', '<b>big</b>')],
      overflow: [s('D-3', 'x'), s('D-4', 'y')],
      kind: 'stall',
      cc: [],
      status: 'send',
      pendingSince: undefined,
    },
    {
      owner: 'x@gmail.com',
      deals: [s('D-2', 'other')],
      overflow: [],
      kind: 'stall',
      cc: [],
      status: RESULT.blockedDomain,
      pendingSince: undefined,
    },
  ],
  quiet: [],
};
const options = { currency: 'KRW', stages: DEFAULT_STAGES, businessDays: false };

describe('renderAlertPreview', () => {
  it('lists each recipient with their deals and says nothing was sent', () => {
    const html = renderAlertPreview(plan, { ...options, lang: 'en' });
    expect(html).toContain('1 digest would be sent, listing 1 deal. Nothing has been sent.');
    expect(html).toContain('kim@acme.co.kr');
    expect(html).toContain('D-1 · &lt;b&gt;big&lt;/b&gt;');
    expect(html).toContain('blocked: address outside the allowed domains');
    expect(html).not.toContain('<b>big');
    expect(html).toContain('and 2 more');
  });

  it('speaks Korean and says when there is nothing to send', () => {
    const html = renderAlertPreview(
      { today: 0, digests: [], quiet: [] },
      { ...options, lang: 'ko' },
    );
    expect(html).toContain('오늘 보낼 정체 알림이 없습니다.');
  });
});
