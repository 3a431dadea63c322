// Renders bench/results.json as the committed markdown table (bench/RESULTS.md).
import type { BuildBenchResult } from "./build-bench";
import type { BenchResults } from "./run";
import type { Figure } from "./stats";

const fig = (f: Figure | undefined, unit = "") => (f ? `${f.median}${unit} (${f.min}–${f.max})` : "–");
const ms = (f: Figure | undefined) => fig(f, " ms");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function buildSection(build: BuildBenchResult, out: string[]) {
  out.push("## Build", "");
  out.push(
    `Real lists (${build.real.papers} papers, ${build.real.nodes} nodes, ${build.real.edges} edges): ` +
      `CLI wall clock ${ms(build.realCliWallMs)}; in-process total ${ms(build.realTotalMs)}; peak RSS ${fig(build.realPeakRssMb, " MB")}.`,
    "",
  );
  const stages = Object.keys(build.realStages);
  out.push(`| stage | ${stages.join(" | ")} |`, `|---|${stages.map(() => "---:").join("|")}|`);
  out.push(`| real lists, ms | ${stages.map((s) => fig(build.realStages[s])).join(" | ")} |`);
  for (const size of build.synthetic)
    out.push(`| synthetic ${size.entries}, ms | ${stages.map((s) => fig(size.stages[s])).join(" | ")} |`);
  out.push(
    "",
    "| synthetic entries | papers | nodes | edges | total time | peak RSS | graph file |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const s of build.synthetic)
    out.push(
      `| ${s.entries} | ${s.papers} | ${s.nodes} | ${s.edges} | ${ms(s.total)} | ${fig(s.peakRssMb, " MB")} | ${kb(s.graphBytes)} |`,
    );
  out.push("", "| growth | time × | memory × |", "|---|---:|---:|");
  for (const g of build.growth)
    out.push(`| ${g.from} → ${g.to} entries (×${g.to / g.from}) | ${g.time} | ${g.memory} |`);
  out.push("");
}

export function renderResults(results: BenchResults): string {
  const { machine } = results;
  const out = [
    "# Benchmark results",
    "",
    `Made by \`npm run bench\` on ${machine.date}: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}` +
      (machine.chromium ? `, ${machine.chromium} (headless, WebGL in software: SwiftShader)` : "") +
      ". Each figure is the median of the runs after a warm-up, with (min–max).",
    "",
    "## Budgets",
    "",
    "| budget | limit | measured | |",
    "|---|---|---|---|",
    ...results.budgets.map(
      (b) => `| ${b.name} | ${b.limit} | ${b.actual} | ${b.skipped ? "skipped" : b.pass ? "pass" : "**missed**"} |`,
    ),
    "",
  ];
  if (results.build) buildSection(results.build, out);
  return `${out.join("\n")}\n`;
}
