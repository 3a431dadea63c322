// Everything the lineage features derive from the data, computed once per question and kept: the
// graph never changes, so a paper's relatives, a path or a reading order is computed the first time
// it is shown. `highlight` is what the map's reducers read: the nodes and edges to keep bright,
// memoised on the lineage state (and the hovered paper), never recomputed per reducer call.
import type { PaperGraph } from "../load";
import type { Focus } from "../map/focus";
import { type ReadingOrder, readingOrder } from "../reading-order/order";
import type { AppState } from "../state/types";
import { type LineageGraphs, lazyLineageGraphs } from "./graph";
import { type LineagePath, findLineagePath } from "./path";
import { type Relatives, lineageRelatives } from "./relatives";
import { isPaperKey } from "./utils";

/** Answers kept per kind of question; past this the oldest is dropped (a long session stays small). */
const CACHE_SIZE = 64;

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = compute(key);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };
}

export interface LineageSelectors {
  graph: PaperGraph;
  /**
   * Where to read whether lineage questions run through suggestions (papers outside the lists that
   * papers of the lists cite): the shell passes `() => store.get().throughSuggestions`.
   */
  readThroughSuggestionsFrom(source: () => boolean): void;
  throughSuggestions(): boolean;
  lineageGraphs(): LineageGraphs;
  isPaper(key: string): boolean;
  relatives(paper: string): Relatives;
  path(from: string, to: string): LineagePath | null;
  readingOrder(paper: string): ReadingOrder;
  /** What the map highlights for the lineage state, or null when it highlights none. */
  highlight(state: AppState): Focus | null;
  /** Whether two states differ in what `highlight` reads. */
  highlightChanged(a: AppState, b: AppState): boolean;
}

export function createLineageSelectors(graph: PaperGraph): LineageSelectors {
  // One set of graphs and answers per mode: the lists' own lineage, and through suggestions.
  const modes = [false, true].map((through) => {
    const graphs = lazyLineageGraphs(graph, through);
    return {
      graphs,
      relatives: memo((paper) => lineageRelatives(graph, graphs(), paper)),
      path: memo((pair) => {
        const [from, to] = JSON.parse(pair) as [string, string];
        return findLineagePath(graphs(), from, to);
      }),
      order: memo((paper) => readingOrder(graph, graphs(), paper)),
    };
  });
  let source: () => boolean = () => false;
  const mode = () => modes[source() ? 1 : 0]!;
  const lineageGraphs = () => mode().graphs();
  const isPaper = (key: string) => isPaperKey(graph, key);
  const relatives = (paper: string) => mode().relatives(paper);
  const pathBetween = (pair: string) => mode().path(pair);
  const order = (paper: string) => mode().order(paper);

  const lineageFocus = (paper: string): Focus => {
    const { ancestors, descendants } = relatives(paper);
    const nodes = new Set([paper, ...ancestors.map((r) => r.key), ...descendants.map((r) => r.key)]);
    const edges = new Set<string>();
    const { directed } = lineageGraphs();
    for (const node of nodes)
      if (directed.hasNode(node))
        directed.forEachOutEdge(node, (edge, _a, _s, target) => {
          if (nodes.has(target)) edges.add(edge);
        });
    return { node: paper, nodes, edges, marked: new Set([paper]) };
  };
  const pathFocus = (from: string, to: string): Focus => {
    const found = pathBetween(JSON.stringify([from, to]));
    return {
      node: from,
      nodes: new Set(found ? found.nodes : [from, to]),
      edges: new Set(found ? found.steps.map((s) => s.edge) : []),
      marked: new Set([from, to]),
    };
  };

  let baseKey: string | null = null;
  let base: Focus | null = null;
  let last: { base: Focus; hovered: string | null; focus: Focus } | null = null;
  const highlight = (state: AppState): Focus | null => {
    const { path, lineage } = state;
    const via = source() ? " via suggestions" : "";
    const key = path ? `path ${path.from} ${path.to}${via}` : lineage ? `lineage ${lineage}${via}` : null;
    if (key !== baseKey) {
      baseKey = key;
      if (path && isPaper(path.from) && isPaper(path.to)) base = pathFocus(path.from, path.to);
      else if (lineage && isPaper(lineage)) base = lineageFocus(lineage);
      else base = null;
    }
    if (!base) return null;
    // A hovered paper of the highlight stands out too (hovering the panel's lists shows where it is).
    const hovered = state.hovered !== null && base.nodes.has(state.hovered) ? state.hovered : null;
    if (hovered === null || base.marked?.has(hovered)) return base;
    if (last?.base !== base || last.hovered !== hovered)
      last = { base, hovered, focus: { ...base, marked: new Set([...(base.marked ?? []), hovered]) } };
    return last.focus;
  };

  return {
    graph,
    readThroughSuggestionsFrom: (get) => (source = get),
    throughSuggestions: () => source(),
    lineageGraphs,
    isPaper,
    relatives,
    path: (from, to) => pathBetween(JSON.stringify([from, to])),
    readingOrder: order,
    highlight,
    highlightChanged: (a, b) =>
      a.lineage !== b.lineage ||
      a.path?.from !== b.path?.from ||
      a.path?.to !== b.path?.to ||
      a.throughSuggestions !== b.throughSuggestions,
  };
}
