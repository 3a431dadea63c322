// Loading and failure: a loading indicator while the file loads, and a clear message, never a blank
// page, when the file is missing, corrupt or of another version, or when WebGL is unavailable.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GRAPH_VERSION } from "../../src/model";
import { appUrl, openApp, openBrowser } from "./helpers";
import { DEFAULT_GRAPH, GRAPHS_DIR } from "./paths";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
  const good = JSON.parse(readFileSync(DEFAULT_GRAPH, "utf8")) as { header: { version: number } };
  // A whole file (header + graphology's graph), whose nodes the shared schema checks one by one.
  const whole = JSON.parse(readFileSync(join(GRAPHS_DIR, "synthetic-whole.json"), "utf8")) as { graph: object };
  writeFileSync(join(GRAPHS_DIR, "corrupt.json"), '{"header": {"format": "ai-reading-graph", "vers');
  writeFileSync(join(GRAPHS_DIR, "future.json"), JSON.stringify({ ...good, header: { ...good.header, version: 99 } }));
  writeFileSync(
    join(GRAPHS_DIR, "no-positions.json"),
    JSON.stringify({
      ...whole,
      graph: { ...whole.graph, nodes: [{ key: "a", attributes: { kind: "paper" } }] },
    }),
  );
});
afterAll(async () => {
  await browser?.close();
});

async function errorShown(graph: string, initScript?: () => void) {
  const { page, problems } = await openApp(browser, { graph, initScript });
  const alert = page.getByRole("alert");
  const result = {
    text: (await alert.textContent()) ?? "",
    visible: await alert.isVisible(),
    map: await page.evaluate(() => window.__readingGraph !== undefined),
    problems,
  };
  await page.close();
  return result;
}

describe("when the map cannot be shown", () => {
  it("says the graph file is missing and how to build it", async () => {
    const shown = await errorShown("missing");
    expect(shown.visible).toBe(true);
    expect(shown.text).toContain("The graph file is missing");
    expect(shown.text).toContain("npm run build:data");
    expect(shown.map).toBe(false);
  });

  it("says the graph file is corrupt when it is not JSON", async () => {
    const shown = await errorShown("corrupt");
    expect(shown.text).toContain("The graph file is corrupt");
    expect(shown.text).toContain("not valid JSON");
    expect(shown.problems).toEqual([]);
  });

  it("says which version the file has and which the app reads", async () => {
    const shown = await errorShown("future");
    expect(shown.text).toContain("another version");
    expect(shown.text).toContain("version 99");
    expect(shown.text).toContain(`reads version ${GRAPH_VERSION}`);
  });

  it("names what is wrong in a file of the right version but the wrong shape", async () => {
    const shown = await errorShown("no-positions");
    expect(shown.text).toContain("corrupt");
    expect(shown.text).toContain('node "a"');
  });

  it("says so when WebGL is unavailable", async () => {
    const shown = await errorShown("", () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/.test(type)) return null;
        return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    expect(shown.visible).toBe(true);
    expect(shown.text).toContain("cannot draw the map");
    expect(shown.text).toContain("WebGL");
    expect(shown.map).toBe(false);
  });
});

describe("while the file loads", () => {
  it("shows a loading indicator, then the map", async () => {
    const page = await browser.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route("**/graph.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(appUrl());
    const status = page.locator("#status");
    await expect.poll(() => status.textContent()).toContain("Loading the map");
    expect(await status.isVisible()).toBe(true);
    expect(await status.getAttribute("role")).toBe("status");
    release();
    await page.waitForFunction(() => window.__readingGraph !== undefined);
    expect(await status.isVisible()).toBe(false);
    await page.close();
  });
});
