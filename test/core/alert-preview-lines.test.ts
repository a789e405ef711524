// Each line of the preview dialog in both languages: counts, plurals, escalation, cc, days and blanks.
import type { AlertPlan } from '../../src/core/alert-plan';
import { renderAlertPreview } from '../../src/core/alert-preview';
import { DEFAULT_STAGES } from '../../src/core/stages';
import type { StalledDeal } from '../../src/core/stall';

const stalled = (key: string, over: Partial<StalledDeal['deal']> = {}): StalledDeal => ({
  deal: {
    dealId: key,
    name: 'ERP',
    company: 'Hanbit',
    stage: 4,
    stageText: 'Closing',
    amount: 2_000_000,
    row: 2,
    ...over,
  } as StalledDeal['deal'],
  key,
  days: 9,
  threshold: 7,
  escalated: false,
  enteredDay: 0,
  escalatedSince: undefined,
});

type Digest = AlertPlan['digests'][number];
const digest = (over: Partial<Digest>): Digest => ({
  owner: 'kim@acme.co.kr',
  deals: [stalled('D-1')],
  overflow: [],
  kind: 'stall',
  cc: [],
  status: 'send',
  pendingSince: undefined,
  ...over,
});

const render = (plan: Partial<AlertPlan>, lang: 'en' | 'ko', businessDays = false) =>
  renderAlertPreview(
    { today: 0, digests: [], quiet: [], ...plan },
    { lang, currency: 'KRW', stages: DEFAULT_STAGES, businessDays },
  );

describe('the summary line', () => {
  it.each([
    [[digest({})], '1 digest would be sent, listing 1 deal. Nothing has been sent.'],
    [
      [digest({ deals: [stalled('D-1'), stalled('D-2')] }), digest({ owner: 'lee@acme.co.kr' })],
      '2 digests would be sent, listing 3 deals. Nothing has been sent.',
    ],
    [[digest({ status: 'blocked: domain' })], 'No stall alerts would be sent today.'],
  ])('English: %#', (digests, line) => {
    expect(render({ digests }, 'en')).toContain(`<p>${line}</p>`);
  });

  it('Korean counts digests and deals', () => {
    const digests = [digest({ deals: [stalled('D-1'), stalled('D-2')] }), digest({})];
    expect(render({ digests }, 'ko')).toContain(
      '<p>알림 2통(딜 3건)이 발송될 예정입니다. 아직 아무것도 보내지 않았습니다.</p>',
    );
  });
});

describe('a recipient', () => {
  it('an escalation digest shows its kind, cc and total, in green when it will be sent', () => {
    const html = render(
      {
        digests: [
          digest({
            kind: 'escalation',
            cc: ['lead@acme.co.kr', 'ops@acme.co.kr'],
            deals: [stalled('D-1'), stalled('D-2', { amount: 500_000 })],
          }),
        ],
      },
      'en',
    );
    expect(html).toContain(
      '<div style="color:#188038">will be emailed · escalation · cc lead@acme.co.kr, ops@acme.co.kr · ₩2,500,000</div>',
    );
  });

  it('a blocked digest says why, in red, in both languages', () => {
    const blocked = [digest({ status: 'blocked: invalid address', owner: 'kim at acme' })];
    expect(render({ digests: blocked }, 'en')).toContain(
      '<div style="color:#c5221f">blocked: not a valid email address · ₩2,000,000</div>',
    );
    expect(render({ digests: blocked }, 'ko')).toContain(
      '차단: 올바른 이메일 주소가 아님 · ₩2,000,000',
    );
    const domain = [digest({ status: 'blocked: domain' })];
    expect(render({ digests: domain }, 'ko')).toContain('차단: 허용되지 않은 도메인');
  });

  it('shows a result it has no words for as it is, and an owner left blank', () => {
    const html = render(
      { digests: [digest({ status: 'deferred: quota' as never, owner: '' })] },
      'en',
    );
    expect(html).toContain('<h3 style="margin:14px 0 4px">(no owner)</h3>');
    expect(html).toContain('>deferred: quota · ₩2,000,000</div>');
    expect(render({ digests: [digest({ owner: '' })] }, 'ko')).toContain('(담당자 없음)');
  });
});

describe('a deal line', () => {
  it('names the stage in the reader’s language and counts calendar or business days', () => {
    const digests = [digest({})];
    expect(render({ digests }, 'en')).toContain(
      '<li>D-1 · ERP — Hanbit · Closing · 9 days (limit 7) · ₩2,000,000</li>',
    );
    expect(render({ digests }, 'en', true)).toContain('· 9 business days (limit 7) ·');
    expect(render({ digests }, 'ko')).toContain(
      '<li>D-1 · ERP — Hanbit · 계약 성사 · 9일 (기준 7일) · ₩2,000,000</li>',
    );
    expect(render({ digests }, 'ko', true)).toContain('· 영업일 9일 (기준 7일) ·');
  });

  it('keeps the text of a stage the Settings do not list', () => {
    const digests = [digest({ deals: [stalled('D-9', { stage: -1, stageText: 'Pilot' })] })];
    expect(render({ digests }, 'en')).toContain('· Pilot · 9 days');
  });

  it('counts the deals left for the coming days', () => {
    const one = [digest({ overflow: [stalled('D-5')] })];
    expect(render({ digests: one }, 'en')).toContain(
      '<li>…and 1 more (listed in the coming days)</li>',
    );
    expect(render({ digests: one }, 'ko')).toContain('<li>…외 1건 (다음 알림부터 차례로)</li>');
    expect(render({ digests: [digest({})] }, 'en')).not.toContain('more (listed');
  });
});

describe('quiet deals', () => {
  it('counts stalled deals that stay quiet today, with the right plural', () => {
    const quiet = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        owner: 'kim@acme.co.kr',
        deal: stalled(`Q-${i}`),
        reason: 'cooldown' as const,
      }));
    expect(render({ quiet: quiet(1) }, 'en')).toContain(
      '<p style="color:#5f6368">1 more stalled deal is quiet today (cooldown, already sent today, or recently blocked).</p>',
    );
    expect(render({ quiet: quiet(3) }, 'en')).toContain('3 more stalled deals are quiet today');
    expect(render({ quiet: quiet(2) }, 'ko')).toContain(
      '그 밖의 정체 딜 2건은 오늘 알림 대상이 아닙니다',
    );
    expect(render({}, 'en')).not.toContain('quiet today');
  });
});
