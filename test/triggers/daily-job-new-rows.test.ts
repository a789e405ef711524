// Rows that arrived without an edit event (script writes, imports) get an ID and their stage's
// probability from the daily job, and are alerted under that ID — once.
import { DEAL_COLUMNS } from '../../src/core/schema';
import { alertEmulator, alertRows, dealIdsOf } from '../alerts/alert-fixture';

const col = (key: string) => DEAL_COLUMNS.findIndex((c) => c.key === key);

describe('daily job on rows no edit event saw', () => {
  it('assigns the next Deal ID and the stage default probability, then alerts under that ID', async () => {
    const emu = await alertEmulator({
      now: '2026-03-20T08:00:00+09:00',
      deals: [
        { id: 'D-0007', owner: 'a@acme.co.kr', stage: 'Proposal', stageEntered: '2026-03-18' },
        { id: '', owner: 'a@acme.co.kr', stage: 'Negotiation', stageEntered: '2026-03-05' },
      ],
    });
    emu.run('runDailyJob', { mode: 'time-trigger' });
    const rows = emu.getValues('Deals').slice(1);
    expect(rows.map((r) => r[col('dealId')])).toEqual(['D-0007', 'D-0008']);
    expect(rows.map((r) => r[col('probability')])).toEqual([0.4, 0.6]);
    expect(emu.outbox).toHaveLength(1);
    expect(dealIdsOf(emu.outbox[0].body)).toEqual(['D-0008']);

    // The next day, within the cooldown and short of escalation (16 of 20 days): the same deal, now
    // known by its ID, is not alerted again.
    emu.clock.set('2026-03-21T08:00:00+09:00');
    emu.run('runDailyJob', { mode: 'time-trigger' });
    expect(emu.outbox).toHaveLength(1);
    expect(alertRows(emu).map((r) => r.ids)).toEqual(['D-0008']);
  });
});
