// Filters on the GPU, checked in a real browser: after a filter change the map draws nothing where
// a hidden paper is (its pixel is the background), the pointer cannot hover or click it, no label
// is drawn for it, and the arrow keys never reach it — on the real lists (drawn plain, as on
// software WebGL, and instanced, as on a GPU) and on a synthetic graph of 5,000 papers. Each check
// has a shown paper as its control, so the checks can fail.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { LARGE_5K_GRAPH } from "./global-setup";
import { type AppPage, CLICK_ZOOM_RATIO, openApp, openBrowser, waitOutDoubleClick } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Screen pixels a paper must be from any other shown node to be checked alone. */
const CLEARANCE_PX = 24;

/** The year the filter starts from: the median year of the papers, so about half are hidden. */
async function medianYear(page: Page): Promise<number> {
  return page.evaluate(() => {
    const years: number[] = [];
    window.__readingGraph!.graph.forEachNode((_n, a) => {
      if (a.kind === "paper" && a.year !== undefined) years.push(a.year);
    });
    return years.sort((a, b) => a - b)[Math.floor(years.length / 2)]!;
  });
}

async function setFromYear(page: Page, year: number): Promise<void> {
  const field = page.getByRole("textbox", { name: "From year" });
  await field.fill(String(year));
  await field.press("Enter");
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(() => !window.__readingGraph!.framesBusy(), null, { polling: "raf" });
}

/**
 * Papers, hidden or shown by the filter, that stand alone once the camera is centred on them (no
 * other shown node within CLEARANCE_PX), so what is under the pointer can only be them.
 */
async function lonePapers(page: Page, hidden: boolean, count: number, ratio: number): Promise<string[]> {
  return page.evaluate(
    ([wantHidden, n, clearance, r]) => {
      const { graph, renderer, mapHides } = window.__readingGraph!;
      const at = (node: string) => renderer.getNodeDisplayData(node)!;
      const shown = graph.filterNodes((node) => !mapHides(node)).map((node) => ({ node, ...at(node) }));
      // Framed-graph distance to screen pixels at that zoom (the mapping is a similarity).
      const camera = { x: 0.5, y: 0.5, ratio: r, angle: 0 };
      const a = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: camera });
      const b = renderer.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: camera });
      const limit = clearance / Math.hypot(b.x - a.x, b.y - a.y);
      const found: string[] = [];
      graph.forEachNode((paper, attrs) => {
        if (found.length >= n || attrs.kind !== "paper" || mapHides(paper) !== wantHidden) return;
        const p = at(paper);
        if (!shown.some((o) => o.node !== paper && Math.hypot(o.x - p.x, o.y - p.y) < limit)) found.push(paper);
      });
      return found;
    },
    [hidden, count, CLEARANCE_PX, ratio] as const,
  );
}

/**
 * Centres the camera on the paper (zoomed in), redraws straight to the canvas, and reads the nodes
 * layer's pixel under it in the same task as the draw (the drawing buffer is not kept once shown). Returns its alpha and
 * where the paper is on the page.
 */
async function inkUnder(page: Page, key: string): Promise<{ alpha: number; x: number; y: number }> {
  return page.evaluate(
    ([node, ratio]) => {
      const { renderer, drawNow } = window.__readingGraph!;
      const data = renderer.getNodeDisplayData(node)!;
      renderer.getCamera().setState({ x: data.x, y: data.y, ratio, angle: 0 });
      // Straight to the canvas, even where frames are drawn off screen first (src/map/present.ts).
      drawNow();
      const canvas = renderer.getCanvases().nodes!;
      const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl"))!;
      const p = renderer.framedGraphToViewport(data);
      const scale = canvas.width / canvas.clientWidth;
      const pixel = new Uint8Array(4);
      gl.readPixels(
        Math.round(p.x * scale),
        Math.round(canvas.height - p.y * scale),
        1,
        1,
        gl.RGBA,
        gl.UNSIGNED_BYTE,
        pixel,
      );
      const box = renderer.getContainer().getBoundingClientRect();
      return { alpha: pixel[3]!, x: box.left + p.x, y: box.top + p.y };
    },
    [key, CLICK_ZOOM_RATIO] as const,
  );
}

