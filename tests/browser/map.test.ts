// The map in a real browser: it draws, pans, zooms, fades on hover, and opens the panel on click.
import { join } from "node:path";

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { FADED_NODE_COLOR } from "../../src/map/reducers";
import {
  type AppPage,
  bringNodeIntoView,
  cameraState,
  mostLinkedPaper,
  openApp,
  openBrowser,
  paperKeyByArxiv,
  pngStats,
  waitOutDoubleClick,
} from "./helpers";
import { hiddenByBoxes, settled, withLineage } from "./legibility-helpers";
import { SCREENSHOTS_DIR } from "./paths";

/** "Attention Is All You Need": in both lists, with a summary and an extra link. */
const TRANSFORMER = "1706.03762";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the map", () => {
  let app: AppPage;
  /** Where the map opens: everything framed clear of the boxes, as ⤢ frames it. */
  let home: { x: number; y: number; ratio: number };
  beforeAll(async () => {
    app = await openApp(browser);
    home = await cameraState(app.page);
  });
  afterAll(async () => {
    await app.page.close();
  });

  it("draws the graph on a non-blank canvas", async () => {
    const { page } = app;
    const box = (await page.locator("#map").boundingBox())!;
    // The middle of the map, away from the floating legend, filter and zoom buttons.
    const clip = {
      x: box.x + box.width * 0.3,
      y: box.y + box.height * 0.1,
      width: box.width * 0.4,
      height: box.height * 0.6,
    };
    const png = await page.screenshot({ path: join(SCREENSHOTS_DIR, "map.png") });
    const stats = await pngStats(browser, await page.screenshot({ clip }));
    expect(png.length).toBeGreaterThan(0);
    expect(stats.colors).toBeGreaterThan(20);
    expect(stats.inked).toBeGreaterThan(clip.width * clip.height * 0.01);
    expect(app.problems).toEqual([]);
  });

  it("keeps edges drawn while the camera moves on a map of this size (hidden only on huge maps)", async () => {
    const settings = await app.page.evaluate(() => ({
      hideEdgesOnMove: window.__readingGraph!.renderer.getSetting("hideEdgesOnMove"),
      edges: window.__readingGraph!.graph.size,
    }));
    expect(settings.edges).toBeGreaterThan(0);
    expect(settings.hideEdgesOnMove).toBe(false);
  });

  it("labels the top-level sections and shows the paper count", async () => {
    const { page } = app;
    // A top-level section is named by its label, or by its region's name (which then replaces it).
    const named = await page.evaluate(() => [
      ...window.__readingGraph!.drawnLabels().keys(),
      ...window
        .__readingGraph!.drawnRegions()
        .filter((r) => r.name !== null)
        .map((r) => r.section),
    ]);
    const header = await page.evaluate(() =>
      window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "section" && a.depth === 1),
    );
    for (const top of header) expect(named).toContain(top);
    const total = await page.evaluate(
      () => window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper").length,
    );
    await expect.poll(() => page.locator("#paper-count").textContent()).toBe(`${total} of ${total} papers shown`);
  });

  it("labels more of what is on screen as you zoom in, and never overlaps two labels", async () => {
    const { page } = app;
    const census = (ratio: number) =>
      page.evaluate(async (r) => {
        const { renderer, graph, drawnLabels } = window.__readingGraph!;
        renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: r, angle: 0 });
        renderer.refresh();
        const { width, height } = renderer.getDimensions();
        const onScreen = graph.filterNodes((n) => {
          const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!);
          return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
        }).length;
        const boxes = [...drawnLabels().values()];
        let overlaps = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
          }
        return { labelled: boxes.length / onScreen, overlaps };
      }, ratio);
    const far = await census(1);
    const near = await census(0.3);
    expect(far.labelled).toBeGreaterThan(0);
    expect(near.labelled).toBeGreaterThan(far.labelled);
    expect(far.overlaps).toBe(0);
    expect(near.overlaps).toBe(0);
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(() => cameraState(page)).toEqual(home);
  });

  it("pans when the background is dragged", async () => {
    const { page } = app;
    const before = await cameraState(page);
    const box = (await page.locator("#map").boundingBox())!;
    const start = { x: box.x + box.width * 0.55, y: box.y + box.height * 0.5 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 160, start.y + 90, { steps: 12 });
    await page.mouse.up();
    const after = await cameraState(page);
    expect(after.x).toBeLessThan(before.x);
    expect(after.y).not.toBeCloseTo(before.y, 3);
    expect(after.ratio).toBeCloseTo(before.ratio, 6);
  });

  it("zooms with the buttons and the wheel, and fits all again", async () => {
    const { page } = app;
    const start = (await cameraState(page)).ratio;
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(start);
    const zoomedIn = (await cameraState(page)).ratio;
    const box = (await page.locator("#map").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await cameraState(page)).ratio).toBeGreaterThan(zoomedIn);
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(() => cameraState(page)).toEqual(home);
  });

  it("pans and zooms from the keyboard once the map has focus", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(() => cameraState(page)).toEqual(home);
    await page.locator("#map").focus();
    await page.keyboard.press("+");
    await expect.poll(async () => (await cameraState(page)).ratio).toBeLessThan(1);
    const zoomed = await cameraState(page);
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await cameraState(page)).x).toBeGreaterThan(zoomed.x);
    await page.keyboard.press("ArrowDown");
    await expect.poll(async () => (await cameraState(page)).y).not.toBeCloseTo(zoomed.y, 4);
    await page.keyboard.press("0");
    await expect.poll(() => cameraState(page)).toEqual(home);
  });

  it("keeps a hovered paper and its lineage neighbours bright and fades the rest", async () => {
    const { page } = app;
    const key = await mostLinkedPaper(page);
    const point = await bringNodeIntoView(page, key);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().hovered)).toBe(key);
    const colors = await page.evaluate((node) => {
      const { graph, renderer } = window.__readingGraph!;
      const neighbours = new Set<string>();
      graph.forEachEdge(node, (_e, attrs, s, t) => {
        if (attrs.kind === "lineage") neighbours.add(s === node ? t : s);
      });
      const stranger = graph.findNode((n, a) => a.kind === "paper" && n !== node && !neighbours.has(n))!;
      return {
        self: renderer.getNodeDisplayData(node)!.color,
        neighbours: [...neighbours].map((n) => renderer.getNodeDisplayData(n)!.color),
        stranger: renderer.getNodeDisplayData(stranger)!.color,
      };
    }, key);
    expect(colors.neighbours.length).toBeGreaterThan(0);
    expect(colors.self).not.toBe(FADED_NODE_COLOR);
    for (const color of colors.neighbours) expect(color).not.toBe(FADED_NODE_COLOR);
    expect(colors.stranger).toBe(FADED_NODE_COLOR);
    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().hovered)).toBeNull();
  });
});

