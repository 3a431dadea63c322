// Renders bench/results.json as the committed markdown table (bench/RESULTS.md).
import { type AppBenchResult, type GraphBench, type PageFigures, STAGES } from "./app-bench";
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
    "| synthetic entries | papers | nodes | edges | total time | peak RSS | graph file | parse ÷ markdown-it alone |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const s of build.synthetic)
    out.push(
      `| ${s.entries} | ${s.papers} | ${s.nodes} | ${s.edges} | ${ms(s.total)} | ${fig(s.peakRssMb, " MB")} | ${kb(s.graphBytes)} | ${s.parseRatio ? `${fig(s.parseRatio, "×")} of ${ms(s.parseFloor)}` : "–"} |`,
    );
  out.push("", "| growth | time × | memory × |", "|---|---:|---:|");
  for (const g of build.growth)
    out.push(`| ${g.from} → ${g.to} entries (×${g.to / g.from}) | ${g.time} | ${g.memory} |`);
  out.push("");
}

const x = (f: Figure) => `${f.median}× (${f.min}–${f.max})`;

function appRows(g: GraphBench): string[] {
  const row = (page: string, p: PageFigures) =>
    `| ${g.name} | ${page} | ${ms(p.loadedMs)} | ${ms(p.importedMs)} | ${ms(p.firstFrameMs)} | ${ms(p.firstFrameDrawnMs)} | ` +
    `${fig(p.heapMb, " MB")} | ${ms(p.yearFilterWorkMs)} | ${ms(p.yearFilterMs)} | ${ms(p.yearFilterDrawnMs)} | ${ms(p.longestTaskAfterFilterMs)} |`;
  const r = g.ratios;
  return [
    row("app", g.app),
    row("bare sigma", g.sigma),
    `| ${g.name} | **app ÷ sigma** | | | ${x(r.firstFrame)} | **${x(r.firstFrameDrawn)}** | ${x(r.heap)} | | ` +
      `**${x(r.yearFilter)}** | ${x(r.yearFilterDrawn)} | |`,
  ];
}

function appSection(app: AppBenchResult, out: string[]) {
  out.push("## App in Chromium, side by side with bare sigma", "");
  out.push(
    `${app.chromium}, headless, WebGL renderer "${app.webgl}" — software rendering, so render and frame times are ` +
      "far above what a GPU gives; treat them as an upper bound and for comparing sizes. Times from navigation start. " +
      `The app (dist/) and a bare-sigma page (the same graph file, \`new Sigma(graph, container)\` with defaults, in a ` +
      `${app.mapSize.width} × ${app.mapSize.height} container like the app's map) load alternately in the same browser; ` +
      "ratios are app ÷ sigma per pair of runs. *Next frame*: the next animation frame; *drawn*: after a 1-pixel " +
      "readPixels of every WebGL canvas, which waits until software WebGL has really drawn. The year filter is the " +
      "app's slider against sigma's way (a node reducer and a full refresh).",
    "",
  );
  const graphs = [...(app.real ? [app.real] : []), ...app.synthetic];
  out.push("| graph | nodes / edges | file |", "|---|---:|---:|");
  for (const g of graphs) out.push(`| ${g.name} | ${g.nodes} / ${g.edges} | ${g.fileMb} MB |`);
  out.push(
    "",
    "| graph | page | fetched + parsed | imported | first frame | first frame drawn | JS heap after load | year filter: work | year filter → next frame | year filter → drawn | longest task after a filter change |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const g of graphs) out.push(...appRows(g));
  out.push(
    "",
    "Where the time to the first frame goes, stage by stage (median ms; a stage a page does not have is blank): " +
      "*fetch* to the file's last byte, *parse* JSON.parse, *validate* the shared schema's checks, *import* " +
      "Graph.import, *index* the app's lookups, filter table and state, *sigma* the renderer's constructor (its " +
      "first draw's JavaScript), *mount* the panel, filters, legend, search…, *to frame* until the next " +
      "animation frame, *draw* until software WebGL has drawn it.",
    "",
    `| graph | page | ${STAGES.map((s) => s.name).join(" | ")} |`,
    `|---|---|${STAGES.map(() => "---:").join("|")}|`,
  );
  for (const g of graphs)
    for (const [page, p] of [
      ["app", g.app],
      ["bare sigma", g.sigma],
    ] as const)
      out.push(
        `| ${g.name} | ${page} | ${STAGES.map((s) => (p.stagesMs?.[s.name] !== undefined ? p.stagesMs[s.name]!.median : "")).join(" | ")} |`,
      );
  out.push("", "| graph | app: render p50 / p95 (pan + zoom) | app: frame interval p50 / p95 |", "|---|---:|---:|");
  for (const g of graphs)
    out.push(
      `| ${g.name} | ${g.renderMs.p50} / ${g.renderMs.p95} ms | ${g.frameIntervalMs.p50} / ${g.frameIntervalMs.p95} ms |`,
    );
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
  out.push(
    "The graph file is the compact core the first frame needs; its details (titles, summaries, evidence…) stream in after it.",
    "",
    "| graph file | papers | size | gzipped | gzipped per 1,000 papers | details | details gzipped |",
    "|---|---:|---:|---:|---:|---:|---:|",
  );
  for (const g of size.graphs)
    out.push(
      `| ${g.name} | ${g.papers} | ${g.mb} MB | ${g.gzipMb} MB | ${g.gzipKbPer1000Papers} KB | ${g.detailsMb ?? "–"} MB | ${g.detailsGzipMb ?? "–"} MB |`,
    );
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
    ...(results.partDates && Object.keys(results.partDates).length
      ? [
          "Put together with `npm run bench -- --combine` from partial runs, each part measured on its own date: " +
            Object.entries(results.partDates)
              .map(([part, date]) => `${part} ${date}`)
              .join(", ") +
            ".",
          "",
        ]
      : []),
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
