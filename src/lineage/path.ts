// The lineage path between two papers. First a chain in one direction (A builds on … on B, or B on
// … on A), shortest by graphology-shortest-path's bidirectional search. Failing that, the shortest
// chain ignoring direction, labelled honestly: the two are connected through shared ancestors or
// descendants, not one building on the other. Null when no lineage connects them at all.
import { bidirectional } from "graphology-shortest-path/unweighted";

import type { LineageGraphs } from "./graph";

export type Relation = "builds-on" | "built-on-by";

export interface PathStep {
  from: string;
  to: string;
  /** `from` builds on `to` ("builds-on"), or `to` builds on `from` ("built-on-by"). */
  relation: Relation;
  /** The data graph's lineage edge for the step. */
  edge: string;
}

export interface LineagePath {
  /** "directed": every step has the same relation; "connected": the relations change along the way. */
  kind: "directed" | "connected";
  /** From the first paper to the second. */
  nodes: string[];
  steps: PathStep[];
}

function stepsOf(lineage: LineageGraphs, nodes: string[]): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const from = nodes[i - 1]!;
    const to = nodes[i]!;
    // Papers naming each other have both edges; the step reads in the first direction found.
    const forward = lineage.directed.edge(from, to);
    const edge = forward ?? lineage.directed.edge(to, from);
    if (edge === undefined) throw new Error(`lineage path: no link between ${from} and ${to}`);
    steps.push({ from, to, relation: forward !== undefined ? "builds-on" : "built-on-by", edge });
  }
  return steps;
}

export function findLineagePath(lineage: LineageGraphs, from: string, to: string): LineagePath | null {
  const { directed, undirected } = lineage;
  if (from === to || !directed.hasNode(from) || !directed.hasNode(to)) return null;
  const down = bidirectional(directed, from, to);
  const up = down ? null : bidirectional(directed, to, from);
  if (down ?? up) {
    const nodes = down ?? [...up!].reverse();
    return { kind: "directed", nodes, steps: stepsOf(lineage, nodes) };
  }
  const any = bidirectional(undirected, from, to);
  return any ? { kind: "connected", nodes: any, steps: stepsOf(lineage, any) } : null;
}
