// Citations out, in a real browser under the page's CSP: Cite formats a paper with citation-js
// (loaded only when first used) and copies it; Export downloads the papers shown after the filters
// as BibTeX, RIS and CSL-JSON, the whole graph as GEXF and the map view as a PNG; each file is read
// back here as a reference manager, Gephi or an image viewer would.
import { readFileSync } from "node:fs";

import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type AppPage, openApp, openBrowser, pngStats } from "./helpers";

const TRANSFORMER = "arxiv:1706.03762";
const synthetic = { graph: "synthetic" };

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Titles of the papers the filters leave on the map, as the page sees them. */
const shownTitles = (page: Page) =>
  page.evaluate(() => {
    const { graph, mapHides } = window.__readingGraph!;
    return graph
      .filterNodes((n, a) => a.kind === "paper" && !mapHides(n))
      .map((n) => (graph.getNodeAttributes(n) as { title: string }).title)
      .sort();
  });

async function exportFile(page: Page, item: RegExp): Promise<{ name: string; text: string; buffer: Buffer }> {
  await page.getByRole("button", { name: /^Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item }).click(),
  ]);
  const path = await download.path();
  const buffer = readFileSync(path);
  return { name: download.suggestedFilename(), text: buffer.toString("utf8"), buffer };
}

describe("Cite", () => {
  it("loads citation-js only when first opened, then shows APA and BibTeX and copies them", async () => {
    const chunks: string[] = [];
    const { page, problems } = await openApp(browser, {
      ...synthetic,
      search: `?selected=${TRANSFORMER}`,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    page.on("request", (request) => chunks.push(new URL(request.url()).pathname));
    expect(await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name))).not.toContainEqual(
      expect.stringMatching(/\/lazy-[^/]+\.js$/),
    );
    await page.getByRole("button", { name: "Cite", exact: true }).click();
    const reference = page.locator(".reference");
    // The first formatting loads citation-js and starts citeproc: seconds, more on a busy machine.
    await expect
      .poll(() => reference.textContent(), { timeout: 50_000 })
      .toBe(
        "Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., & Jones, L. (2017). Attention Is All You Need (1706.03762). arXiv. https://doi.org/10.48550/arXiv.1706.03762",
      );
    expect(chunks).toContainEqual(expect.stringMatching(/\/lazy-[^/]+\.js$/));
    // The first click brings the citation into the panel's view, once its content exists.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const reference = document.querySelector(".reference")!.getBoundingClientRect();
          const panel = document.getElementById("panel")!.getBoundingClientRect();
          return reference.top >= panel.top && reference.bottom <= panel.bottom;
        }),
      )
      .toBe(true);
    const bibtex = await page.locator(".bibtex").textContent();
    expect(bibtex?.split("\n").slice(0, 3)).toEqual([
      "@misc{vaswani2017attention,",
      "  title = {Attention {Is} {All} {You} {Need}},",
      "  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion},",
    ]);

    await page.getByRole("button", { name: "Copy reference" }).click();
    await expect
      .poll(() => page.locator(".cite .copy-status").textContent())
      .toBe("The reference copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await reference.textContent());
    expect(await page.getByRole("button", { name: "Copied ✓" }).count()).toBe(1);
    await page.getByRole("button", { name: "Copy BibTeX" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("formats in the style picked, and remembers it for the next paper", async () => {
    const { page } = await openApp(browser, { ...synthetic, search: `?selected=${TRANSFORMER}` });
    await page.getByRole("button", { name: "Cite", exact: true }).click();
    await page.getByLabel("Style").selectOption("vancouver");
    await expect
      .poll(() => page.locator(".reference").textContent())
      .toBe(
        "1. Vaswani A, Shazeer N, Parmar N, Uszkoreit J, Jones L. Attention Is All You Need [Internet]. arXiv; 2017. Available from: https://arxiv.org/abs/1706.03762 doi:10.48550/arXiv.1706.03762",
      );
    await page.evaluate(() => window.__readingGraph!.store.dispatch((s) => ({ ...s, selected: "arxiv:2005.14165" })));
    await page.locator("#cite > summary").click();
    await expect.poll(() => page.getByLabel("Style").inputValue()).toBe("vancouver");
    await page.close();
  });
});

describe("Export", () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser, synthetic);
    // The year filter leaves 2020–2021 (what an export of "the papers shown" must follow).
    await app.page.getByRole("textbox", { name: "From year" }).fill("2020");
    await app.page.getByRole("textbox", { name: "To year" }).fill("2021");
    await app.page.getByRole("textbox", { name: "To year" }).press("Enter");
  });
  afterAll(async () => {
    await app.page.close();
  });

  it("saves the papers shown as BibTeX that citation-js reads back as the same papers", async () => {
    const { page } = app;
    const shown = await shownTitles(page);
    expect(shown.length).toBeGreaterThan(3);
    await page.getByRole("button", { name: /^Export/ }).click();
    expect(await page.getByRole("menuitem", { name: /BibTeX/ }).textContent()).toBe(
      `BibTeX (.bib)${shown.length} shown papers`,
    );
    await page.keyboard.press("Escape");
    const file = await exportFile(page, /BibTeX/);
    expect(file.name).toBe("ai-reading-graph-papers.bib");
    const back = new Cite(file.text).data as { title: string; DOI?: string }[];
    expect(back.map((i) => i.title).sort()).toEqual(shown);
    expect(back.find((i) => i.title === "Language Models are Few-Shot Learners")?.DOI).toBe(
      "10.48550/arXiv.2005.14165",
    );
    await expect
      .poll(() => page.locator("#export-status").textContent())
      .toBe(`Saved ai-reading-graph-papers.bib: ${shown.length} papers.`);
    expect(app.problems).toEqual([]);
  });

  it("saves them as RIS and as CSL-JSON too", async () => {
    const { page } = app;
    const shown = await shownTitles(page);
    const ris = await exportFile(page, /RIS/);
    expect(ris.name).toBe("ai-reading-graph-papers.ris");
    expect((new Cite(ris.text).data as { title: string }[]).map((i) => i.title).sort()).toEqual(shown);
    const json = await exportFile(page, /CSL-JSON/);
    expect(json.name).toBe("ai-reading-graph-papers.json");
    const items = JSON.parse(json.text) as { title: string; type: string }[];
    expect(items.map((i) => i.title).sort()).toEqual(shown);
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(["article"]));
  });

  it("saves the whole graph as GEXF that graphology-gexf parses, filters or not", async () => {
    const { page } = app;
    const gexf = await exportFile(page, /GEXF/);
    expect(gexf.name).toBe("ai-reading-graph.gexf");
    const back = parseGexf(Graph, gexf.text);
    const [order, size] = await page.evaluate(() => [
      window.__readingGraph!.graph.order,
      window.__readingGraph!.graph.size,
    ]);
    expect([back.order, back.size]).toEqual([order, size]);
    expect(back.getNodeAttribute(TRANSFORMER, "title")).toBe("Attention Is All You Need");
    // The graph file's details (streamed in after the first frame) are all in the export.
    expect(back.getNodeAttribute(TRANSFORMER, "authors")).toContain("Ashish Vaswani");
    expect(back.getNodeAttribute(TRANSFORMER, "summaries")).toMatch(/\(\S+, line \d+\)$/);
    const lineage = back.filterEdges((_e, a) => a.relation === "builds on");
    expect(lineage.length).toBeGreaterThan(0);
    for (const edge of lineage)
      expect(back.getEdgeAttribute(edge, "evidence")).toMatch(/^(mentions|version|cites): \S/);
  });

  it("opens and closes from the keyboard, Escape returning focus to the button", async () => {
    const { page } = app;
    await page.getByRole("button", { name: /^Export/ }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^BibTeX/);
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Map view as PNG/);
    await page.keyboard.press("Escape");
    expect(await page.getByRole("button", { name: /^Export/ }).getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("export-menu-button");
  });
});

