// App benchmarks in headless Debian Chromium (software WebGL), side by side with bare sigma: for
// the real graph and synthetic graphs of about 1k, 10k, 50k and 100k nodes, the app (dist/) and a
// bare-sigma page (./bare-sigma: the same graph file, `new Sigma(graph, container)` with defaults)
// load alternately in the same browser, so every figure is also a ratio that holds on a noisy
// machine. Each moment is measured twice (./probe.ts): at the next animation frame, and once
// software WebGL has really drawn. Also: JS heap, a year-filter change (the app's slider against
// sigma's full refresh), the longest main-thread task after it, and frame times while panning.
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

import type { Browser, Page } from "playwright-core";

import { GRAPH_FORMAT, GRAPH_VERSION, detailsPathFor } from "../../src/model";
import { INSTALL_HINT, findChrome, launchChrome } from "../chrome";
import { startStaticServer } from "../static-server";
import { panAndZoom } from "./pan-zoom";
import {
  type FilterStep,
  LOAD_MARKS,
  appYearStep,
  bareYearStep,
  installProbe,
  longestTaskSince,
  readLoadMarks,
} from "./probe";
import { type Figure, percentile, round, summarise } from "./stats";

/** The app's mark once its details are in (src/main.ts). */
const DETAILS_MARK = "details-loaded";

/** One page's figures on one graph (medians over the runs, with min–max). */
export interface PageFigures {
  /** The app: navigation → details loaded (streamed after the first frame); absent for bare sigma. */
  detailsLoadedMs?: Figure;
  /** Navigation start → graph fetched and parsed (and validated, in the app) / imported / first frame. */
  loadedMs: Figure;
  importedMs: Figure;
  firstFrameMs: Figure;
  /** The same first frame, once software WebGL has drawn it. */
  firstFrameDrawnMs: Figure;
  heapMb: Figure;
  /** A year-filter change: the synchronous work, until the next frame, and until it is drawn. */
  yearFilterWorkMs: Figure;
  yearFilterMs: Figure;
  yearFilterDrawnMs: Figure;
  /** The longest main-thread task in the SETTLE_MS after each change (0: none over 50 ms). */
  longestTaskAfterFilterMs: Figure;
  /** Where the first frame's time goes: each stage from the previous mark the page set (see STAGES). */
  stagesMs: Record<string, Figure>;
}

/** The stages of a load, each ending at a mark; a page that does not set a mark skips that stage. */
export const STAGES: ReadonlyArray<{ name: string; mark: (typeof LOAD_MARKS)[number] }> = [
  { name: "fetch", mark: "graph-fetched" },
  { name: "parse", mark: "graph-parsed" },
  { name: "validate", mark: "graph-validated" },
  { name: "decode", mark: "graph-decoded" },
  { name: "import", mark: "graph-imported" },
  { name: "index", mark: "graph-indexed" },
  { name: "sigma", mark: "map-created" },
  { name: "mount", mark: "features-mounted" },
  { name: "to frame", mark: "map-first-frame" },
  { name: "draw", mark: "map-first-frame-drawn" },
];

/** App ÷ sigma, per pair of alternating runs. */
export interface Ratios {
  firstFrame: Figure;
  firstFrameDrawn: Figure;
  yearFilter: Figure;
  yearFilterDrawn: Figure;
  heap: Figure;
}

export interface GraphBench {
  name: string;
  nodes: number;
  edges: number;
  fileMb: number;
  app: PageFigures;
  sigma: PageFigures;
  ratios: Ratios;
  /** The app, per frame during a scripted mouse drag and wheel zoom: sigma's render time and the frame interval. */
  renderMs: { p50: number; p95: number; frames: number };
  frameIntervalMs: { p50: number; p95: number };
}

export interface AppBenchResult {
  chromium: string;
  webgl: string;
  /** The app's map size, which the bare page's container copies. */
  mapSize: { width: number; height: number };
  real?: GraphBench;
  synthetic: GraphBench[];
}

