// FUNNEL: the spilled table of reached counts and conversions.
import { FUNNEL_HEADER, funnelTable } from '../../src/core/funnel';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;

describe('funnelTable', () => {
  it('returns a header and one row per stage with reached, step and cumulative conversion', () => {
    const table = funnelTable(
      col('Prospecting', 'Proposal', 'Negotiation', 'Closing'),
      col('Open', 'Lost', 'Open', 'Won'),
    );
    expect(table[0]).toEqual(FUNNEL_HEADER);
    expect(table.slice(1)).toEqual([
      ['Prospecting', 4, 3 / 4, 1],
      ['Qualification', 3, 1, 3 / 4],
      ['Proposal', 3, 2 / 3, 3 / 4],
      ['Negotiation', 2, 1 / 2, 2 / 4],
      ['Closing', 1, 0, 1 / 4],
      ['Retention', 0, '', 0],
    ]);
  });

  it('counts outcomes kept in the stage column: Won reached Closing, Lost only the first stage', () => {
    const table = funnelTable(
      col('Closed Won', 'Lost', 'Proposal', '수주'),
      col('Won', 'Lost', 'Open', 'Won'),
    );
    expect(table.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Prospecting', 4],
      ['Qualification', 3],
      ['Proposal', 3],
      ['Negotiation', 2],
      ['Closing', 2],
      ['Retention', 0],
    ]);
  });

  it('shows Korean stage names when the data is mostly Korean', () => {
    const table = funnelTable(col('협상', '제안 및 견적', 'Proposal'));
    expect(table.slice(1).map((r) => r[0])).toEqual([
      '잠재 고객 발굴',
      '고객 자격 평가',
      '제안 및 견적',
      '협상',
      '계약 성사',
      '관계 유지 및 재구매 유도',
    ]);
  });

  it('shows English stage names on a tie between Korean and English cells', () => {
    const table = funnelTable(col('협상', 'Proposal'));
    expect(table.slice(1).map((r) => r[0])).toEqual([
      'Prospecting',
      'Qualification',
      'Proposal',
      'Negotiation',
      'Closing',
      'Retention',
    ]);
  });

  it('gives the last stage no conversion to next, and a stage nobody reached none either', () => {
    // Two deals in Proposal: both reached the first three stages, nobody went further.
    const table = funnelTable(col('Proposal', 'Proposal'));
    expect(table.slice(1)).toEqual([
      ['Prospecting', 2, 1, 1],
      ['Qualification', 2, 1, 1],
      ['Proposal', 2, 0, 1],
      ['Negotiation', 0, '', 0],
      ['Closing', 0, '', 0],
      ['Retention', 0, '', 0],
    ]);
    const all = funnelTable(col('Retention'));
    expect(all[6]).toEqual(['Retention', 1, '', 1]);
  });

  it('names FUNNEL and the row of a stage it does not know, in both languages', () => {
    expect(() => funnelTable(col('Proposal', 'Nope'))).toThrow(
      'FUNNEL: stages row 2 is "Nope" — write one of Prospecting, Qualification, Proposal, Negotiation, Closing, Retention · FUNNEL: stages 2행 값 "Nope" — 다음 중 하나를 입력하세요: 잠재 고객 발굴, 고객 자격 평가, 제안 및 견적, 협상, 계약 성사, 관계 유지 및 재구매 유도',
    );
  });

  it('leaves conversions blank when nothing reached a stage (empty range)', () => {
    const table = funnelTable(col('', ''));
    expect(table).toHaveLength(7);
    for (const row of table.slice(1)) expect(row.slice(1)).toEqual([0, '', '']);
  });

  it('follows stage_order and shows the names as written there', () => {
    const table = funnelTable(col('Lead', 'Won deal', 'Lead'), col('Open', 'Won', 'Lost'), [
      ['Lead', 'Won deal', 'Kept'],
    ] as never);
    expect(table.slice(1)).toEqual([
      ['Lead', 3, 1 / 3, 1],
      ['Won deal', 1, 0, 1 / 3],
      ['Kept', 0, '', 0],
    ]);
  });

  it('counts Won in Retention as reaching Retention, and Won elsewhere as reaching Closing', () => {
    const table = funnelTable(col('Retention', 'Qualification'), col('Won', 'Won'));
    expect(table.map((r) => r[1]).slice(1)).toEqual([2, 2, 2, 2, 2, 1]);
  });
});
