// Outcome words people and CRMs keep in a stage or status column: Won, Closed Won, closedwon, 수주, 실주, 드랍 …
import { labelKey, type Status } from '../stages';

/** Key for outcome words: case, width, spacing and the separators CRMs put in them ignored. */
function outcomeKey(text: string): string {
  return labelKey(text).replace(/[-_/.·:()[\]]/g, '');
}

const WORDS: Record<'won' | 'lost' | 'open', readonly string[]> = {
  won: [
    'Won',
    'Closed Won',
    'Closed - Won',
    'Win',
    'Deal won',
    'Success',
    'Signed',
    '성사',
    '수주',
    '계약 완료',
    '계약 성공',
    '계약 체결',
    '성공',
    '완료',
  ],
  lost: [
    'Lost',
    'Closed Lost',
    'Closed - Lost',
    'Lose',
    'Deal lost',
    'Dropped',
    'Drop',
    'Failed',
    '실패',
    '실주',
    '드랍',
    '드롭',
    '무산',
    '계약 실패',
    '수주 실패',
  ],
  open: ['Open', 'Active', 'In progress', 'Pending', '진행', '진행 중', '진행중', '미결'],
};

const BY_KEY = new Map<string, Status>();
for (const status of ['won', 'lost', 'open'] as const)
  for (const w of WORDS[status]) BY_KEY.set(outcomeKey(w), status);

/** The status a cell's text names (Won, Closed Won, closedwon, 수주, 실주 …), or undefined. */
export function outcomeWord(value: unknown): Status | undefined {
  if (typeof value !== 'string') return undefined;
  return BY_KEY.get(outcomeKey(value));
}

/** True when a stage cell holds a closing outcome rather than a stage (Won, Closed Lost, 수주 …). */
export function isClosedOutcome(value: unknown): boolean {
  const s = outcomeWord(value);
  return s === 'won' || s === 'lost';
}
