// Deferred evaluation at scale: values no formula reads are left out of evaluation, yet every
// formula that reads a written cell — directly, through a range, a whole column or a name — is current.
import { type EngineAddress, FormulaEngine } from '../../emulator/formula-engine';

/** An engine whose writes wait for the next read, as inside an execution. */
function deferredEngine() {
  const engine = new FormulaEngine([], undefined, undefined, undefined, () => true);
  const sheet = engine.addSheet('Deals');
  const at = (row: number, col: number): EngineAddress => ({ sheet, row, col });
  return { engine, at };
}

describe('deferred evaluation', () => {
  it('a formula reads a cell written before it existed, then that cell written again', () => {
    const { engine, at } = deferredEngine();
    engine.setContents(at(4, 2), [[3]]);
    engine.setContents(at(0, 3), [['=C5*2']]);
    expect(engine.value(at(0, 3))).toBe(6);
    engine.setContents(at(4, 2), [[7]]);
    expect(engine.value(at(0, 3))).toBe(14);
  });

  it('ranges, whole columns and named ranges see values written into them', () => {
    const { engine, at } = deferredEngine();
    engine.setContents(at(0, 0), [[1], [2], [3]]);
    engine.setName('amounts', '=Deals!$G$1:$G$3');
    engine.setContents(at(0, 1), [['=SUM(A1:A3)'], ['=SUM(F:F)'], ['=SUM(amounts)']]);
    expect([0, 1, 2].map((r) => engine.value(at(r, 1)))).toEqual([6, 0, 0]);
    // Cells that did not exist when the formulas were written, each written once.
    engine.setContents(at(1, 0), [[10]]);
    engine.setContents(at(99, 5), [[5]]);
    engine.setContents(at(1, 6), [[4]]);
    expect([0, 1, 2].map((r) => engine.value(at(r, 1)))).toEqual([14, 5, 4]);
  });

  it('many written values no formula reads cost one evaluation, and later reads see them', () => {
    const { engine, at } = deferredEngine();
    const before = engine.recalculations;
    for (let r = 0; r < 50; r++) engine.setContents(at(r, 0), [[`'deal ${r}`, r]]);
    expect(engine.value(at(49, 1))).toBe(49);
    expect(engine.value(at(7, 0))).toBe('deal 7');
    expect(engine.recalculations - before).toBe(1);
    engine.setContents(at(0, 2), [['=SUM(B1:B50)']]);
    expect(engine.value(at(0, 2))).toBe(1225);
  });
});
