// The built-in sample: a realistic Korean B2B pipeline, generated deterministically relative to a date.

import { DEAL_COLUMNS, HISTORY_COLUMNS } from '../src/core/schema';
import { DEFAULT_STAGES } from '../src/core/stages';
import { seededRandom } from './seeded-random';

const OWNERS = [
  ['김민준', 'minjun.kim'],
  ['이서연', 'seoyeon.lee'],
  ['박지훈', 'jihoon.park'],
  ['최수아', 'sua.choi'],
  ['정도윤', 'doyun.jung'],
  ['강하은', 'haeun.kang'],
  ['조현우', 'hyunwoo.cho'],
  ['윤지민', 'jimin.yoon'],
  ['장예린', 'yerin.jang'],
  ['임건우', 'gunwoo.lim'],
] as const;

const COMPANIES = [
  '한빛소프트',
  '대한정밀',
  '서울바이오',
  '미래로지스틱스',
  '누리텔레콤',
  '동해중공업',
  '새봄식품',
  '푸른에너지',
  '가온시스템',
  '다온헬스케어',
  '하늘항공서비스',
  '태평양화학',
  '청솔건설',
  '바른회계법인',
  '온누리교육',
  '한결제약',
  '세종데이터',
  '코리아모빌리티',
  '우리핀테크',
  '초록유통',
  '성원전자',
  '명성반도체',
  '그린팜',
  '한울물산',
  '진성섬유',
  '으뜸자동차부품',
  '신라호텔리조트',
  '제일스틸',
  '아라미디어',
  '이음네트웍스',
];
const COMPANY_FORMS = ['(주){}', '{}', '{} 주식회사', '㈜{}', '{}(주)'];

const PROJECTS = [
  'ERP 도입',
  '클라우드 전환',
  '보안 관제 서비스',
  'CRM 구축',
  '데이터 분석 플랫폼',
  'MES 고도화',
  '그룹웨어 교체',
  '물류 자동화',
  'AI 상담 챗봇',
  '전자계약 시스템',
  '연간 유지보수 계약',
  'SaaS 라이선스 확대',
  '인프라 증설',
  '모바일 앱 개발',
  '통합 결제 시스템',
];
const NEXT_STEPS = [
  '견적서 재발송',
  '의사결정권자 미팅 잡기',
  '기술 검토 회의',
  '계약서 법무 검토',
  'PoC 결과 공유',
  '가격 협상 2차',
  '구매팀 연락',
  '레퍼런스 방문 일정 조율',
  '데모 시연',
  '요구사항 정리 문서 전달',
];
const LOST_REASONS = ['가격', '경쟁사 선택', '예산 삭감', '프로젝트 보류', '응답 없음'];

export interface SamplePipeline {
  /** Deals sheet rows, header first (headers in the sample's language). */
  deals: unknown[][];
  /** History sheet rows, header first. */
  history: unknown[][];
  /** Monthly targets: [period start, period end, target]. */
  targets: [Date, Date, number][];
  ownerEmails: string[];
}

const DAY = 86_400_000;

/**
 * Names deals so that one company's deals differ, as a team names them: the drawn project, or the
 * next project this company has no deal for yet; once it has them all, a second round ("2차").
 * Duplicates are only the ones the sample adds on purpose.
 */
function distinctDealNames(): (company: string, project: string) => string {
  const byCompany = new Map<string, { round: number; used: Set<string> }>();
  return (company, project) => {
    let seen = byCompany.get(company) ?? { round: 1, used: new Set<string>() };
    if (seen.used.size === PROJECTS.length) seen = { round: seen.round + 1, used: new Set() };
    byCompany.set(company, seen);
    const from = PROJECTS.indexOf(project);
    let k = from;
    while (seen.used.has(PROJECTS[k])) k = (k + 1) % PROJECTS.length;
    seen.used.add(PROJECTS[k]);
    return seen.round === 1
      ? `${company} ${PROJECTS[k]}`
      : `${company} ${PROJECTS[k]} ${seen.round}차`;
  };
}

/** Midnight of a calendar day in Asia/Seoul (UTC+9, no daylight saving), as a Date. */
function seoulDay(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m, d) - 9 * 3_600_000);
}

/**
 * A pipeline of `count` deals (default 300) across 10 owners, with a year of stage history
 * ending at `today` (a YYYY-MM-DD day in Asia/Seoul). Includes stalled deals and duplicates.
 */