async function hoverAndClick(page: Page, point: { x: number; y: number }) {
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const hovered = await page.evaluate(() => window.__readingGraph!.store.get().hovered);
  await waitOutDoubleClick(page);
  await page.mouse.click(point.x, point.y);
  const selected = await page.evaluate(() => window.__readingGraph!.store.get().selected);
  await page.keyboard.press("Escape");
  await page.mouse.move(2, 2);
  return { hovered, selected };
}

function checksOn(name: string, open: () => Promise<AppPage>) {
  describe(`a filter on the GPU (${name})`, () => {
    let app: AppPage;
    beforeAll(async () => {
      app = await open();
      await setFromYear(app.page, await medianYear(app.page));
    });

    it("draws nothing where a hidden paper is, lets the pointer neither hover nor click it; a shown one all three", async () => {
      const { page } = app;
      const [hidden] = await lonePapers(page, true, 1, CLICK_ZOOM_RATIO);
      const [shown] = await lonePapers(page, false, 1, CLICK_ZOOM_RATIO);
      expect(hidden).toBeDefined();
      expect(shown).toBeDefined();
      const atHidden = await inkUnder(page, hidden!);
      expect(atHidden.alpha).toBe(0);
      const onHidden = await hoverAndClick(page, atHidden);
      expect(onHidden.hovered).not.toBe(hidden);
      expect(onHidden.selected).not.toBe(hidden);
      const atShown = await inkUnder(page, shown!);
      expect(atShown.alpha).toBeGreaterThan(0);
      expect(await hoverAndClick(page, atShown)).toEqual({ hovered: shown, selected: shown });
    });

    it("labels no hidden node, at any zoom, and labels shown ones", async () => {
      const { page } = app;
      for (const ratio of [1, 0.3, 0.08]) {
        const labels = await page.evaluate((r) => {
          const { renderer, drawnLabels, mapHides } = window.__readingGraph!;
          renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: r, angle: 0 });
          renderer.refresh();
          const keys = [...drawnLabels().keys()];
          return { total: keys.length, hidden: keys.filter((k) => mapHides(k)) };
        }, ratio);
        expect(labels.hidden, `ratio ${ratio}`).toEqual([]);
        expect(labels.total, `ratio ${ratio}`).toBeGreaterThan(0);
      }
    });

    it("never moves the keyboard's lineage steps to a hidden paper", async () => {
      const { page } = app;
      // A shown paper with a hidden lineage neighbour: the arrows must step over it.
      const start = await page.evaluate(() => {
        const { graph, mapHides } = window.__readingGraph!;
        return graph.findNode(
          (node, a) =>
            a.kind === "paper" &&
            !mapHides(node) &&
            graph.someNeighbor(node, (n, b) => b.kind === "paper" && mapHides(n)) &&
            graph.someNeighbor(node, (n, b) => b.kind === "paper" && !mapHides(n)),
        );
      });
      expect(start).toBeDefined();
      await page.evaluate((k) => window.__readingGraph!.store.dispatch((s) => ({ ...s, selected: k })), start!);
      await page.locator("#map").focus();
      const visited: string[] = [];
      for (const key of ["ArrowUp", "ArrowDown", "ArrowRight", "ArrowDown"]) {
        await page.keyboard.press(key);
        visited.push((await page.evaluate(() => window.__readingGraph!.store.get().selected))!);
      }
      const hidden = await page.evaluate((keys) => keys.filter((k) => window.__readingGraph!.mapHides(k)), visited);
      expect(hidden).toEqual([]);
      expect(new Set(visited).size).toBeGreaterThan(1);
      await page.keyboard.press("Escape");
    });

    it("raises no error", () => {
      expect(app.problems).toEqual([]);
    });
  });
}

checksOn("the real lists", () => openApp(browser));
// This machine's software WebGL draws plain (src/map/software-webgl.ts); a GPU draws instanced.
checksOn("the real lists, drawn instanced as on a GPU", () => openApp(browser, { search: "?draw=instanced" }));
checksOn("5,000 papers", () => openApp(browser, { graph: LARGE_5K_GRAPH }));
