// Search in a real browser: the index loads on first use, suggestions are a keyboard-navigable
// combobox, choosing one selects the paper, opens the panel and flies the camera to it.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { appState, dispatch, nodeOnScreen } from "./explore-helpers";
import { type AppPage, openApp, openBrowser, paperKeyByArxiv } from "./helpers";
import { hiddenByBoxes, settled, withLineage } from "./legibility-helpers";

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await openBrowser();
  app = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

const box = () => app.page.getByRole("combobox", { name: "Search papers and sections" });
const options = () => app.page.getByRole("listbox", { name: "Search results" }).getByRole("option");

async function search(text: string): Promise<void> {
  await box().fill(text);
  await expect.poll(() => app.page.locator(".search-status").textContent()).toMatch(/result|Nothing/);
}

describe("the search box", () => {
  beforeEach(async () => {
    await dispatch(app.page, { selected: null, yearRange: { from: null, to: null }, hiddenSections: [] });
  });

  it("loads the search engine only once the box is used, and / focuses it", async () => {
    const { page } = app;
    const engineLoaded = () =>
      page.evaluate(() => performance.getEntriesByType("resource").some((e) => /\/engine-[^/]*\.js$/.test(e.name)));
    expect(await engineLoaded()).toBe(false);
    await page.locator("#map").focus();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await expect.poll(engineLoaded).toBe(true);
    // From a checkbox too; in a text field, / is typed.
    await page.getByRole("checkbox", { name: "Show AGI-Papers" }).focus();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.getByRole("textbox", { name: "From year" }).focus();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("year-from");
  });

  it("suggests papers as you type, with title, short name and year, and moves through them with the arrows", async () => {
    const { page } = app;
    await search("llama");
    expect(await box().getAttribute("aria-expanded")).toBe("true");
    const first = options().first();
    expect(await first.locator(".result-title").textContent()).toMatch(/^LLaMA: /);
    expect(await first.locator(".result-meta").textContent()).toMatch(/LLaMA · 2023/);
    await page.keyboard.press("ArrowDown");
    expect(await box().getAttribute("aria-activedescendant")).toBe(await first.getAttribute("id"));
    expect(await first.getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowDown");
    expect(await box().getAttribute("aria-activedescendant")).toBe(await options().nth(1).getAttribute("id"));
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    // Up from the first wraps to the last.
    expect(await box().getAttribute("aria-activedescendant")).toBe(await options().last().getAttribute("id"));
  });

  it.each([
    ["GPT4", "2303.08774"],
    ["nerf", "2003.08934"],
    ["1706.03762", "1706.03762"],
    ["atention is all you need", "1706.03762"],
  ])("puts the paper first for %s (case, punctuation, typos, arXiv IDs)", async (query, arxiv) => {
    await search(query);
    const key = await paperKeyByArxiv(app.page, arxiv);
    expect(await options().first().getAttribute("data-node")).toBe(key);
  });

  it("selects the chosen paper, opens the panel and flies the camera to it", async () => {
    const { page } = app;
    const key = await paperKeyByArxiv(page, "1706.03762");
    await search("attention is all you need");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await appState(page)).selected).toBe(key);
    await expect.poll(() => page.locator("#panel h2").textContent()).toBe("Attention Is All You Need");
    expect(await box().getAttribute("aria-expanded")).toBe("false");
    await settled(page);
    // On screen, with its lineage, clear of the panel and the other boxes.
    expect((await hiddenByBoxes(page, await withLineage(page, key))).nodes).toEqual([]);
    expect(new URL(page.url()).searchParams.get("selected")).toBe(key);
  });

  it("marks a result the filters hide and widens them just enough when it is chosen", async () => {
    const { page } = app;
    const key = await paperKeyByArxiv(page, "1706.03762");
    await dispatch(page, { yearRange: { from: 2020, to: null } });
    await search("attention is all you need");
    const first = options().first();
    expect(await first.getAttribute("class")).toContain("filtered-out");
    expect(await first.textContent()).toContain("Hidden by the filters");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await appState(page)).selected).toBe(key);
    expect((await appState(page)).yearRange).toEqual({ from: 2017, to: null });
    expect((await nodeOnScreen(page, key)).hidden).toBe(false);
    await expect.poll(() => page.locator(".search-status").textContent()).toContain("widened");
  });

  it("closes the suggestions with Escape, then clears the box, then returns to the map; the panel stays", async () => {
    const { page } = app;
    const key = await paperKeyByArxiv(page, "2303.08774");
    await dispatch(page, { selected: key });
    await box().focus();
    await search("gpt");
    await page.keyboard.press("Escape");
    expect(await box().getAttribute("aria-expanded")).toBe("false");
    expect(await box().inputValue()).toBe("gpt");
    await page.keyboard.press("Escape");
    expect(await box().inputValue()).toBe("");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("map");
    expect((await appState(page)).selected).toBe(key);
    expect(await page.locator("#panel").isVisible()).toBe(true);
  });

  it.each([
    ["a 10 KB string", "attention ".repeat(1024)],
    ["regular-expression metacharacters", ".*+?^${}()|[]\\/"],
    ["emoji", "🦙 llama 👩‍🔬"],
    ["markup", '<img src=x onerror="window.__pwned=1">'],
  ])("never throws on %s, and shows it only as text", async (_what, text) => {
    const { page } = app;
    await box().fill(text);
    await expect.poll(() => page.locator(".search-status").textContent()).not.toBe("");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#search img, .search-popup img").count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
