// Set-up on a workbook holding a Salesforce export in two sheets, as a team imports it: the
// opportunities, and their Opportunity History. The stage changes become History, dated by the
// export; the history sheet itself is only read.
import type { Emulator } from '../../emulator';
import { emulator } from './emulator-setup';

const OPPORTUNITIES = [
  ['Id', 'Name', 'StageName', 'Amount', 'CreatedDate', 'CloseDate', 'OwnerId'],
  ['006A', 'Grid upgrade', 'Closed Won', '454160', '02/03/2022', '07/07/2022', 'kim@acme.com'],
  [
    '006B',
    'Fleet renewal',
    'Negotiation/Review',
    '120000',
    '13/03/2022',
    '30/12/2022',
    'lee@acme.com',
  ],
  ['006C', 'Pilot', 'Qualification', '50000', '14/03/2022', '30/12/2022', 'lee@acme.com'],
];
const STAGE_LOG = [
  ['OppID', 'CreatedDate', 'StageName', 'SortOrder'],
  ['006A', '06/04/2022', 'Negotiation/Review', '8'],
  ['006A', '02/03/2022', 'Prospecting', '1'],
  ['006A', '07/07/2022', 'Closed Won', '9'],
  ['006B', '13/03/2022', 'Qualification', '2'],
  ['006B', '20/04/2022', 'Negotiation/Review', '8'],
  ['006B', '25/04/2022', 'Negotiation/Review', '8'],
  ['006C', '14/03/2022', 'Prospecting', '1'],
  ['006Z', '14/03/2022', 'Prospecting', '1'],
];

async function salesforceWorkbook(): Promise<Emulator> {
  const emu = await emulator({ locale: 'en_US', now: '2022-05-02T09:00:00+09:00' });
  emu.spreadsheet.getSheets()[0].setName('Opportunity');
  emu.setValues('Opportunity', 'A1', OPPORTUNITIES);
  emu.spreadsheet.insertSheet('Opportunity History');
  emu.setValues('Opportunity History', 'A1', STAGE_LOG);
  return emu;
}

const ymd = (v: unknown) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(v as Date);

describe("set-up with Salesforce's Opportunity History beside the opportunities", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await salesforceWorkbook();
    emu.run('menuSetUp');
  }, 60_000);

  const historyName = () =>
    emu
      .sheetNames()
      .find(
        (n) => !['Deals', 'Opportunity History', 'Settings', 'Alerts', 'Dashboard'].includes(n),
      ) as string;

  it('says before anything changes what it takes from the history sheet and what it skips', () => {
    const [confirm] = emu.uiAlerts.slice(-2);
    const text = String(confirm.prompt);
    expect(text).toContain(
      'Stage history: 6 stage changes of 3 deals read from "Opportunity History" into History, dated by the export (your sheet is kept as it is); Stage entered of 1 open deal taken from it.',
    );
    expect(text).toContain(
      'Not taken from "Opportunity History": 1 row names no deal in the deals table, 1 row repeats the stage before it.',
    );
  });

  it('leaves the history sheet exactly as it was', () => {
    expect(emu.getValues('Opportunity History')).toEqual(STAGE_LOG);
  });

  it("writes each deal's stage changes in date order, then its baseline, into the add-on's History", () => {
    const rows = emu.getValues(historyName()).slice(1);
    const shown = rows.map((r) => [r[0], r[1], r[2], r[3], ymd(r[5]), r[7]]);
    expect(shown).toEqual([
      ['006A', '', 'Prospecting', 'Open', '2022-03-02', 'import history'],
      ['006A', 'Prospecting', 'Negotiation/Review', 'Open', '2022-04-06', 'import history'],
      ['006A', 'Negotiation/Review', 'Closed Won', 'Won', '2022-07-07', 'import history'],
      ['006A', 'Closed Won', 'Closed Won', 'Won', '2022-07-07', 'import'],
      ['006B', '', 'Qualification', 'Open', '2022-03-13', 'import history'],
      ['006B', 'Qualification', 'Negotiation/Review', 'Open', '2022-04-20', 'import history'],
      ['006B', 'Negotiation/Review', 'Negotiation/Review', 'Open', '2022-04-20', 'import'],
      ['006C', '', 'Prospecting', 'Open', '2022-03-14', 'import history'],
      ['006C', 'Prospecting', 'Qualification', 'Open', '2022-03-14', 'import'],
    ]);
  });

  it('dates Stage entered from the last stage change when it is the stage the deal is in, else from Created', () => {
    const deals = emu.getValues('Deals');
    const col = deals[0].indexOf('Stage entered');
    expect(ymd(deals[2][col])).toBe('2022-04-20');
    expect(ymd(deals[3][col])).toBe('2022-03-14');
  });

  it('does not import the history again when set-up runs again', () => {
    const before = emu.getValues(historyName()).length;
    emu.run('menuSetUp');
    expect(emu.getValues(historyName()).length).toBe(before);
  });
});
