// Import rows in History tell the forecast a deal's status, not its stage: an export gives an open
// deal's stage but only the outcome of a closed one, so taking the stage would tell them apart.

import type { Deal } from '../../../src/core/deals';
import { dealsAsOf, indexData } from '../../../src/core/forecast/as-of';
import { workbookForecastData } from '../../../src/core/forecast/workbook-data';
import { DEFAULT_STAGES, findStage } from '../../../src/core/stages';

const ZONE = 'Asia/Seoul';
const at = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
const HEADER = [
  'Deal ID',
  'From stage',
  'To stage',
  'Status',
  'Amount',
  'Changed at',
  'Changed by',
  'Source',
];

function deal(row: number, id: string, status: Deal['status'], extra: Partial<Deal> = {}): Deal {
  return {
    row,
    dealId: id,
    name: id,
    company: 'Acme',
    owner: 'a@acme.co.kr',
    stageText: 'Proposal',
    stage: findStage(DEFAULT_STAGES, 'Proposal'),
    status,
    amount: 1000,
    probability: undefined,
    expectedClose: undefined,
    created: at('2026-01-05'),
    stageEntered: undefined,
    closedOn: undefined,
    lastActivity: undefined,
    nextStep: '',
    snoozeUntil: undefined,
    lostReason: '',
    ...extra,
  };
}

describe('import rows and the forecast', () => {
  it('give no stage: an open deal and one that later closed look alike before the close', () => {
    const deals = [
      deal(2, 'D-1', 'open'),
      deal(3, 'D-2', 'won', { closedOn: at('2026-03-10') }),
      deal(4, 'D-3', 'open'),
    ];
    const history = [
      HEADER,
      // The import: D-1 open in Proposal since Created; D-2 only as Won on its close day.
      ['D-1', '', 'Proposal', 'Open', 1000, at('2026-01-05'), 'lead', 'import'],
      ['D-2', '', 'Proposal', 'Won', 1000, at('2026-03-10'), 'lead', 'import'],
      // After the import, an edit moves D-3: that stage is known from its day on.
      ['D-3', '', 'Proposal', 'Open', 1000, at('2026-01-05'), 'lead', 'import'],
      ['D-3', 'Proposal', 'Negotiation', 'Open', 1000, at('2026-02-01'), 'kim', 'edit'],
    ];
    const { data } = workbookForecastData(deals, history, DEFAULT_STAGES, ZONE);
    const day = (iso: string) =>
      Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 86_400_000);
    const [d1, d2, d3] = dealsAsOf(indexData(data), day('2026-03-01'));
    expect([d1?.status, d1?.stage, d1?.age]).toEqual(['open', -1, 55]);
    expect([d2?.status, d2?.stage, d2?.age]).toEqual(['open', -1, 55]);
    expect([d3?.stage, d3?.timeInStage]).toEqual([findStage(DEFAULT_STAGES, 'Negotiation'), 28]);
    const after = dealsAsOf(indexData(data), day('2026-03-11'));
    expect(after[1]?.status).toBe('won');
  });

  it('keep the stage an imported stage history gave: the baseline after it neither hides nor restarts it', () => {
    const deals = [deal(2, 'S-1', 'open', { stageEntered: at('2026-02-01') })];
    const history = [
      HEADER,
      ['S-1', '', 'Qualified', 'Open', '', at('2026-01-10'), 'lead', 'import history'],
      ['S-1', 'Qualified', 'Proposal', 'Open', '', at('2026-02-01'), 'lead', 'import history'],
      ['S-1', 'Proposal', 'Proposal', 'Open', 1000, at('2026-02-01'), 'lead', 'import'],
    ];
    const { data } = workbookForecastData(deals, history, DEFAULT_STAGES, ZONE);
    const day = (iso: string) =>
      Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 86_400_000);
    const stageOn = (iso: string) => {
      const [s] = dealsAsOf(indexData(data), day(iso));
      return [s?.stage, s?.timeInStage];
    };
    expect(stageOn('2026-01-05')).toEqual([undefined, undefined]);
    expect(stageOn('2026-01-20')).toEqual([findStage(DEFAULT_STAGES, 'Qualified'), 10]);
    expect(stageOn('2026-03-01')).toEqual([findStage(DEFAULT_STAGES, 'Proposal'), 28]);
  });
});
