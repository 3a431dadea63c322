// Sections as regions in a real browser: soft areas under each section's papers, named once
// (the hub then goes unlabelled), following the filters, switched in the legend and in the link,
// and on the timeline the bands themselves. One page for all of it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dispatch } from "./explore-helpers";
import { type AppPage, openApp, openBrowser } from "./helpers";
import { settled } from "./legibility-helpers";

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await openBrowser();
  app = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** Pixels the regions' canvas has drawn (not transparent). */
const inkedRegionPixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-regions")!;
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked;
  });

const drawnRegions = (page: Page) => page.evaluate(() => window.__readingGraph!.drawnRegions());

describe("sections as regions", () => {
  it("draws a region under each top-level section's papers, named once, its hub not labelled again", async () => {
    const { page } = app;
    await settled(page);
    expect(await inkedRegionPixels(page)).toBeGreaterThan(10_000);
    const regions = await drawnRegions(page);
    const tops = regions.filter((r) => r.depth === 1);
    expect(tops.length).toBeGreaterThanOrEqual(2);
    const named = regions.filter((r) => r.name !== null).map((r) => r.section);
    expect(new Set(named).size).toBe(named.length);
    const labels = await page.evaluate(() => [...window.__readingGraph!.drawnLabels().entries()]);
    for (const section of named) expect(labels.map(([key]) => key)).not.toContain(section);
    // The papers' labels keep clear of the regions' names.
    for (const { name } of regions)
      for (const [, l] of labels)
        if (name) expect(l.x1 < name.x2 && name.x1 < l.x2 && l.y1 < name.y2 && name.y1 < l.y2).toBe(false);
    expect(app.problems).toEqual([]);
  });

  it("follows the papers the filters show: every corner of a region is a paper still shown", async () => {
    const { page } = app;
    const before = await drawnRegions(page);
    await dispatch(page, { yearRange: { from: 2022, to: null } });
    await settled(page);
    const after = await drawnRegions(page);
    const problems = await page.evaluate((regions) => {
      const { graph, renderer } = window.__readingGraph!;
      const out: string[] = [];
      const shown = new Set<string>();
      graph.forEachNode((n, a) => {
        if (a.kind === "paper" && !renderer.getNodeDisplayData(n)?.hidden) shown.add(`${a.x},${a.y}`);
      });
      for (const region of regions) {
        for (const hull of region.hulls)
          for (const [x, y] of hull) if (!shown.has(`${x},${y}`)) out.push(`${region.section}: ${x},${y}`);
      }
      return out;
    }, after);
    expect(problems).toEqual([]);
    const area = (r: typeof before) => r.reduce((sum, region) => sum + region.hulls.flat().length, 0);
    expect(area(after)).toBeLessThan(area(before));
    await dispatch(page, { yearRange: { from: null, to: null } });
  });

  it("is switched off and on in the legend, and the link says so", async () => {
    const { page } = app;
    const toggle = page.getByRole("checkbox", { name: "Sections as regions" });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await settled(page);
    expect(new URL(page.url()).searchParams.get("regions")).toBe("0");
    expect(await inkedRegionPixels(page)).toBe(0);
    expect(await drawnRegions(page)).toEqual([]);
    await page.goBack();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await settled(page);
    expect(await inkedRegionPixels(page)).toBeGreaterThan(10_000);
  });

  it("is the bands on the timeline, each from its first paper shown to its last", async () => {
    const { page } = app;
    await dispatch(page, { view: "timeline" });
    await settled(page);
    // Nothing is drawn over the map's positions while the timeline shows.
    expect(await inkedRegionPixels(page)).toBe(0);
    const extent = () =>
      page.evaluate(() => {
        const bands = [...document.querySelectorAll<HTMLElement>(".timeline-axis.as-regions .axis-band")];
        return bands.filter((b) => !b.hidden).map((b) => b.getBoundingClientRect().width);
      });
    const wide = await extent();
    expect(wide.length).toBeGreaterThanOrEqual(2);
    await dispatch(page, { yearRange: { from: null, to: 2019 }, showUndated: false });
    await settled(page);
    const narrow = await extent();
    expect(Math.max(...narrow)).toBeLessThan(Math.max(...wide));
    expect(app.problems).toEqual([]);
  });
});
