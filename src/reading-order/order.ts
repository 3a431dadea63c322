// "What to read first": the papers a paper builds on, directly or through others, in an order
// where every paper comes after the papers it builds on, the target last. Kahn's algorithm, always
// taking the oldest paper that is ready (then by title), so the order reads as a timeline wherever
// the lineage leaves it free. The data can hold cycles (two papers naming each other, citations
// both ways); they are broken deterministically and every link ignored is reported (./cycles.ts).
import { bfsFromNode } from "graphology-traversal";

import type { LineageGraphs } from "../lineage/graph";
import { compareByDate } from "../lineage/utils";
import type { PaperGraph } from "../load";
import { type IgnoredLink, weakestLinkOnCycle } from "./cycles";

export type { IgnoredLink } from "./cycles";

export interface ReadingItem {
  key: string;
  /** Positions (0-based, in `items`) of the papers it builds on directly, ascending. */
  after: number[];
}

export interface ReadingOrder {
  target: string;
  /** The ancestors in reading order, then the target. */
  items: ReadingItem[];
  /** Links left out to break cycles, in the order they were dropped. */
  ignored: IgnoredLink[];
}

interface Link {
  edge: string;
  source: string;
  target: string;
}

export function readingOrder(graph: PaperGraph, lineage: LineageGraphs, target: string): ReadingOrder {
  const { directed } = lineage;
  if (!directed.hasNode(target)) return { target, items: [{ key: target, after: [] }], ignored: [] };

  const nodes = new Set<string>();
  bfsFromNode(directed, target, (node) => void nodes.add(node), { mode: "outbound" });
  const ignored: IgnoredLink[] = [];
  // prerequisites.get(n): links n → m (n builds on m) still to satisfy; dependents: the reverse.
  const prerequisites = new Map<string, Map<string, Link>>([...nodes].map((n) => [n, new Map()]));
  const dependents = new Map<string, Link[]>([...nodes].map((n) => [n, []]));
  directed.forEachEdge((edge, _attrs, source, to) => {
    if (!nodes.has(source) || !nodes.has(to)) return;
    const link = { edge, source, target: to };
    // Everything here is reachable from the target, so a link into the target closes a cycle
    // through it; the target is what the list leads to, so such links go first.
    if (to === target) {
      ignored.push({ ...link, reason: "target-last" });
      return;
    }
    prerequisites.get(source)!.set(to, link);
    dependents.get(to)!.push(link);
  });

  const byDate = compareByDate(graph);
  const position = new Map<string, number>();
  const items: ReadingItem[] = [];
  const kept = new Map<string, string[]>([...nodes].map((n) => [n, [...prerequisites.get(n)!.keys()]]));
  const waiting = new Set([...nodes].filter((n) => n !== target));
  // A sorted array is enough at reading-list sizes; a heap would only pay off on huge ancestries.
  let ready = [...waiting].filter((n) => prerequisites.get(n)!.size === 0).sort(byDate);

  const release = (node: string) => {
    let added = false;
    for (const link of dependents.get(node)!) {
      const pending = prerequisites.get(link.source)!;
      pending.delete(node);
      if (pending.size === 0 && waiting.has(link.source) && !ready.includes(link.source)) {
        ready.push(link.source);
        added = true;
      }
    }
    if (added) ready.sort(byDate);
  };

  while (waiting.size > 0) {
    const next = ready.shift();
    if (next === undefined) {
      const link = weakestLinkOnCycle(graph, waiting, prerequisites, byDate);
      ignored.push(link);
      prerequisites.get(link.source)!.delete(link.target);
      kept.set(
        link.source,
        kept.get(link.source)!.filter((m) => m !== link.target),
      );
      if (prerequisites.get(link.source)!.size === 0) ready = [...ready, link.source].sort(byDate);
      continue;
    }
    waiting.delete(next);
    position.set(next, items.length);
    items.push({ key: next, after: [] });
    release(next);
  }
  position.set(target, items.length);
  items.push({ key: target, after: [] });
  for (const item of items)
    item.after = kept
      .get(item.key)!
      .map((m) => position.get(m)!)
      .sort((a, b) => a - b);
  return { target, items, ignored };
}
