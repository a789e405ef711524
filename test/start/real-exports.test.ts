// The three real CRM exports run through `npm start` the first time, as a new user would try them,
// with figures checked against numbers this test computes straight from each CSV.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStart, type StartSummary } from '../../scripts/start';
import { parseStartArgs } from '../../scripts/start-args';

const DATA = join(__dirname, '..', '..', '..', 'shared', 'data');
const DAY = 86_400_000;

/** The CSV's rows as records (these exports have no quoted fields). */
function records(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(DATA, file), 'utf8').trim().split(/\r?\n/);
  const names = header.replace(/^\uFEFF/, '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

/** Day number of 2017-10-01 or 14/03/2022 (day first, as the Salesforce export writes). */
function day(text: string): number {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) / DAY;
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(text) as RegExpExecArray;
  return Date.UTC(+dmy[3], +dmy[2] - 1, +dmy[1]) / DAY;
}

async function start(file: string, today: string): Promise<StartSummary> {
  const out = join(mkdtempSync(join(tmpdir(), 'real-export-')), 'out');
  return runStart(parseStartArgs([join(DATA, file), '--today', today, '--out', out]));
}

const winRate = (s: StartSummary) =>
  (s.dashboard['Win rate (count / value)'] as number[] | undefined)?.[0];

describe('Maven CRM sales_pipeline.csv', () => {
  const rows = records('maven-crm-sales-opportunities/sales_pipeline.csv');
  let s: StartSummary;
  beforeAll(async () => {
    s = await start('maven-crm-sales-opportunities/sales_pipeline.csv', '2017-12-31');
  }, 300_000);

  it('adopts every deal with an English dashboard, and the win rate is Won ÷ (Won + Lost) of the CSV', () => {
    const won = rows.filter((r) => r.deal_stage === 'Won').length;
    const lost = rows.filter((r) => r.deal_stage === 'Lost').length;
    expect(s.deals).toBe(rows.length);
    expect(won / (won + lost)).toBeCloseTo(0.6315, 4);
    expect(winRate(s)).toBeCloseTo(won / (won + lost), 10);
    expect(s.adoption.counts).toMatchObject({
      outcomesInStage: { won, lost },
      statusFilled: won + lost,
      stagesAdded: ['Engaging'],
      language: { lang: 'en', source: 'headers' },
    });
  });

  it('takes Closed on from close_date on every won or lost row, and leaves open rows blank', () => {
    const closed = rows.filter((r) => r.deal_stage === 'Won' || r.deal_stage === 'Lost');
    expect(closed.every((r) => r.close_date !== '')).toBe(true);
    expect(s.adoption.counts?.closedOnFilled).toBe(closed.length);
    expect(s.adoption.report.join('\n')).toContain(
      `Closed on filled from close_date for ${closed.length} won or lost deals`,
    );
    expect(s.checkData.noClosedOn ?? 0).toBe(0);
  });

  it('counts as stalled every Engaging deal engaged more than 14 days before the report date', () => {
    const today = day('2017-12-31');
    const stalled = rows.filter(
      (r) => r.deal_stage === 'Engaging' && r.engage_date && today - day(r.engage_date) > 14,
    ).length;
    expect(stalled).toBeGreaterThan(1000);
    expect(s.stalledDeals).toBe(stalled);
    expect(s.adoption.report.join('\n')).toContain('Stages added to Settings: Engaging.');
  });

  it('reads every close_value and date typed as text, and lists the counts', () => {
    const amounts = rows.filter((r) => r.close_value !== '').length;
    const engaged = rows.filter((r) => r.engage_date !== '').length;
    expect(s.adoption.counts?.conversions).toEqual(
      expect.arrayContaining([
        { field: 'amount', kind: 'amount', count: amounts },
        { field: 'created', kind: 'date', count: engaged },
      ]),
    );
    expect(s.adoption.counts?.unreadable).toEqual({});
    expect(s.adoption.counts?.historyBaselines).toBe(rows.length);
  });
});

/** Stall days set-up gives the Salesforce stages open deals of this export are in. */
const SALESFORCE_STALL_DAYS: Record<string, number> = {
  Prospecting: 14,
  Qualification: 14,
  'Value Proposition': 10,
  'Negotiation/Review': 7,
};