const TSX = join("node_modules", ".bin", "tsx");
const VITE = "node_modules/vite/bin/vite.js";
/** Synthetic lists make about 0.8 graph nodes an entry (papers after merging, plus sections). */
const NODES_PER_ENTRY = 0.8;
/** Filter changes per run and phase (watched for long tasks, then drained); the first of each is dropped. */
const FILTER_STEPS = 6;
/** How long after a filter change the bench watches for long main-thread tasks. */
const SETTLE_MS = 600;
const VIEWPORT = { width: 1280, height: 800 };
/** Enough of a graph file to read its format and version. */
const HEADER_BYTES = 200;

/** Whether a graph the bench built earlier is of this version, with its details beside it. */
function isCurrentGraph(path: string): boolean {
  if (!existsSync(path) || !existsSync(detailsPathFor(path))) return false;
  const fd = openSync(path, "r");
  const head = Buffer.alloc(HEADER_BYTES);
  readSync(fd, head, 0, HEADER_BYTES, 0);
  closeSync(fd);
  return new RegExp(`^\\{"header":\\{"format":"${GRAPH_FORMAT}","version":${GRAPH_VERSION},`).test(
    head.toString("utf8"),
  );
}

export function ensureSyntheticGraph(nodes: number, work: string, say: (t: string) => void): string {
  const entries = Math.round(nodes / NODES_PER_ENTRY);
  const list = join(work, `app-synthetic-${entries}.md`);
  const graph = join(work, "graphs", `synthetic-${nodes}.json`);
  if (isCurrentGraph(graph)) return graph;
  mkdirSync(join(work, "graphs"), { recursive: true });
  say(`app: building a synthetic graph of ~${nodes} nodes (${entries} entries)`);
  if (!existsSync(list))
    execFileSync(TSX, ["scripts/generate-synthetic-list.ts", "--entries", String(entries), "--out", list]);
  execFileSync(TSX, ["scripts/build-graph.ts", "--quiet", "--input", list, "--out", graph, "--report", `${graph}.md`], {
    stdio: "inherit",
  });
  return graph;
}

function viteBuild(root: string | null, outDir: string): void {
  const args = [VITE, "build", ...(root ? [root, "--base", "./"] : []), "--outDir", outDir, "--emptyOutDir"];
  execFileSync(process.execPath, [...args, "--logLevel", "warn"], { stdio: "inherit" });
}

/**
 * A new page with the probe installed. Functions passed to the page carry esbuild's `__name(...)`
 * calls (tsx keeps names), so the page needs that helper defined first.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  await page.addInitScript(installProbe);
  return page;
}

export async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load", timeout: 600_000 });
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("map-first-frame-drawn").length > 0 || document.body.classList.contains("has-error"),
    null,
    { timeout: 600_000 },
  );
  if (await page.evaluate(() => document.body.classList.contains("has-error")))
    throw new Error(`bench: the app showed an error for ${url}`);
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
  await session.detach();
  return usedSize / 1024 / 1024;
}

interface RunSamples {
  loaded: number;
  /** The app: navigation → its details merged and the features reading them mounted. */
  details: number;
  imported: number;
  firstFrame: number;
  drawn: number;
  heap: number;
  /** Each stage's own time. */
  stages: Record<string, number>;
  /** Changes watched for SETTLE_MS (next frame, work, longest task after). */
  watched: Array<FilterStep & { longestTask: number }>;
  /** Changes drained (until drawn). */
  drained: Array<FilterStep & { drawn: number }>;
}

/**
 * One load of one page, then its filter changes: first each followed by SETTLE_MS of watching for
 * long tasks, then each drained (the drain itself blocks the main thread, so it is kept apart).
 */
