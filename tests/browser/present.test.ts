// Frames drawn off screen first (src/map/present.ts): on this machine's software WebGL a large map
// draws each frame into framebuffers of its own and shows it once drawn; a small one draws
// straight to the canvases. What reaches the screen must be the picture a straight draw gives:
// after one filter change, and after several made faster than frames are drawn (only the latest
// is drawn). Each comparison has a control: the picture before the change differs.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { LARGE_5K_GRAPH } from "./global-setup";
import { openApp, openBrowser } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The boxes over the map, masked in the pictures: their text (the year fields) is not the map's. */
const OVER_THE_MAP = ["#legend", "#filters", "#map-controls", "#notices", "#key-hint"];

/** The map as the page shows it, once no frame is left to draw (the composited layers, labels too). */
async function shown(page: Page): Promise<Buffer> {
  await page.waitForFunction(() => !window.__readingGraph!.framesBusy(), null, { polling: "raf" });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = (await page.locator("#map").boundingBox())!;
  return page.screenshot({ clip: box, mask: OVER_THE_MAP.map((selector) => page.locator(selector)) });
}

/** The same state drawn straight to the canvases, as shown. */
async function drawnStraight(page: Page): Promise<Buffer> {
  await page.evaluate(() => window.__readingGraph!.drawNow());
  return shown(page);
}

/**
 * Sets the year slider's lower bound to these values, one animation frame apart; returns how many
 * came while a frame was still being drawn.
 */
async function slideFrom(page: Page, steps: number[]): Promise<number> {
  return page.evaluate(async (values) => {
    const input = document.querySelector<HTMLInputElement>("input.range-input")!;
    let whileBusy = 0;
    for (const value of values) {
      if (window.__readingGraph!.framesBusy()) whileBusy++;
      input.value = String(value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(done));
    }
    return whileBusy;
  }, steps);
}

async function sliderSpan(page: Page): Promise<{ min: number; max: number }> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>("input.range-input")!;
    return { min: Number(input.min), max: Number(input.max) };
  });
}

describe("frames drawn off screen first", () => {
  it("show a 5,000-paper map, on this machine's software WebGL, as a straight draw does: after a change, and after changes faster than frames the latest", async () => {
    const app = await openApp(browser, { graph: LARGE_5K_GRAPH });
    const { page } = app;
    expect(await page.evaluate(() => window.__readingGraph!.presentMode)).toBe("deferred");
    const { min, max } = await sliderSpan(page);
    const before = await shown(page);

    const middle = Math.round((min + max) / 2);
    await slideFrom(page, [middle]);
    const afterOne = await shown(page);
    expect(afterOne.equals(before), "the filter change shows a new picture").toBe(false);
    expect(afterOne.equals(await drawnStraight(page)), "the picture shown is the straight draw's").toBe(true);

    // Four changes a frame apart: the first is being drawn while the others come; only the
    // latest state is drawn after it.
    const steps = [min + 1, min + 2, middle + 1, middle + 2];
    expect(await slideFrom(page, steps), "changes came while a frame was drawn").toBeGreaterThan(0);
    const afterMany = await shown(page);
    expect(afterMany.equals(afterOne), "the latest change shows").toBe(false);
    expect(afterMany.equals(await drawnStraight(page)), "the latest state is what is shown").toBe(true);
    expect(app.problems).toEqual([]);
    await page.close();
  });

  it("draw the real lists, with ?present=deferred, as a straight draw does", async () => {
    const app = await openApp(browser, { search: "?present=deferred" });
    const { page } = app;
    expect(await page.evaluate(() => window.__readingGraph!.presentMode)).toBe("deferred");
    const { min, max } = await sliderSpan(page);
    const before = await shown(page);
    await slideFrom(page, [Math.round((min + max) / 2)]);
    const offscreen = await shown(page);
    expect(offscreen.equals(before)).toBe(false);
    expect(offscreen.equals(await drawnStraight(page))).toBe(true);
    expect(app.problems).toEqual([]);
    await page.close();
  });
});
