// The schema's one pair of functions: any column order, user columns mixed in, write then read gives the records back.
import fc from 'fast-check';
import { alertRow, parseAlertLog } from '../../src/core/alert-log';
import { historyColumns, historyRow, lastStateByDeal } from '../../src/core/history';
import {
  ALERT_COLUMNS,
  buildRow,
  DEAL_COLUMNS,
  type FieldSpec,
  findColumns,
  HISTORY_COLUMNS,
  matchDealHeaders,
  placeColumns,
  readRecord,
} from '../../src/core/schema';

const TABLES: Record<string, readonly FieldSpec[]> = {
  Deals: DEAL_COLUMNS,
  History: HISTORY_COLUMNS,
  Alerts: ALERT_COLUMNS,
};

/** A header row a user could have: the table's fields in any order and language, their own columns in between. */
function headerArb(fields: readonly FieldSpec[]) {
  return fc
    .tuple(
      fc.shuffledSubarray(fields as FieldSpec[], {
        minLength: fields.length,
        maxLength: fields.length,
      }),
      fc.array(fc.constantFrom('en', 'ko', 'synonym', 'shouty'), {
        minLength: fields.length,
        maxLength: fields.length,
      }),
      fc.array(fc.constantFrom('My note', '메모', 'Region', ''), { maxLength: 4 }),
      fc.array(fc.nat(fields.length + 4), { minLength: 4, maxLength: 4 }),
    )
    .map(([order, styles, own, at]) => {
      const header: string[] = order.map((f, i) => {
        const style = styles[i];
        if (style === 'ko') return f.ko;
        if (style === 'synonym' && f.synonyms?.length) return f.synonyms[0];
        if (style === 'shouty') return ` ${f.en.toUpperCase()}:`;
        return f.en;
      });
      own.forEach((h, i) => {
        header.splice(Math.min(at[i], header.length), 0, h);
      });
      return { header, order };
    });
}

const cellArb = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.date({ noInvalidDate: true }),
);

describe('findColumns / buildRow / readRecord', () => {
  it.each(Object.entries(TABLES))(
    '%s: any order, user columns between: write then read returns the record',
    (_, fields) => {
      fc.assert(
        fc.property(
          headerArb(fields),
          fc.array(cellArb, { minLength: fields.length, maxLength: fields.length }),
          ({ header }, cells) => {
            const { columns, missing } = findColumns(fields, header);
            expect(missing).toEqual([]);
            const record = Object.fromEntries(fields.map((f, i) => [f.key, cells[i]]));
            const row = buildRow(columns, record);
            // The user's own columns stay blank in a written row.
            header.forEach((_h, i) => {
              if (!Object.values(columns).includes(i)) expect(row[i] ?? '').toBe('');
            });
            expect(readRecord(columns, row)).toEqual(record);
          },
        ),
      );
    },
  );

  it('log fields missing from the header are written and read at the right end, in the table order', () => {
    const header = ['Result', 'My note', 'When'];
    const cols = placeColumns(ALERT_COLUMNS, header);
    expect(cols).toEqual({ result: 0, at: 2, owner: 3, dealIds: 4, kind: 5 });
    const record = {
      at: new Date(0),
      owner: 'a@b.c',
      dealIds: 'D-1',
      kind: 'stall',
      result: 'sent',
    };
    expect(readRecord(cols, buildRow(cols, record))).toEqual(record);
  });

  it('matches headers ignoring case, width, spaces, underscores and colons; first match wins', () => {
    const m = matchDealHeaders(['ＤＥＡＬ', 'deal_stage', 'Amount:', 'Amount', '금액']);
    expect(m.columns).toEqual({ deal: 0, stage: 1, amount: 2 });
    expect(m.matchedHeaders.amount).toBe('Amount:');
    expect(m.missingRequired).toEqual([]);
    // Only Stage is required, and something naming the deal (Deal, Deal ID or Company).
    expect(matchDealHeaders(['Deal', 'Notes']).missingRequired).toEqual(['stage']);
    expect(matchDealHeaders(['Notes', 'Stage']).missingRequired).toEqual(['deal']);
    expect(matchDealHeaders(['opportunity_id', 'deal_stage']).missingRequired).toEqual([]);
    expect(matchDealHeaders(['금액 (원)', '확률(%)', 'Amount (USD)']).columns).toEqual({
      amount: 0,
      probability: 1,
    });
  });
});

describe('the logs through their readers', () => {
  it('Alerts: an entry written for any header order reads back as the same attempt', () => {
    fc.assert(
      fc.property(headerArb(ALERT_COLUMNS), ({ header }) => {
        const at = new Date('2026-03-02T00:00:00Z');
        const entry = {
          at,
          owner: 'kim@acme.co.kr',
          dealKeys: ['D-1', 'D-2'],
          kind: 'escalation' as const,
          result: 'sent',
        };
        const [back] = parseAlertLog([header, alertRow(entry, header)], 'Asia/Seoul');
        expect(back).toMatchObject({
          at,
          owner: entry.owner,
          dealKeys: entry.dealKeys,
          kind: 'escalation',
          outcome: 'sent',
        });
      }),
    );
  });

  it("History: a change written for any header order is the deal's last state", () => {
    fc.assert(
      fc.property(
        headerArb(HISTORY_COLUMNS),
        fc.constantFrom('en', 'ko' as const),
        ({ header }, lang) => {
          const change = {
            dealId: 'D-7',
            from: 'Proposal',
            to: '협상',
            status: 'won' as const,
            amount: 5,
            changedAt: new Date(0),
            changedBy: 'kim@acme.co.kr',
            source: 'edit' as const,
          };
          const row = historyRow(change, historyColumns(header), lang as 'en' | 'ko');
          expect(lastStateByDeal([header, row]).get('D-7')).toEqual({
            stageText: '협상',
            status: 'won',
          });
        },
      ),
    );
  });
});