async function measureRun(page: Page, url: string, step: typeof appYearStep): Promise<RunSamples> {
  await openMap(page, url);
  // The app streams the graph's details in after its first frame; the filter is measured once they
  // are in, with everything mounted (the bare page has no details).
  await page.waitForFunction(() => window.__readingGraph?.detailsLoaded() !== false, null, { timeout: 600_000 });
  const marks = await page.evaluate(readLoadMarks, [...LOAD_MARKS, DETAILS_MARK]);
  const heap = await heapMb(page);
  const watched: RunSamples["watched"] = [];
  const drained: RunSamples["drained"] = [];
  for (let i = 0; i < FILTER_STEPS; i++) {
    const change = await page.evaluate(step, [i, false] as [number, boolean]);
    await page.waitForTimeout(SETTLE_MS);
    const longestTask = await page.evaluate(longestTaskSince, change.start);
    if (i > 0) watched.push({ ...change, longestTask });
  }
  for (let i = 0; i < FILTER_STEPS; i++) {
    const change = await page.evaluate(step, [FILTER_STEPS + i, true] as [number, boolean]);
    if (i > 0) drained.push({ ...change, drawn: change.drawn ?? NaN });
  }
  return {
    loaded: marks["graph-loaded"] ?? NaN,
    details: marks[DETAILS_MARK] ?? NaN,
    imported: marks["graph-imported"] ?? NaN,
    firstFrame: marks["map-first-frame"] ?? NaN,
    drawn: marks["map-first-frame-drawn"] ?? NaN,
    heap,
    stages: stageTimes(marks),
    watched,
    drained,
  };
}

function stageTimes(marks: Record<string, number>): Record<string, number> {
  const stages: Record<string, number> = {};
  let previous = 0;
  for (const { name, mark } of STAGES) {
    const at = marks[mark];
    if (at === undefined) continue;
    stages[name] = at - previous;
    previous = at;
  }
  return stages;
}

const median = (values: number[]) => summarise(values).median;

function pageFigures(runs: RunSamples[]): PageFigures {
  const steps = runs.flatMap((r) => r.watched);
  const drained = runs.flatMap((r) => r.drained);
  return {
    loadedMs: summarise(runs.map((r) => r.loaded)),
    ...(runs.every((r) => Number.isFinite(r.details))
      ? { detailsLoadedMs: summarise(runs.map((r) => r.details)) }
      : {}),
    importedMs: summarise(runs.map((r) => r.imported)),
    firstFrameMs: summarise(runs.map((r) => r.firstFrame)),
    firstFrameDrawnMs: summarise(runs.map((r) => r.drawn)),
    heapMb: summarise(runs.map((r) => r.heap)),
    yearFilterWorkMs: summarise(steps.map((s) => s.work)),
    yearFilterMs: summarise(steps.map((s) => s.toFrame)),
    yearFilterDrawnMs: summarise(drained.map((s) => s.drawn)),
    longestTaskAfterFilterMs: summarise(steps.map((s) => s.longestTask)),
    stagesMs: Object.fromEntries(
      STAGES.filter(({ name }) => runs.every((r) => name in r.stages)).map(({ name }) => [
        name,
        summarise(runs.map((r) => r.stages[name]!)),
      ]),
    ),
  };
}

/** Ratios of paired runs (run i of the app against run i of sigma, loaded one after the other). */
function ratios(app: RunSamples[], sigma: RunSamples[]): Ratios {
  const pair = (value: (r: RunSamples) => number) => summarise(app.map((a, i) => value(a) / value(sigma[i]!)));
  return {
    firstFrame: pair((r) => r.firstFrame),
    firstFrameDrawn: pair((r) => r.drawn),
    yearFilter: pair((r) => median(r.watched.map((s) => s.toFrame))),
    yearFilterDrawn: pair((r) => median(r.drained.map((s) => s.drawn))),
    heap: pair((r) => r.heap),
  };
}

