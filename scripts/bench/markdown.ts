// Renders bench/results.json as the committed markdown table (bench/RESULTS.md).
import type { AppBenchResult, GraphBench } from "./app-bench";
import type { BuildBenchResult } from "./build-bench";
import type { BenchResults } from "./run";
import type { SizeBenchResult } from "./size-bench";
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

function appRow(g: GraphBench): string {
  return (
    `| ${g.name} | ${g.nodes} / ${g.edges} | ${g.fileMb} MB | ${ms(g.loadedMs)} | ${ms(g.importedMs)} | ${ms(g.firstFrameMs)} | ` +
    `${fig(g.heapMb, " MB")} | ${ms(g.yearFilterWorkMs)} | ${ms(g.yearFilterMs)} | ${g.renderMs.p50} / ${g.renderMs.p95} ms | ` +
    `${g.frameIntervalMs.p50} / ${g.frameIntervalMs.p95} ms |`
  );
}

function appSection(app: AppBenchResult, out: string[]) {
  out.push("## App in Chromium", "");
  out.push(
    `${app.chromium}, headless, WebGL renderer "${app.webgl}" — software rendering, so render and frame times are ` +
      "far above what a GPU gives; treat them as an upper bound and for comparing sizes. Times from navigation start.",
    "",
  );
  out.push(
    "| graph | nodes / edges | file | fetched + validated | imported | first frame | JS heap after load | year filter: app work | year filter: to next frame | render p50 / p95 (pan + zoom) | frame interval p50 / p95 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  if (app.real) out.push(appRow(app.real));
  for (const g of app.synthetic) out.push(appRow(g));
  out.push("");
}

function sizeSection(size: SizeBenchResult, out: string[]) {
  out.push("## Sizes", "");
  out.push(
    `First-load JavaScript: ${size.firstLoadJsKb} KB, **${size.firstLoadJsGzipKb} KB gzipped** (${size.firstLoadFiles.join(", ")}); CSS ${size.cssGzipKb} KB gzipped.`,
    "",
  );
  if (size.lazyChunks.length) {
    out.push("| lazily loaded chunk | size | gzipped |", "|---|---:|---:|");
    for (const c of size.lazyChunks) out.push(`| ${c.file} | ${c.kb} KB | ${c.gzipKb} KB |`);
    out.push("");
  }
  out.push("| graph file | papers | size | gzipped | gzipped per 1,000 papers |", "|---|---:|---:|---:|---:|");
  for (const g of size.graphs)
    out.push(`| ${g.name} | ${g.papers} | ${g.mb} MB | ${g.gzipMb} MB | ${g.gzipKbPer1000Papers} KB |`);
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
  if (results.app) appSection(results.app, out);
  if (results.size) sizeSection(results.size, out);
  return `${out.join("\n")}\n`;
}
