// Tuning of the formula engine's internals for big sheets: what it keeps and evaluates that nothing
// here reads. Each change leaves every value a formula computes as the engine computes it.
import type { HyperFormula } from 'hyperformula';
import { TextPool } from './spreadsheet/text-pool';

/** Applies every tuning below to a new engine. */
export function tuneEngine(hf: HyperFormula): void {
  textFastPath(hf);
  keepNoChangeLists(hf);
  skipUnreadValueCells(hf);
  rightSizeEdgeLists(hf);
}

/**
 * Text the emulator stores is quoted ('…). The engine's parser would first try it as a number and as a
 * date (which a leading quote always fails): give it the text at once, as the parser ends up doing.
 */
function textFastPath(hf: HyperFormula): void {
  const parser = (hf as any)._cellContentParser;
  const parse = parser.parse.bind(parser);
  const TextContent = parse("'").constructor;
  const unquoted = new TextPool((quoted) => quoted.slice(1));
  parser.parse = (content: unknown) =>
    typeof content === 'string' && content.startsWith("'")
      ? new TextContent(unquoted.get(content))
      : parse(content);
}

/**
 * The engine records every written cell in a change list until the next evaluation and then exports
 * the list; nothing here reads it (reads ask the engine for values), and at a million cells the list
 * was a large share of the memory. Writes go to a list that keeps nothing instead.
 */
function keepNoChangeLists(hf: HyperFormula): void {
  const operations = (hf as any)._crudOperations.operations;
  const Changes = operations.changes.constructor;
  class NoChanges extends Changes {
    add(): void {}
  }
  operations.changes = new NoChanges();
  operations.getAndClearContentChanges = () => Changes.empty();
  // Evaluation lists the formula cells it changed the same way (a named range's cell lists every
  // cell of its range): the same evaluation, into a list that keeps nothing.
  const evaluator = (hf as any)._evaluator;
  evaluator.partialRun = (vertices: unknown[]) => {
    const changes = new NoChanges();
    evaluator.dependencyGraph.graph.getTopSortedWithSccSubgraphFrom(
      vertices,
      (v: unknown) => evaluator.recomputeVertex(v, changes),
      (v: unknown) => evaluator.processVertexOnCycle(v, changes),
    );
    return changes;
  };
}

/**
 * Every written cell is marked for evaluation, and the engine orders all marked cells before it
 * evaluates what depends on them. A plain value (or emptied cell) that no formula, range or name
 * depends on changes nothing further: it is not marked at all (a formula written later reads it
 * when that formula is evaluated). Marking a million written cells and ordering them cost more
 * than the evaluation. Edges of removed cells may linger in a cell's list; such a cell is marked,
 * which only costs time.
 */
function skipUnreadValueCells(hf: HyperFormula): void {
  const dependencyGraph = (hf as any).dependencyGraph;
  const graph = dependencyGraph.graph;
  const edges: number[][] = graph.edgesSparseArray;
  const mark = graph.markNodeAsDirty.bind(graph);
  const read = (v: any) => (edges[v.idInGraph]?.length ?? 0) > 0;
  const plain = (v: any) => 'rawValue' in v || v.constructor.name === 'EmptyCellVertex';
  graph.markNodeAsDirty = (v: any) => {
    if (!plain(v) || read(v)) mark(v);
  };
  // A whole-column range (F:F) is linked to a written cell only after the cell is marked: mark it then.
  const linkInfinite = dependencyGraph.correctInfiniteRangesDependency.bind(dependencyGraph);
  dependencyGraph.correctInfiniteRangesDependency = (address: unknown) => {
    linkInfinite(address);
    if (graph.infiniteRangeIds.size === 0) return;
    const v = dependencyGraph.addressMapping.getCell(address);
    if (v && plain(v) && read(v)) mark(v);
  };
}

/**
 * Each cell a range or formula reads keeps a list of what depends on it. The engine grows a list by
 * pushing, and V8 then reserves room for 17 entries where most cells have one: at 50,000 deals that
 * was a quarter of the memory the engine holds. A short list is stored at its exact size instead.
 */
function rightSizeEdgeLists(hf: HyperFormula): void {
  const graph = (hf as any).dependencyGraph.graph;
  const lists: number[][] = graph.edgesSparseArray;
  const addEdge = graph.addEdge.bind(graph);
  graph.addEdge = (from: number | { idInGraph?: number }, to: unknown) => {
    addEdge(from, to);
    const id = typeof from === 'number' ? from : from.idInGraph;
    const list = id === undefined ? undefined : lists[id];
    if (list && list.length <= 4) lists[id as number] = list.slice();
  };
}