async function benchGraph(
  browser: Browser,
  urls: { app: string; sigma: string },
  name: string,
  file: string,
  runs: number,
): Promise<GraphBench> {
  const app: RunSamples[] = [];
  const sigma: RunSamples[] = [];
  let size = { nodes: 0, edges: 0 };
  let frames = { render: [] as number[], intervals: [] as number[] };
  for (let run = 0; run <= runs; run++) {
    // Alternate which page goes first, so a slow spell of the machine falls on both alike.
    const order = run % 2 === 0 ? (["app", "sigma"] as const) : (["sigma", "app"] as const);
    for (const which of order) {
      const page = await newPage(browser);
      const samples = await measureRun(page, urls[which], which === "app" ? appYearStep : bareYearStep);
      if (which === "app" && run === 1) {
        size = await page.evaluate(() => ({
          nodes: window.__readingGraph!.graph.order,
          edges: window.__readingGraph!.graph.size,
        }));
        // Fewer steps on the largest graphs: each software-rendered frame there takes seconds.
        frames = await panAndZoom(page, size.nodes >= 50_000 ? 20 : 60);
      }
      await page.close();
      // The first run of each page warms the disk cache and the JIT; its figures are dropped.
      if (run > 0) (which === "app" ? app : sigma).push(samples);
    }
  }
  return {
    name,
    ...size,
    fileMb: round(statSync(file).size / 1024 / 1024),
    app: pageFigures(app),
    sigma: pageFigures(sigma),
    ratios: ratios(app, sigma),
    renderMs: { p50: percentile(frames.render, 50), p95: percentile(frames.render, 95), frames: frames.render.length },
    frameIntervalMs: { p50: percentile(frames.intervals, 50), p95: percentile(frames.intervals, 95) },
  };
}

export async function benchApp(options: {
  runs: number;
  nodes: number[];
  work: string;
  say: (text: string) => void;
}): Promise<AppBenchResult> {
  const { runs, nodes, work, say } = options;
  const chrome = findChrome();
  if (!chrome) throw new Error(`bench: Chromium not found; ${INSTALL_HINT}`);
  const real = resolve("data/graph.json");
  if (!existsSync(real)) execFileSync(TSX, ["scripts/build-graph.ts", "--quiet"], { stdio: "inherit" });
  const dist = resolve(work, "dist");
  const bare = resolve(work, "bare-sigma");
  say("app: building the app and the bare-sigma page (vite build)");
  viteBuild(null, dist);
  viteBuild("scripts/bench/bare-sigma", bare);
  const graphs = nodes.map((n) => ({ name: `synthetic ${n}`, file: ensureSyntheticGraph(n, work, say), n }));
  const server = await startStaticServer({
    root: dist,
    defaultGraph: real,
    graphsDir: resolve(work, "graphs"),
    mounts: { "/bare/": bare },
  });
  const browser = await launchChrome(chrome);
  try {
    const page = await newPage(browser);
    await openMap(page, server.url);
    const { webgl, mapSize } = await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      const info = gl?.getExtension("WEBGL_debug_renderer_info");
      const box = document.getElementById("map")!.getBoundingClientRect();
      return {
        webgl: info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "unknown",
        mapSize: { width: Math.round(box.width), height: Math.round(box.height) },
      };
    });
    await page.close();
    const urls = (slot: string) => ({
      app: `${server.url}${slot}/`,
      sigma: `${server.url}${slot}/bare/?w=${mapSize.width}&h=${mapSize.height}`,
    });
    say(`app: real graph, app and bare sigma alternately (1 warm-up + ${runs} runs each)`);
    const result: AppBenchResult = {
      chromium: `Chromium ${browser.version()}`,
      webgl,
      mapSize,
      real: await benchGraph(browser, urls(""), "real lists", real, runs),
      synthetic: [],
    };
    for (const graph of graphs) {
      say(`app: ${graph.name}, app and bare sigma alternately (1 warm-up + ${runs} runs each)`);
      result.synthetic.push(await benchGraph(browser, urls(`/g/synthetic-${graph.n}`), graph.name, graph.file, runs));
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
