// The adoption report says, in the workbook's language, every decision set-up made about a user's table.
import type { AdoptionPlan } from '../../../src/core/import/adoption-plan';
import {
  type AdoptionReport,
  adoptionReportLines,
  adoptionSummary,
} from '../../../src/core/import/adoption-report';

const emptyPlan = (): AdoptionPlan => ({
  deals: 0,
  conversions: [],
  fills: [],
  unreadable: [],
  dayOrders: [],
  stages: [],
  addedStages: [],
  outcomesInStage: { won: 0, lost: 0 },
});

const minimal = (over: Partial<AdoptionReport> = {}): AdoptionReport => ({
  lang: 'en',
  sheet: 'Pipeline',
  headerRow: 1,
  deals: 0,
  beside: [],
  plan: emptyPlan(),
  headers: {},
  statusFilled: 0,
  baselines: 0,
  ...over,
});

const cell = (row: number, field: string) => ({ row, column: 0, field, value: 'x' });

/** A report where every decision was taken, so every line shows. */
function full(lang: 'en' | 'ko'): AdoptionReport {
  const plan: AdoptionPlan = {
    ...emptyPlan(),
    deals: 12,
    conversions: [
      { row: 3, column: 2, field: 'amount', kind: 'amount', from: '₩1,200,000', to: 1_200_000 },
      { row: 4, column: 2, field: 'amount', kind: 'amount', from: '120만원', to: 1_200_000 },
      { row: 2, column: 3, field: 'probability', kind: 'percent', from: '35%', to: 0.35 },
      {
        row: 5,
        column: 3,
        field: 'probability',
        kind: 'percentColumn',
        from: 1,
        to: 1 / 3,
      },
      { row: 6, column: 3, field: 'probability', kind: 'number', from: '0.5', to: 0.5 },
      {
        row: 2,
        column: 4,
        field: 'expectedClose',
        kind: 'date',
        from: '14/03/2022',
        to: { y: 2022, m: 3, d: 14, hour: 0, minute: 0 },
      },
      {
        row: 7,
        column: 4,
        field: 'expectedClose',
        kind: 'date',
        from: '2022-03-02 16:11',
        to: { y: 2022, m: 3, d: 2, hour: 16, minute: 11 },
      },
      { row: 8, column: 1, field: 'status', kind: 'status', from: '수주', to: '성사' },
      {
        row: 9,
        column: 5,
        field: 'created',
        kind: 'date',
        from: '2022.1.5',
        to: { y: 2022, m: 1, d: 5, hour: 0, minute: 0 },
      },
    ],
    dayOrders: [
      { field: 'expectedClose', order: 'dmy', source: 'data' },
      { field: 'created', order: 'mdy', source: 'locale' },
    ],
    outcomesInStage: { won: 2, lost: 1 },
    pipeline: 'HubSpot',
    stages: [
      { en: 'Appointment Scheduled', ko: '미팅 예정', probability: 0.2, stallDays: 14 },
      { en: 'contractsent', ko: '계약서 발송', probability: 0.9, stallDays: 7 },
    ],
    addedStages: [
      { en: 'Engaging', ko: 'Engaging', probability: 0.15, stallDays: 14 },
      { en: '데모', ko: '데모', probability: 0.3, stallDays: 14 },
    ],
    unreadable: [
      ...[11, 3, 5, 2, 9, 8].map((r) => cell(r, 'amount')),
      ...[4, 6, 7, 10, 12].map((r) => cell(r, 'created')),
    ],
  };
  return {
    lang,
    sheet: '영업 현황',
    headerRow: 3,
    deals: 12,
    choice: { reason: 'recent', others: ['2023 archive', 'Old'] },
    copiedTo: 'Deals',
    beside: [
      { name: 'Settings', ours: 'Settings (add-on)' },
      { name: 'History', ours: 'History (add-on)' },
    ],
    plan,
    headers: { amount: '금액', probability: 'Win %', expectedClose: 'Close', status: '상태' },
    statusFilled: 3,
    namesFilled: { count: 4, from: 'Company' },
    enteredFilled: { count: 5, from: 'Created' },
    closedOnFilled: { count: 2, from: 'Close' },
    currency: { code: 'KRW', source: 'data' },
    language: { lang, source: 'headers' },
    baselines: 12,
  };
}

