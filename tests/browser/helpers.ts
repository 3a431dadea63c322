// Helpers for the browser suite: open the built app in Debian's Chromium, wait for the map, find a
// node on screen through the sigma instance the app exposes for tests (window.__readingGraph).
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";

import { launchChrome } from "../../scripts/chrome";

export const VIEWPORT = { width: 1280, height: 800 };
/** Zoom used when a test centres a node before clicking it, so no neighbour sits on top of it. */
export const CLICK_ZOOM_RATIO = 0.2;

export function openBrowser(): Promise<Browser> {
  return launchChrome(inject("chromePath"));
}

export interface AppPage {
  page: Page;
  /** Uncaught errors, console errors and CSP violations seen so far. */
  problems: string[];
}

export interface OpenOptions {
  /** Query string and hash after the page, e.g. "?selected=arxiv:1706.03762". */
  search?: string;
  /** Serve tests/output/graphs/NAME.json as the graph instead of the default (real) one. */
  graph?: string;
  /** Run before the app's scripts (e.g. to take WebGL away). */
  initScript?: () => void;
  /** Camera moves are instant under reduced motion, which keeps tests deterministic. */
  reducedMotion?: boolean;
  viewport?: { width: number; height: number };
  /** Device pixel ratio (the PNG export draws at it). */
  deviceScaleFactor?: number;
  /** Browser permissions, e.g. ["clipboard-read", "clipboard-write"] to read what a copy button copied. */
  permissions?: string[];
  /** Set up the page before it loads (e.g. hold a response with page.route). */
  beforeLoad?: (page: Page) => Promise<void>;
  /** "map": return once the map is up, without waiting for the details (default: the details too). */
  waitFor?: "map" | "details";
}

export function appUrl(options: Pick<OpenOptions, "search" | "graph"> = {}): string {
  return `${inject("baseUrl")}${options.graph ? `/g/${options.graph}` : ""}/${options.search ?? ""}`;
}

export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<AppPage> {
  const page = await browser.newPage({
    viewport: options.viewport ?? VIEWPORT,
    reducedMotion: options.reducedMotion === false ? "no-preference" : "reduce",
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.permissions ? { permissions: options.permissions } : {}),
    acceptDownloads: true,
  });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // Software WebGL reports "GPU stall due to ReadPixels" as a warning; only errors count.
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  if (options.initScript) await page.addInitScript(options.initScript);
  await options.beforeLoad?.(page);
  await page.goto(appUrl(options));
  // The map and, streamed after its first frame, the details the panel, search and list read.
  await page.waitForFunction(
    (details) =>
      (window.__readingGraph !== undefined && (!details || window.__readingGraph.detailsLoaded())) ||
      document.body.classList.contains("has-error"),
    options.waitFor !== "map",
  );
  return { page, problems };
}

/** Key of the paper with this arXiv ID in the page's graph. */
export async function paperKeyByArxiv(page: Page, arxivId: string): Promise<string> {
  const key = await page.evaluate((id) => {
    const { graph } = window.__readingGraph!;
    return graph.findNode((_node, attrs) => attrs.kind === "paper" && attrs.arxivId === id) ?? null;
  }, arxivId);
  if (!key) throw new Error(`No paper with arXiv ID ${arxivId} in the graph`);
  return key;
}

/** Centres the camera on a node, zoomed in, and returns its position on the page. */
export async function bringNodeIntoView(page: Page, key: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([node, ratio]) => {
      const { renderer } = window.__readingGraph!;
      const data = renderer.getNodeDisplayData(node);
      if (!data) throw new Error(`node ${node} is not displayed`);
      renderer.getCamera().setState({ x: data.x, y: data.y, ratio, angle: 0 });
      renderer.refresh();
      const view = renderer.framedGraphToViewport(data);
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + view.x, y: box.top + view.y };
    },
    [key, CLICK_ZOOM_RATIO] as const,
  );
  return point;
}

export async function cameraState(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  return page.evaluate(() => {
    const { x, y, ratio } = window.__readingGraph!.renderer.getCamera().getState();
    return { x, y, ratio };
  });
}

/**
 * How many pixels of a PNG differ from its most common colour (the background), and how many
 * distinct colours it has. Decoded in a blank page's 2D canvas, so no PNG library is needed.
 */
export async function pngStats(browser: Browser, png: Buffer): Promise<{ inked: number; colors: number }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
      }
      const background = Math.max(...counts.values());
      return { inked: data.length / 4 - background, colors: counts.size };
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}

/** The paper with the most lineage links (either direction): the richest panel to test. */
export async function mostLinkedPaper(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { graph } = window.__readingGraph!;
    let best = "";
    let most = -1;
    graph.forEachNode((node, attrs) => {
      if (attrs.kind !== "paper") return;
      const links = graph.filterEdges(node, (_e, a) => a.kind === "lineage").length;
      if (links > most) [best, most] = [node, links];
    });
    return best;
  });
}

/** Sigma reads two clicks within its doubleClickTimeout as a double click (which zooms). */
export async function waitOutDoubleClick(page: Page): Promise<void> {
  const timeout = await page.evaluate(() => window.__readingGraph!.renderer.getSetting("doubleClickTimeout"));
  await page.waitForTimeout(timeout + 50);
}