describe('Salesforce Opportunity.csv', () => {
  const rows = records('preppin-data-2022w23-salesforce-opportunities/Opportunity.csv');
  let s: StartSummary;
  beforeAll(async () => {
    s = await start('preppin-data-2022w23-salesforce-opportunities/Opportunity.csv', '2022-12-31');
  }, 300_000);

  it("adopts Salesforce's pipeline, reads 0–100 probabilities and day-first dates", () => {
    const won = rows.filter((r) => r.StageName === 'Closed Won').length;
    const lost = rows.filter((r) => r.StageName === 'Closed Lost').length;
    expect(won / (won + lost)).toBeCloseTo(0.6096, 4);
    expect(winRate(s)).toBeCloseTo(won / (won + lost), 10);
    const probabilities = rows.filter((r) => r.Probability !== '').length;
    expect(s.adoption.counts).toMatchObject({
      pipeline: 'Salesforce',
      stagesAdded: [],
      dayOrders: expect.arrayContaining([
        { field: 'created', order: 'dmy', source: 'data' },
        { field: 'expectedClose', order: 'dmy', source: 'data' },
      ]),
    });
    expect(s.adoption.counts?.conversions).toEqual(
      expect.arrayContaining([
        { field: 'probability', kind: 'percentColumn', count: probabilities },
      ]),
    );
  });

  it("names as the bottleneck the weakest step of Salesforce's eight stages, none of which is after the sale", () => {
    const stages = [
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
    ];
    const toNext = (stage: string) => (s.dashboard[stage] as number[])[1];
    const weakest = stages.reduce((a, b) => (toNext(b) < toNext(a) ? b : a));
    expect(weakest).toBe('Proposal/Price Quote');
    expect(s.dashboard['Bottleneck stage (lowest conversion to next)']).toBe(weakest);
  });

  it('counts as stalled every open deal past its Salesforce stage days since its last stage change', () => {
    const stall = SALESFORCE_STALL_DAYS;
    const today = day('2022-12-31');
    const stalled = rows.filter((r) => {
      if (!(r.StageName in stall)) return false;
      const entered = r.LastStageChangeDate || r.CreatedDate;
      return today - day(entered) > stall[r.StageName];
    }).length;
    expect(stalled).toBeGreaterThan(10);
    expect(s.stalledDeals).toBe(stalled);
  });
});

describe('Salesforce Opportunity.csv with its Opportunity History.csv', () => {
  const folder = 'preppin-data-2022w23-salesforce-opportunities';
  const rows = records(`${folder}/Opportunity.csv`);
  const log = records(`${folder}/Opportunity History.csv`);
  let s: StartSummary;
  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'real-export-')), 'out');
    s = await runStart(
      parseStartArgs([
        join(DATA, folder, 'Opportunity.csv'),
        join(DATA, folder, 'Opportunity History.csv'),
        '--today',
        '2022-12-31',
        '--out',
        out,
      ]),
    );
  }, 300_000);

  /** Per opportunity, its logged stages oldest first (same-day rows in file order), repeats dropped. */
  const steps = () => {
    const by = new Map<string, { day: number; stage: string }[]>();
    for (const r of log)
      by.set(r.OppID, [
        ...(by.get(r.OppID) ?? []),
        { day: day(r.CreatedDate), stage: r.StageName },
      ]);
    let repeats = 0;
    for (const [id, list] of by) {
      const sorted = [...list].sort((a, b) => a.day - b.day);
      const kept = sorted.filter((e, i) => i === 0 || e.stage !== sorted[i - 1].stage);
      repeats += sorted.length - kept.length;
      by.set(id, kept);
    }
    return { by, repeats };
  };

  it('reads every logged stage change of every opportunity, skipping only repeats', () => {
    const { by, repeats } = steps();
    expect(repeats).toBe(107);
    expect(s.adoption.counts?.stageHistory).toMatchObject({
      sheet: 'Opportunity History',
      rows: log.length - repeats,
      deals: by.size,
      unknownDeal: 0,
      unreadable: 0,
      repeats,
    });
  });

  it('counts as stalled every open deal past its stage days since it entered its stage by the log, else since created', () => {
    const stall = SALESFORCE_STALL_DAYS;
    const { by } = steps();
    const today = day('2022-12-31');
    const stalled = rows.filter((r) => {
      if (!(r.StageName in stall)) return false;
      const last = by.get(r.Id)?.at(-1);
      const entered = r.LastStageChangeDate
        ? day(r.LastStageChangeDate)
        : last?.stage === r.StageName
          ? last.day
          : day(r.CreatedDate);
      return today - entered > stall[r.StageName];
    }).length;
    expect(stalled).toBeGreaterThan(10);
    expect(s.stalledDeals).toBe(stalled);
  });
});

describe('SparkleSquad sales-pipeline.csv', () => {
  const rows = records('sparklesquad-crm-dataset-dataworld/sales-pipeline.csv');
  let s: StartSummary;
  beforeAll(async () => {
    s = await start('sparklesquad-crm-dataset-dataworld/sales-pipeline.csv', '2017-12-31');
  }, 300_000);

  it('adds In_Progress as a stage, and the win rate and stalls match the CSV', () => {
    const won = rows.filter((r) => r.Deal_Stage === 'Won').length;
    const lost = rows.filter((r) => r.Deal_Stage === 'Lost').length;
    expect(won / (won + lost)).toBeCloseTo(0.6483, 4);
    expect(s.deals).toBe(rows.length);
    expect(winRate(s)).toBeCloseTo(won / (won + lost), 10);
    expect(s.adoption.counts?.stagesAdded).toEqual(['In_Progress']);
    const today = day('2017-12-31');
    const stalled = rows.filter(
      (r) => r.Deal_Stage === 'In_Progress' && today - day(r.Created_On) > 14,
    ).length;
    expect(s.stalledDeals).toBe(stalled);
  });
});
