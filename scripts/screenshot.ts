// `npm run screenshot`: the README's pictures. Builds the app with data/graph.json, opens it in
// Debian's Chromium with a paper selected through the URL (the same way a shared link does), and
// writes tests/screenshots/map-with-panel.png; then the explorer's views: the timeline
// (timeline.png) and the list view beside a search (list-and-search.png).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

import type { Page } from "playwright-core";

import { INSTALL_HINT, findChrome, launchChrome } from "./chrome";
import { startStaticServer } from "./static-server";

const GRAPH = resolve("data/graph.json");
const DIST = resolve("tests/output/screenshot-dist");
const OUT = resolve("tests/screenshots/map-with-panel.png");
/** GPT-4's technical report: a paper with lineage both ways, in both lists. */
const SELECTED = process.env.SCREENSHOT_SELECTED ?? "arxiv:2303.08774";
const VIEWPORT = { width: 1280, height: 800 };

/** The explorer's pictures: a link to open, then what to do before the picture is taken. */
const EXPLORER_SHOTS: { file: string; search: string; act?: (page: Page) => Promise<void> }[] = [
  { file: "tests/screenshots/timeline.png", search: "?view=timeline" },
  {
    file: "tests/screenshots/list-and-search.png",
    search: "?selected=arxiv:2302.13971",
    act: async (page) => {
      await page.locator(".legend summary").click(); // folded, so the map shows between list and panel
      await page.locator("#list-toggle").click();
      await page.locator("#search-input").fill("llama");
      await page.waitForFunction(() => /result/.test(document.querySelector(".search-status")?.textContent ?? ""));
    },
  },
];

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

  const server = await startStaticServer({ root: DIST, defaultGraph: GRAPH, graphsDir: dirname(GRAPH) });
  const browser = await launchChrome(chrome);
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: "reduce", deviceScaleFactor: 1 });
    await page.goto(`${server.url}/?selected=${SELECTED}`);
    await page.waitForFunction(
      () => window.__readingGraph !== undefined || document.body.classList.contains("has-error"),
    );
    if (await page.evaluate(() => window.__readingGraph === undefined)) throw new Error("the app showed an error");
    // Let the camera settle on the selection and sigma draw its frame.
    await page.waitForFunction(() => !window.__readingGraph!.renderer.getCamera().isAnimated());
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    mkdirSync(dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`screenshot: wrote ${OUT}`);

    for (const shot of EXPLORER_SHOTS) {
      const next = await browser.newPage({ viewport: VIEWPORT, reducedMotion: "reduce", deviceScaleFactor: 1 });
      await next.goto(`${server.url}/${shot.search}`);
      await next.waitForFunction(() => window.__readingGraph !== undefined);
      await settle(next);
      await shot.act?.(next);
      await settle(next);
      const out = resolve(shot.file);
      await next.screenshot({ path: out });
      console.log(`screenshot: wrote ${out}`);
      await next.close();
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
