// App benchmarks in headless Debian Chromium (software WebGL): for the real graph and synthetic
// graphs of about 1k, 10k, 50k and 100k nodes — navigation to first frame, JS heap after load,
// a year-filter change to the screen, and frame times during a scripted pan and zoom.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

import type { Browser, Page } from "playwright-core";

import { INSTALL_HINT, findChrome, launchChrome } from "../chrome";
import { startStaticServer } from "../static-server";
import { type Figure, percentile, round, summarise } from "./stats";

export interface GraphBench {
  name: string;
  nodes: number;
  edges: number;
  fileMb: number;
  /** Navigation start → graph fetched and validated / imported / first frame shown. */
  loadedMs: Figure;
  importedMs: Figure;
  firstFrameMs: Figure;
  heapMb: Figure;
  /** A year-range change through the slider: the app's synchronous work, and until the next frame. */
  yearFilterWorkMs: Figure;
  yearFilterMs: Figure;
  /** Per frame during a scripted mouse drag and wheel zoom: sigma's render time and the frame interval. */
  renderMs: { p50: number; p95: number; frames: number };
  frameIntervalMs: { p50: number; p95: number };
}

export interface AppBenchResult {
  chromium: string;
  webgl: string;
  real?: GraphBench;
  synthetic: GraphBench[];
}

const TSX = join("node_modules", ".bin", "tsx");
/** Synthetic lists make about 0.8 graph nodes an entry (papers after merging, plus sections). */
const NODES_PER_ENTRY = 0.8;

export function ensureSyntheticGraph(nodes: number, work: string, say: (t: string) => void): string {
  const entries = Math.round(nodes / NODES_PER_ENTRY);
  const list = join(work, `app-synthetic-${entries}.md`);
  const graph = join(work, "graphs", `synthetic-${nodes}.json`);
  if (existsSync(graph)) return graph;
  mkdirSync(join(work, "graphs"), { recursive: true });
  say(`app: building a synthetic graph of ~${nodes} nodes (${entries} entries)`);
  if (!existsSync(list))
    execFileSync(TSX, ["scripts/generate-synthetic-list.ts", "--entries", String(entries), "--out", list]);
  execFileSync(TSX, ["scripts/build-graph.ts", "--quiet", "--input", list, "--out", graph, "--report", `${graph}.md`], {
    stdio: "inherit",
  });
  return graph;
}

/**
 * A new page that tolerates tsx's output: functions passed to page.evaluate carry esbuild's
 * `__name(...)` calls (keepNames), so the page needs that helper defined.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  return page;
}

export async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load", timeout: 600_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName("map-first-frame").length > 0 || document.body.classList.contains("has-error"),
    null,
    {
      timeout: 600_000,
    },
  );
  if (await page.evaluate(() => document.body.classList.contains("has-error")))
    throw new Error(`bench: the app showed an error for ${url}`);
}

async function loadTimes(page: Page) {
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return { loaded: at("graph-loaded"), imported: at("graph-imported"), firstFrame: at("map-first-frame") };
  });
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Moves the slider's lower handle one year through its input event, as a drag does. */
async function yearFilterChange(page: Page, step: number): Promise<{ work: number; toFrame: number }> {
  return page.evaluate(async (offset) => {
    const input = document.querySelector<HTMLInputElement>("input.range-input")!;
    const min = Number(input.min);
    const max = Number(input.max);
    input.value = String(Math.min(max, min + 1 + (offset % Math.max(1, max - min - 1))));
    const start = performance.now();
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const work = performance.now() - start;
    await new Promise((done) => requestAnimationFrame(done));
    return { work, toFrame: performance.now() - start };
  }, step);
}

/**
 * Drags the map and turns the wheel as a user does (so sigma's "camera moving" optimisations
 * apply), while the page records every animation frame's interval and sigma's render time.
 */
