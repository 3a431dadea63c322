// The list view in a real browser: the papers shown, sortable, selecting on the map, and fast on a
// long list because only the rows in view are in the page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appState, dispatch } from "./explore-helpers";
import { type AppPage, openApp, openBrowser } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const table = (app: AppPage) => app.page.getByRole("table", { name: "Papers shown" });
const renderedRows = (app: AppPage) => app.page.locator(".list-body [role=row]");

describe("the list view", () => {
  let app: AppPage;
  let total: number;
  beforeAll(async () => {
    app = await openApp(browser);
    total = await app.page.evaluate(
      () => window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper").length,
    );
  });

  it("opens from the toolbar with focus on its first row, listing every paper shown", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "List", exact: true }).click();
    expect(await page.getByRole("button", { name: "List", exact: true }).getAttribute("aria-expanded")).toBe("true");
    // The table is loaded on first opening; it takes focus when it is there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("row-button"))).toBe(true);
    expect(await table(app).getAttribute("aria-rowcount")).toBe(`${total + 1}`);
    expect(await page.locator(".list-count").textContent()).toBe(`All ${total} papers`);
    expect(await renderedRows(app).count()).toBeLessThan(total);
  });

  it("follows the filters", async () => {
    const { page } = app;
    await dispatch(page, { yearRange: { from: 2021, to: null }, showUndated: false });
    const shown = await page.evaluate(
      () => window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper" && (a.year ?? 0) >= 2021).length,
    );
    await expect.poll(() => table(app).getAttribute("aria-rowcount")).toBe(`${shown + 1}`);
    expect(await page.locator(".list-count").textContent()).toBe(
      `${shown} of ${total} papers (the filters hide the rest)`,
    );
    const years = await renderedRows(app).locator(".col-year").allTextContents();
    expect(years.every((y) => Number(y) >= 2021)).toBe(true);
    await dispatch(page, { yearRange: { from: null, to: null }, showUndated: true });
  });

  it("sorts by each column, saying so with aria-sort", async () => {
    const { page } = app;
    const header = (name: string) => page.getByRole("columnheader", { name });
    expect(await header("Year").getAttribute("aria-sort")).toBe("ascending");
    const firstYears = await renderedRows(app).locator(".col-year").allTextContents();
    expect(Number(firstYears[0])).toBe(
      await page.evaluate(() =>
        window
          .__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper")
          .reduce(
            (m, n) =>
              Math.min(m, (window.__readingGraph!.graph.getNodeAttributes(n) as { year?: number }).year ?? Infinity),
            Infinity,
          ),
      ),
    );
    await page.getByRole("button", { name: "Title" }).click();
    expect(await header("Title").getAttribute("aria-sort")).toBe("ascending");
    expect(await header("Year").getAttribute("aria-sort")).toBe("none");
    const titles = await renderedRows(app).locator(".row-button").allTextContents();
    const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
    expect(titles.slice(0, 10)).toEqual([...titles.slice(0, 10)].sort(collator.compare));
    await page.getByRole("button", { name: "Title" }).click();
    expect(await header("Title").getAttribute("aria-sort")).toBe("descending");
    const reversed = await renderedRows(app).locator(".row-button").allTextContents();
    expect(collator.compare(reversed[0]!, reversed[1]!)).toBeGreaterThanOrEqual(0);
    await page.getByRole("button", { name: "Year", exact: true }).click();
  });

  it("selects a paper on the map with Enter, opens the panel and keeps focus in the list", async () => {
    const { page } = app;
    await renderedRows(app).first().locator(".row-button").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const key = await page.evaluate(() => document.activeElement?.getAttribute("data-node"));
    expect(key).toBeTruthy();
    await page.keyboard.press("Enter");
    expect((await appState(page)).selected).toBe(key);
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-node"))).toBe(key);
    expect(await page.locator(`.list-row[data-node="${key}"]`).getAttribute("aria-current")).toBe("true");
    await expect.poll(() => page.locator("#announcer").textContent()).toContain("opened in the panel");
  });

  it("selects with a click and marks the paper selected on the map", async () => {
    const { page } = app;
    const row = renderedRows(app).nth(5);
    const key = await row.getAttribute("data-node");
    await row.locator(".col-section").click();
    expect((await appState(page)).selected).toBe(key);
    const other = await renderedRows(app).nth(1).getAttribute("data-node");
    await dispatch(page, { selected: other });
    await expect.poll(() => page.locator(`.list-row[data-node="${other}"]`).getAttribute("aria-current")).toBe("true");
  });

  it("closes with Escape, giving focus back to the List button", async () => {
    const { page } = app;
    await renderedRows(app).first().locator(".row-button").focus();
    await page.keyboard.press("Escape");
    expect(await page.locator("#list-view").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("list-toggle");
    expect(app.problems).toEqual([]);
  });
});

describe("a long list", () => {
  it("renders only the rows in view and still reaches the last one", async () => {
    const app = await openApp(browser, { graph: "large" });
    const { page } = app;
    const total = await page.evaluate(
      () => window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper").length,
    );
    expect(total).toBeGreaterThanOrEqual(1000);
    await page.getByRole("button", { name: "List", exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("row-button"))).toBe(true);
    expect(await table(app).getAttribute("aria-rowcount")).toBe(`${total + 1}`);
    expect(await renderedRows(app).count()).toBeLessThan(60);
    await page.keyboard.press("End");
    const last = page.locator(".list-body [role=row]:has(.row-button:focus)");
    expect(await last.getAttribute("aria-rowindex")).toBe(`${total + 1}`);
    expect(await renderedRows(app).count()).toBeLessThan(60);
    await page.keyboard.press("PageUp");
    expect(
      Number(await page.locator(".list-body [role=row]:has(.row-button:focus)").getAttribute("aria-rowindex")),
    ).toBeLessThan(total + 1);
    expect(app.problems).toEqual([]);
    await page.close();
  });
});
