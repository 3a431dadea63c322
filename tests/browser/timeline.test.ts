// The timeline in a real browser: papers by date in section bands, an axis that follows the camera,
// an animated switch (instant under reduced motion), and filters, search and selection that work
// as on the map. The data graph is never written to.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appState, cameraSettled, dispatch, nodeOnScreen, shownPapers } from "./explore-helpers";
import { type AppPage, openApp, openBrowser, paperKeyByArxiv } from "./helpers";
import { hiddenByBoxes, settled, withLineage } from "./legibility-helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the renderer draws the timeline (a layout copy) rather than the data graph. */
const onTimeline = (page: Page) =>
  page.evaluate(() => window.__readingGraph!.renderer.getGraph() !== window.__readingGraph!.graph);
/** A node's drawn position in graph coordinates (the renderer's graph), after the last refresh. */
const drawnAt = (page: Page, key: string) =>
  page.evaluate((k) => {
    const { renderer } = window.__readingGraph!;
    const a = renderer.getGraph().getNodeAttributes(k);
    return { x: a.x, y: a.y };
  }, key);

function countGraphWrites(page: Page): Promise<void> {
  return page.evaluate(() => {
    const { graph } = window.__readingGraph!;
    const w = window as unknown as { __graphWrites: number };
    w.__graphWrites = 0;
    const names = ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped", "cleared", "edgesCleared"] as const;
    const attributes = ["attributesUpdated", "nodeAttributesUpdated", "edgeAttributesUpdated"] as const;
    for (const name of [...names, ...attributes]) graph.on(name, () => w.__graphWrites++);
  });
}

