// The add-on in several spreadsheets and for several users: each document's triggers and lock are its own.
import type { Emulator } from '../../emulator';
import { alertEmulator, alertRows, type DealSpec, writePipeline } from '../alerts/alert-fixture';

// In a published add-on getProjectTriggers lists the user's triggers of every document it runs in,
// and the script lock is shared by everyone running it (Apps Script "Installable triggers", "Lock
// Service"; "Triggers for Editor add-ons": one trigger of each type per user per document).
const B = '1SecondSpreadsheetOfTheSameUser000000000000';
const stalled = (owner: string): DealSpec[] => [
  { id: 'D-1', owner, stage: 'Proposal', stageEntered: '2026-03-01' },
];

async function twoDocuments(): Promise<{ emu: Emulator; b: ReturnType<Emulator['addDocument']> }> {
  const emu = await alertEmulator({
    now: '2026-03-12T08:00:00+09:00',
    deals: stalled('a@acme.co.kr'),
  });
  const b = emu.addDocument({ id: B, name: 'Pipeline B', owner: 'lead@acme.co.kr' });
  writePipeline(b, stalled('b@acme.co.kr'));
  return { emu, b };
}

const handlersIn = (emu: Emulator, documentId: string) =>
  emu.triggers
    .list()
    .filter((t) => (t.sourceId ?? t.documentId) === documentId)
    .map((t) => t.handler)
    .sort();

describe('two spreadsheets of one user', () => {
  it('"Disable alerts" in B removes B\'s triggers only; enabling twice in A replaces only A\'s', async () => {
    const { emu } = await twoDocuments();
    const A = emu.workbook.id;
    emu.run('menuEnableAlerts');
    emu.run('menuEnableAlerts', { document: B });
    expect(handlersIn(emu, A)).toEqual(['onPipelineEdit', 'runDailyJob']);
    expect(handlersIn(emu, B)).toEqual(['onPipelineEdit', 'runDailyJob']);
    emu.run('menuEnableAlerts');
    expect(emu.triggers.list()).toHaveLength(4);

    emu.run('menuDisableAlerts', { document: B });
    expect(handlersIn(emu, B)).toEqual([]);
    expect(handlersIn(emu, A)).toEqual(['onPipelineEdit', 'runDailyJob']);
  });

  it('each daily trigger runs in its own document', async () => {
    const { emu, b } = await twoDocuments();
    emu.run('menuEnableAlerts');
    emu.run('menuEnableAlerts', { document: B });
    emu.advanceClock('2026-03-13T08:00:00+09:00');
    expect(emu.outbox.map((m) => m.to).sort()).toEqual(['a@acme.co.kr', 'b@acme.co.kr']);
    expect(alertRows(emu).map((r) => r.owner)).toEqual(['a@acme.co.kr']);
    expect(alertRows(b).map((r) => r.owner)).toEqual(['b@acme.co.kr']);
  });
});

describe('two users, two spreadsheets', () => {
  it("another customer's run holding its lock does not stop this document's daily job", async () => {
    const { emu, b } = await twoDocuments();
    // A run in the first spreadsheet holds its document lock (and, were the job using it, the script lock).
    emu.locks.holdBy('customer-a-run', { kind: 'document' });
    emu.locks.holdBy('customer-a-run', { kind: 'script' });
    emu.run('runDailyJob', { mode: 'time-trigger', user: 'rep@other.co.kr', document: B });
    expect(emu.outbox.map((m) => m.to)).toEqual(['b@acme.co.kr']);
    expect(alertRows(b).map((r) => r.result)).toEqual(['sent']);
    // The first spreadsheet's own run waits for its lock.
    emu.run('runDailyJob', { mode: 'time-trigger' });
    expect(alertRows(emu)).toEqual([]);
  });

  it("each user's triggers are their own: a second user enabling alerts in B leaves the first user's alone", async () => {
    const { emu } = await twoDocuments();
    emu.run('menuEnableAlerts', { document: B });
    emu.run('menuEnableAlerts', { document: B, user: 'rep@other.co.kr' });
    const owners = emu.triggers
      .list()
      .map((t) => `${t.owner || 'lead'} ${t.handler}`)
      .sort();
    expect(owners).toEqual([
      'lead onPipelineEdit',
      'lead runDailyJob',
      'rep@other.co.kr onPipelineEdit',
      'rep@other.co.kr runDailyJob',
    ]);
    emu.run('menuDisableAlerts', { document: B, user: 'rep@other.co.kr' });
    expect(emu.triggers.list().map((t) => t.owner || 'lead')).toEqual(['lead', 'lead']);
  });
});

describe('two teammates enable alerts on the same document', () => {
  it('each owner still gets one digest a day: the first tick claims the day, the other finds it claimed', async () => {
    const emu = await alertEmulator({
      now: '2026-03-12T06:10:00+09:00',
      addOn: true,
      deals: [
        { id: 'D-1', owner: 'a@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-01' },
        { id: 'D-2', owner: 'b@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-01' },
      ],
    });
    emu.run('menuEnableAlerts');
    emu.clock.set('2026-03-12T06:40:00+09:00');
    emu.run('menuEnableAlerts', { user: 'rep@acme.co.kr' });
    // Enabling twice changes nothing either.
    emu.run('menuEnableAlerts', { user: 'rep@acme.co.kr' });
    const clocks = emu.triggers.list().filter((t) => t.eventType === 'CLOCK');
    expect(clocks.map((t) => t.owner || 'owner').sort()).toEqual(['owner', 'rep@acme.co.kr']);

    // Two days of both users' hourly ticks.
    emu.advanceClock('2026-03-13T23:59:00+09:00');
    const ticks = emu.executionLog.filter((e) => e.handler === 'runDailyJob');
    // Both triggers tick every hour: about 41 hours each.
    expect(ticks.length).toBeGreaterThanOrEqual(80);
    expect(ticks.filter((e) => e.error)).toEqual([]);
    // Cooldown keeps the same deal from going again on the 13th: one digest per owner, once.
    const sent = alertRows(emu).filter((r) => r.result === 'sent');
    expect(sent.map((r) => r.owner).sort()).toEqual(['a@acme.co.kr', 'b@acme.co.kr']);
    expect(emu.outbox.map((m) => m.to).sort()).toEqual(['a@acme.co.kr', 'b@acme.co.kr']);
    const worked = emu.logs.filter((l) => /^Daily stall alerts 2026-/.test(l));
    expect(worked.map((l) => l.slice(19, 29))).toEqual(['2026-03-12', '2026-03-13']);
  });
});
