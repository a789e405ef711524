// Refresh dashboard through the emulator: what the stalled-per-owner table writes and what the user is told.
import { alertEmulator } from '../alerts/alert-fixture';
import { emulator } from './emulator-setup';

const NOW = '2026-03-20T09:00:00+09:00';

describe('Refresh dashboard', () => {
  it('writes an owner cell that looks like a formula as text, not as a live formula', async () => {
    const emu = await alertEmulator({
      now: NOW,
      deals: [
        { id: 'D-0001', owner: 'kim@acme.co.kr', stage: 'Proposal', stageEntered: '2026-02-01' },
      ],
    });
    // A person types text that starts with "=" into the Owner cell (the apostrophe keeps it text).
    emu.userEdit('Deals', 'D2', `'=HYPERLINK("https://evil.example","click")`);
    expect(emu.getValues('Deals', 'D2')[0][0]).toBe('=HYPERLINK("https://evil.example","click")');

    emu.run('menuRefreshDashboard');

    const values = emu.getValues('대시보드');
    const formulas = emu.getFormulas('대시보드');
    // The stalled-per-owner table: a header row (담당자 | 정체 딜 수 | 정체 금액), then one row per owner.
    const row = values.findIndex((r) => r[0] === '담당자' && r[1] === '정체 딜 수') + 1;
    expect(row).toBeGreaterThan(0);
    expect(values[row][1]).toBe(1);
    expect(values[row][0]).toBe('=HYPERLINK("https://evil.example","click")');
    expect(formulas[row][0]).toBe('');
  });

  it('finds the bottleneck among the steps before the sale, not the step into Retention', async () => {
    // Reached: 잠재 고객 발굴 10, 고객 자격 평가 8, 제안 및 견적 6, 협상 5, 계약 성사 4, 관계 유지 0.
    const stages = [
      ...Array(2).fill('잠재 고객 발굴'),
      ...Array(2).fill('고객 자격 평가'),
      '제안 및 견적',
      '협상',
      ...Array(4).fill('계약 성사'),
    ];
    const emu = await emulator();
    emu.setValues('시트1', 'A1', [
      ['딜', '단계', '금액', '담당자'],
      ...stages.map((stage, i) => [`딜 ${i + 1}`, stage, 1_000_000, 'kim@acme.co.kr']),
    ]);
    emu.run('menuSetUp');
    emu.run('menuRefreshDashboard');
    const bottleneck = emu
      .getValues('대시보드')
      .find((r) => r[0] === '병목 단계 (다음 단계 전환율 최저)');
    // 계약 성사 → 관계 유지 converts 0%, but it comes after the sale; 고객 자격 평가 → 제안 및 견적 is 75%.
    expect(bottleneck?.[1]).toBe('고객 자격 평가');
  });

  it('says it is done once, in the Settings language even when the locale differs', async () => {
    const emu = await alertEmulator({
      now: NOW,
      locale: 'ko_KR',
      deals: [
        { id: 'D-0001', owner: 'kim@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-10' },
      ],
      options: { language: 'en' },
    });
    emu.run('menuRefreshDashboard');
    expect(emu.toasts.map((t) => t.message)).toEqual(['Dashboard refreshed.']);
    expect(emu.sheetNames()).toContain('Dashboard');
  });
});

describe('Refresh dashboard without targets', () => {
  it('leaves period, target and chance blank and says in one line how to add a target', async () => {
    const emu = await emulator();
    emu.setValues('시트1', 'A1', [
      ['딜', '단계', '금액', '담당자'],
      ['물류 ERP', '제안 및 견적', 1_000_000, 'kim@acme.co.kr'],
    ]);
    emu.run('menuSetUp');
    emu.run('menuRefreshDashboard');
    const values = emu.getValues('대시보드');
    const shown = emu.getDisplayValues('대시보드');
    const at = (label: string) => values.findIndex((r) => r[0] === label);
    for (const label of [
      '기간 시작',
      '기간 종료',
      '목표',
      '기간 내 성사',
      '남은 목표',
      '목표 달성 확률',
    ])
      expect([label, shown[at(label)][1]]).toEqual([label, '']);
    expect(shown.flat().join('|')).not.toMatch(/1899|#NAME|#ERROR/);
    expect(values[at('목표 달성 확률')][2]).toBe(
      '이 날짜의 목표가 없습니다. 설정 시트의 목표 표에 기간 시작, 종료, 금액을 입력하세요.',
    );
  });
});