describe('adoptionReportLines', () => {
  it('says every decision in English, naming columns by their headers and giving a first example', () => {
    expect(adoptionReportLines(full('en'))).toEqual([
      'Deals: sheet "영업 현황", header on row 3, 12 deals.',
      'Chosen over "2023 archive", "Old" (most recent dates).',
      'Its header is not on row 1: the deals are copied into "Deals" and your sheet is left as it is.',
      'Your sheet "Settings" is kept as it is; the add-on uses "Settings (add-on)" beside it.',
      'Your sheet "History" is kept as it is; the add-on uses "History (add-on)" beside it.',
      '금액: 2 cells read as amounts (e.g. row 3: "₩1,200,000" → 1200000).',
      'Win %: 1 cell read as percents (e.g. row 2: "35%" → 0.35).',
      'Win %: 1 cell read as percents (a 0–100 column) (e.g. row 5: "1" → 0.333333).',
      'Win %: 1 cell read as numbers (e.g. row 6: "0.5" → 0.5).',
      'Close: 2 cells read as dates (e.g. row 2: "14/03/2022" → 2022-03-14).',
      '상태: 1 cell read as statuses (e.g. row 8: "수주" → 성사).',
      'created: 1 cell read as dates (e.g. row 9: "2022.1.5" → 2022-01-05).',
      'Close: dates written day/month/year (shown by dates such as 14/03).',
      "created: dates written month/day/year (the spreadsheet's locale).",
      'Outcomes in the stage column: 2 Won, 1 Lost; their Stage cells stay as typed.',
      'Status filled from the stage column: 3 deals.',
      'Deal names filled from Company: 4 deals.',
      'Stage entered filled from Created for 5 open deals (closed deals keep it blank).',
      'Closed on filled from Close for 2 won or lost deals (the close date of a closed row is the day it closed).',
      "Stages: HubSpot's default pipeline with its probabilities (Appointment Scheduled 20%, contractsent 90%).",
      'Stages added to Settings: Engaging, 데모.',
      '금액: 6 cells left as typed, no certain reading (rows 2, 3, 5, 8, 9, …); Check data marks them.',
      'created: 5 cells left as typed, no certain reading (rows 4, 6, 7, 10, 12); Check data marks them.',
      'Currency: KRW (from the amounts).',
      'Language: English (from your headers).',
      'History: one import baseline per deal (12), dated from the data where it has dates.',
    ]);
  });

  it('says the same in Korean', () => {
    expect(adoptionReportLines(full('ko'))).toEqual([
      '딜: "영업 현황" 시트, 머리글 3행, 딜 12건.',
      '"2023 archive", "Old" 대신 이 시트를 골랐습니다 (가장 최근 날짜).',
      '머리글이 1행에 없어 딜을 "Deals" 시트로 복사하고 원래 시트는 그대로 둡니다.',
      '사용자 시트 "Settings"은(는) 그대로 두고 애드온은 옆의 "Settings (add-on)" 시트를 씁니다.',
      '사용자 시트 "History"은(는) 그대로 두고 애드온은 옆의 "History (add-on)" 시트를 씁니다.',
      '금액: 셀 2개를 금액(으)로 읽었습니다 (예: 3행 "₩1,200,000" → 1200000).',
      'Win %: 셀 1개를 비율(으)로 읽었습니다 (예: 2행 "35%" → 0.35).',
      'Win %: 셀 1개를 비율 (0–100 열)(으)로 읽었습니다 (예: 5행 "1" → 0.333333).',
      'Win %: 셀 1개를 숫자(으)로 읽었습니다 (예: 6행 "0.5" → 0.5).',
      'Close: 셀 2개를 날짜(으)로 읽었습니다 (예: 2행 "14/03/2022" → 2022-03-14).',
      '상태: 셀 1개를 상태(으)로 읽었습니다 (예: 8행 "수주" → 성사).',
      'created: 셀 1개를 날짜(으)로 읽었습니다 (예: 9행 "2022.1.5" → 2022-01-05).',
      'Close: 날짜를 일/월/연 순서로 읽었습니다 (14/03 같은 날짜로 판단).',
      'created: 날짜를 월/일/연 순서로 읽었습니다 (스프레드시트 지역 설정).',
      '단계 열의 결과: 성사 2건, 실패 1건. 단계 셀은 입력한 그대로 둡니다.',
      '단계 열에서 상태를 채운 딜: 3건.',
      'Company에서 딜 이름을 채운 딜: 4건.',
      '진행 중 딜 5건의 단계 진입일을 Created에서 채웠습니다 (종료된 딜은 비워 둡니다).',
      '성사·실패한 딜 2건의 종료일을 Close에서 채웠습니다 (종료된 행의 마감일이 종료한 날입니다).',
      '단계: HubSpot 기본 파이프라인과 그 확률을 사용합니다 (Appointment Scheduled 20%, contractsent 90%).',
      '설정에 추가한 단계: Engaging, 데모.',
      '금액: 확실히 읽을 수 없는 셀 6개는 입력한 그대로 둡니다 (2, 3, 5, 8, 9, …행). 데이터 점검이 표시합니다.',
      'created: 확실히 읽을 수 없는 셀 5개는 입력한 그대로 둡니다 (4, 6, 7, 10, 12행). 데이터 점검이 표시합니다.',
      '통화: KRW (금액 표기에서).',
      '언어: 한국어 (머리글 기준).',
      '이력: 딜마다 가져오기 기준 행 1개 (12건), 데이터에 날짜가 있으면 그 날짜로.',
    ]);
  });

  it('says only where the deals are when set-up decided nothing else', () => {
    expect(adoptionReportLines(minimal())).toEqual([
      'Deals: sheet "Pipeline", header on row 1, 0 deals.',
    ]);
    // Fills of zero deals and an only sheet are not worth a line.
    expect(
      adoptionReportLines(
        minimal({
          choice: { reason: 'only', others: ['Old'] },
          namesFilled: { count: 0, from: 'Company' },
          enteredFilled: { count: 0, from: 'Created' },
          closedOnFilled: { count: 0, from: 'Close' },
        }),
      ),
    ).toEqual(['Deals: sheet "Pipeline", header on row 1, 0 deals.']);
    expect(adoptionReportLines(minimal({ choice: { reason: 'rows', others: [] } }))).toHaveLength(
      1,
    );
  });

  it("says what a CRM's stage history gave and skipped, in both languages, and nothing skipped when nothing was", () => {
    const stageHistory = {
      sheet: 'Opportunity History',
      rows: 477,
      deals: 219,
      unknownDeal: 0,
      unreadable: 2,
      repeats: 1,
      entered: 51,
    };
    expect(adoptionReportLines(minimal({ stageHistory })).slice(1)).toEqual([
      'Stage history: 477 stage changes of 219 deals read from "Opportunity History" into History, dated by the export (your sheet is kept as it is); Stage entered of 51 open deals taken from it.',
      'Not taken from "Opportunity History": 2 rows have no readable date or stage, 1 row repeats the stage before it.',
    ]);
    expect(adoptionReportLines({ ...minimal({ stageHistory }), lang: 'ko' }).slice(1)).toEqual([
      '단계 이력: "Opportunity History"에서 딜 219건의 단계 변경 477건을 내보낸 날짜 그대로 이력에 옮겼습니다 (사용자 시트는 그대로 둡니다). 진행 중인 딜 51건의 단계 진입일을 여기서 가져왔습니다.',
      '"Opportunity History"에서 옮기지 않은 행: 날짜나 단계를 읽을 수 없는 행 2건, 바로 앞과 같은 단계의 반복 1건.',
    ]);
    const clean = { ...stageHistory, unreadable: 0, repeats: 0, unknownDeal: 3 };
    expect(adoptionReportLines(minimal({ stageHistory: clean })).slice(2)).toEqual([
      'Not taken from "Opportunity History": 3 rows name no deal in the deals table.',
    ]);
    const none = { ...clean, unknownDeal: 0 };
    expect(adoptionReportLines(minimal({ stageHistory: none }))).toHaveLength(2);
    expect(adoptionSummary(minimal({ stageHistory })).stageHistory).toEqual(stageHistory);
    expect(adoptionSummary(minimal()).stageHistory).toBeNull();
  });

  it('names each reason for the chosen sheet, and a sheet the user asked for', () => {
    const reason = (r: 'named' | 'rows' | 'first' | 'asked', lang: 'en' | 'ko') =>
      adoptionReportLines(minimal({ lang, choice: { reason: r, others: ['B'] } }))[1];
    expect(reason('named', 'en')).toBe('Chosen over "B" (their names say archive).');
    expect(reason('rows', 'en')).toBe('Chosen over "B" (most rows).');
    expect(reason('first', 'en')).toBe('Chosen over "B" (the first of equal sheets).');
    expect(reason('asked', 'ko')).toBe('"B" 대신 이 시트를 골랐습니다 (지정한 시트).');
  });

  it('counts outcomes when only Won or only Lost deals are in the stage column', () => {
    const plan = (won: number, lost: number) => ({
      ...emptyPlan(),
      outcomesInStage: { won, lost },
    });
    expect(adoptionReportLines(minimal({ plan: plan(1, 0) }))[1]).toBe(
      'Outcomes in the stage column: 1 Won, 0 Lost; their Stage cells stay as typed.',
    );
    expect(adoptionReportLines(minimal({ plan: plan(0, 1) }))[1]).toBe(
      'Outcomes in the stage column: 0 Won, 1 Lost; their Stage cells stay as typed.',
    );
  });

  it('shows exactly five unreadable rows in sheet order without "…", and the field name when no header is known', () => {
    // A column's percents are found before its other numbers: rows come in any order.
    const plan = { ...emptyPlan(), unreadable: [4, 2, 10, 1, 3].map((r) => cell(r, 'amount')) };
    expect(adoptionReportLines(minimal({ plan }))[1]).toBe(
      'amount: 5 cells left as typed, no certain reading (rows 1, 2, 3, 4, 10); Check data marks them.',
    );
  });

  it('names the currency from the locale and the language from the locale', () => {
    const lines = adoptionReportLines(
      minimal({
        lang: 'ko',
        currency: { code: 'USD', source: 'locale' },
        language: { lang: 'en', source: 'locale' },
      }),
    );
    expect(lines.slice(1)).toEqual([
      '통화: USD (스프레드시트 지역 설정에서).',
      "Language: English (from the spreadsheet's locale).",
    ]);
  });
});

