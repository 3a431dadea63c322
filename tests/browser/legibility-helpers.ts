// Checks for "nothing hidden behind the app's own boxes": where the floating boxes are, which
// drawn nodes and labels fall under one of them (or off the map), and the top bar's controls.
import type { Page } from "playwright-core";

import { cameraSettled } from "./explore-helpers";

/** The app's boxes over the map (the same list the app keeps clear, see src/main.ts). */
export const MAP_BOXES = ["#legend", "#filters", "#panel", "#map-controls", "#key-hint", "#lineage-bar", "#notices"];

export interface Rect {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Nodes among `keys` that are drawn with their centre under one of the boxes or off the map, and
 * drawn labels that overlap a box or leave the map: each as "label: why". Empty when all is clear.
 */
export function hiddenByBoxes(page: Page, keys: readonly string[]): Promise<{ nodes: string[]; labels: string[] }> {
  return page.evaluate(
    ([selectors, nodes]) => {
      const { renderer, graph, drawnLabels } = window.__readingGraph!;
      const map = document.getElementById("map")!.getBoundingClientRect();
      const boxes = selectors.flatMap((selector) => {
        const e = document.querySelector<HTMLElement>(selector);
        if (!e || e.hidden || e.getClientRects().length === 0) return [];
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return [];
        return [
          {
            name: selector,
            left: r.left - map.left,
            top: r.top - map.top,
            right: r.right - map.left,
            bottom: r.bottom - map.top,
          },
        ];
      });
      const name = (k: string) => String(graph.getNodeAttribute(k, "label"));
      const nodeProblems: string[] = [];
      for (const key of nodes) {
        const data = renderer.getNodeDisplayData(key);
        if (!data || data.hidden) continue;
        const p = renderer.framedGraphToViewport(data);
        if (p.x < 0 || p.y < 0 || p.x > map.width || p.y > map.height) nodeProblems.push(`${name(key)}: off the map`);
        for (const b of boxes)
          if (p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom)
            nodeProblems.push(`${name(key)}: under ${b.name}`);
      }
      const labelProblems: string[] = [];
      for (const [key, l] of drawnLabels()) {
        if (l.x1 < 0 || l.y1 < 0 || l.x2 > map.width || l.y2 > map.height) labelProblems.push(`${name(key)}: cut`);
        for (const b of boxes)
          if (l.x1 < b.right && b.left < l.x2 && l.y1 < b.bottom && b.top < l.y2)
            labelProblems.push(`${name(key)}: under ${b.name}`);
      }
      return { nodes: nodeProblems, labels: labelProblems };
    },
    [MAP_BOXES, keys] as const,
  );
}

/** A paper and the papers it is linked to by lineage (either way). */
export function withLineage(page: Page, key: string): Promise<string[]> {
  return page.evaluate((k) => {
    const { graph } = window.__readingGraph!;
    const out = new Set([k]);
    graph.forEachEdge(k, (_e, a, s, t) => {
      if (a.kind === "lineage") out.add(s === k ? t : s);
    });
    return [...out];
  }, key);
}

/** The top bar's controls, with their boxes in page pixels. */
export function topBarControls(page: Page): Promise<Rect[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".topbar h1, .topbar .subtitle, .topbar button, .topbar input")]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().width > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return {
          name: e.id || e.textContent?.trim() || e.tagName,
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
        };
      }),
  );
}

export const overlap = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/**
 * Waits for the camera to rest and sigma to draw what the page shows now. No forced refresh: the
 * app itself must redraw when a box appears or moves.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await cameraSettled(page);
}
