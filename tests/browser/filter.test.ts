// The year filter in a real browser: fields, slider and the undated toggle hide papers (on the GPU,
// see gpu-filter.test.ts), the count follows, and the map is never rebuilt.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { type AppPage, openApp, openBrowser } from "./helpers";

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await openBrowser();
  app = await openApp(browser);
  // Count every change to the data graph: filtering never writes to it.
  await app.page.evaluate(() => {
    const { graph } = window.__readingGraph!;
    const events = ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped", "cleared", "edgesCleared"] as const;
    const attributeEvents = ["attributesUpdated", "nodeAttributesUpdated", "edgeAttributesUpdated"] as const;
    const w = window as unknown as { __graphWrites: number };
    w.__graphWrites = 0;
    for (const name of [...events, ...attributeEvents]) graph.on(name, () => w.__graphWrites++);
  });
});
afterAll(async () => {
  await browser?.close();
});

/** What the map shows now: papers drawn and hidden, per the sigma instance, and what should be. */
function mapCensus(page: Page, range: { from: number | null; to: number | null }, undated: boolean) {
  return page.evaluate(
    ([from, to, showUndated]) => {
      const { graph, mapHides } = window.__readingGraph!;
      let shown = 0;
      const wrong: string[] = [];
      graph.forEachNode((node, attrs) => {
        if (attrs.kind !== "paper") return;
        const expected =
          attrs.year === undefined
            ? showUndated
            : (from === null || attrs.year >= from) && (to === null || attrs.year <= to);
        const hidden = mapHides(node);
        if (!hidden) shown++;
        if (hidden === expected) wrong.push(`${node} (${attrs.year ?? "undated"})`);
      });
      return { shown, wrong };
    },
    [range.from, range.to, undated] as const,
  );
}

async function setField(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole("textbox", { name: label });
  await field.fill(value);
  await field.press("Enter");
}

describe("the year filter", () => {
  beforeEach(async () => {
    await app.page.evaluate(() => {
      const { store } = window.__readingGraph!;
      store.dispatch((s) => ({ ...s, yearRange: { from: null, to: null }, showUndated: true }));
    });
  });

  it("hides papers outside the years typed in the fields and updates the count", async () => {
    const { page } = app;
    const total = await page.evaluate(
      () => window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper").length,
    );
    await setField(page, "From year", "2019");
    await setField(page, "To year", "2021");
    const census = await mapCensus(page, { from: 2019, to: 2021 }, true);
    expect(census.wrong).toEqual([]);
    expect(census.shown).toBeLessThan(total);
    await expect
      .poll(() => page.locator("#paper-count").textContent())
      .toBe(`${census.shown} of ${total} papers shown`);
    expect(await page.evaluate(() => window.__readingGraph!.store.get().yearRange)).toEqual({ from: 2019, to: 2021 });
    expect(new URL(page.url()).searchParams.get("from")).toBe("2019");
    expect(new URL(page.url()).searchParams.get("to")).toBe("2021");
  });

  it("moves with the slider's handles (keyboard) and marks the histogram", async () => {
    const { page } = app;
    const years = await page.evaluate(() => {
      let min = Infinity;
      let max = -Infinity;
      window.__readingGraph!.graph.forEachNode((_n, a) => {
        if (a.kind === "paper" && a.year !== undefined) [min, max] = [Math.min(min, a.year), Math.max(max, a.year)];
      });
      return { min, max };
    });
    const from = page.getByRole("slider", { name: "From year" });
    await from.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByRole("slider", { name: "To year" }).focus();
    await page.keyboard.press("ArrowLeft");
    const range = { from: years.min + 2, to: years.max - 1 };
    await expect.poll(() => page.evaluate(() => window.__readingGraph!.store.get().yearRange)).toEqual(range);
    expect((await mapCensus(page, range, true)).wrong).toEqual([]);
    const bars = await page.locator(".histogram .bar").count();
    expect(await page.locator(".histogram .bar.in-range").count()).toBe(bars - 3);
    expect(await page.getByRole("textbox", { name: "From year" }).inputValue()).toBe(`${range.from}`);
  });

  it("hides papers while a handle is dragged with the mouse", async () => {
    const { page } = app;
    const before = (await mapCensus(page, { from: null, to: null }, true)).shown;
    const handle = page.getByRole("slider", { name: "To year" });
    const box = (await handle.boundingBox())!;
    // The thumb sits at the right end of the track; drag it halfway to the left.
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 9, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, y, { steps: 8 });
    const during = await page.evaluate(() => window.__readingGraph!.store.get().yearRange);
    expect(during.to).not.toBeNull();
    const census = await mapCensus(page, during, true);
    expect(census.wrong).toEqual([]);
    expect(census.shown).toBeLessThan(before);
    await page.mouse.up();
  });

  it("has its own toggle for undated papers", async () => {
    const { page } = app;
    const undated = await page.evaluate(
      () => window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper" && a.year === undefined).length,
    );
    expect(undated).toBeGreaterThan(0);
    const before = (await mapCensus(page, { from: null, to: null }, true)).shown;
    await page.getByRole("checkbox", { name: /Undated papers/ }).uncheck();
    const census = await mapCensus(page, { from: null, to: null }, false);
    expect(census.wrong).toEqual([]);
    expect(census.shown).toBe(before - undated);
    expect(new URL(page.url()).searchParams.get("undated")).toBe("0");
  });

  it("keeps a section hub while any of its papers is shown", async () => {
    const { page } = app;
    await setField(page, "From year", "2023");
    const hubs = await page.evaluate(() => {
      const { graph, mapHides } = window.__readingGraph!;
      return graph
        .filterNodes((_n, a) => a.kind === "section")
        .map((hub) => {
          let shownBelow = false;
          const stack = [hub];
          const seen = new Set(stack);
          while (stack.length) {
            const s = stack.pop()!;
            graph.forEachInNeighbor(s, (n, a) => {
              if (seen.has(n)) return;
              seen.add(n);
              if (a.kind === "section") stack.push(n);
              else if (!mapHides(n)) shownBelow = true;
            });
          }
          return { hub, shownBelow, hidden: mapHides(hub) };
        });
    });
    for (const h of hubs) expect(h.hidden, h.hub).toBe(!h.shownBelow);
    expect(hubs.some((h) => h.hidden)).toBe(true);
  });

  it("keeps the panel open on a paper the filter hides, and says so", async () => {
    const { page } = app;
    const transformer = await page.evaluate(() =>
      window.__readingGraph!.graph.findNode((_n, a) => a.kind === "paper" && a.arxivId === "1706.03762")!,
    );
    await page.evaluate((k) => window.__readingGraph!.store.dispatch((s) => ({ ...s, selected: k })), transformer);
    await setField(page, "From year", "2020");
    const note = page.locator("#panel .panel-note");
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe("Hidden on the map by the year filter (from 2020).");
    await setField(page, "From year", "2013");
    await expect.poll(() => note.isVisible()).toBe(false);
    await page.evaluate(() => window.__readingGraph!.store.dispatch((s) => ({ ...s, selected: null })));
  });

  it("never rebuilds nor writes to the graph", async () => {
    const { page } = app;
    const result = await page.evaluate(() => {
      const hooks = window.__readingGraph!;
      return {
        same: hooks.renderer.getGraph() === hooks.graph,
        writes: (window as unknown as { __graphWrites: number }).__graphWrites,
      };
    });
    expect(result).toEqual({ same: true, writes: 0 });
    expect(app.problems).toEqual([]);
  });
});