export function samplePipeline(
  today: string,
  count = 300,
  domain = 'example.com',
  lang: 'ko' | 'en' = 'ko',
): SamplePipeline {
  const [ty, tm, td] = today.split('-').map(Number);
  const todayDate = seoulDay(ty, tm - 1, td);
  // The same seed and date always give the same workbook.
  const random = seededRandom(20260301);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const dayOffset = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

  const header = DEAL_COLUMNS.map((c) => c[lang]);
  const history: unknown[][] = [HISTORY_COLUMNS.map((c) => c[lang])];
  const deals: unknown[][] = [header];
  const ownerEmails = OWNERS.map(([, local]) => `${local}@${domain}`);
  const lastStage = DEFAULT_STAGES.length - 1;
  const dealName = distinctDealNames();

  for (let i = 0; i < count; i++) {
    const owner = Math.floor(random() * OWNERS.length);
    const company = pick(COMPANIES);
    const roll = random();
    const status = roll < 0.22 ? 'Won' : roll < 0.42 ? 'Lost' : 'Open';
    // Closed deals spread over the year; open ones are recent, as in a live pipeline.
    const createdAgo =
      status === 'Open' ? 3 + Math.floor(random() * 60) : 20 + Math.floor(random() * 340);
    const created = dayOffset(todayDate, -createdAgo);
    // Where the deal is now: won deals reached Closing (some Retention), lost ones stopped anywhere.
    let stage: number;
    if (status === 'Won') stage = random() < 0.3 ? lastStage : lastStage - 1;
    else if (status === 'Lost') stage = Math.floor(random() * (lastStage - 1));
    else stage = Math.min(lastStage - 1, Math.floor(random() * random() * lastStage * 1.6));

    // Walk the stages forward with realistic dwell times, never past today.
    let at = created;
    const dealId = `D-${String(i + 1).padStart(4, '0')}`;
    const amount = Math.round((5 + random() ** 2 * 495) * 10) * 100_000;
    history.push([
      dealId,
      '',
      DEFAULT_STAGES[0].en,
      'Open',
      amount,
      at,
      ownerEmails[owner],
      'edit',
    ]);
    for (let s = 1; s <= stage; s++) {
      const remaining = (todayDate.getTime() - at.getTime()) / DAY;
      const dwell = Math.max(
        1,
        Math.min(Math.floor(remaining / (stage - s + 2)), 3 + Math.floor(random() * 20)),
      );
      at = dayOffset(at, dwell);
      history.push([
        dealId,
        DEFAULT_STAGES[s - 1].en,
        DEFAULT_STAGES[s].en,
        'Open',
        amount,
        at,
        ownerEmails[owner],
        'edit',
      ]);
    }
    if (status !== 'Open') {
      at = dayOffset(
        at,
        Math.max(0, Math.min(5, Math.floor((todayDate.getTime() - at.getTime()) / DAY))),
      );
      history.push([
        dealId,
        DEFAULT_STAGES[stage].en,
        DEFAULT_STAGES[stage].en,
        status,
        amount,
        at,
        ownerEmails[owner],
        'edit',
      ]);
    }
    const stageEntered = at;
    // Some open deals were left alone on purpose: they are the stalled ones the alerts should find.
    const idle = status === 'Open' && random() < 0.2 ? 12 + Math.floor(random() * 30) : 0;
    // The rest moved recently: their last stage change is within the stage's stall window.
    const recent = dayOffset(todayDate, -Math.floor(random() * DEFAULT_STAGES[stage].stallDays));
    const entered = idle
      ? dayOffset(todayDate, -idle)
      : status === 'Open' && recent > stageEntered
        ? recent
        : stageEntered;
    if (entered !== stageEntered && history.at(-1)?.[0] === dealId)
      history[history.length - 1][5] = entered;
    const expectedClose =
      status === 'Open' ? dayOffset(todayDate, Math.floor(random() * 120) - 15) : dayOffset(at, 0);
    const snooze = status === 'Open' && random() < 0.03 ? dayOffset(todayDate, 7) : '';
    deals.push([
      dealId,
      dealName(company, pick(PROJECTS)),
      pick(COMPANY_FORMS).replace('{}', company),
      ownerEmails[owner],
      DEFAULT_STAGES[stage].ko,
      status === 'Won' ? '성사' : status === 'Lost' ? '실패' : '진행',
      amount,
      '',
      expectedClose,
      created,
      entered,
      // Closed on: the day of the Won/Lost History row.
      status === 'Open' ? '' : at,
      dayOffset(entered, Math.floor(random() * 3)),
      status === 'Open' ? pick(NEXT_STEPS) : '',
      snooze,
      status === 'Lost' ? pick(LOST_REASONS) : '',
    ]);
  }

  // A few duplicates, typed again by another person with a different corporate marker and spacing.
  for (const source of [3, 17, 42]) {
    const copy = [...deals[source]];
    copy[0] = '';
    copy[2] = `${String(copy[2])
      .replace(/\(주\)|㈜|주식회사/g, '')
      .trim()
      .replace(/^(.)/, '$1 ')} 주식회사`;
    deals.push(copy);
  }

  // Monthly targets sized so this month's open pipeline covers about 2.5× what is left to win:
  // a team that plans its quota from its pipeline, as the coverage guide suggests.
  let openTotal = 0;
  for (const row of deals.slice(1)) if (row[5] === '진행') openTotal += Number(row[6]);
  const base = Math.round(openTotal / 2.5 / 100_000_000) * 100_000_000;
  const targets: [Date, Date, number][] = [];
  for (let k = -6; k <= 5; k++) {
    const start = seoulDay(ty, tm - 1 + k, 1);
    const end = seoulDay(ty, tm + k, 0);
    targets.push([start, end, base + (k % 3) * 200_000_000]);
  }
  return { deals, history, targets, ownerEmails };
}
