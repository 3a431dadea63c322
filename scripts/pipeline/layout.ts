// Stage 7, layout: ForceAtlas2 then noverlap, at build time, from a seeded random start, so
// the same input gives the same bytes and the browser never runs a layout. Iterations and
// Barnes-Hut settings scale with the graph (figures in ../../shared/PERFORMANCE.md).
import { random } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import seedrandom from "seedrandom";

import { type EdgeAttributes, isLineage } from "../../src/model";
import type { PaperGraph } from "./assemble";

export interface LayoutOptions {
  /** Seed of the random start: the same seed and graph give the same positions. */
  seed: string;
  /** ForceAtlas2 iterations; `auto` scales them down as the graph grows. */
  iterations: number | "auto";
  /** Decimal places kept in x and y (fewer bytes, and no float noise in the file). */
  precision: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = { seed: "ai-reading-graph", iterations: "auto", precision: 2 };

export function checkLayoutOptions(options: LayoutOptions): void {
  if (typeof options.seed !== "string" || !options.seed)
    throw new Error("layout: invalid `seed`. Expecting a non-empty string.");
  if (options.iterations !== "auto" && (!Number.isInteger(options.iterations) || options.iterations < 0))
    throw new Error('layout: invalid `iterations`. Expecting a non-negative integer or "auto".');
  if (!Number.isInteger(options.precision) || options.precision < 0 || options.precision > 6)
    throw new Error("layout: invalid `precision`. Expecting an integer from 0 to 6.");
}

/**
 * How much layout work a graph of this size gets. ForceAtlas2 costs O(n log n) an iteration
 * with Barnes-Hut, and a coarser θ is 3× cheaper past a few thousand nodes; noverlap costs
 * about 55 ms an iteration at 8k nodes, and its default grid overflows a Set at 100k
 * (measurements in ../../shared/PERFORMANCE.md and `npm run bench`). Past 20k nodes noverlap
 * is skipped: its few affordable iterations left as many nodes touching another as before
 * (99.5 % of 80k synthetic papers either way) for a third of the layout's time. At 80k nodes,
 * θ 1.5 gives the layout of θ 1.2 (median distance of linked pairs 0.423 against 0.421 of
 * all pairs', of section members 0.584 against 0.582) for less work an iteration.
 *
 * `slowDown` divides every step; ForceAtlas2's own choice, 1 + ln(n), is 12 at 80k nodes, so
 * a few dozen iterations leave a large graph far from settled. Past 60k nodes, steps at full
 * speed (slow-down 1) settle in 20 iterations further than 50 did at 1 + ln(n): on 80k
 * synthetic nodes the median displacement from a 400-iteration run fell from 0.67 to 0.44 of
 * the layout's radius, linked pairs' closeness from 0.42 to 0.37, members' from 0.59 to 0.52
 * (`npm run bench -- --only layout`); θ 1.8 then costs a quarter less an iteration than 1.5 for
 * the same figures (0.45, 0.37, 0.52). Absent, ForceAtlas2's own slow-down applies.
 */
export interface LayoutBudget {
  iterations: number;
  theta: number;
  noverlapIterations: number;
  gridSize: number;
  slowDown?: number;
}

export function layoutBudget(order: number): LayoutBudget {
  if (order <= 1_000) return { iterations: 600, theta: 0.5, noverlapIterations: 120, gridSize: 20 };
  if (order <= 5_000) return { iterations: 300, theta: 0.8, noverlapIterations: 60, gridSize: 50 };
  if (order <= 20_000) return { iterations: 150, theta: 1.2, noverlapIterations: 20, gridSize: 100 };
  if (order <= 60_000) return { iterations: 80, theta: 1.2, noverlapIterations: 0, gridSize: 200 };
  return { iterations: 20, theta: 1.8, noverlapIterations: 0, gridSize: 300, slowDown: 1 };
}

/** Fewer iterations for bigger graphs: each Barnes-Hut iteration costs O(n log n). */
export function autoIterations(order: number): number {
  return layoutBudget(order).iterations;
}

/**
 * Edge weights: sections hold their papers together, and lineage pulls papers that build on each
 * other closer still — a citation or a later version hardest, a name alone less; a citation of a
 * later paper (not lineage) barely. `npm run bench -- --only lineage` measures the effect: the median
 * distance between cited papers against all pairs of papers.
 */
export const EDGE_WEIGHTS = { member: 1, subsection: 2, cites: 3, version: 3, mentions: 1.5, later: 0.5 } as const;

function edgeWeight(_edge: string, attributes: EdgeAttributes): number {
  if (!isLineage(attributes)) return attributes.kind === "member" ? EDGE_WEIGHTS.member : EDGE_WEIGHTS.subsection;
  if (attributes.backwards) return EDGE_WEIGHTS.later;
  return attributes.kinds.some((k) => k !== "mentions") ? EDGE_WEIGHTS.cites : EDGE_WEIGHTS.mentions;
}

/** `budget` overrides the size's budget (the bench's long reference run); `options.iterations` wins over it. */
export function layout(
  graph: PaperGraph,
  options: Partial<LayoutOptions> = {},
  budgetOverride: Partial<LayoutBudget> = {},
): void {
  const settings: LayoutOptions = { ...LAYOUT_DEFAULTS, ...options };
  checkLayoutOptions(settings);
  const order = graph.order;
  if (order === 0) return;
  const rng = seedrandom(settings.seed);
  random.assign(graph, { rng, scale: Math.sqrt(order) * 10, center: 0 });

  const budget = { ...layoutBudget(order), ...budgetOverride };
  const iterations = settings.iterations === "auto" ? budget.iterations : settings.iterations;
  // No iterations: the seeded random start is the layout.
  if (iterations > 0)
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: edgeWeight,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        barnesHutOptimize: order > 300,
        barnesHutTheta: budget.theta,
        outboundAttractionDistribution: true,
        adjustSizes: false,
        scalingRatio: 4,
        gravity: 1,
        ...(budget.slowDown !== undefined ? { slowDown: budget.slowDown } : {}),
      },
    });
  if (budget.noverlapIterations > 0)
    noverlap.assign(graph, {
      maxIterations: budget.noverlapIterations,
      settings: { gridSize: budget.gridSize, margin: 1.5, ratio: 1.15 },
    });

  const factor = 10 ** settings.precision;
  // In place: copying every node's attributes costs more than the rounding at 100k nodes.
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = Math.round(attributes.x * factor) / factor;
      attributes.y = Math.round(attributes.y * factor) / factor;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}
