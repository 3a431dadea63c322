// Keyboard and accessibility in a real browser: every control in a sensible Tab order with a
// visible focus ring, lineage moves with the arrow keys (announced), Escape closing in order.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appState, cameraSettled, dispatch } from "./explore-helpers";
import { type AppPage, cameraState, openApp, openBrowser, paperKeyByArxiv } from "./helpers";
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

interface Stop {
  name: string;
  ring: boolean;
}

describe("the keyboard", () => {
  it("reaches every control with Tab, in reading order, each with a visible focus ring", async () => {
    const { page } = app;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: Stop[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        // Range inputs draw their ring on the thumb (see styles.css), which computed style cannot see.
        const ring = el.matches(":focus-visible") && (outlined || (el as HTMLInputElement).type === "range");
        const name =
          el.id || el.getAttribute("aria-label") || el.textContent?.trim().slice(0, 40) || el.tagName.toLowerCase();
        return { name, ring };
      });
      if (!stop || stops.some((s) => s.name === stop.name)) break;
      stops.push(stop);
    }
    const names = stops.map((s) => s.name);
    const order = [
      "search-input",
      "view-map",
      "view-timeline",
      "list-toggle",
      "map",
      "Sections and links",
      "Show AGI-Papers",
      "Sub-sections of Landmark research results",
      "link-kind-version",
      "From year",
      "year-from",
      "show-undated",
      // Bottom right, after the legend (top left) and the years (bottom left): reading order.
      "zoom-in",
      "zoom-out",
      "fit-all",
    ];
    let last = -1;
    for (const name of order) {
      const at = names.indexOf(name);
      expect(at, `${name} in ${names.join(", ")}`).toBeGreaterThan(last);
      last = at;
    }
    expect(stops.filter((s) => !s.ring).map((s) => s.name)).toEqual([]);
  });

  it("moves along a selected paper's lineage with the arrows, announcing each step", async () => {
    const { page } = app;
    const gpt4 = await paperKeyByArxiv(page, "2303.08774");
    const gpt3 = await paperKeyByArxiv(page, "2005.14165");
    await dispatch(page, { selected: gpt4 });
    await page.locator("#map").focus();
    const hint = page.locator("#key-hint");
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/↑ builds on \(1\) · ↓ built on by \(\d+\)/);

    await page.keyboard.press("ArrowUp");
    expect((await appState(page)).selected).toBe(gpt3);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("map");
    await expect
      .poll(() => page.locator("#announcer").textContent())
      .toMatch(/^GPT-3, 2020: the only paper that GPT-4 builds on\./);
    // The camera follows: GPT-3 and its lineage clear of the panel, the hint and the other boxes.
    await settled(page);
    expect((await hiddenByBoxes(page, await withLineage(page, gpt3))).nodes).toEqual([]);

    await page.keyboard.press("ArrowDown");
    const down = (await appState(page)).selected;
    expect(down).not.toBe(gpt3);
    const builtOnGpt3 = await page.evaluate((k) => window.__readingGraph!.graph.filterInNeighbors(k, () => true), gpt3);
    expect(builtOnGpt3).toContain(down);
    await page.keyboard.press("ArrowRight");
    const right = (await appState(page)).selected;
    expect(builtOnGpt3).toContain(right);
    expect(right).not.toBe(down);
    await expect.poll(() => page.locator("#announcer").textContent()).toMatch(/2 of \d+ papers that build on GPT-3/);

    // Shift+arrows pan, leaving the selection alone.
    await cameraSettled(page);
    const before = await cameraState(page);
    await page.keyboard.press("Shift+ArrowLeft");
    await expect.poll(async () => (await cameraState(page)).x).toBeLessThan(before.x);
    expect((await appState(page)).selected).toBe(right);
  });

  it("closes what is open with Escape, the innermost first", async () => {
    const { page } = app;
    const key = await paperKeyByArxiv(page, "2303.08774");
    await dispatch(page, { selected: key });
    await page.getByRole("button", { name: "List", exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain("row-button");
    await page.keyboard.press("Escape");
    expect(await page.locator("#list-view").isVisible()).toBe(false);
    expect(await page.locator("#panel").isVisible()).toBe(true);
    await page.locator("#map").focus();
    await page.keyboard.press("Escape");
    expect(await page.locator("#panel").isVisible()).toBe(false);
    expect((await appState(page)).selected).toBeNull();
    expect(app.problems).toEqual([]);
  });
});
