// What sections as regions and year playback cost, in headless Chromium, on the real graph and a
// synthetic graph of about 10k nodes: building the regions once at load, a year-filter change
// reaching the screen with the regions on and off, sigma's render time per frame while the camera
// pans, on and off, and a playback tick (the playhead a month on) reaching the screen, beside a
// year-filter change. On and off alternate in one page (same graph, same camera path), so the
// ratios are what to read.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

import type { Page } from "playwright-core";

import { INSTALL_HINT, findChrome, launchChrome } from "../chrome";
import { startStaticServer } from "../static-server";
import { ensureSyntheticGraph, newPage, openMap } from "./app-bench";
import { type Figure, percentile, round, summarise } from "./stats";

export interface RegionGraphBench {
  name: string;
  nodes: number;
  /** Regions drawn at the start (top-level sections and their sub-sections with enough papers). */
  regions: number;
  /** Building the regions at load (clusters and hulls), once. */
  modelMs: Figure;
  /** A year-filter change through the store to the next frame, with the regions on and off. */
  filterOnMs: Figure;
  filterOffMs: Figure;
  /** Sigma's render per frame (its canvases and the regions' layer) while the camera pans. */
  renderOnMs: { p50: number; p95: number };
  renderOffMs: { p50: number; p95: number };
  /** A playback tick (the playhead one month on, as the playback moves it) to the next frame, regions on. */
  playbackTickMs: Figure;
}

export interface RegionBenchResult {
  graphs: RegionGraphBench[];
}

const FILTER_STEPS = 6;
const PAN_MS = 1500;

