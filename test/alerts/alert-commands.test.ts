// Preview and Send now from the menu: the preview sends and writes nothing; Send now reports what it did.
import { alertEmulator, alertRows } from './alert-fixture';

const deals = [
  {
    id: 'D-1',
    name: '<b>ERP</b>',
    owner: 'kim@acme.co.kr',
    stage: 'Proposal',
    stageEntered: '2026-03-01',
  },
  { id: 'D-2', owner: 'lee@gmail.com', stage: 'Closing', stageEntered: '2026-03-01' },
];

describe('Preview stall alerts', () => {
  it('lists recipients and their deals in a dialog, sending and writing nothing', async () => {
    const emu = await alertEmulator({ now: '2026-03-12T10:00:00+09:00', deals });
    const before = JSON.stringify([
      emu.getValues('Settings'),
      emu.getValues('Stage history'),
      emu.getValues('Deals'),
    ]);
    emu.calls.reset();
    emu.run('menuPreviewAlerts');
    expect(emu.outbox).toEqual([]);
    expect(emu.calls.counts.write).toBe(0);
    expect(
      JSON.stringify([
        emu.getValues('Settings'),
        emu.getValues('Stage history'),
        emu.getValues('Deals'),
      ]),
    ).toBe(before);
    const dialog = emu.dialogs.at(-1) as { title: string; html: string };
    expect(dialog.title).toBe('정체 알림 미리보기');
    expect(dialog.html).toContain('kim@acme.co.kr');
    expect(dialog.html).toContain('D-1 · &lt;b&gt;ERP&lt;/b&gt;');
    expect(dialog.html).toContain('차단: 허용되지 않은 도메인');
  });
});

describe('Send stall alerts now', () => {
  it('runs the job and tells the user what happened, in the sheet language', async () => {
    const emu = await alertEmulator({
      now: '2026-03-12T10:00:00+09:00',
      deals,
      options: { language: 'en' },
    });
    emu.run('menuSendAlerts');
    expect(emu.outbox.map((m) => m.to)).toEqual(['kim@acme.co.kr']);
    expect(emu.outbox[0].name).toBe('Pipeline Sheet');
    expect(emu.outbox[0].subject).toBe('1 stalled deal · ₩1,000,000 — Pipeline');
    expect(
      alertRows(emu)
        .map((r) => r.result)
        .sort(),
    ).toEqual(['blocked: domain', 'sent']);
    const alert = emu.uiAlerts.at(-1) as { prompt: string };
    expect(alert.prompt).toContain('Digests sent: 1.');
    expect(alert.prompt).toContain('Blocked (invalid address or outside the allowed domains): 1.');
  });

  it('reads the workbook no more than the daily job does', async () => {
    const reads = async (run: (emu: Awaited<ReturnType<typeof alertEmulator>>) => void) => {
      const emu = await alertEmulator({ now: '2026-03-12T10:00:00+09:00', deals });
      emu.calls.reset();
      run(emu);
      expect(emu.outbox).toHaveLength(1);
      return emu.calls.counts.read;
    };
    const job = await reads((emu) => emu.run('runDailyJob', { mode: 'time-trigger' }));
    const menu = await reads((emu) => emu.run('menuSendAlerts'));
    expect(menu).toBe(job);
  });

  it('says so when another run is busy', async () => {
    const emu = await alertEmulator({ now: '2026-03-12T10:00:00+09:00', deals });
    emu.locks.holdBy('the-daily-run', { kind: 'document' });
    emu.run('menuSendAlerts');
    expect(emu.outbox).toEqual([]);
    expect((emu.uiAlerts.at(-1) as { prompt: string }).prompt).toContain(
      '다른 실행이 지금 알림을 보내고 있습니다',
    );
  });
});
