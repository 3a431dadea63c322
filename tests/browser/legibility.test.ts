// The map at every width: at 1280×800, 1024×768, 900×700 and on a 390×844 phone, nothing the user
// asked for is hidden behind the app's own boxes (the legend, the year filter, the panel, the zoom
// buttons, the key hint, the lineage bar), the top bar keeps a usable search box whatever an export
// says, and the camera round-trips through the link. One page per width, several checks on it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { FADED_NODE_COLOR } from "../../src/map/reducers";
import { appState, dispatch } from "./explore-helpers";
import { type AppPage, cameraState, openApp, openBrowser } from "./helpers";
import { hiddenByBoxes, overlap, settled, topBarControls, withLineage } from "./legibility-helpers";

const BERT = "arxiv:1810.04805";
const GPT3 = "arxiv:2005.14165";
const GPT4 = "arxiv:2303.08774";
/** LLaMA-Adapter V2: builds on GPT-4 (and on LLaMA). */
const LLAMA_ADAPTER = "arxiv:2304.15010";
const GLOVE = "title:glove-global-vectors-for-word-representation";
/** The narrowest search box that still reads as one (the bar: at least 160 px). */
const MIN_SEARCH_WIDTH = 160;

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 900, height: 700 },
  { width: 390, height: 844 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What the map keeps bright: the selection's focus, a lineage, a path. */
function brightNodes(page: Page): Promise<string[]> {
  return page.evaluate((faded) => {
    const { renderer, graph } = window.__readingGraph!;
    return graph.filterNodes((n) => {
      const d = renderer.getNodeDisplayData(n);
      return d !== undefined && !d.hidden && d.color !== faded;
    });
  }, FADED_NODE_COLOR);
}

async function expectClear(page: Page, keys: string[]): Promise<void> {
  await settled(page);
  expect(await hiddenByBoxes(page, keys)).toEqual({ nodes: [], labels: [] });
}

async function select(page: Page, key: string): Promise<void> {
  await dispatch(page, { selected: key });
  await settled(page);
}

/** Where a node is on the page (for a real click). */
function onPage(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const { renderer } = window.__readingGraph!;
    const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(k)!);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

describe.each(WIDTHS)("at $width×$height", (viewport) => {
  const phone = viewport.width <= 700;
  let app: AppPage;
  beforeAll(async () => {
    // A shared link onto the timeline with GPT-3's lineage: the first thing checked.
    app = await openApp(browser, { viewport, search: `?selected=${GPT3}&lineage=${GPT3}&view=timeline` });
  });
  afterAll(async () => {
    await app.page.close();
  });

  it("opens a shared timeline-and-lineage link with the lineage clear of every box", async () => {
    const { page } = app;
    // What the map keeps bright: GPT-3's ancestors and descendants.
    const lit = await brightNodes(page);
    expect(lit).toContain(GPT3);
    expect(lit.length).toBeGreaterThan(5);
    await expectClear(page, lit);
    await dispatch(page, { view: "map", lineage: null, selected: null });
    await settled(page);
  });

  it("keeps the search box usable: at least 160 px, over no other control", async () => {
    const controls = await topBarControls(app.page);
    const search = controls.find((c) => c.name === "search-input")!;
    expect(search.right - search.left).toBeGreaterThanOrEqual(MIN_SEARCH_WIDTH);
    expect(controls.filter((c) => c !== search && overlap(c, search)).map((c) => c.name)).toEqual([]);
  });

  it("puts BERT and every paper linked to it clear of the boxes, labels too", async () => {
    const { page } = app;
    await select(page, BERT);
    const nodes = await withLineage(page, BERT);
    expect(nodes.length).toBeGreaterThan(15);
    await expectClear(page, nodes);
  });

  it("puts GPT-4 and its lineage clear too, so a Shift+click reaches LLaMA-Adapter V2", async () => {
    const { page } = app;
    await select(page, GPT4);
    const nodes = await withLineage(page, GPT4);
    expect(nodes).toContain(LLAMA_ADAPTER);
    await expectClear(page, nodes);
    const target = await onPage(page, LLAMA_ADAPTER);
    await page.keyboard.down("Shift");
    await page.mouse.click(target.x, target.y);
    await page.keyboard.up("Shift");
    await expect.poll(async () => (await appState(page)).path).toEqual({ from: GPT4, to: LLAMA_ADAPTER });
    // The click left the map focused: the key hint shows, under the path's bar, never over it.
    await expect.poll(() => page.locator("#key-hint").isVisible()).toBe(true);
    const [bar, hint] = await Promise.all(["#lineage-bar", "#key-hint"].map((s) => page.locator(s).boundingBox()));
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(hint!.y + 0.5);
    // The panel scrolls to the path it found.
    const [panel, path] = await Promise.all(["#panel", ".path-section"].map((s) => page.locator(s).boundingBox()));
    expect(path!.y).toBeGreaterThanOrEqual(panel!.y - 0.5);
    expect(path!.y).toBeLessThan(panel!.y + panel!.height - 40);
    // The path is what the map keeps bright now: clear of every box, the key hint included.
    const lit = await brightNodes(page);
    expect(lit).toEqual(expect.arrayContaining([GPT4, LLAMA_ADAPTER]));
    await expectClear(page, lit);
    await dispatch(page, { path: null, selected: null });
    await page.locator("#search-input").focus();
  });

  it.skipIf(phone)("puts a paper chosen in the list clear of the boxes", async () => {
    const { page } = app;
    await page.locator("#list-toggle").click();
    // Only the rows in view are drawn: scroll down (sorted by year, GloVe is near the top).
    const row = page.locator(".row-button", { hasText: /^GloVe/ });
    for (let i = 0; i < 20 && (await row.count()) === 0; i++)
      await page.locator(".list-body").evaluate((body) => (body.scrollTop += body.clientHeight / 2));
    await row.click();
    await expect.poll(async () => (await appState(page)).selected).toBe(GLOVE);
    await expectClear(page, await withLineage(page, GLOVE));
    await page.locator("#list-toggle").click();
    await dispatch(page, { selected: null });
  });

  it.runIf(phone)("gives every small control a 44 px touch target", async () => {
    const { page } = app;
    await page.locator(".legend summary").click();
    const sizes = await page.evaluate(() =>
      ["#filters .fold-button", "#zoom-in", "#fit-all", ".legend-expand", "#play-years", ".legend summary"].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { s, width: Math.round(r.width), height: Math.round(r.height) };
      }),
    );
    for (const { s, width, height } of sizes)
      expect({ s, width: width >= 44, height: height >= 44 }).toEqual({ s, width: true, height: true });
    await page.locator(".legend summary").click();
  });

  it("keeps the top bar's height after an export, the note floating under Export", async () => {
    const { page } = app;
    await settled(page);
    const before = (await page.locator(".topbar").boundingBox())!.height;
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /^Export/ }).click();
    await page.getByRole("menuitem", { name: /GEXF/ }).click();
    await download;
    await expect.poll(() => page.locator("#export-status").textContent()).toMatch(/^Saved /);
    expect((await page.locator(".topbar").boundingBox())!.height).toBe(before);
    const search = (await topBarControls(page)).find((c) => c.name === "search-input")!;
    expect(search.right - search.left).toBeGreaterThanOrEqual(MIN_SEARCH_WIDTH);
    // Labels keep clear of the note while it shows.
    await expectClear(page, []);
    expect(app.problems).toEqual([]);
  });
});

describe("the camera in the link", () => {
  it("round-trips: a view the user zoomed to reopens at the same place and zoom", async () => {
    const viewport = WIDTHS[1]!;
    const { page } = await openApp(browser, { viewport, search: `?selected=${GPT4}` });
    await settled(page);
    // A view the app chose is not written: the link recomputes it for its screen.
    expect(new URL(page.url()).searchParams.get("camera")).toBeNull();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("camera")).not.toBeNull();
    const placed = await cameraState(page);
    const link = new URL(page.url()).search;
    await page.close();

    const again = await openApp(browser, { viewport, search: link });
    await settled(again.page);
    const reopened = await cameraState(again.page);
    expect(reopened.x).toBeCloseTo(placed.x, 3);
    expect(reopened.y).toBeCloseTo(placed.y, 3);
    expect(reopened.ratio).toBeCloseTo(placed.ratio, 3);
    expect((await appState(again.page)).selected).toBe(GPT4);
    expect(again.problems).toEqual([]);
    await again.page.close();
  });
});