describe("the timeline", () => {
  let app: AppPage;
  let transformer: string;
  let gpt3: string;
  let gpt4: string;
  beforeAll(async () => {
    app = await openApp(browser);
    await countGraphWrites(app.page);
    transformer = await paperKeyByArxiv(app.page, "1706.03762");
    gpt3 = await paperKeyByArxiv(app.page, "2005.14165");
    gpt4 = await paperKeyByArxiv(app.page, "2303.08774");
  });

  it("lays papers out by date, left to right, in one band per top-level section", async () => {
    const { page } = app;
    const before = await nodeOnScreen(page, transformer);
    // Under reduced motion the switch is instant: the final positions are there right after the click.
    const rightAfterClick = await page.evaluate((k) => {
      document.getElementById("view-timeline")!.click();
      const a = window.__readingGraph!.renderer.getGraph().getNodeAttributes(k);
      return { x: a.x, y: a.y };
    }, transformer);
    expect(await page.getByRole("button", { name: "Timeline" }).getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page.url()).searchParams.get("view")).toBe("timeline");
    await expect.poll(() => onTimeline(page)).toBe(true);
    await cameraSettled(page);
    expect(await drawnAt(page, transformer)).toEqual(rightAfterClick);
    const [t, g3, g4] = await Promise.all([transformer, gpt3, gpt4].map((k) => drawnAt(page, k)));
    expect(t!.x).toBeLessThan(g3!.x);
    expect(g3!.x).toBeLessThan(g4!.x);
    // Each paper lies between the lines of its year (crowded years are wider, see src/timeline/scale.ts).
    const tickAt = (year: number) =>
      page.evaluate((y) => {
        const tick = [...document.querySelectorAll<HTMLElement>(".axis-tick")].find((t) => t.textContent === `${y}`)!;
        return new DOMMatrix(getComputedStyle(tick).transform).m41;
      }, year);
    for (const [key, year] of [
      [gpt3, 2020],
      [gpt4, 2023],
    ] as const) {
      const x = (await nodeOnScreen(page, key)).x;
      expect(x).toBeGreaterThan(await tickAt(year));
      expect(x).toBeLessThan(await tickAt(year + 1));
    }
    expect(await nodeOnScreen(page, transformer)).not.toEqual(before);
    // Every paper sits inside its top-level section's band: bands do not interleave.
    const bands = await page.evaluate(() => {
      const { graph, renderer } = window.__readingGraph!;
      const drawn = renderer.getGraph();
      const ranges = new Map<string, [number, number]>();
      graph.forEachNode((n, a) => {
        if (a.kind !== "paper") return;
        const y = drawn.getNodeAttribute(n, "y");
        const r = ranges.get(a.topSection) ?? [Infinity, -Infinity];
        ranges.set(a.topSection, [Math.min(r[0], y), Math.max(r[1], y)]);
      });
      return [...ranges.values()].sort((a, b) => b[1] - a[1]);
    });
    for (let i = 1; i < bands.length; i++) expect(bands[i]![1]).toBeLessThan(bands[i - 1]![0]);
  });

  it("draws year ticks that follow the camera", async () => {
    const { page } = app;
    const labels = page.locator(".timeline-axis.shown .axis-tick:not([hidden]) .axis-label");
    await expect.poll(() => labels.allTextContents()).toContain("2017");
    const tickX = () =>
      page.evaluate(() => {
        const tick = [...document.querySelectorAll<HTMLElement>(".axis-tick")].find(
          (t) => t.textContent === "2017" && !t.hidden,
        )!;
        return new DOMMatrix(getComputedStyle(tick).transform).m41;
      });
    const at = await nodeOnScreen(page, transformer);
    const tick2017 = await tickX();
    expect(tick2017).toBeLessThan(at.x); // June 2017 is after the start of 2017
    await page.locator("#map").focus();
    await page.keyboard.press("Shift+ArrowRight");
    await cameraSettled(page);
    expect(await tickX()).not.toBeCloseTo(tick2017, 0);
  });

  it("filters by section and year exactly as the map does", async () => {
    const { page } = app;
    await dispatch(page, { hiddenSections: ["section:agi-papers/agi-papers"], yearRange: { from: 2019, to: null } });
    const shown = await shownPapers(page);
    const expected = await page.evaluate(() =>
      window.__readingGraph!.graph.filterNodes(
        (_n, a) =>
          a.kind === "paper" &&
          (a.year === undefined || a.year >= 2019) &&
          a.sections.some((s) => s.id !== "section:agi-papers/agi-papers"),
      ),
    );
    expect(shown.sort()).toEqual(expected.sort());
    await dispatch(page, { hiddenSections: [], yearRange: { from: null, to: null } });
  });

  it("finds, selects and centres a paper from the search box", async () => {
    const { page } = app;
    await page.getByRole("combobox", { name: "Search papers and sections" }).fill("gpt-4");
    await expect.poll(() => page.locator(".search-status").textContent()).toMatch(/result/);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await appState(page)).selected).toBe(gpt4);
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    await settled(page);
    expect((await hiddenByBoxes(page, await withLineage(page, gpt4))).nodes).toEqual([]);
  });

  it("steps between the layouts with Back and Forward", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Map" }).click();
    await expect.poll(() => onTimeline(page)).toBe(false);
    await page.goBack();
    await expect.poll(async () => (await appState(page)).view).toBe("timeline");
    await expect.poll(() => onTimeline(page)).toBe(true);
    await page.goForward();
    await expect.poll(async () => (await appState(page)).view).toBe("map");
    await expect.poll(() => onTimeline(page)).toBe(false);
  });

  it("goes back to the map's own positions and never writes to the data graph", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Map" }).click();
    await expect.poll(() => onTimeline(page)).toBe(false);
    const pos = await page.evaluate((k) => {
      const { graph, renderer } = window.__readingGraph!;
      return { drawn: renderer.getGraph().getNodeAttributes(k), file: graph.getNodeAttributes(k) };
    }, transformer);
    expect({ x: pos.drawn.x, y: pos.drawn.y }).toEqual({ x: pos.file.x, y: pos.file.y });
    expect(new URL(page.url()).searchParams.get("view")).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __graphWrites: number }).__graphWrites)).toBe(0);
    expect(app.problems).toEqual([]);
  });
});

describe("the switch", () => {
  it("opens straight onto the timeline from a link, and animates back to the map without reduced motion", async () => {
    const { page, problems } = await openApp(browser, { search: "?view=timeline", reducedMotion: false });
    expect(await onTimeline(page)).toBe(true);
    expect(await page.getByRole("button", { name: "Timeline" }).getAttribute("aria-pressed")).toBe("true");
    const key = await paperKeyByArxiv(page, "1706.03762");
    const onTheTimeline = await drawnAt(page, key);
    const rightAfterClick = await page.evaluate((k) => {
      document.getElementById("view-map")!.click();
      const a = window.__readingGraph!.renderer.getGraph().getNodeAttributes(k);
      return { x: a.x, y: a.y };
    }, key);
    // The move starts on the next frame, from where the paper was.
    expect(rightAfterClick).toEqual(onTheTimeline);
    await expect.poll(() => onTimeline(page)).toBe(false);
    const file = await page.evaluate((k) => window.__readingGraph!.graph.getNodeAttributes(k), key);
    expect(await drawnAt(page, key)).toEqual({ x: file.x, y: file.y });
    expect(problems).toEqual([]);
    await page.close();
  });
});
