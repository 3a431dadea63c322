// Suggestions in a real browser, on a graph built online against the local test server (the
// synthetic suggestion list, tests/fixtures/online/): off by default and one switch away, drawn pale
// and ringed, filtered by year, found by search marked "not in the lists", ranked in their own view,
// copied as a list entry, carried by the URL; and on the real offline map, a line saying how to get them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appState, cameraSettled, dispatch, nodeOnScreen } from "./explore-helpers";
import { type AppPage, bringNodeIntoView, openApp, openBrowser } from "./helpers";

const ONE = "arxiv:1901.00901";
const ANCHOR = "arxiv:2201.00001";
const ENTRY = "- [Outside One: The Most Cited Missing Paper](https://arxiv.org/abs/1901.00901) (2019)";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The colour drawn at the middle of a node, read from a screenshot of the page. */
async function centrePixel(page: Page, key: string): Promise<[number, number, number]> {
  const at = await bringNodeIntoView(page, key);
  await cameraSettled(page);
  const png = await page.screenshot({ clip: { x: at.x - 1, y: at.y - 1, width: 3, height: 3 } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(1, 1, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, png.toString("base64"));
}

describe("suggestions on a map built online", () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser, { graph: "suggestions", permissions: ["clipboard-read", "clipboard-write"] });
  });

  it("are off by default, and one switch in the legend shows them and puts them in the URL", async () => {
    const { page } = app;
    expect((await nodeOnScreen(page, ONE)).hidden).toBe(true);
    const toggle = page.getByRole("checkbox", { name: /Suggestions: 5 papers the lists cite but do not hold/ });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(async () => (await nodeOnScreen(page, ONE)).hidden).toBe(false);
    expect(new URL(page.url()).searchParams.get("suggestions")).toBe("1");
  });

  it("are drawn pale in a grey ring, never as a listed paper's filled disc", async () => {
    const { page } = app;
    const look = await page.evaluate(
      ([s, p]) => {
        const { renderer } = window.__readingGraph!;
        const [a, b] = [renderer.getNodeDisplayData(s)!, renderer.getNodeDisplayData(p)!];
        return { suggestion: [a.type, a.color], paper: [b.type, b.color] };
      },
      [ONE, ANCHOR],
    );
    expect(look.suggestion[0]).toBe("suggestion");
    expect(look.paper[0]).toBe("paper");
    // On screen: the suggestion's middle is pale, the paper of the same section is its full colour.
    const pale = await centrePixel(page, ONE);
    const full = await centrePixel(page, ANCHOR);
    expect(Math.min(...pale)).toBeGreaterThan(170);
    expect(Math.min(...full)).toBeLessThan(Math.min(...pale) - 40);
  });

  it("follow the year filter like papers", async () => {
    const { page } = app;
    await dispatch(page, { yearRange: { from: 2020, to: null } });
    await expect.poll(async () => (await nodeOnScreen(page, ONE)).hidden).toBe(true);
    await dispatch(page, { yearRange: { from: null, to: null } });
    await expect.poll(async () => (await nodeOnScreen(page, ONE)).hidden).toBe(false);
  });

  it("are ranked in the Suggested reading view, with the papers citing each one click away", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Suggested reading" }).click();
    const view = page.getByRole("complementary", { name: "Suggested reading" });
    const rows = view.locator(".suggestion-row");
    expect(await rows.locator(".suggestion-link").allTextContents()).toEqual([
      "Outside One: The Most Cited Missing Paper",
      "Outside Four: Cited Twice, Cited Often",
      "Outside Three: Also Tied on Both Counts",
      "Outside Two: Tied on Both Counts",
      "Outside Six: A Journal Paper Without arXiv",
    ]);
    const first = rows.first();
    expect(await first.locator(".suggestion-cited").textContent()).toBe(
      "cited by 4 papers of this list: Anchor 2022, Bridge 2022, Crest 2022, Ember 2022",
    );
    expect(await first.locator(".suggestion-sections").textContent()).toBe("From Foundations; Applications");
    expect(await first.locator(".suggestion-links a").allTextContents()).toEqual(["arXiv", "Semantic Scholar"]);
    await first.getByRole("button", { name: "Bridge" }).click();
    await expect.poll(async () => (await appState(page)).selected).toBe("arxiv:2201.00002");
    await view.getByRole("button", { name: "Close the suggested reading" }).click();
    expect(await view.isHidden()).toBe(true);
  });

  it("open in the panel as not in the lists, and copy as one list entry", async () => {
    const { page } = app;
    await dispatch(page, { selected: ONE });
    const panel = page.locator("#panel");
    await expect.poll(() => panel.locator(".panel-kind").textContent()).toBe("Suggestion · not in the lists");
    expect(await panel.locator(".suggestion-why").textContent()).toBe(
      "Not in the lists, but cited by 4 papers of this list: suggested reading #1; 100 citations.",
    );
    expect(await panel.locator(".list-entry").textContent()).toBe(ENTRY);
    await panel.getByRole("button", { name: "Copy as a list entry" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(ENTRY);
  });

  it("are found by search, marked not in the lists; choosing a hidden one shows them", async () => {
    const { page } = app;
    await dispatch(page, { showSuggestions: false, selected: null });
    await page.locator("#search-input").fill("outside four");
    const option = page.locator(".search-option.kind-suggestion").first();
    await expect.poll(() => option.locator(".result-meta").textContent()).toMatch(/^Not in the lists · 2019/);
    await option.click();
    await expect.poll(async () => (await appState(page)).showSuggestions).toBe(true);
    expect((await appState(page)).selected).toBe("arxiv:1901.00904");
  });
});

describe("suggestions in the URL and in lineage questions", () => {
  it("a link restores them, and the reading order runs through them only when asked, saying so", async () => {
    const { page } = await openApp(browser, {
      graph: "suggestions",
      search: `?selected=${ANCHOR}&suggestions=1&throughSuggestions=1`,
    });
    const state = await appState(page);
    expect([state.showSuggestions, state.throughSuggestions]).toEqual([true, true]);
    const reading = page.locator(".reading-order");
    await expect.poll(() => reading.locator(".reading-list li").count()).toBeGreaterThan(1);
    expect(await reading.locator(".outside-tag").count()).toBeGreaterThan(0);
    expect(await reading.locator("p.muted").first().textContent()).toContain(
      "Papers outside the lists that these cite are included (marked).",
    );
    await reading.getByRole("checkbox", { name: /Also through papers outside the lists/ }).uncheck();
    await expect.poll(() => reading.locator(".outside-tag").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("throughSuggestions")).toBeNull();
    await page.close();
  });

  it("the real offline map says in one line that suggestions need an online build", async () => {
    const { page } = await openApp(browser);
    expect(await page.locator(".suggestions-offline").textContent()).toBe(
      "Suggestions (papers these lists cite but do not hold) need an online build: npm run build:data -- --online",
    );
    await page.close();
  });
});