describe("Export the map view as PNG", () => {
  it("saves what is on screen at the device pixel ratio, not blank", async () => {
    // A paper is open: the menu must open over the panel.
    const { page, problems } = await openApp(browser, {
      ...synthetic,
      search: `?selected=${TRANSFORMER}`,
      deviceScaleFactor: 2,
    });
    // The picture is of the map as it stands when the menu is used: measure it then.
    const box = (await page.locator("#map").boundingBox())!;
    const png = await exportFile(page, /PNG/);
    expect(png.name).toBe("ai-reading-graph-map.png");
    const size = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      return [image.width, image.height];
    }, png.buffer.toString("base64"));
    expect(size).toEqual([Math.round(box.width) * 2, Math.round(box.height) * 2]);
    const stats = await pngStats(browser, png.buffer);
    expect(stats.colors).toBeGreaterThan(20);
    expect(stats.inked).toBeGreaterThan(size[0]! * size[1]! * 0.01);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** The RGB of each point of a PNG, and how many pixels differ between two PNGs of the same size. */
async function comparePngs(page: Page, a: Buffer, b: Buffer, points: [number, number][]) {
  return page.evaluate(
    async ([first, second, at]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        return { data: context.getImageData(0, 0, image.width, image.height).data, width: image.width };
      };
      const [p, q] = [await pixels(first), await pixels(second)];
      let differing = 0;
      for (let i = 0; i < p.data.length; i += 4)
        if (p.data[i] !== q.data[i] || p.data[i + 1] !== q.data[i + 1] || p.data[i + 2] !== q.data[i + 2]) differing++;
      const rgb = (d: Uint8ClampedArray, [x, y]: [number, number]) => {
        const i = (Math.round(y) * p.width + Math.round(x)) * 4;
        return [d[i], d[i + 1], d[i + 2]];
      };
      return {
        differing,
        total: p.data.length / 4,
        at: at.map((point) => ({ first: rgb(p.data, point), second: rgb(q.data, point) })),
      };
    },
    [a.toString("base64"), b.toString("base64"), points] as const,
  );
}

describe("Export the map view as PNG, with sections as regions", () => {
  it("draws the regions as the map does: under the papers, and only when they are on", async () => {
    const { page, problems } = await openApp(browser, synthetic);
    // A paper inside a drawn top-level region: in the picture its disc must be drawn over the region.
    const inside = await page.evaluate(() => {
      const { graph, renderer, drawnRegions } = window.__readingGraph!;
      const contains = (hull: number[][], x: number, y: number) => {
        let hit = false;
        for (let i = 0, j = hull.length - 1; i < hull.length; j = i++) {
          const [xi, yi] = hull[i]!;
          const [xj, yj] = hull[j]!;
          if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) hit = !hit;
        }
        return hit;
      };
      const regions = drawnRegions().filter((r) => r.depth === 1);
      let best: { key: string; size: number } | null = null;
      graph.forEachNode((key, attrs) => {
        if (attrs.kind !== "paper") return;
        if (!regions.some((r) => r.hulls.some((h) => contains(h, attrs.x, attrs.y)))) return;
        if (!best || attrs.size > best.size) best = { key, size: attrs.size };
      });
      if (!best) return null;
      const p = renderer.graphToViewport(graph.getNodeAttributes((best as { key: string }).key));
      return { regions: regions.length, x: p.x, y: p.y };
    });
    expect(inside).not.toBeNull();
    expect(inside!.regions).toBeGreaterThan(0);

    const withRegions = await exportFile(page, /PNG/);
    await page.evaluate(async () => {
      window.__readingGraph!.store.dispatch((s) => ({ ...s, showRegions: false }));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    const without = await exportFile(page, /PNG/);
    const compared = await comparePngs(page, withRegions.buffer, without.buffer, [[inside!.x, inside!.y]]);
    // The regions' soft areas cover a good part of the view…
    expect(compared.differing).toBeGreaterThan(compared.total * 0.05);
    // …and lie under the papers: the paper's disc is the same with them and without.
    expect(compared.at[0]!.first).toEqual(compared.at[0]!.second);
    expect(problems).toEqual([]);
    await page.close();
  });
});
