// Year playback in a real browser: ▶ grows the map month by month (papers at their month, their
// lineage links with them, the histogram filling, the count running), ❚❚ pauses and the link
// says where, the playhead scrubs, the speed is the user's, it ends on the whole map, and under
// prefers-reduced-motion it steps a year at a time. The camera stays where it is.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { monthIndex } from "../../src/filters/utils";
import { appState, dispatch } from "./explore-helpers";
import { type AppPage, cameraState, openApp, openBrowser } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Papers drawn now, and whether each is dated within the playhead (and its drawn lineage links). */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const { graph, store, mapHides, mapHidesEdge } = window.__readingGraph!;
    const head = store.get().playhead;
    let shown = 0;
    let early = 0;
    let linksBetweenShown = 0;
    let linksHidden = 0;
    graph.forEachNode((n, a) => {
      if (a.kind !== "paper" || mapHides(n)) return;
      shown++;
      if (head !== null && (a.year === undefined || a.year * 12 + (a.month ?? 1) - 1 > head)) early++;
    });
    graph.forEachEdge((e, a, s, t) => {
      if (a.kind !== "lineage") return;
      const both = !mapHides(s) && !mapHides(t);
      if (both) linksBetweenShown++;
      if (both && mapHidesEdge(e)) linksHidden++;
    });
    return { shown, early, linksBetweenShown, linksHidden, head };
  });

const solidShares = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>(".histogram .share")].map((s) => s.style.height));

describe("year playback", () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser, { reducedMotion: false });
  });
  afterAll(async () => {
    await app.page.close();
  });

  it("grows the map month by month: papers at their month, links with them, the histogram filling, the count running", async () => {
    const { page } = app;
    const camera = await cameraState(page);
    const total = (await drawn(page)).shown;
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole("button", { name: "Play the years" }).click();
    expect(await page.locator("#play-years").getAttribute("aria-pressed")).toBe("true");
    // Watch it move: the playhead, the count and the bars.
    const seen = new Set<number>();
    const counts = new Set<string>();
    for (let i = 0; i < 40 && (seen.size < 4 || counts.size < 2); i++) {
      const now = await drawn(page);
      if (now.head !== null) seen.add(now.head);
      counts.add((await page.locator("#paper-count").textContent()) ?? "");
      expect(now.early).toBe(0); // no paper before its month
      expect(now.linksHidden).toBe(0); // a link shows once both its papers do
      expect(now.shown).toBeLessThan(total);
      await page.waitForTimeout(150);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(counts.size).toBeGreaterThanOrEqual(2);
    const filling = await solidShares(page);
    expect(filling.some((h) => h === "0%")).toBe(true);
    // Ticks are not history entries; the camera is left alone.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    expect(await cameraState(page)).toEqual(camera);
  });

  it("pauses where it is, and the link says where", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "Pause the playback" }).click();
    const { playhead, playing } = await appState(page);
    expect(playing).toBe(false);
    expect(playhead).not.toBeNull();
    const year = Math.floor(playhead! / 12);
    await expect
      .poll(() => new URL(page.url()).searchParams.get("play"))
      .toBe(`${year}-${String(playhead! - year * 12 + 1).padStart(2, "0")}`);
    expect(await page.locator("#play-month").textContent()).toMatch(new RegExp(` ${year}$`));
  });

  it("scrubs with the playhead's handle: arrow keys step a month, the map follows", async () => {
    const { page } = app;
    const before = (await appState(page)).playhead!;
    await page.locator("#playhead").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await appState(page)).playhead).toBe(before + 2);
    expect((await drawn(page)).early).toBe(0);
    expect(await page.locator("#playhead").getAttribute("aria-valuetext")).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });

  it("keeps the speed the user chose, and ends on the whole map", async () => {
    const { page } = app;
    await page.getByRole("combobox", { name: "Playback speed" }).selectOption("4");
    expect(await page.evaluate(() => localStorage.getItem("ai-reading-graph:playback-speed"))).toBe("4");
    // A short range, so the end comes soon: 2022 to the last paper, at 4×.
    await dispatch(page, { yearRange: { from: 2022, to: null } });
    await page.getByRole("button", { name: /^Play/ }).click();
    await expect.poll(async () => (await appState(page)).playhead, { timeout: 20_000 }).toBeNull();
    expect((await appState(page)).playing).toBe(false);
    expect(await page.locator("#playhead").isHidden()).toBe(true);
    const shown = await page.evaluate(() => window.__readingGraph!.store.get().yearRange);
    expect(shown).toEqual({ from: 2022, to: null });
    await dispatch(page, { yearRange: { from: null, to: null } });
    expect(app.problems).toEqual([]);
  });
});

describe("a link to a playback", () => {
  it("opens paused at its month; under reduced motion ▶ steps a year at a time", async () => {
    const { page, problems } = await openApp(browser, { search: "?play=2017-06" });
    const state = await appState(page);
    expect(state.playhead).toBe(monthIndex(2017, 6));
    expect(state.playing).toBe(false);
    expect((await drawn(page)).early).toBe(0);
    await page.getByRole("button", { name: "Play on" }).click();
    const steps = new Set<number>();
    for (let i = 0; i < 20 && steps.size < 2; i++) {
      const head = (await appState(page)).playhead;
      if (head !== null && head !== monthIndex(2017, 6)) steps.add(head);
      await page.waitForTimeout(150);
    }
    // Decembers only: a year a step, no month-by-month motion.
    for (const head of steps) expect(head % 12).toBe(11);
    expect(steps.size).toBeGreaterThanOrEqual(1);
    await page.getByRole("button", { name: "Stop playback: show every year" }).click();
    expect((await appState(page)).playhead).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
