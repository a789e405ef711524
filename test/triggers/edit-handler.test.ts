// The on-edit History handler through the emulator: typed edits, pastes, status changes, formula-like text.
import { emulator, installEditTrigger, LEAD, NOW } from '../workbook/emulator-setup';

const HEADER_ROW = ['딜 ID', '딜', '회사', '담당자', '단계', '상태', '금액', '확률'];

async function pipeline() {
  const emu = await emulator();
  emu.run('menuSetUp');
  emu.setValues('딜', 'A2', [
    ['D-0001', 'ERP 구축', '(주)에이스', 'kim@acme.co.kr', '제안 및 견적', '진행', 1000, 0.4],
    ['D-0002', 'CRM', '베타', 'lee@acme.co.kr', '협상', '진행', 500, 0.75],
    ['', '신규 건', '감마', 'park@acme.co.kr', '', '', 300, ''],
  ]);
  installEditTrigger(emu);
  return emu;
}

const history = (emu: Awaited<ReturnType<typeof emulator>>) => emu.getValues('이력').slice(1);

describe('onPipelineEdit', () => {
  it('records a typed stage change with its old value, sets Stage entered and the stage probability', async () => {
    const emu = await pipeline();
    expect(emu.getValues('딜', 'A1:H1')).toEqual([HEADER_ROW]);
    emu.advanceClock('2026-03-03T10:30:00+09:00');
    const fired = emu.userEdit('딜', 'E2', '협상');
    expect(fired.map((f) => f.error)).toEqual([undefined]);
    expect(history(emu)).toEqual([
      [
        'D-0001',
        '제안 및 견적',
        '협상',
        '진행',
        1000,
        new Date('2026-03-03T10:30:00+09:00'),
        LEAD,
        'edit',
      ],
    ]);
    expect(emu.getValues('딜', 'K2')).toEqual([[new Date('2026-03-03T10:30:00+09:00')]]);
    expect(emu.getValues('딜', 'H2')).toEqual([[0.6]]); // was Proposal's 40% default
  });

  it('records a status change and keeps a probability the user typed', async () => {
    const emu = await pipeline();
    emu.userEdit('딜', 'F3', '성사');
    expect(history(emu).map((r) => r.slice(0, 4))).toEqual([['D-0002', '협상', '협상', '성사']]);
    expect(emu.getValues('딜', 'H3')).toEqual([[0.75]]);
    expect(emu.getValues('딜', 'K3')).toEqual([['']]);
    // Closed on (종료일) records the day it became Won (the start of that day in Seoul, as the deal
    // card writes it; History keeps the moment); a Closed on already typed is kept.
    expect(emu.getValues('딜', 'L1:L3')).toEqual([
      ['종료일'],
      [''],
      [new Date('2026-03-02T00:00:00+09:00')],
    ]);
    emu.setValues('딜', 'L2', [[new Date('2026-02-20T00:00:00+09:00')]]);
    emu.userEdit('딜', 'F2', '실패');
    expect(emu.getValues('딜', 'L2')).toEqual([[new Date('2026-02-20T00:00:00+09:00')]]);
  });

  it('a status typed into an empty Status cell of a deal with no History keeps Stage entered', async () => {
    const emu = await pipeline();
    emu.setValues('딜', 'F3', [['']]);
    emu.setValues('딜', 'K3', [[new Date('2026-02-20T00:00:00+09:00')]]);
    emu.userEdit('딜', 'F3', '실패');
    expect(history(emu).map((r) => r.slice(0, 4))).toEqual([['D-0002', '협상', '협상', '실패']]);
    expect(emu.getValues('딜', 'K3')).toEqual([[new Date('2026-02-20T00:00:00+09:00')]]);
  });

  it('records a multi-row paste in one History write and gives new rows an ID', async () => {
    const emu = await pipeline();
    emu.setValues('이력', 'A2', [
      ['D-0001', '', '제안 및 견적', '진행', 1000, new Date(NOW), LEAD, 'reconcile'],
      ['D-0002', '', '협상', '진행', 500, new Date(NOW), LEAD, 'reconcile'],
    ]);
    emu.calls.reset();
    emu.userEdit('딜', 'E2', [['계약 성사'], ['협상'], ['잠재 고객 발굴']]);
    // Row 3 kept its stage (per History): only rows 2 and 4 changed.
    expect(
      history(emu)
        .slice(2)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ['D-0001', '제안 및 견적', '계약 성사'],
      ['D-0003', '', '잠재 고객 발굴'],
    ]);
    expect(emu.getValues('딜', 'A4')).toEqual([['D-0003']]);
    expect(emu.getValues('딜', 'H2:H4')).toEqual([[0.8], [0.75], [0.1]]);
    expect(emu.calls.byMethod.get('Range.setValues')).toBe(4); // History, IDs, Stage entered, Probability
  });

  it('ignores edits outside Stage and Status, and retyping the same stage', async () => {
    const emu = await pipeline();
    emu.userEdit('딜', 'B2', '이름 변경');
    emu.userEdit('딜', 'E2', 'Proposal'); // the English label of the same stage
    expect(history(emu)).toEqual([]);
  });

  it('keeps text that looks like a formula as text in History', async () => {
    const emu = await pipeline();
    emu.userEdit('딜', 'E3', `'=HYPERLINK("http://evil.example","x")`);
    emu.userEdit('딜', 'E2', "'+1");
    const rows = history(emu);
    expect(rows.map((r) => r[2])).toEqual(['=HYPERLINK("http://evil.example","x")', '+1']);
    expect(emu.getFormulas('이력').flat().filter(Boolean)).toEqual([]);
  });

  it('falls back to History for a paste over cells whose old values the event does not give', async () => {
    const emu = await pipeline();
    emu.userEdit('딜', 'E2', '협상');
    emu.userEdit('딜', 'E2:F2', [['계약 성사', '성사']]);
    expect(history(emu).map((r) => r.slice(0, 4))).toEqual([
      ['D-0001', '제안 및 견적', '협상', '진행'],
      ['D-0001', '협상', '계약 성사', '성사'],
    ]);
    expect(emu.clock.now()).toEqual(new Date(NOW));
  });
});

describe('who edited (Sheets fidelity 9)', () => {
  // "Installable triggers always run as the user who created them"; the edit event's `user` is "a
  // User object, representing the active user, if available (depending on a complex set of security
  // restrictions)" (Apps Script "Event objects" guide): for another editor it is blank on consumer
  // accounts. History must not name the installer for someone else's edit.
  it('names the installer for their own edits and writes unknown for another editor', async () => {
    const emu = await pipeline();
    emu.userEdit('딜', 'E2', '협상');
    emu.userEdit('딜', 'F3', '성사', { user: 'colleague@gmail.com' });
    expect(history(emu).map((r) => [r[0], r[6]])).toEqual([
      ['D-0001', LEAD],
      ['D-0002', '알 수 없음'],
    ]);
  });
});
