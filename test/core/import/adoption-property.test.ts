// Property: for any deals table, adoption leaves every non-blank cell a user typed unchanged, or
// converts it to an equal value that the plan lists; it only fills cells that were blank.
import fc from 'fast-check';
import {
  type Conversion,
  type PlanColumn,
  planAdoption,
} from '../../../src/core/import/adoption-plan';
import {
  readAmountText,
  readNumberText,
  readPercentText,
} from '../../../src/core/import/amount-text';
import { readDateText } from '../../../src/core/import/date-text';
import { outcomeWord } from '../../../src/core/import/outcomes';
import { DEFAULT_STAGES, parseStatus } from '../../../src/core/stages';

const POOLS: Record<PlanColumn['kind'], fc.Arbitrary<unknown>> = {
  amount: fc.oneof(
    fc.constantFrom(
      '₩1,200,000',
      '1,200,000원',
      '$800,000.50',
      '120만원',
      '1.2억',
      'TBD',
      '1,2',
      '',
    ),
    fc.integer({ min: 0, max: 1e9 }),
    fc.integer({ min: 0, max: 1e9 }).map((n) => n.toLocaleString('en-US')),
  ),
  probability: fc.oneof(
    fc.constantFrom('35%', "'35%", '0.4', 'high', '', '12.5 %'),
    fc.integer({ min: 0, max: 120 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  date: fc.oneof(
    fc.constantFrom(
      '2017-10-01',
      '2017.10.01',
      '2017. 10. 1.',
      '10/1/2017',
      '14/03/2022',
      'soon',
      '',
    ),
    fc
      .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }))
      .map(([d, m]) => `${d}/${m}/2022`),
  ),
  stage: fc.constantFrom('제안 및 견적', '협상', 'Won', 'Closed Lost', 'Engaging', '수주', ''),
  status: fc.constantFrom('', '수주', 'won', 'Closed Won', 'maybe', '진행', 'Lost', '드랍'),
  text: fc.string({ maxLength: 8 }),
  id: fc.string({ maxLength: 6 }),
  email: fc.constantFrom('kim@acme.co.kr', 'kim', ''),
};

const COLUMNS: PlanColumn[] = [
  { field: 'deal', kind: 'text', index: 0 },
  { field: 'stage', kind: 'stage', index: 1 },
  { field: 'status', kind: 'status', index: 2 },
  { field: 'amount', kind: 'amount', index: 3 },
  { field: 'probability', kind: 'probability', index: 4 },
  { field: 'expectedClose', kind: 'date', index: 5 },
  { field: 'memo', kind: 'text', index: 6 },
];

const row = fc.tuple(...COLUMNS.map((c) => POOLS[c.kind]));

/** True when `to` is what `from` means, for the conversion's kind. */
function equalValue(c: Conversion, orders: Map<string, 'dmy' | 'mdy'>): boolean {
  const from = c.from;
  switch (c.kind) {
    case 'amount':
      return readAmountText(String(from))?.value === c.to;
    case 'percent':
      return readPercentText(String(from)) === c.to;
    case 'percentColumn': {
      const n = typeof from === 'number' ? from : readNumberText(String(from));
      return n !== undefined && Math.abs(n / 100 - (c.to as number)) < 1e-12;
    }
    case 'number':
      return readNumberText(String(from)) === c.to;
    case 'date':
      return (
        JSON.stringify(readDateText(String(from), orders.get(c.field))) === JSON.stringify(c.to)
      );
    case 'status':
      return outcomeWord(from) === parseStatus(c.to);
  }
}

describe('planAdoption on any table', () => {
  it('leaves each non-blank cell as typed or converts it to an equal value it lists', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 25 }),
        fc.constantFrom('en_US', 'en_GB', 'ko_KR'),
        (rows, locale) => {
          const values = [COLUMNS.map((c) => c.field), ...rows.map((r) => [...r])];
          const plan = planAdoption({
            values,
            headerRow: 0,
            columns: COLUMNS,
            stages: DEFAULT_STAGES,
            stagesReplaceable: true,
            locale,
          });
          const after = values.map((r) => [...r]);
          const orders = new Map(plan.dayOrders.map((d) => [d.field, d.order]));
          const listed = new Set<string>();
          // Plain checks gathered into one assertion: Stryker reruns this test for every mutant.
          const wrong: unknown[] = [];
          for (const c of plan.conversions) {
            const key = `${c.row}:${c.column}`;
            if (listed.has(key)) wrong.push(['converted twice', c]);
            listed.add(key);
            if (c.from !== values[c.row - 1][c.column]) wrong.push(['not the typed value', c]);
            if (!equalValue(c, orders)) wrong.push(['not an equal value', c]);
            after[c.row - 1][c.column] = c.to;
          }
          for (const f of plan.fills) {
            if ((values[f.row - 1][f.column] ?? '') !== '') wrong.push(['filled a typed cell', f]);
            after[f.row - 1][f.column] = f.value;
          }
          for (let i = 0; i < values.length; i++)
            for (let j = 0; j < values[i].length; j++) {
              const v = values[i][j];
              if (v !== '' && !listed.has(`${i + 1}:${j}`) && after[i][j] !== v)
                wrong.push(['changed without a listed conversion', i + 1, j, v, after[i][j]]);
            }
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