describe('adoptionSummary', () => {
  it('gives plain counts of every decision for a machine', () => {
    expect(adoptionSummary(full('en'))).toEqual({
      sheet: '영업 현황',
      headerRow: 3,
      deals: 12,
      choice: { reason: 'recent', others: ['2023 archive', 'Old'] },
      copiedTo: 'Deals',
      beside: [
        { name: 'Settings', ours: 'Settings (add-on)' },
        { name: 'History', ours: 'History (add-on)' },
      ],
      columns: { amount: '금액', probability: 'Win %', expectedClose: 'Close', status: '상태' },
      conversions: [
        { field: 'amount', kind: 'amount', count: 2 },
        { field: 'probability', kind: 'percent', count: 1 },
        { field: 'probability', kind: 'percentColumn', count: 1 },
        { field: 'probability', kind: 'number', count: 1 },
        { field: 'expectedClose', kind: 'date', count: 2 },
        { field: 'status', kind: 'status', count: 1 },
        { field: 'created', kind: 'date', count: 1 },
      ],
      dayOrders: [
        { field: 'expectedClose', order: 'dmy', source: 'data' },
        { field: 'created', order: 'mdy', source: 'locale' },
      ],
      outcomesInStage: { won: 2, lost: 1 },
      statusFilled: 3,
      namesFilled: 4,
      stageEnteredFilled: 5,
      stageHistory: null,
      closedOnFilled: 2,
      pipeline: 'HubSpot',
      stages: [
        { stage: 'Appointment Scheduled', probability: 0.2, stallDays: 14 },
        { stage: 'contractsent', probability: 0.9, stallDays: 7 },
      ],
      stagesAdded: ['Engaging', '데모'],
      unreadable: { amount: 6, created: 5 },
      currency: { code: 'KRW', source: 'data' },
      language: { lang: 'en', source: 'headers' },
      historyBaselines: 12,
    });
  });

  it('gives zeros and nulls, and leaves out choice and copy, when nothing was decided', () => {
    expect(adoptionSummary(minimal())).toStrictEqual({
      sheet: 'Pipeline',
      headerRow: 1,
      deals: 0,
      beside: [],
      columns: {},
      conversions: [],
      dayOrders: [],
      outcomesInStage: { won: 0, lost: 0 },
      statusFilled: 0,
      namesFilled: 0,
      stageEnteredFilled: 0,
      stageHistory: null,
      closedOnFilled: 0,
      pipeline: null,
      stages: [],
      stagesAdded: [],
      unreadable: {},
      currency: null,
      language: null,
      historyBaselines: 0,
    });
  });
});
