// The compact graph file in the browser: the map draws from the core, the details (titles,
// summaries, authors, evidence) stream in after its first frame. A paper chosen or a search typed
// before they arrive says it is loading and fills in; details that cannot be read are said to be
// missing, never a broken panel or a stack trace.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openApp, openBrowser } from "./helpers";
import { GRAPHS_DIR } from "./paths";

const TRANSFORMER = "arxiv:1706.03762";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
  // The synthetic graph's core with its details cut mid-line, as an interrupted copy leaves them.
  writeFileSync(join(GRAPHS_DIR, "cut.json"), readFileSync(join(GRAPHS_DIR, "synthetic.json")));
  const details = readFileSync(join(GRAPHS_DIR, "synthetic.details.ndjson"), "utf8");
  writeFileSync(join(GRAPHS_DIR, "cut.details.ndjson"), details.slice(0, Math.floor(details.length * 0.6)));
});
afterAll(async () => {
  await browser?.close();
});

/** Holds the details file until `release` is called: the moment between first frame and details. */
function holdDetails() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  const beforeLoad = async (page: Page) => {
    await page.route("**/graph.details.ndjson", async (route) => {
      requested.push(new URL(route.request().url()).pathname);
      await released;
      await route.continue();
    });
  };
  return { beforeLoad, release: () => release(), requested };
}

describe("the compact graph file", () => {
  it("draws the real lists from the core, then fills in a paper chosen and a search typed before the details", async () => {
    const held = holdDetails();
    const { page, problems } = await openApp(browser, {
      search: `?selected=${TRANSFORMER}`,
      beforeLoad: held.beforeLoad,
      waitFor: "map",
    });
    await expect.poll(() => held.requested).toEqual(["/graph.details.ndjson"]);
    expect(await page.evaluate(() => window.__readingGraph!.detailsLoaded())).toBe(false);
    // The panel names the paper by its map label and says the rest is coming.
    const panel = page.locator("#panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator("h2").textContent()).toBe("Transformer");
    expect(await panel.getByRole("status").textContent()).toBe("Loading the details…");
    // A search typed now waits for the titles.
    await page.locator("#search-input").fill("attention is all");
    await expect.poll(() => page.locator(".search-status").textContent()).toBe("Preparing the search…");

    held.release();
    await page.waitForFunction(() => window.__readingGraph!.detailsLoaded());
    expect(await panel.locator("h2").textContent()).toBe("Attention Is All You Need");
    expect(await panel.locator(".summary").count()).toBeGreaterThan(0);
    expect((await panel.locator(".summary").first().textContent())!.length).toBeGreaterThan(20);
    // The search ran once the titles were in, and finds the paper by its title.
    await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Attention Is All You Need");
    // Focus stayed in the search box while the panel filled in.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("reads a whole file (header and graphology's graph) with every field at once", async () => {
    const { page, problems } = await openApp(browser, { graph: "synthetic-whole", search: `?selected=${TRANSFORMER}` });
    expect(await page.locator("#panel h2").textContent()).toBe("Attention Is All You Need");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says the details could not be loaded, and how to fix it, when their file is cut short", async () => {
    const { page, problems } = await openApp(browser, {
      graph: "cut",
      search: `?selected=${TRANSFORMER}`,
      waitFor: "map",
    });
    const notice = page.locator("#notices .notice");
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/The details of the papers could not be loaded: .*npm run build:data/);
    // The map still works, and the panel says why it shows no more than the paper's name.
    expect(await page.locator("#panel h2").textContent()).toBe("Transformer");
    expect(await page.locator("#panel").getByRole("status").textContent()).toBe(
      "The details of the papers could not be loaded.",
    );
    expect(await page.evaluate(() => window.__readingGraph!.detailsLoaded())).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});
