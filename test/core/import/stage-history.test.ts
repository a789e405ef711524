// A CRM's stage-history export read as each deal's stage changes: Salesforce's Opportunity History
// with day-first text dates, a Korean team's log with real dates, and sheets that are not one.
import { readStageHistory } from '../../../src/core/import/stage-history';

const IDS = new Set(['006A', '006B', '006C']);
const SALESFORCE = [
  ['OppID', 'CreatedDate', 'StageName', 'SortOrder'],
  ['006A', '06/04/2022', 'Negotiation/Review', 8],
  ['006A', '02/03/2022', 'Prospecting', 1],
  ['006A', '07/07/2022', 'Closed Won', 9],
  ['006A', '20/04/2022', 'Negotiation/Review', 8],
  ['006B', '13/03/2022', 'Qualification', 2],
  ['006B', '30/03/2022', 'Closed Lost', 10],
  ['006B', '31/03/2022', 'Prospecting', 1],
  ['006X', '13/03/2022', 'Qualification', 2],
  ['006C', 'soon', 'Qualification', 2],
  ['006C', '14/03/2022', '', 2],
  ['', '14/03/2022', 'Qualification', 2],
];

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('readStageHistory', () => {
  it("reads Salesforce's Opportunity History: day-first dates, oldest first, repeats dropped, outcomes as statuses", () => {
    const read = readStageHistory('Opportunity History', SALESFORCE, IDS, 'UTC', 'en_US');
    expect(read).toBeDefined();
    const steps = (id: string) => read?.byDeal.get(id)?.map((s) => [iso(s.at), s.stage, s.status]);
    expect(steps('006A')).toEqual([
      ['2022-03-02', 'Prospecting', 'open'],
      ['2022-04-06', 'Negotiation/Review', 'open'],
      ['2022-07-07', 'Closed Won', 'won'],
    ]);
    expect(steps('006B')).toEqual([
      ['2022-03-13', 'Qualification', 'open'],
      ['2022-03-30', 'Closed Lost', 'lost'],
      ['2022-03-31', 'Prospecting', 'open'],
    ]);
    expect(read?.byDeal.has('006C')).toBe(false);
    expect(read).toMatchObject({
      sheet: 'Opportunity History',
      rows: 6,
      repeats: 1,
      unknownDeal: 1,
      unreadable: 2,
      dayOrder: 'dmy',
    });
  });

  it('reads a Korean log with real dates under a title row; a time on the same day orders the changes', () => {
    const values = [
      ['단계 변경 기록', '', ''],
      ['딜 ID', '변경일', '단계'],
      ['D-1', new Date('2026-03-05T09:00:00Z'), '협상'],
      ['D-1', new Date('2026-03-05T08:00:00Z'), '제안 및 견적'],
      ['D-1', new Date('2026-03-10T00:00:00Z'), '수주'],
    ];
    const read = readStageHistory('단계 이력', values, new Set(['D-1']), 'Asia/Seoul', 'ko_KR');
    expect(read?.byDeal.get('D-1')?.map((s) => [s.stage, s.status])).toEqual([
      ['제안 및 견적', 'open'],
      ['협상', 'open'],
      ['수주', 'won'],
    ]);
    expect(read?.dayOrder).toBeUndefined();
  });

  it("reads dates that could be either order in the spreadsheet locale's order", () => {
    const values = [
      ['Deal ID', 'Date', 'Stage'],
      ['A', '03/04/2022', 'Proposal'],
    ];
    const at = (locale: string) =>
      iso(
        readStageHistory('Log', values, new Set(['A']), 'UTC', locale)?.byDeal.get('A')?.[0]
          .at as Date,
      );
    expect(at('en_US')).toBe('2022-03-04');
    expect(at('en_GB')).toBe('2022-04-03');
  });

  it('is not a stage history without the three columns, or when most IDs are not deals', () => {
    const noDate = [
      ['OppID', 'StageName'],
      ['006A', 'Prospecting'],
    ];
    expect(readStageHistory('x', noDate, IDS, 'UTC', 'en_US')).toBeUndefined();
    const strangers = [
      ['OppID', 'CreatedDate', 'StageName'],
      ['006A', '2022-03-01', 'Prospecting'],
      ['Z1', '2022-03-01', 'Prospecting'],
      ['Z2', '2022-03-01', 'Prospecting'],
    ];
    expect(readStageHistory('x', strangers, IDS, 'UTC', 'en_US')).toBeUndefined();
    const half = strangers.slice(0, 3);
    expect(readStageHistory('x', half, IDS, 'UTC', 'en_US')?.rows).toBe(1);
    expect(readStageHistory('x', [strangers[0]], IDS, 'UTC', 'en_US')).toBeUndefined();
  });
});

describe('readStageHistory on untidy exports', () => {
  it('matches IDs and stages with spaces around them, and a stage that differs only in spaces repeats', () => {
    const values = [
      ['OppID', 'CreatedDate', 'StageName'],
      [' 006A ', '2022-03-01', ' Prospecting'],
      ['006A', '2022-03-05', 'Prospecting '],
      ['006A', '2022-03-09', ' Qualification '],
    ];
    const read = readStageHistory('Log', values, IDS, 'UTC', 'en_US');
    expect(read?.byDeal.get('006A')?.map((s) => s.stage)).toEqual(['Prospecting', 'Qualification']);
    expect(read?.repeats).toBe(1);
  });

  it('reads no ambiguous date when the column writes days both ways, and says so by giving no order', () => {
    const values = [
      ['OppID', 'CreatedDate', 'StageName'],
      ['006A', '14/03/2022', 'Prospecting'],
      ['006A', '03/15/2022', 'Qualification'],
      ['006A', '04/05/2022', 'Proposal'],
      ['006A', '2022-05-01', 'Negotiation'],
    ];
    const read = readStageHistory('Log', values, IDS, 'UTC', 'en_US');
    expect(read?.dayOrder).toBeUndefined();
    expect(read?.byDeal.get('006A')?.map((s) => [iso(s.at), s.stage])).toEqual([
      ['2022-03-14', 'Prospecting'],
      ['2022-03-15', 'Qualification'],
      ['2022-05-01', 'Negotiation'],
    ]);
    expect(read?.unreadable).toBe(1);
  });

  it('takes the first row naming all three columns as the header', () => {
    const values = [
      ['Deal ID', 'Stage', 'Note'],
      ['OppID', 'CreatedDate', 'StageName'],
      ['Deal ID', 'Date', 'Stage'],
      ['006A', '2022-03-01', 'Prospecting'],
    ];
    const read = readStageHistory('Log', values, IDS, 'UTC', 'en_US');
    // The third row is read as a row of data: "Deal ID" names no deal.
    expect(read?.unknownDeal).toBe(1);
    expect(read?.rows).toBe(1);
  });
});

describe('readStageHistory on sparse sheets', () => {
  it('does not count rows without an ID against the deals, and counts a date that is a bare number as unreadable', () => {
    const values = [
      ['OppID', 'CreatedDate', 'StageName'],
      ['006A', '2022-03-01', 'Prospecting'],
      ['', '2022-03-02', 'Prospecting'],
      ['', '2022-03-03', 'Prospecting'],
      ['', '2022-03-04', 'Prospecting'],
      ['006B', 44621, 'Qualification'],
    ];
    const read = readStageHistory('Log', values, IDS, 'UTC', 'en_US');
    expect(read?.rows).toBe(1);
    expect(read?.unreadable).toBe(1);
    expect(read?.unknownDeal).toBe(0);
  });
});
