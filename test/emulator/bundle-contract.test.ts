// The foundation's COVERAGE contract, run through the emulator: called directly and typed into cells.
import { Emulator } from '../../emulator';

describe('COVERAGE from dist/Code.js in the emulator', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await Emulator.create({ now: '2026-03-02T09:00:00+09:00' });
    emu.setValues('Deals', 'A1', [
      ['Status', 'Amount'],
      ['Open', 100],
      ['open', ''],
      [' 성사 ', 250],
      ['', 50],
    ]);
  });

  it('is a global function of the bundle', () => {
    expect(typeof emu.global.COVERAGE).toBe('function');
    expect(typeof emu.global.onOpen).toBe('function');
  });

  it('computes =COVERAGE(B2:B10, 100) typed into a cell', () => {
    emu.typeFormula('Deals', 'D1', '=COVERAGE(B2:B10, 100)');
    expect(emu.getValues('Deals', 'D1')).toEqual([[4]]);
    expect(emu.cellError('Deals', 'D1')).toBeUndefined();
  });

  it('filters by statuses and recalculates when an amount changes', () => {
    emu.typeFormula('Deals', 'D2', '=COVERAGE(B2:B5, 100, A2:A5)');
    expect(emu.getValues('Deals', 'D2')).toEqual([[1.5]]);
    emu.userEdit('Deals', 'B2', '300');
    expect(emu.getValues('Deals', 'D2')).toEqual([[3.5]]);
  });

  it('takes amounts written as an inline array literal', () => {
    emu.typeFormula('Deals', 'E1', '=COVERAGE({100;200}, 100)');
    expect(emu.cellError('Deals', 'E1')).toBeUndefined();
    expect(emu.getValues('Deals', 'E1')).toEqual([[3]]);
  });

  it('shows #ERROR! naming argument and row for a date amount', () => {
    // Noon, so the day is the same in the script zone and in a UTC test process.
    emu.userEdit('Deals', 'B7', '2026-01-05 12:00');
    emu.typeFormula('Deals', 'D3', '=COVERAGE(B6:B8, 100)');
    expect(emu.getDisplayValues('Deals', 'D3')).toEqual([['#ERROR!']]);
    expect(emu.cellError('Deals', 'D3')).toMatch(
      /^COVERAGE: amounts row 2 is 2026-01-05 — write a number/,
    );
    expect(emu.cellError('Deals', 'D3')).toContain('amounts 2행');
  });

  it('rejects a zero target and mismatched ranges with messages naming the argument', () => {
    emu.typeFormula('Deals', 'D4', '=COVERAGE(B2:B3, 0)');
    expect(emu.cellError('Deals', 'D4')).toMatch(
      /COVERAGE: target is 0 — it must be greater than 0/,
    );
    emu.typeFormula('Deals', 'D5', '=COVERAGE(B2:B3, 10, A2)');
    expect(emu.cellError('Deals', 'D5')).toMatch(/COVERAGE: statuses has 1 rows but amounts has 2/);
  });

  it('accepts a single cell and a target given as a 1×1 range when called via the global', () => {
    const inRealm = (expr: string) => require('node:vm').runInContext(`(${expr})`, emu.global);
    expect(emu.global.COVERAGE(300, inRealm('[[150]]'))).toBe(2);
  });
});