async function setRegions(page: Page, on: boolean): Promise<void> {
  await page.evaluate(async (show) => {
    window.__readingGraph!.store.dispatch((s) => ({ ...s, showRegions: show }));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, on);
}

/** Year-filter changes to the next frame (the first of them dropped as a warm-up). */
async function filterChanges(page: Page): Promise<number[]> {
  return page.evaluate(async (steps) => {
    const { store } = window.__readingGraph!;
    const times: number[] = [];
    for (let i = 0; i <= steps; i++) {
      const start = performance.now();
      store.dispatch((s) => ({ ...s, yearRange: { from: i % 2 ? 2021 : 2019, to: null } }));
      await new Promise((done) => requestAnimationFrame(done));
      if (i > 0) times.push(performance.now() - start);
    }
    store.dispatch((s) => ({ ...s, yearRange: { from: null, to: null } }));
    await new Promise((done) => setTimeout(done, 400));
    return times;
  }, FILTER_STEPS);
}

/** Playback ticks to the next frame: the playhead a month on, dispatched as the playback does. */
async function playbackTicks(page: Page): Promise<number[]> {
  return page.evaluate(async (steps) => {
    const { store } = window.__readingGraph!;
    const times: number[] = [];
    const start = 2019 * 12;
    for (let i = 0; i <= steps; i++) {
      const t0 = performance.now();
      store.dispatch((s) => ({ ...s, playhead: start + i, playing: true }), { history: "none" });
      await new Promise((done) => requestAnimationFrame(done));
      if (i > 0) times.push(performance.now() - t0);
    }
    store.dispatch((s) => ({ ...s, playhead: null, playing: false }), { history: "none" });
    await new Promise((done) => setTimeout(done, 400));
    return times;
  }, FILTER_STEPS * 2);
}

/** Render durations while the camera pans across the map and back. */
async function panRenders(page: Page): Promise<number[]> {
  return page.evaluate(async (duration) => {
    const { renderer } = window.__readingGraph!;
    const camera = renderer.getCamera();
    const times: number[] = [];
    let started = 0;
    const before = () => (started = performance.now());
    const after = () => times.push(performance.now() - started);
    renderer.on("beforeRender", before);
    renderer.on("afterRender", after);
    const home = camera.getState();
    await camera.animate({ x: home.x + 0.15, y: home.y - 0.1, ratio: home.ratio * 0.6 }, { duration });
    await camera.animate(home, { duration });
    renderer.off("beforeRender", before);
    renderer.off("afterRender", after);
    return times;
  }, PAN_MS);
}

async function benchGraph(
  browser: Awaited<ReturnType<typeof launchChrome>>,
  url: string,
  name: string,
  runs: number,
): Promise<RegionGraphBench> {
  const model: number[] = [];
  const filter = { on: [] as number[], off: [] as number[] };
  const render = { on: [] as number[], off: [] as number[] };
  const ticks: number[] = [];
  let nodes = 0;
  let regions = 0;
  for (let run = 0; run <= runs; run++) {
    const page = await newPage(browser);
    await openMap(page, url);
    const measured = await page.evaluate(() => performance.getEntriesByName("regions-model")[0]?.duration ?? NaN);
    if (run === 0) {
      nodes = await page.evaluate(() => window.__readingGraph!.graph.order);
      regions = await page.evaluate(() => window.__readingGraph!.drawnRegions().length);
      await page.close();
      continue; // warm-up
    }
    model.push(measured);
    // Alternate which goes first, so neither always meets a warmer page.
    for (const on of run % 2 ? [true, false] : [false, true]) {
      await setRegions(page, on);
      filter[on ? "on" : "off"].push(...(await filterChanges(page)));
      render[on ? "on" : "off"].push(...(await panRenders(page)));
      if (on) ticks.push(...(await playbackTicks(page)));
    }
    await page.close();
  }
  return {
    name,
    nodes,
    regions,
    modelMs: summarise(model),
    filterOnMs: summarise(filter.on),
    filterOffMs: summarise(filter.off),
    renderOnMs: { p50: percentile(render.on, 50), p95: percentile(render.on, 95) },
    renderOffMs: { p50: percentile(render.off, 50), p95: percentile(render.off, 95) },
    playbackTickMs: summarise(ticks),
  };
}

export async function benchRegions(options: {
  runs: number;
  nodes: number[];
  work: string;
  say: (text: string) => void;
}): Promise<RegionBenchResult> {
  const { runs, work, say } = options;
  const chrome = findChrome();
  if (!chrome) throw new Error(`bench: Chromium not found; ${INSTALL_HINT}`);
  const real = resolve("data/graph.json");
  const dist = resolve(work, "dist");
  say("regions: building the app (vite build)");
  execFileSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"],
    { stdio: "inherit" },
  );
  for (const n of options.nodes) ensureSyntheticGraph(n, work, say);
  const server = await startStaticServer({ root: dist, defaultGraph: real, graphsDir: resolve(work, "graphs") });
  const browser = await launchChrome(chrome);
  try {
    const graphs: RegionGraphBench[] = [];
    say(`regions: real graph (1 warm-up + ${runs} runs)`);
    graphs.push(await benchGraph(browser, `${server.url}/`, "real lists", runs));
    for (const n of options.nodes) {
      say(`regions: synthetic ${n} (1 warm-up + ${runs} runs)`);
      graphs.push(await benchGraph(browser, `${server.url}/g/synthetic-${n}/`, `synthetic ${n}`, runs));
    }
    return { graphs };
  } finally {
    await browser.close();
    await server.close();
  }
}

const fig = (f: Figure) => `${f.median} ms (${f.min}–${f.max})`;
const times = (a: number, b: number) => (b > 0 ? `×${round(a / b)}` : "–");

export function renderRegionResults(r: RegionBenchResult): string {
  const out = [
    "",
    "## Sections as regions and year playback (headless Chromium, software WebGL; on and off alternate in one page)",
    "",
    "| graph | nodes | regions | built at load | year filter to frame, regions on / off | render per frame while panning (p50, p95), on / off | playback tick to frame (regions on) |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const g of r.graphs)
    out.push(
      `| ${g.name} | ${g.nodes} | ${g.regions} | ${fig(g.modelMs)} | ${fig(g.filterOnMs)} / ${fig(g.filterOffMs)} (${times(g.filterOnMs.median, g.filterOffMs.median)}) | ` +
        `${g.renderOnMs.p50}, ${g.renderOnMs.p95} / ${g.renderOffMs.p50}, ${g.renderOffMs.p95} ms (${times(g.renderOnMs.p50, g.renderOffMs.p50)}) | ` +
        `${fig(g.playbackTickMs)} (${times(g.playbackTickMs.median, g.filterOnMs.median)} a filter change) |`,
    );
  out.push("");
  return out.join("\n");
}
