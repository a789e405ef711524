// A month of daily runs over a sample pipeline: every owner gets exactly the digests the rules call for.
import { alertEmulator, alertRows, type DealSpec, dealIdsOf } from '../alerts/alert-fixture';

const STALL_DAYS: Record<string, number> = {
  Prospecting: 14,
  Qualification: 14,
  Proposal: 10,
  Negotiation: 10,
  Closing: 7,
  Retention: 60,
};

const OWNERS = ['kim@acme.co.kr', 'lee@acme.co.kr', 'park@acme.co.kr', 'choi@acme.co.kr'];
const STAGES = Object.keys(STALL_DAYS);

/** 24 deals spread over owners, stages and Stage entered dates in February and March. */
function samplePipeline(): DealSpec[] {
  const deals: DealSpec[] = [];
  for (let i = 0; i < 24; i++) {
    const day = 1 + ((i * 7) % 28);
    const month = i % 3 === 0 ? '02' : '03';
    deals.push({
      id: `D-${String(i + 1).padStart(4, '0')}`,
      owner: OWNERS[i % OWNERS.length],
      stage: STAGES[i % STAGES.length],
      status: i % 11 === 10 ? 'Won' : 'Open',
      amount: 1_000_000 * (i + 1),
      stageEntered: `2026-${month}-${String(day).padStart(2, '0')}`,
    });
  }
  return deals;
}

const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** The calendar day an instant falls on in Seoul. */
const seoulDay = (d: Date) => Math.floor((d.getTime() + 9 * 3_600_000) / 86_400_000);

/**
 * The rules written out plainly, independent of the job's code: for each day, the deals each
 * owner should hear about (stalled, not alerted within the cooldown unless newly escalated).
 */
function expectedDigests(deals: DealSpec[], firstDay: number, lastDay: number, cooldown: number) {
  const lastSent = new Map<string, number>();
  const out: { day: number; owner: string; ids: string[] }[] = [];
  for (let today = firstDay; today <= lastDay; today++) {
    const byOwner = new Map<
      string,
      { id: string; escalated: boolean; over: number; amount: number }[]
    >();
    for (const d of deals) {
      if ((d.status ?? 'Open') !== 'Open') continue;
      const days = today - dayOf(d.stageEntered);
      const limit = STALL_DAYS[d.stage];
      if (days <= limit) continue;
      const escalatedAt = dayOf(d.stageEntered) + Math.max(2 * limit, limit + 1);
      const sent = lastSent.get(d.id);
      const crossed = sent !== undefined && sent < escalatedAt && today >= escalatedAt;
      if (sent !== undefined && today - sent < cooldown && !crossed) continue;
      const list = byOwner.get(d.owner) ?? [];
      list.push({
        id: d.id,
        escalated: today >= escalatedAt,
        over: days - limit,
        amount: d.amount ?? 0,
      });
      byOwner.set(d.owner, list);
    }
    for (const [owner, list] of byOwner) {
      list.sort(
        (a, b) =>
          Number(b.escalated) - Number(a.escalated) || b.over - a.over || b.amount - a.amount,
      );
      for (const x of list) lastSent.set(x.id, today);
      out.push({ day: today, owner, ids: list.map((x) => x.id) });
    }
  }
  return out;
}

describe('the daily job over a month', () => {
  it('sends each owner exactly the digests the rules call for, one per owner per day at most', async () => {
    const deals = samplePipeline();
    const emu = await alertEmulator({ now: '2026-03-01T07:00:00+09:00', deals });
    emu.run('menuEnableAlerts');
    expect(
      emu.triggers
        .list()
        .map((t) => t.handler)
        .sort(),
    ).toEqual(['onPipelineEdit', 'runDailyJob']);

    // Day by day through March: the trigger ticks every hour; the daily work runs once each
    // morning, at the first tick from 8 (Settings default).
    for (let d = 1; d <= 31; d++)
      emu.advanceClock(`2026-03-${String(d).padStart(2, '0')}T23:00:00+09:00`);

    const runs = emu.executionLog.filter((e) => e.handler === 'runDailyJob');
    expect(runs.length).toBeGreaterThanOrEqual(31 * 16);
    expect(runs.filter((r) => r.error)).toEqual([]);
    const worked = emu.logs.filter((l) => /^Daily stall alerts 2026-/.test(l));
    expect(worked).toHaveLength(31);
    expect(worked.map((l) => l.slice(19, 29))).toEqual(
      Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`),
    );

    const got = emu.outbox.map((m) => ({
      day: seoulDay(m.at),
      owner: m.to,
      ids: dealIdsOf(m.body),
    }));
    const want = expectedDigests(deals, dayOf('2026-03-01'), dayOf('2026-03-31'), 3);
    const key = (x: { day: number; owner: string }) => `${isoOf(x.day)} ${x.owner}`;
    const sortBy = (a: { day: number; owner: string }, b: { day: number; owner: string }) =>
      key(a).localeCompare(key(b));
    expect(got.sort(sortBy)).toEqual(want.sort(sortBy));
    expect(want.length).toBeGreaterThan(20); // the sample really exercises the rules

    // Every email is logged once as sent; nothing else happened.
    const rows = alertRows(emu);
    expect(rows.filter((r) => r.result === 'sent')).toHaveLength(emu.outbox.length);
    expect(rows.every((r) => r.result === 'sent')).toBe(true);
    // Escalation digests say so in the Kind column.
    expect(rows.some((r) => r.kind === 'escalation')).toBe(true);
  });
});
