// Build benchmarks: the real lists (CLI wall clock, and each stage), then synthetic lists of
// 1k, 10k and 100k entries (time and peak memory per size, and growth between sizes). Each
// build runs in a fresh process so memory and JIT state do not leak between runs.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

import { type Figure, round, summarise } from "./stats";

export interface BuildRun {
  timings: Record<string, number>;
  total: number;
  /** Stage floors: `parse` is markdown-it's own time on the same text. */
  floors: { parse: number };
  peakRssMb: number;
  papers: number;
  nodes: number;
  edges: number;
  graphBytes: number;
}

export interface SizeResult {
  entries: number;
  papers: number;
  nodes: number;
  edges: number;
  total: Figure;
  peakRssMb: Figure;
  stages: Record<string, Figure>;
  /** markdown-it alone on the same text, and the parse stage ÷ that, per run. */
  parseFloor: Figure;
  parseRatio: Figure;
  graphBytes: number;
}

export interface BuildBenchResult {
  realCliWallMs: Figure;
  realStages: Record<string, Figure>;
  realTotalMs: Figure;
  realPeakRssMb: Figure;
  real: { papers: number; nodes: number; edges: number; graphBytes: number };
  synthetic: SizeResult[];
  /** Time and memory ratios from one size to the next (×10 entries). */
  growth: Array<{ from: number; to: number; time: number; memory: number }>;
}

const TSX = join("node_modules", ".bin", "tsx");

function buildOnce(files: string[]): BuildRun {
  const out = execFileSync(TSX, ["scripts/bench/build-once.ts", ...files], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out) as BuildRun;
}

function stageFigures(runs: BuildRun[]): Record<string, Figure> {
  const stages = Object.keys(runs[0]!.timings);
  return Object.fromEntries(stages.map((stage) => [stage, summarise(runs.map((r) => r.timings[stage] ?? 0))]));
}

function timed(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`bench: ${command} ${args.join(" ")} exited with ${result.status}`);
  return performance.now() - start;
}

export function benchBuild(options: {
  runs: number;
  sizes: number[];
  work: string;
  say: (text: string) => void;
}): BuildBenchResult {
  const { runs, sizes, work, say } = options;
  mkdirSync(work, { recursive: true });
  const lists = ["data/lists/agi-papers.md", "data/lists/ai-canon.md"];

  say(`build: real lists, CLI wall clock (1 warm-up + ${runs} runs)`);
  const cliArgs = [
    "scripts/build-graph.ts",
    "--quiet",
    "--out",
    join(work, "real.json"),
    "--report",
    join(work, "real.md"),
  ];
  timed(TSX, cliArgs);
  const wall = Array.from({ length: runs }, () => timed(TSX, cliArgs));

  say(`build: real lists, stages (1 warm-up + ${runs} runs)`);
  buildOnce(lists);
  const realRuns = Array.from({ length: runs }, () => buildOnce(lists));
  const first = realRuns[0]!;

  const synthetic: SizeResult[] = [];
  for (const entries of sizes) {
    const file = join(work, `synthetic-${entries}.md`);
    if (!existsSync(file))
      execFileSync(TSX, ["scripts/generate-synthetic-list.ts", "--entries", String(entries), "--out", file]);
    const count = entries >= 100_000 ? Math.max(1, Math.min(runs, 5)) : runs;
    say(`build: synthetic ${entries} entries (1 warm-up + ${count} runs)`);
    buildOnce([file]);
    const sizeRuns = Array.from({ length: count }, () => buildOnce([file]));
    const one = sizeRuns[0]!;
    synthetic.push({
      entries,
      papers: one.papers,
      nodes: one.nodes,
      edges: one.edges,
      total: summarise(sizeRuns.map((r) => r.total)),
      peakRssMb: summarise(sizeRuns.map((r) => r.peakRssMb)),
      stages: stageFigures(sizeRuns),
      parseFloor: summarise(sizeRuns.map((r) => r.floors.parse)),
      parseRatio: summarise(sizeRuns.map((r) => round((r.timings.parse ?? 0) / r.floors.parse))),
      graphBytes: one.graphBytes,
    });
  }
  const growth = synthetic.slice(1).map((size, i) => ({
    from: synthetic[i]!.entries,
    to: size.entries,
    time: round(size.total.median / synthetic[i]!.total.median),
    memory: round(size.peakRssMb.median / synthetic[i]!.peakRssMb.median),
  }));

  return {
    realCliWallMs: summarise(wall),
    realStages: stageFigures(realRuns),
    realTotalMs: summarise(realRuns.map((r) => r.total)),
    realPeakRssMb: summarise(realRuns.map((r) => r.peakRssMb)),
    real: { papers: first.papers, nodes: first.nodes, edges: first.edges, graphBytes: first.graphBytes },
    synthetic,
    growth,
  };
}