async function panAndZoom(page: Page, steps: number): Promise<{ render: number[]; intervals: number[] }> {
  await page.evaluate(() => {
    const { renderer } = window.__readingGraph!;
    const record = { render: [] as number[], intervals: [] as number[], running: true, started: 0 };
    (window as unknown as { __frames: typeof record }).__frames = record;
    renderer.on("beforeRender", () => (record.started = performance.now()));
    renderer.on("afterRender", () => record.render.push(performance.now() - record.started));
    let last = performance.now();
    const tick = (now: number) => {
      record.intervals.push(now - last);
      last = now;
      if (record.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await page.locator("#map").boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < steps; i++)
    await page.mouse.move(cx + 200 * Math.sin((i / steps) * Math.PI * 2), cy + 120 * Math.sin((i / steps) * Math.PI));
  await page.mouse.up();
  for (let i = 0; i < steps / 2; i++) await page.mouse.wheel(0, i < steps / 4 ? -120 : 120);
  return page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 300));
    const record = (window as unknown as { __frames: { render: number[]; intervals: number[]; running: boolean } })
      .__frames;
    record.running = false;
    return { render: record.render, intervals: record.intervals.slice(1) };
  });
}

async function benchGraph(
  browser: Browser,
  url: string,
  name: string,
  file: string,
  runs: number,
): Promise<GraphBench> {
  const samples = {
    loaded: [] as number[],
    imported: [] as number[],
    firstFrame: [] as number[],
    heap: [] as number[],
  };
  const work: number[] = [];
  const toFrame: number[] = [];
  let render: number[] = [];
  let intervals: number[] = [];
  let size = { nodes: 0, edges: 0 };
  for (let run = 0; run <= runs; run++) {
    const page = await newPage(browser);
    await openMap(page, url);
    const times = await loadTimes(page);
    const heap = await heapMb(page);
    if (run === 0) {
      // warm-up: the disk cache, the JIT; its figures are dropped
      await page.close();
      continue;
    }
    samples.loaded.push(times.loaded);
    samples.imported.push(times.imported);
    samples.firstFrame.push(times.firstFrame);
    samples.heap.push(heap);
    for (let step = 0; step < 6; step++) {
      const change = await yearFilterChange(page, step);
      if (step > 0) {
        work.push(change.work);
        toFrame.push(change.toFrame);
      }
    }
    if (run === 1) {
      size = await page.evaluate(() => ({
        nodes: window.__readingGraph!.graph.order,
        edges: window.__readingGraph!.graph.size,
      }));
      // Fewer steps on the largest graphs: each software-rendered frame there takes seconds.
      const frames = await panAndZoom(page, size.nodes >= 50_000 ? 20 : 60);
      render = frames.render;
      intervals = frames.intervals;
    }
    await page.close();
  }
  return {
    name,
    ...size,
    fileMb: round(statSync(file).size / 1024 / 1024),
    loadedMs: summarise(samples.loaded),
    importedMs: summarise(samples.imported),
    firstFrameMs: summarise(samples.firstFrame),
    heapMb: summarise(samples.heap),
    yearFilterWorkMs: summarise(work),
    yearFilterMs: summarise(toFrame),
    renderMs: { p50: percentile(render, 50), p95: percentile(render, 95), frames: render.length },
    frameIntervalMs: { p50: percentile(intervals, 50), p95: percentile(intervals, 95) },
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
  say("app: building the app (vite build)");
  execFileSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"],
    {
      stdio: "inherit",
    },
  );
  const graphs = nodes.map((n) => ({ name: `synthetic ${n}`, file: ensureSyntheticGraph(n, work, say), n }));
  const server = await startStaticServer({ root: dist, defaultGraph: real, graphsDir: resolve(work, "graphs") });
  const browser = await launchChrome(chrome);
  try {
    const page = await newPage(browser);
    await openMap(page, server.url);
    const webgl = await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      const info = gl?.getExtension("WEBGL_debug_renderer_info");
      return info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "unknown";
    });
    await page.close();
    say(`app: real graph (1 warm-up + ${runs} runs)`);
    const result: AppBenchResult = {
      chromium: `Chromium ${browser.version()}`,
      webgl,
      real: await benchGraph(browser, `${server.url}/`, "real lists", real, runs),
      synthetic: [],
    };
    for (const graph of graphs) {
      const count = graph.n >= 50_000 ? Math.min(runs, 5) : runs;
      say(`app: ${graph.name} (1 warm-up + ${count} runs)`);
      result.synthetic.push(
        await benchGraph(browser, `${server.url}/g/synthetic-${graph.n}/`, graph.name, graph.file, count),
      );
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
