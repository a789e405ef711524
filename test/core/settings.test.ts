// Reading Settings: defaults for blanks, problems reported for bad cells, stages and targets.
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

function grid(rows: Record<number, Record<number, unknown>>, height = 8): unknown[][] {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: 14 }, (_, c) => rows[r]?.[c + 1] ?? ''),
  );
}

describe('parseSettings', () => {
  it('uses the defaults for an empty sheet', () => {
    const { settings, problems } = parseSettings(grid({}));
    expect(settings.stages.map((s) => s.en)).toEqual(DEFAULT_SETTINGS.stages.map((s) => s.en));
    expect(settings.cooldownDays).toBe(3);
    expect(settings.allowedDomains).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reads stages, options, targets and holidays from their blocks', () => {
    const start = new Date(2026, 2, 1);
    const end = new Date(2026, 2, 31);
    const { settings, problems } = parseSettings(
      grid({
        1: {
          1: 'Discovery',
          2: '발굴',
          3: 0.15,
          4: 20,
          7: 'ko',
          8: 'language',
          10: start,
          11: end,
          12: 5e8,
          14: new Date(2026, 2, 3),
        },
        2: {
          1: 'Deal',
          2: '계약',
          3: 0.9,
          4: 5,
          7: 'acme.co.kr, @partner.com',
          8: 'allowed_domains',
        },
        3: { 7: 5, 8: 'cooldown_days' },
        4: { 7: '예', 8: 'business_days' },
      }),
    );
    expect(problems).toEqual([]);
    expect(settings.stages).toEqual([
      { en: 'Discovery', ko: '발굴', probability: 0.15, stallDays: 20 },
      { en: 'Deal', ko: '계약', probability: 0.9, stallDays: 5 },
    ]);
    expect(settings.language).toBe('ko');
    expect(settings.allowedDomains).toEqual(['acme.co.kr', 'partner.com']);
    expect(settings.cooldownDays).toBe(5);
    expect(settings.businessDays).toBe(true);
    expect(settings.targets).toEqual([{ start, end, amount: 5e8 }]);
    expect(settings.holidays).toHaveLength(1);
  });

  it('keeps the default and names the cell for a bad value', () => {
    const { settings, problems } = parseSettings(
      grid({ 2: { 7: 30, 8: 'alert_hour' }, 3: { 3: 40, 1: 'Proposal' } }),
    );
    expect(settings.alertHour).toBe(8);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 7 }),
        expect.objectContaining({
          row: 4,
          column: 3,
          en: expect.stringContaining('not between 0% and 100%'),
        }),
      ]),
    );
    expect(settings.stages[0].probability).toBe(0.4); // Proposal's default kept
  });

  it('reads "*" as any domain', () => {
    expect(
      parseSettings(grid({ 1: { 7: '*', 8: 'allowed_domains' } })).settings.allowedDomains,
    ).toEqual([]);
  });
});
