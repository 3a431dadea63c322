// `npm run screenshot`: the README's pictures. Builds the app with data/graph.json, opens it in
// Debian's Chromium with a view set through the URL (the same way a shared link does), and writes
// tests/screenshots/: map-with-panel.png (a paper selected), lineage-reading-order.png (a paper's
// lineage shown, the panel scrolled to its lineage and reading order), timeline.png, and
// list-and-search.png (the list view beside a search), regions.png (sections as regions),
// map-1024.png (a paper and its lineage framed clear of the boxes on a 1024 px screen), and
// suggestions.png: the synthetic suggestion list built online against the local test server
// (tests/fixtures/online/), never real data.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";

import type { Page } from "playwright-core";

import { buildSuggestionGraph } from "../tests/fixtures/online/suggestion-graph";
import { INSTALL_HINT, findChrome, launchChrome } from "./chrome";
import { startStaticServer } from "./static-server";

const GRAPH = resolve("data/graph.json");
const DIST = resolve("tests/output/screenshot-dist");
const OUT_DIR = resolve("tests/screenshots");
/** Graphs made for the pictures (the suggestions graph, built against the test server). */
const SHOT_GRAPHS = resolve("tests/output/screenshot-graphs");
/** LLaMA: its reference list cites 15 papers of the lists, and later papers of the lists build on it. */
const SELECTED = process.env.SCREENSHOT_SELECTED ?? "arxiv:2302.13971";
/** QLoRA: 18 citations from its reference list, through LLaMA and LoRA back to the Transformer. */
const LINEAGE = process.env.SCREENSHOT_LINEAGE ?? "arxiv:2305.14314";
const VIEWPORT = { width: 1280, height: 800 };

interface Shot {
  file: string;
  /** The window's size, when not VIEWPORT. */
  viewport?: { width: number; height: number };
  /** A graph of SHOT_GRAPHS instead of data/graph.json. */
  graph?: string;
  /** The link to open. */
  search: string;
  /** What to do before the picture is taken. */
  act?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { file: "map-with-panel.png", search: `?selected=${SELECTED}` },
  {
    file: "lineage-reading-order.png",
    search: `?selected=${LINEAGE}&lineage=${LINEAGE}`,
    act: (page) => page.evaluate(() => document.querySelector(".lineage-section")?.scrollIntoView({ block: "start" })),
  },
  { file: "timeline.png", search: "?view=timeline" },
  {
    file: "list-and-search.png",
    search: "?selected=arxiv:2302.13971",
    act: async (page) => {
      await page.locator(".legend summary").click(); // folded, so the map shows between list and panel
      await page.locator("#list-toggle").click();
      await page.locator("#search-input").fill("llama");
      await page.waitForFunction(() => /result/.test(document.querySelector(".search-status")?.textContent ?? ""));
    },
  },
  { file: "regions.png", search: "" },
  { file: "map-1024.png", viewport: { width: 1024, height: 768 }, search: "?selected=arxiv:1810.04805" },
  {
    file: "suggestions.png",
    graph: "suggestions",
    search: "?selected=arxiv:1901.00901&suggestions=1",
    act: async (page) => {
      await page.locator("#suggestions-open").click();
      await page.waitForSelector(".suggestion-row");
      await page.locator("#fit-all").click(); // the whole map: where each suggestion sits among its citers
    },
  },
];

/** Lets the camera settle and sigma draw its frame. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__readingGraph!.renderer.getCamera().isAnimated());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function main(): Promise<number> {
  const chrome = findChrome();
  if (!chrome) {
    console.error(`screenshot: Chromium not found; ${INSTALL_HINT}`);
    return 1;
  }
  if (!existsSync(GRAPH)) {
    console.error("screenshot: data/graph.json is missing; run `npm run build:data` first");
    return 1;
  }
  const built = spawnSync(
    process.execPath,
    [resolve("node_modules/vite/bin/vite.js"), "build", "--outDir", DIST, "--emptyOutDir", "--logLevel", "warn"],
    { stdio: "inherit", env: { ...process.env, GRAPH_FILE: GRAPH } },
  );
  if (built.status !== 0) return 1;

  mkdirSync(SHOT_GRAPHS, { recursive: true });
  const suggestions = await buildSuggestionGraph(
    resolve(SHOT_GRAPHS, "suggestions.json"),
    resolve(SHOT_GRAPHS, "suggestions-report.md"),
  );
  if (suggestions.code !== 0) {
    console.error(`screenshot: building the suggestions graph failed\n${suggestions.stderr}`);
    return 1;
  }
  const server = await startStaticServer({ root: DIST, defaultGraph: GRAPH, graphsDir: SHOT_GRAPHS });
  const browser = await launchChrome(chrome);
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    // SCREENSHOT_ONLY=suggestions.png (comma-separated) remakes only those pictures.
    const only = process.env.SCREENSHOT_ONLY?.split(",").filter(Boolean);
    for (const shot of SHOTS.filter((s) => !only?.length || only.includes(s.file))) {
      const viewport = shot.viewport ?? VIEWPORT;
      const page = await browser.newPage({ viewport, reducedMotion: "reduce", deviceScaleFactor: 1 });
      await page.goto(`${server.url}${shot.graph ? `/g/${shot.graph}` : ""}/${shot.search}`);
      await page.waitForFunction(
        () => window.__readingGraph?.detailsLoaded() === true || document.body.classList.contains("has-error"),
      );
      if (await page.evaluate(() => window.__readingGraph === undefined)) throw new Error("the app showed an error");
      await settle(page);
      if (shot.act) {
        await shot.act(page);
        await settle(page);
      }
      const out = resolve(OUT_DIR, shot.file);
      await page.screenshot({ path: out });
      await page.close();
      console.log(`screenshot: wrote ${out}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`screenshot failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