describe("clicking a paper", () => {
  let app: AppPage;
  let key: string;
  beforeAll(async () => {
    app = await openApp(browser);
    key = await paperKeyByArxiv(app.page, TRANSFORMER);
  });
  afterAll(async () => {
    await app.page.close();
  });

  it("opens the panel with its title, date, summary, sections, links and lineage", async () => {
    const { page } = app;
    const point = await bringNodeIntoView(page, key);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator("#panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    const paper = await page.evaluate((node) => window.__readingGraph!.graph.getNodeAttributes(node), key);
    if (paper.kind !== "paper") throw new Error("not a paper");
    await expect.poll(() => panel.locator("h2").textContent()).toBe(paper.title);
    const text = (await panel.textContent())!;
    expect(text).toContain("June 2017");
    for (const summary of paper.summaries) expect(text).toContain(summary.text);
    for (const section of paper.sections) expect(text).toContain(section.path[section.path.length - 1]);
    const abs = panel.getByRole("link", { name: "arXiv abstract" });
    expect(await abs.getAttribute("href")).toBe(`https://arxiv.org/abs/${TRANSFORMER}`);
    expect(await abs.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await abs.getAttribute("target")).toBe("_blank");
    expect(await panel.getByRole("link", { name: "PDF" }).getAttribute("href")).toBe(
      `https://arxiv.org/pdf/${TRANSFORMER}`,
    );
    expect(text).toMatch(/Builds on \(\d+\)/);
    expect(text).toMatch(/Built on by \(\d+\)/);
    // Its citations, told from names: the kind in words, the reference list, the file's line, the entry.
    const llama = panel.locator(".lineage-list > li", { has: page.locator('[data-node="arxiv:2302.13971"]') });
    expect(await llama.locator(".evidence-kind").first().textContent()).toBe("cited");
    expect(await llama.textContent()).toMatch(
      /in the reference list of LLaMA \(arXiv:2302\.13971v1\) — data\/citations\/reference-lists\.tsv:\d+/,
    );
    expect(await llama.locator(".evidence-detail").textContent()).toContain("Attention is all you need");
    expect(await page.locator("#panel-title").evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, "panel.png") });
    expect(app.problems).toEqual([]);
  });

  it("moves the camera so the clicked paper and its lineage are clear of the panel and the other boxes", async () => {
    const { page } = app;
    await settled(page);
    expect((await hiddenByBoxes(page, await withLineage(page, key))).nodes).toEqual([]);
  });

  it("lists a paper's lineage with its evidence and selects a neighbour from it", async () => {
    const { page } = app;
    const linked = await mostLinkedPaper(page);
    await waitOutDoubleClick(page);
    const point = await bringNodeIntoView(page, linked);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().selected)).toBe(linked);
    const panel = page.locator("#panel");
    const first = panel.locator(".lineage-list > li").first();
    await expect.poll(() => first.locator(".evidence li").count()).toBeGreaterThan(0);
    const target = (await first.locator("button.node-link").getAttribute("data-node"))!;
    await first.locator("button.node-link").click();
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().selected)).toBe(target);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().selected)).toBe(linked);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().selected)).toBe(key);
  });

  it("opens a section from the panel", async () => {
    const { page } = app;
    const section = page.locator("#panel button.section-link").first();
    const id = (await section.getAttribute("data-node"))!;
    await section.click();
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().selected)).toBe(id);
    await expect.poll(() => page.locator("#panel .panel-kind").textContent()).toMatch(/^Section of /);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().selected)).toBe(key);
  });

  it("closes with Escape, giving focus back to the map, and with a click on the background", async () => {
    const { page } = app;
    await page.locator("#panel-title").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(false);
    expect(await page.evaluate(() => window.__readingGraph!.store.get().selected)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("map");

    await waitOutDoubleClick(page);
    const point = await bringNodeIntoView(page, key);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    // Look far outside the graph's extent, where nothing is drawn, and click the middle.
    const empty = await page.evaluate(() => {
      const { renderer } = window.__readingGraph!;
      renderer.getCamera().setState({ x: 5, y: 5, ratio: 1, angle: 0 });
      renderer.refresh();
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + box.width * 0.3, y: box.top + box.height * 0.5 };
    });
    await waitOutDoubleClick(page);
    await page.mouse.click(empty.x, empty.y);
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(false);
  });
});
