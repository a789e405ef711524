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
