// Layout quality at size: the build's layout of a synthetic list (its budget for that size) against
// a long reference run from the same seeded start (REFERENCE: many more iterations, a finer θ,
// ForceAtlas2's own slow-down). Figures: the displacement between the two once aligned (how far
// from settled the budget leaves the layout), and how close linked nodes are (lineage pairs and
// section members against random pairs) in both. Cutting the layout's budget must keep these.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

import Graph from "graphology";

import { type EdgeAttributes, type NodeAttributes, isLineage } from "../../src/model";
import type { PaperGraph } from "../pipeline/assemble";
import { buildGraph } from "../pipeline/build";
import { type LayoutBudget, layout, layoutBudget } from "../pipeline/layout";
import { type Point, displacement, linkCloseness } from "../pipeline/layout-quality";
import { round } from "./stats";

/** The long run the build's layout is compared with: ForceAtlas2's own slow-down, θ 1, 400 iterations. */
export const REFERENCE: Partial<LayoutBudget> = { iterations: 400, theta: 1, slowDown: undefined };

export interface LayoutQuality {
  entries: number;
  nodes: number;
  edges: number;
  budget: { iterations: number; theta: number; slowDown: number | null };
  reference: { iterations: number; theta: number };
  layoutMs: number;
  referenceMs: number;
  /** Displacement from the reference, aligned, as a fraction of the reference's RMS radius. */
  displacement: { median: number; p90: number };
  /** Median distance of linked nodes ÷ of random pairs: the build's layout, then the reference's. */
  closeness: { lineage: number; members: number };
  referenceCloseness: { lineage: number; members: number };
}

const TSX = join("node_modules", ".bin", "tsx");

function points(graph: PaperGraph): Point[] {
  return graph.mapNodes((_node, a) => ({ x: a.x, y: a.y }));
}

function timedLayout(graph: PaperGraph, budget: Partial<LayoutBudget>): number {
  const start = performance.now();
  layout(graph, {}, budget);
  return performance.now() - start;
}

export async function benchLayout(options: {
  sizes: number[];
  work: string;
  say: (text: string) => void;
}): Promise<LayoutQuality[]> {
  mkdirSync(options.work, { recursive: true });
  const results: LayoutQuality[] = [];
  for (const entries of options.sizes) {
    const file = join(options.work, `synthetic-${entries}.md`);
    if (!existsSync(file))
      execFileSync(TSX, ["scripts/generate-synthetic-list.ts", "--entries", String(entries), "--out", file]);
    options.say(`layout: synthetic ${entries} entries, the build's budget and a long reference run`);
    // No iterations: the assembled graph at its random start, laid out below.
    const built = await buildGraph([{ file: basename(file), text: readFileSync(file, "utf8") }], {
      layout: { iterations: 0 },
    });
    // Each layout gets its own copy of the attributes: import keeps the objects it is given, and the
    // layout writes positions into them.
    const fresh = (): PaperGraph => {
      const graph: PaperGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", allowSelfLoops: false });
      const { nodes, ...rest } = built.file.graph;
      graph.import({ ...rest, nodes: nodes.map((node) => ({ ...node, attributes: { ...node.attributes! } })) });
      return graph;
    };
    const graph = fresh();
    const index = new Map(graph.nodes().map((key, i) => [key, i]));
    const lineage: Array<[number, number]> = [];
    const members: Array<[number, number]> = [];
    graph.forEachEdge((_edge, attributes, source, target) => {
      const pair: [number, number] = [index.get(source)!, index.get(target)!];
      if (isLineage(attributes)) lineage.push(pair);
      else if (attributes.kind === "member") members.push(pair);
    });
    const budget = layoutBudget(graph.order);
    const layoutMs = timedLayout(graph, {});
    const laid = points(graph);
    const reference = fresh();
    const referenceMs = timedLayout(reference, REFERENCE);
    const settled = points(reference);
    if (laid.every((p, i) => p.x === settled[i]!.x && p.y === settled[i]!.y))
      throw new Error("layout bench: the long run and the build's layout are the same positions");
    const moved = displacement(laid, settled);
    results.push({
      entries,
      nodes: graph.order,
      edges: graph.size,
      budget: { iterations: budget.iterations, theta: budget.theta, slowDown: budget.slowDown ?? null },
      reference: { iterations: REFERENCE.iterations!, theta: REFERENCE.theta! },
      layoutMs: round(layoutMs),
      referenceMs: round(referenceMs),
      displacement: { median: round(moved.median, 3), p90: round(moved.p90, 3) },
      closeness: { lineage: round(linkCloseness(laid, lineage), 3), members: round(linkCloseness(laid, members), 3) },
      referenceCloseness: {
        lineage: round(linkCloseness(settled, lineage), 3),
        members: round(linkCloseness(settled, members), 3),
      },
    });
  }
  return results;
}

export function renderLayoutResults(results: LayoutQuality[]): string {
  const slowDown = (s: number | null) => (s === null ? "1 + ln n" : String(s));
  return [
    "",
    "## Layout quality (synthetic lists: the build's budget against a long run from the same start)",
    "",
    "*Displacement*: each node's distance from where the long run put it, once the two layouts are aligned " +
      "(translation, rotation, reflection, scale), over the long run's RMS radius. *Closeness*: median distance " +
      "between linked nodes over the median distance between random pairs (below 1, the layout shows the links).",
    "",
    "| entries | nodes / edges | budget: iterations, θ, slow-down | layout | long run | displacement median / p90 | closeness of lineage pairs, budget / long run | closeness of section members, budget / long run |",
    "|---:|---:|---|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.entries} | ${r.nodes} / ${r.edges} | ${r.budget.iterations}, ${r.budget.theta}, ${slowDown(r.budget.slowDown)} | ` +
        `${r.layoutMs} ms | ${r.referenceMs} ms (${r.reference.iterations}, θ ${r.reference.theta}) | ` +
        `${r.displacement.median} / ${r.displacement.p90} | ${r.closeness.lineage} / ${r.referenceCloseness.lineage} | ` +
        `${r.closeness.members} / ${r.referenceCloseness.members} |`,
    ),
    "",
  ].join("\n");
}
