// "Show lineage": every paper a paper builds on, directly or through others (its ancestors), and
// every paper that builds on it (its descendants), found by breadth-first search over lineage
// links only. A paper caught in a cycle with it is both.
import { bfsFromNode } from "graphology-traversal";

import type { PaperGraph } from "../load";
import type { LineageGraphs } from "./graph";
import { compareByDate } from "./utils";

export interface Relative {
  key: string;
  /** Links between it and the paper: 1 for a direct link. */
  depth: number;
  /** For depth > 1: the relative one link closer that it is reached through (the oldest such). */
  via?: string;
}

export interface Relatives {
  /** Oldest first. */
  ancestors: Relative[];
  descendants: Relative[];
}

type Mode = "outbound" | "inbound";

function walk(graph: PaperGraph, lineage: LineageGraphs, key: string, mode: Mode): Relative[] {
  const { directed } = lineage;
  if (!directed.hasNode(key)) return [];
  const depths = new Map<string, number>();
  bfsFromNode(directed, key, (node, _attrs, depth) => void depths.set(node, depth), { mode });
  const byDate = compareByDate(graph);
  const relatives: Relative[] = [];
  for (const [node, depth] of depths) {
    if (node === key) continue;
    const relative: Relative = { key: node, depth };
    if (depth > 1) {
      // One link closer: for an ancestor, a paper that builds on it; for a descendant, one it builds on.
      const closer = (mode === "outbound" ? directed.inNeighbors(node) : directed.outNeighbors(node))
        .filter((n) => n !== key && depths.get(n) === depth - 1)
        .sort(byDate);
      if (closer[0] !== undefined) relative.via = closer[0];
    }
    relatives.push(relative);
  }
  return relatives.sort((a, b) => byDate(a.key, b.key));
}

export function lineageRelatives(graph: PaperGraph, lineage: LineageGraphs, key: string): Relatives {
  return { ancestors: walk(graph, lineage, key, "outbound"), descendants: walk(graph, lineage, key, "inbound") };
}
