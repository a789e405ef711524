// A Korean team's pipeline for the deal card tests: set up, five deals, History for the first.
import type { Emulator } from '../../emulator';
import { emulator } from '../workbook/emulator-setup';

export const day = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

/** Deals columns after set-up: A ID … P Lost reason. */
export const COL = {
  id: 'A',
  deal: 'B',
  company: 'C',
  owner: 'D',
  stage: 'E',
  status: 'F',
  amount: 'G',
  probability: 'H',
  expectedClose: 'I',
  stageEntered: 'K',
  nextStep: 'M',
  snoozeUntil: 'N',
  lostReason: 'O',
} as const;

/**
 * Set up on 2026-03-02 (sheets named in the spreadsheet locale's language) 09:00 Seoul. Row 2: ERP 구축 at (주)에이스, in 제안 및 견적 since 2026-02-10
 * (20 days: stalled, threshold 10), with History Prospecting → Qualification → Proposal.
 * Row 3: the same deal typed again (a duplicate). Row 4: a deal named like a formula.
 * Row 5: a Won deal. Row 6: a deal without an ID.
 */
export async function cardWorkbook(
  options: Parameters<typeof emulator>[0] = {},
): Promise<Emulator> {
  const emu = await emulator(options);
  emu.run('menuSetUp');
  const korean = emu.sheetNames().includes('딜');
  emu.setValues(korean ? '딜' : 'Deals', 'A2', [
    [
      'D-0001',
      'ERP 구축',
      '(주)에이스',
      'kim@acme.co.kr',
      '제안 및 견적',
      '진행',
      12000000,
      '',
      day('2026-04-30'),
      day('2026-01-05'),
      day('2026-02-10'),
      '',
      '',
      '데모 일정 잡기',
    ],
    [
      'D-0002',
      'erp 구축',
      '에이스 주식회사',
      'lee@acme.co.kr',
      '고객 자격 평가',
      '진행',
      5000000,
      0.2,
      '',
      day('2026-02-01'),
      day('2026-02-20'),
    ],
    [
      'D-0003',
      '=HYPERLINK("http://x","y")',
      '베타',
      'park@acme.co.kr',
      '협상',
      '진행',
      3000000,
      0.6,
      '',
      day('2026-01-10'),
      day('2026-02-25'),
    ],
    [
      'D-0004',
      'CRM',
      '(주)에이스',
      'kim@acme.co.kr',
      '계약 성사',
      '성사',
      7000000,
      0.8,
      day('2026-02-15'),
      day('2025-12-01'),
      day('2026-02-01'),
    ],
    [
      '',
      'MES 도입',
      '감마',
      'choi@acme.co.kr',
      '잠재 고객 발굴',
      '진행',
      1000000,
      '',
      '',
      day('2026-02-27'),
      day('2026-02-27'),
    ],
  ]);
  emu.setValues(korean ? '이력' : 'Stage history', 'A2', [
    [
      'D-0001',
      '',
      '잠재 고객 발굴',
      '진행',
      12000000,
      new Date('2026-01-05T10:00:00+09:00'),
      'kim@acme.co.kr',
      'edit',
    ],
    [
      'D-0001',
      '잠재 고객 발굴',
      '고객 자격 평가',
      '진행',
      12000000,
      new Date('2026-01-20T10:00:00+09:00'),
      'kim@acme.co.kr',
      'edit',
    ],
    [
      'D-0001',
      '고객 자격 평가',
      '제안 및 견적',
      '진행',
      12000000,
      new Date('2026-02-10T10:00:00+09:00'),
      'kim@acme.co.kr',
      'edit',
    ],
  ]);
  return emu;
}
