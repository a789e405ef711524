// CONVERSION and the "reached" rules behind it.
import { conversionRate } from '../../src/core/conversion';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;

describe('conversionRate', () => {
  // Proposal (open), Negotiation (lost there), Closing (won), Prospecting (open)
  const stages = col('Proposal', 'Negotiation', 'Closing', 'Prospecting');
  const statuses = col('Open', 'Lost', 'Won', '');

  it('defaults to_stage to the next stage: reached(Qualification) ÷ reached(Prospecting)', () => {
    expect(conversionRate(stages, 'Prospecting', undefined, statuses)).toBe(3 / 4);
  });

  it('counts a Lost deal up to the stage where it was lost', () => {
    // reached Negotiation: the lost one and the won one; reached Proposal: 3
    expect(conversionRate(stages, 'Proposal', 'Negotiation', statuses)).toBeCloseTo(2 / 3);
    expect(conversionRate(stages, 'Negotiation', 'Closing', statuses)).toBe(1 / 2);
  });

  it('reads "Won" and "성사" as the Won status', () => {
    expect(conversionRate(stages, 'Proposal', 'Won', statuses)).toBeCloseTo(1 / 3);
    expect(conversionRate(stages, '제안 및 견적', '성사', statuses)).toBeCloseTo(1 / 3);
  });

  it('counts a Won deal as having reached Closing even when its stage was left earlier', () => {
    expect(
      conversionRate(col('Proposal', 'Proposal'), 'Proposal', 'Closing', col('Won', 'Lost')),
    ).toBe(0.5);
  });

  it('treats a Won deal in Retention as having reached Retention', () => {
    const s = col('Retention', 'Closing');
    const st = col('Won', 'Won');
    expect(conversionRate(s, 'Closing', undefined, st)).toBe(0.5);
    expect(conversionRate(s, 'Retention', 'Won', st)).toBe(1);
  });

  it('handles Lost at every stage: each lost deal reaches exactly its own stage', () => {
    const s = col(
      'Prospecting',
      'Qualification',
      'Proposal',
      'Negotiation',
      'Closing',
      'Retention',
    );
    const st = col('Lost', 'Lost', 'Lost', 'Lost', 'Lost', 'Lost');
    expect(conversionRate(s, 'Prospecting', undefined, st)).toBe(5 / 6);
    expect(conversionRate(s, 'Closing', undefined, st)).toBe(1 / 2);
    expect(conversionRate(s, 'Prospecting', 'Won', st)).toBe(0);
  });

  it('mixes English and Korean labels, any case and spacing', () => {
    expect(conversionRate(col('협상', 'negotiation ', '제안 및견적'), 'Proposal')).toBe(2 / 3);
  });

  it('accepts a single cell instead of a range', () => {
    expect(conversionRate('Closing', 'Proposal', 'Closing')).toBe(1);
  });

  it('skips blank rows (a generous named range) but not a blank stage with a status', () => {
    expect(conversionRate(col('Proposal', '', ''), 'Proposal', 'Won', col('Won', '', ''))).toBe(1);
    expect(() =>
      conversionRate(col('Proposal', ''), 'Proposal', 'Won', col('Won', 'Lost')),
    ).toThrow(/CONVERSION: stages row 2 is blank but the deal has status "Lost" — write its stage/);
  });

  it('uses stage_order given as a column, with custom stages', () => {
    const order = col('Lead', 'Demo', 'Contract');
    expect(
      conversionRate(col('Lead', 'Demo', 'Contract', 'Demo'), 'Lead', undefined, undefined, order),
    ).toBe(3 / 4);
    // Won deals reach at least the stage before the last: Demo here
    expect(conversionRate(col('Lead'), 'Lead', 'Demo', col('Won'), order)).toBe(1);
  });

  it('uses stage_order given as a row, skipping blank cells', () => {
    const order = [['Prospecting', 'Proposal', '', 'Closing']] as never;
    expect(
      conversionRate(col('Proposal', 'Closing'), 'Prospecting', undefined, undefined, order),
    ).toBe(1);
    expect(() =>
      conversionRate(col('Negotiation'), 'Prospecting', undefined, undefined, order),
    ).toThrow(/stages row 1 is "Negotiation" — write one of Prospecting, Proposal, Closing/);
  });

  it('names the row of an unknown stage, in both languages', () => {
    expect(() => conversionRate(col('Proposal', 'Demo'), 'Proposal')).toThrow(
      /^CONVERSION: stages row 2 is "Demo" — write one of Prospecting, .* · CONVERSION: stages 2행 값 "Demo"/,
    );
  });

  it('errors when nothing reached from_stage', () => {
    expect(() => conversionRate(col('Prospecting'), 'Closing')).toThrow(
      /from_stage is "Closing" — no deal has reached it yet/,
    );
  });

  it('errors on an empty range of blanks', () => {
    expect(() => conversionRate(col('', ''), 'Prospecting')).toThrow(/no deal has reached it/);
  });

  it.each([
    [['Retention', undefined, undefined], /to_stage is blank and Retention is the last stage/],
    [
      ['Closing', 'Proposal', undefined],
      /to_stage is "Proposal", which comes before from_stage Closing — swap them/,
    ],
    [['Proposal', 'Won', undefined], /to_stage is "Won" — give the statuses argument too/],
    [['Won', 'Closing', col('Won', 'Won')], /from_stage is "Won" — Won can only be to_stage/],
    [['', undefined, undefined], /from_stage is blank/],
    [['Demo', undefined, undefined], /from_stage is "Demo" — write one of/],
  ])('rejects from/to %p', ([from, to, st], message) => {
    expect(() =>
      conversionRate(col('Closing', 'Retention'), from as never, to as never, st as never),
    ).toThrow(message as RegExp);
  });

  it('names both ranges when their lengths differ', () => {
    expect(() =>
      conversionRate(col('Proposal', 'Proposal'), 'Proposal', 'Won', col('Won')),
    ).toThrow(/CONVERSION: statuses has 1 rows but stages has 2/);
  });

  it('rejects a stage_order that lists a stage twice or lists Won', () => {
    expect(() =>
      conversionRate(
        col('Proposal'),
        'Proposal',
        undefined,
        undefined,
        col('Proposal', '제안 및 견적'),
      ),
    ).toThrow(/stage_order row 2 is "제안 및 견적", the same stage as row 1/);
    expect(() =>
      conversionRate(col('Proposal'), 'Proposal', undefined, undefined, col('Proposal', 'Won')),
    ).toThrow(/stage_order row 2 is "Won" — that is a status, not a stage/);
  });
});
