// The URL carries the view: a link reopens the same selection and years, Back and Forward step
// through changes, and a link to something not on the map says so and shows the whole map.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appUrl, mostLinkedPaper, openApp, openBrowser } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const state = () => window.__readingGraph!.store.get();

describe("the URL", () => {
  it("reopens the view a link describes", async () => {
    const probe = await openApp(browser);
    const key = await mostLinkedPaper(probe.page);
    await probe.page.close();

    const { page, problems } = await openApp(browser, { search: `?selected=${key}&from=2018&to=2022&undated=0` });
    expect(await page.evaluate(state)).toMatchObject({
      selected: key,
      yearRange: { from: 2018, to: 2022 },
      showUndated: false,
    });
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    const title = await page.evaluate((k) => {
      const attrs = window.__readingGraph!.graph.getNodeAttributes(k);
      return attrs.kind === "paper" ? attrs.title : attrs.label;
    }, key);
    expect(await page.locator("#panel h2").textContent()).toBe(title);
    expect(await page.getByRole("textbox", { name: "From year" }).inputValue()).toBe("2018");
    expect(await page.getByRole("checkbox", { name: /Undated papers/ }).isChecked()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("round-trips: what the app writes, a new page reads back", async () => {
    const { page } = await openApp(browser);
    const key = await mostLinkedPaper(page);
    await page.evaluate((k) => {
      const { store } = window.__readingGraph!;
      store.dispatch((s) => ({ ...s, selected: k, yearRange: { from: 2017, to: null }, showUndated: false }));
    }, key);
    const written = page.url();
    expect(new URL(written).search).toBe(`?selected=${key}&from=2017&undated=0`);
    const before = await page.evaluate(state);
    await page.close();

    const again = await openApp(browser, { search: new URL(written).search });
    expect(await again.page.evaluate(state)).toEqual(before);
    await again.page.close();
  });

  it("steps back and forward through selections and year changes", async () => {
    const { page } = await openApp(browser);
    const key = await mostLinkedPaper(page);
    await page.evaluate((k) => {
      const { store } = window.__readingGraph!;
      store.dispatch((s) => ({ ...s, selected: k }));
    }, key);
    const year = page.getByRole("textbox", { name: "From year" });
    await year.fill("2020");
    await year.press("Enter");
    expect(await page.evaluate(state)).toMatchObject({ selected: key, yearRange: { from: 2020, to: null } });

    await page.goBack();
    await expect.poll(() => page.evaluate(state)).toMatchObject({ selected: key, yearRange: { from: null } });
    expect(await year.inputValue()).not.toBe("2020");
    await page.goBack();
    await expect.poll(() => page.evaluate(state)).toMatchObject({ selected: null });
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(false);
    await page.goForward();
    await expect.poll(() => page.evaluate(state)).toMatchObject({ selected: key });
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    await page.close();
  });

  it("shows a notice and the whole map for a paper that is not on the map", async () => {
    const { page, problems } = await openApp(browser, { search: "?selected=arxiv:0000.00000&from=abc" });
    expect(await page.evaluate(state)).toMatchObject({ selected: null, yearRange: { from: null, to: null } });
    const notices = await page.locator(".notice").allTextContents();
    expect(notices.join("\n")).toContain("arxiv:0000.00000");
    expect(notices.join("\n")).toContain("abc");
    expect(await page.locator("#panel").isVisible()).toBe(false);
    // The ignored parameters leave the address bar with their notices.
    expect(page.url()).toBe(appUrl());
    expect(problems).toEqual([]);
    await page.close();
  });

  it("brings years outside the data to the data, says so, and shows in the address what is applied", async () => {
    const { page } = await openApp(browser, { search: "?from=2025&undated=0" });
    const newest = await page.evaluate(() => {
      const { graph } = window.__readingGraph!;
      let max = 0;
      graph.forEachNode((_n, a) => {
        if (a.kind === "paper" && typeof a.year === "number") max = Math.max(max, a.year);
      });
      return max;
    });
    expect(newest).toBeLessThan(2025);
    expect(await page.evaluate(state)).toMatchObject({ yearRange: { from: newest, to: null }, showUndated: false });
    expect(await page.locator(".notice").allTextContents()).toContainEqual(
      expect.stringContaining(`from 2025, but the newest on this map are from ${newest}; showing ${newest}.`),
    );
    expect(new URL(page.url()).search).toBe(`?from=${newest}&undated=0`);
    expect(await page.getByRole("textbox", { name: "From year" }).inputValue()).toBe(`${newest}`);
    expect(await page.locator("#paper-count").textContent()).not.toMatch(/^0 of/);
    await page.close();
  });

  it("serves a stable address for the default view", async () => {
    const { page } = await openApp(browser);
    expect(page.url()).toBe(appUrl());
    await page.close();
  });
});
