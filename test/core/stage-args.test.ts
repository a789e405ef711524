// Stage arguments as FUNNEL and CONVERSION read them: stage_order cells, stage cells, outcome words.
import { funnelTable } from '../../src/core/funnel';
import { readStage, readStageOrder, readStageRows } from '../../src/core/stage-args';
import { messageOf } from './thrown';

const FN = 'FN';
const col = (...values: unknown[]) => values.map((v) => [v]) as never;
const labelsOf = (table: (string | number)[][]) => table.slice(1).map((r) => r[0]);
const reachedOf = (table: (string | number)[][]) => table.slice(1).map((r) => r[1]);

describe('a stage_order of one column', () => {
  it('a single cell naming a default stage keeps both its labels', () => {
    const order = readStageOrder(FN, 'o', 'Proposal');
    expect(order.stages).toEqual([{ en: 'Proposal', ko: '제안 및 견적', written: 'Proposal' }]);
    expect(order.indexOf('제안 및 견적')).toBe(0);
  });

  it('the first default stage keeps both labels too, so Korean cells match an English list', () => {
    const order = readStageOrder(FN, 'o', col('Prospecting', 'Qualification'));
    expect(order.indexOf('잠재 고객 발굴')).toBe(0);
    expect(order.indexOf('고객 자격 평가')).toBe(1);
  });

  it('shows each stage as typed without the spaces around it', () => {
    const table = funnelTable(col('Demo', 'Pilot'), undefined, col('  Demo ', ' Pilot'));
    expect(labelsOf(table)).toEqual(['Demo', 'Pilot']);
  });

  it('skips blank cells however Sheets passes them', () => {
    const order = readStageOrder(FN, 'o', col('Lead', '', null, undefined, 'Deal'));
    expect(order.stages.map((s) => s.en)).toEqual(['Lead', 'Deal']);
  });

  it('names a stage listed twice as typed, in both languages', () => {
    expect(messageOf(() => readStageOrder(FN, 'o', col('제안 및 견적', 'Proposal')))).toBe(
      'FN: o row 2 is "Proposal", the same stage as row 1 — list each stage once · FN: o 2행 값 "Proposal"은 1행과 같은 단계입니다 — 단계마다 한 번만 나열하세요',
    );
  });
});

describe('a stage_order of two columns (English, Korean)', () => {
  it('names the row of a cell that is not a stage name', () => {
    const order = [
      ['Lead', '리드'],
      ['Deal', 7],
    ];
    expect(messageOf(() => readStageOrder(FN, 'o', order as never))).toBe(
      'FN: o row 2 is 7 — write a stage name such as Proposal · FN: o 2행 값 7 — 제안 및 견적처럼 단계 이름을 입력하세요',
    );
    const won = [
      ['Lead', '리드'],
      ['Deal', '딜'],
      ['Won', '성사'],
    ];
    expect(messageOf(() => readStageOrder(FN, 'o', won as never))).toMatch(
      /^FN: o row 3 is "Won" — that is a status, not a stage/,
    );
  });

  it('names a stage listed twice by its labels in each language', () => {
    const order = [
      ['Lead', '리드'],
      ['Lead', '잠재'],
    ];
    expect(messageOf(() => readStageOrder(FN, 'o', order as never))).toBe(
      'FN: o row 2 is "Lead", the same stage as row 1 — list each stage once · FN: o 2행 값 "잠재"은 1행과 같은 단계입니다 — 단계마다 한 번만 나열하세요',
    );
  });
});

describe('stage cells', () => {
  const order = readStageOrder(FN, 'o', undefined);

  it('a blank stage cell is an empty row however Sheets passes it', () => {
    expect(readStage(FN, 's', null, order)).toBe(-1);
    expect(readStage(FN, 's', undefined, order)).toBe(-1);
    expect([...readStageRows(FN, [null, undefined, 'Proposal'], undefined, order)]).toEqual([
      -1, -1, 2,
    ]);
  });

  it('an outcome in the stage column: Won reached the stage before the last, Lost the first', () => {
    const stages = ['Closed Won', '수주', 'Closed Lost', '실주'];
    expect([...readStageRows(FN, stages, undefined, order)]).toEqual([4, 4, 0, 0]);
    const three = readStageOrder(FN, 'o', col('Lead', 'Deal', 'Contract'));
    expect([...readStageRows(FN, stages, undefined, three)]).toEqual([1, 1, 0, 0]);
    const one = readStageOrder(FN, 'o', col('Lead'));
    expect([...readStageRows(FN, stages, undefined, one)]).toEqual([0, 0, 0, 0]);
  });

  it('FUNNEL without statuses counts a Won kept in the stage column up to Closing', () => {
    const table = funnelTable(col('Closed Won', 'Proposal'));
    expect(reachedOf(table)).toEqual([2, 2, 2, 1, 1, 0]);
  });
});
