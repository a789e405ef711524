// What a custom function's arguments are, read from the formula before it runs: the one cell a
// one-cell reference names, and whether anything volatile (NOW, RAND…) feeds it.
import type { HyperFormula } from 'hyperformula';
import type { EngineAddress } from './formula-engine';

const key = (a: EngineAddress) => `${a.sheet}:${a.row}:${a.col}`;

/** A named range's target text without its '=' (HyperFormula keeps it adjusted after row edits). */
function nameExpression(hf: HyperFormula, name: string): string | undefined {
  const ne = hf.getNamedExpression(name);
  return typeof ne?.expression === 'string' ? ne.expression.replace(/^=/, '') : undefined;
}

/** Functions whose result changes at each calculation: Sheets refuses them in custom-function arguments. */
const VOLATILE = new Set(['NOW', 'TODAY', 'RAND', 'RANDBETWEEN', 'RANDARRAY']);
const VOLATILE_CALL = /\b(NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;
/** What Sheets shows for a custom function whose arguments are volatile. */
export const VOLATILE_ARGUMENT =
  'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN().';

/**
 * Whether an argument calls a volatile function (NOW, TODAY, RAND…) or reads a cell whose formula
 * does, directly or through the cells that formula reads.
 */
export function readsVolatile(
  hf: HyperFormula,
  argAst: any,
  at: EngineAddress,
  ranges: Map<string, boolean> = new Map(),
): boolean {
  const cells: Cells[] = [];
  // A range's answer holds until the next change of contents (`ranges` is emptied then): the same
  // named ranges feed many custom-function cells, and a range has as many cells as there are deals.
  const range = (start: EngineAddress, end: EngineAddress): boolean => {
    const k = `${key(start)}:${end.row}:${end.col}`;
    let found = ranges.get(k);
    if (found === undefined) {
      found = cellsReadVolatile(hf, [{ start, end }]);
      ranges.set(k, found);
    }
    return found;
  };
  const walk = (node: any): boolean => {
    if (!node || typeof node !== 'object') return false;
    if (node.type === 'FUNCTION_CALL' && VOLATILE.has(String(node.procedureName).toUpperCase()))
      return true;
    if (node.type === 'CELL_REFERENCE') cells.push(node.reference.toSimpleCellAddress(at));
    else if (
      node.type === 'CELL_RANGE' &&
      range(node.start.toSimpleCellAddress(at), node.end.toSimpleCellAddress(at))
    )
      return true;
    else if (node.type === 'NAMED_EXPRESSION') {
      const expression = nameExpression(hf, node.expressionName);
      const named = expression && hf.simpleCellRangeFromString(expression, at.sheet);
      const cell = expression && !named && hf.simpleCellAddressFromString(expression, at.sheet);
      if (named && range(named.start, named.end)) return true;
      if (cell) cells.push(cell);
    }
    for (const [field, child] of Object.entries(node)) {
      if (field === 'reference' || field === 'start' || field === 'end') continue;
      if (Array.isArray(child) ? child.some(walk) : walk(child)) return true;
    }
    return false;
  };
  return walk(argAst) || cellsReadVolatile(hf, cells);
}

/** A cell, or the cells of a range. */
type Cells = EngineAddress | { start: EngineAddress; end: EngineAddress };

/**
 * Whether one of these cells' formulas, or a formula they read (transitively), is volatile. A range
 * is walked in place, cut to where the sheet has content: it has a cell per deal.
 */
function cellsReadVolatile(hf: HyperFormula, cells: Cells[]): boolean {
  const seen = new Set<string>();
  // Asks the engine about one cell: whether its formula is volatile (the search then stops).
  const volatile = (cell: EngineAddress): boolean => {
    // A plain value leads nowhere: only formula cells are followed, each once.
    const formula = hf.getCellFormula(cell);
    if (!formula || seen.has(key(cell))) return false;
    seen.add(key(cell));
    if (VOLATILE_CALL.test(formula)) return true;
    for (const p of hf.getCellPrecedents(cell) as any[])
      cells.push('start' in p ? { start: p.start, end: p.end } : p);
    return false;
  };
  for (let i = 0; i < cells.length && seen.size < 100_000; i++) {
    const item = cells[i];
    if (!('start' in item)) {
      if (volatile(item)) return true;
      continue;
    }
    const { start, end } = item;
    const size = hf.getSheetDimensions(start.sheet);
    const cell = { sheet: start.sheet, row: 0, col: 0 };
    for (let row = start.row; row <= Math.min(end.row, size.height - 1); row++)
      for (let col = start.col; col <= Math.min(end.col, size.width - 1); col++) {
        cell.row = row;
        cell.col = col;
        if (volatile(cell)) return true;
        if (seen.size >= 100_000) return false;
      }
  }
  return false;
}

/** The one cell an argument's formula text names (A1, A1:A1, a one-cell named range), if it does. */
export function singleCell(
  hf: HyperFormula,
  argAst: any,
  at: EngineAddress,
): EngineAddress | undefined {
  if (argAst.type === 'CELL_REFERENCE') return argAst.reference.toSimpleCellAddress(at);
  if (argAst.type === 'CELL_RANGE') {
    const start = argAst.start.toSimpleCellAddress(at);
    const end = argAst.end.toSimpleCellAddress(at);
    return start.row === end.row && start.col === end.col ? start : undefined;
  }
  if (argAst.type === 'NAMED_EXPRESSION') {
    const expression = nameExpression(hf, argAst.expressionName);
    if (!expression) return undefined;
    const range = hf.simpleCellRangeFromString(expression, at.sheet);
    if (range)
      return range.start.row === range.end.row && range.start.col === range.end.col
        ? range.start
        : undefined;
    return hf.simpleCellAddressFromString(expression, at.sheet);
  }
  return undefined;
}
