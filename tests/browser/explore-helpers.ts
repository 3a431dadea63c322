// Helpers for the explorer's browser tests (search, sections, timeline, list, keyboard).
import type { Page } from "playwright-core";

import type { AppState } from "../../src/state";

export function appState(page: Page): Promise<AppState> {
  return page.evaluate(() => window.__readingGraph!.store.get());
}

export function dispatch(page: Page, patch: Partial<AppState>): Promise<void> {
  return page.evaluate((p) => window.__readingGraph!.store.dispatch((s) => ({ ...s, ...p })), patch);
}

/** Where a node is drawn now, in map pixels, and whether it is hidden. */
export function nodeOnScreen(page: Page, key: string): Promise<{ x: number; y: number; hidden: boolean }> {
  return page.evaluate((k) => {
    const { renderer, mapHides } = window.__readingGraph!;
    const data = renderer.getNodeDisplayData(k)!;
    const p = renderer.framedGraphToViewport(data);
    return { x: p.x, y: p.y, hidden: mapHides(k) };
  }, key);
}

/** Waits until the camera has stopped moving and its frame is on screen (src/map/present.ts). */
export async function cameraSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__readingGraph!.renderer.getCamera().isAnimated());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(() => !window.__readingGraph!.framesBusy(), null, { polling: "raf" });
}

/** Papers the map draws (not hidden). */
export function shownPapers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph, mapHides } = window.__readingGraph!;
    return graph.filterNodes((n, a) => a.kind === "paper" && !mapHides(n));
  });
}
