// A phone-sized screen (390×844): the panel is a bottom sheet that expands, collapses and closes
// by dragging; the controls fold; search and the layout switch stay at hand.
import { join } from "node:path";

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appState } from "./explore-helpers";
import { type AppPage, openApp, openBrowser } from "./helpers";
import { SCREENSHOTS_DIR } from "./paths";

const PHONE = { width: 390, height: 844 };
const GPT4 = "arxiv:2303.08774";

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await openBrowser();
  app = await openApp(browser, { viewport: PHONE, search: `?selected=${GPT4}` });
});
afterAll(async () => {
  await browser?.close();
});

const rect = (selector: string) =>
  app.page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width };
  }, selector);

describe("on a phone", () => {
  it("fits the screen: no sideways scrolling, search on its own row, the year filter folded", async () => {
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const search = await rect("#search-input");
    expect(search.width).toBeGreaterThan(PHONE.width * 0.8);
    expect(await page.getByRole("button", { name: "Timeline" }).isVisible()).toBe(true);
    expect(await page.locator(".histogram").isVisible()).toBe(false);
    const fold = page.getByRole("button", { name: "Show or hide the year filter" });
    expect(await fold.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("#paper-count").isVisible()).toBe(true);
    expect(await page.locator(".legend").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, "phone.png") });
  });

  it("shows the panel as a bottom sheet that expands and collapses from its handle", async () => {
    const { page } = app;
    const sheet = await rect("#panel");
    const stage = await rect(".stage");
    expect(sheet.top).toBeGreaterThan(stage.top + stage.height * 0.4);
    expect(Math.round(sheet.bottom)).toBe(Math.round(stage.bottom));
    expect(sheet.width).toBe(PHONE.width);
    const handle = page.getByRole("button", { name: "Expand the panel" });
    await handle.click();
    expect(await page.getByRole("button", { name: "Collapse the panel" }).getAttribute("aria-expanded")).toBe("true");
    await expect.poll(async () => (await rect("#panel")).height).toBeGreaterThan(stage.height * 0.95);
    await page.getByRole("button", { name: "Collapse the panel" }).click();
    await expect.poll(async () => (await rect("#panel")).height).toBeLessThan(stage.height * 0.6);
  });

  it("closes the sheet, and the panel, when the handle is dragged down", async () => {
    const { page } = app;
    const handle = await rect(".sheet-handle");
    const x = handle.left + handle.width / 2;
    await page.mouse.move(x, handle.top + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, PHONE.height - 20, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(false);
    expect((await appState(page)).selected).toBeNull();
  });

  it("searches and opens the sheet on the chosen paper", async () => {
    const { page } = app;
    await page.getByRole("combobox", { name: "Search papers and sections" }).fill("gpt-4");
    await expect.poll(() => page.locator(".search-status").textContent()).toMatch(/result/);
    const popup = await rect(".search-popup");
    expect(popup.right).toBeLessThanOrEqual(PHONE.width);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await appState(page)).selected).toBe(GPT4);
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, "phone-sheet.png") });
    expect(app.problems).toEqual([]);
  });
});
