// The legend as a filter, in a real browser: sections on and off (with their sub-sections), the
// kinds of lineage link, combined with the year range; the map hides what the filters hide.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { FADED_NODE_COLOR } from "../../src/map/reducers";
import { appState, dispatch, shownPapers } from "./explore-helpers";
import { type AppPage, openApp, openBrowser } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const AGI = "section:agi-papers/agi-papers";
const LANDMARK = "section:ai-canon/landmark-research-results";
const LLM = `${LANDMARK}/large-language-models`;

/** Papers that should be shown: a listing in a section that is on, and a year in the range. */
function expectedPapers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { graph, store } = window.__readingGraph!;
    const s = store.get();
    const off = new Set(s.hiddenSections);
    return graph.filterNodes((_n, a) => {
      if (a.kind !== "paper") return false;
      const year =
        a.year === undefined
          ? s.showUndated
          : (s.yearRange.from === null || a.year >= s.yearRange.from) &&
            (s.yearRange.to === null || a.year <= s.yearRange.to);
      return year && a.sections.some((ref) => !off.has(ref.id));
    });
  });
}

describe("the section filter", () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(browser);
  });
  beforeEach(async () => {
    await dispatch(app.page, { hiddenSections: [], yearRange: { from: null, to: null }, selected: null });
  });

  it("hides the papers listed only in a section switched off, keeps those listed elsewhere too, and counts", async () => {
    const { page } = app;
    const total = (await shownPapers(page)).length;
    await page.getByRole("checkbox", { name: "Show AGI-Papers" }).uncheck();
    expect((await appState(page)).hiddenSections).toEqual([AGI]);
    const shown = await shownPapers(page);
    expect(shown.sort()).toEqual((await expectedPapers(page)).sort());
    expect(shown.length).toBeLessThan(total);
    const twoLists = await page.evaluate(
      (agi) =>
        window.__readingGraph!.graph.findNode(
          (_n, a) => a.kind === "paper" && a.sections.some((s) => s.id === agi) && a.sections.some((s) => s.id !== agi),
        ) ?? null,
      AGI,
    );
    expect(twoLists).not.toBeNull();
    expect(shown).toContain(twoLists);
    await expect
      .poll(() => page.locator("#paper-count").textContent())
      .toBe(`${shown.length} of ${total} papers shown`);
    expect(new URL(page.url()).searchParams.getAll("hideSection")).toEqual([AGI]);
    const hub = await page.evaluate((k) => window.__readingGraph!.mapHides(k), AGI);
    expect(hub).toBe(true);
  });

  it("shows in the year histogram how many of each year's papers the sections switched on keep", async () => {
    const { page } = app;
    /** Per bar: the solid share's height as a fraction of the bar, and the bar's tooltip. */
    const bars = () =>
      page.locator(".histogram .bar").evaluateAll((elements) =>
        elements.map((bar) => {
          const share = bar.querySelector<HTMLElement>(".share")!;
          const full = bar.getBoundingClientRect().height;
          return { share: full ? share.getBoundingClientRect().height / full : 0, title: bar.getAttribute("title")! };
        }),
      );
    const before = await bars();
    expect(before.filter((b) => !b.title.endsWith(": 0 papers")).every((b) => b.share > 0.99)).toBe(true);

    await page.getByRole("checkbox", { name: "Show AGI-Papers" }).uncheck();
    await expect.poll(async () => (await bars()).some((b) => b.share < 0.99 && b.share > 0)).toBe(true);
    const after = await bars();
    // The expected counts, from the graph: papers of each year listed in a section still on.
    const expected = await page.evaluate((agi) => {
      const counts = new Map<number, { all: number; kept: number }>();
      window.__readingGraph!.graph.forEachNode((_n, a) => {
        if (a.kind !== "paper" || a.year === undefined) return;
        const c = counts.get(a.year) ?? { all: 0, kept: 0 };
        c.all++;
        if (a.sections.some((s) => s.id !== agi)) c.kept++;
        counts.set(a.year, c);
      });
      return [...counts];
    }, AGI);
    for (const [year, { all, kept }] of expected) {
      const bar = after.find((b) => b.title.startsWith(`${year}:`))!;
      expect(bar.share).toBeCloseTo(kept / all, 1);
      if (kept < all) expect(bar.title).toBe(`${year}: ${all} papers, ${kept} in the sections shown`);
    }
    expect(after.map((b) => b.title)).not.toEqual(before.map((b) => b.title));
  });

  it("expands to sub-sections; one switched off leaves its parent mixed", async () => {
    const { page } = app;
    const expand = page.getByRole("button", { name: "Sub-sections of Landmark research results" });
    await expand.click();
    expect(await expand.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("checkbox", { name: "Show Large language models" }).uncheck();
    const hidden = (await appState(page)).hiddenSections;
    expect(hidden).toContain(LLM);
    expect(hidden.every((id) => id.startsWith(LLM))).toBe(true);
    const parent = page.getByRole("checkbox", { name: "Show Landmark research results" });
    expect(await parent.evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    expect((await shownPapers(page)).sort()).toEqual((await expectedPapers(page)).sort());
    expect(new URL(page.url()).searchParams.getAll("hideSection")).toEqual([LLM]);
    // A mixed row comes back on wholly.
    await parent.click();
    expect((await appState(page)).hiddenSections).toEqual([]);
    await expand.click();
  });

  it("combines with the year range", async () => {
    const { page } = app;
    await page.getByRole("checkbox", { name: "Show before 2023" }).uncheck();
    await page.getByRole("textbox", { name: "From year" }).fill("2020");
    await page.getByRole("textbox", { name: "From year" }).press("Enter");
    const shown = await shownPapers(page);
    expect(shown.sort()).toEqual((await expectedPapers(page)).sort());
    const total = await page.evaluate(
      () => window.__readingGraph!.graph.filterNodes((_n, a) => a.kind === "paper").length,
    );
    await expect
      .poll(() => page.locator("#paper-count").textContent())
      .toBe(`${shown.length} of ${total} papers shown`);
  });

  it("brings every section back with Show all", async () => {
    const { page } = app;
    await page.getByRole("checkbox", { name: "Show AGI-Papers" }).uncheck();
    await page.getByRole("checkbox", { name: "Show before 2023" }).uncheck();
    await page.getByRole("button", { name: "Show all" }).click();
    expect((await appState(page)).hiddenSections).toEqual([]);
    expect(await page.getByRole("checkbox", { name: "Show AGI-Papers" }).isChecked()).toBe(true);
  });

  it("highlights a section's papers when its name is clicked in the legend", async () => {
    const { page } = app;
    await page.locator(`.legend button.legend-item[data-node="${LANDMARK}"]`).click();
    expect((await appState(page)).selected).toBe(LANDMARK);
    await expect.poll(() => page.locator("#panel .panel-kind").textContent()).toMatch(/^Section of /);
    const colours = await page.evaluate((hub) => {
      const { graph, renderer } = window.__readingGraph!;
      const inside = graph.filterNodes((_n, a) => a.kind === "paper" && a.sections.some((s) => s.id.startsWith(hub)));
      const outside = graph.filterNodes((_n, a) => a.kind === "paper" && !a.sections.some((s) => s.id.startsWith(hub)));
      return {
        inside: inside.map((n) => renderer.getNodeDisplayData(n)!.color),
        outside: outside.map((n) => renderer.getNodeDisplayData(n)!.color),
      };
    }, LANDMARK);
    expect(colours.inside.length).toBeGreaterThan(0);
    expect(colours.inside).not.toContain(FADED_NODE_COLOR);
    expect(new Set(colours.outside)).toEqual(new Set([FADED_NODE_COLOR]));
  });

  it("says which filter hides the selected paper, and shows it again on request", async () => {
    const { page } = app;
    const only = await page.evaluate(
      (agi) =>
        window.__readingGraph!.graph.findNode(
          (_n, a) => a.kind === "paper" && a.sections.length === 1 && a.sections[0]!.id === agi,
        )!,
      AGI,
    );
    await dispatch(page, { selected: only });
    await page.getByRole("checkbox", { name: "Show AGI-Papers" }).uncheck();
    const note = page.locator("#panel .panel-note");
    await expect
      .poll(() => note.textContent())
      .toBe("Hidden on the map by the section filter (its section is switched off).");
    await page.getByRole("button", { name: "Show it on the map" }).click();
    expect((await appState(page)).hiddenSections).toEqual([]);
    expect(await note.isVisible()).toBe(false);
    expect(await page.evaluate((k) => window.__readingGraph!.mapHides(k), only)).toBe(false);
  });

  it("tells the kinds of link apart: each toggle's swatch has its arrows' colour; a later-paper citation can be hidden", async () => {
    const { page } = app;
    const count = (kind: string) => page.locator(`label[for="link-kind-${kind}"] .legend-count`).textContent();
    expect(await count("later")).toBe("5");
    const swatch = await page
      .locator('label[for="link-kind-cites"] .link-look')
      .evaluate((e) => getComputedStyle(e).borderTopColor);
    expect(swatch).toBe("rgba(0, 114, 178, 0.6)");
    const later = "l:arxiv:2303.11366>arxiv:2305.06161";
    const hidden = () => page.evaluate((k) => window.__readingGraph!.mapHidesEdge(k), later);
    expect(await hidden()).toBeFalsy();
    await page.getByRole("checkbox", { name: /Cites a later paper/ }).uncheck();
    await expect.poll(hidden).toBe(true);
    expect((await appState(page)).hiddenLinkKinds).toEqual(["later"]);
    await page.getByRole("checkbox", { name: /Cites a later paper/ }).check();
    expect(await page.locator(".legend-key").textContent()).toContain("how many papers on the map build on it");
  });

  it("offers a Cites toggle on the real map, whose citation file gives 219 citations, and no influential-only one", async () => {
    expect(await app.page.locator('label[for="link-kind-cites"] .legend-count').textContent()).toBe("219");
    expect(await app.page.locator("#link-influential-only").count()).toBe(0);
    expect(await app.page.getByRole("checkbox", { name: /Named in the text/ }).isChecked()).toBe(true);
    expect(app.problems).toEqual([]);
  });
});

describe("a link with sections switched off", () => {
  it("reopens them off, and ignores an unknown section with a notice", async () => {
    const { page, problems } = await openApp(browser, { search: `?hideSection=section:nope&hideSection=${AGI}` });
    expect((await appState(page)).hiddenSections).toEqual([AGI]);
    expect(await page.locator(".notice").first().textContent()).toContain('"section:nope", which is not on this map');
    expect(await page.getByRole("checkbox", { name: "Show AGI-Papers" }).isChecked()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the link-kind filter (a graph with citations)", () => {
  let app: AppPage;
  const edge = (page: Page, from: string, to: string) =>
    page.evaluate(([a, b]) => window.__readingGraph!.graph.edge(a, b)!, [from, to] as const);
  const edgeHidden = (page: Page, key: string) => page.evaluate((k) => window.__readingGraph!.mapHidesEdge(k), key);

  beforeAll(async () => {
    app = await openApp(browser, { graph: "synthetic-online" });
  });
  beforeEach(async () => {
    await dispatch(app.page, { hiddenLinkKinds: [], influentialOnly: false });
  });

  it("offers a toggle for each kind of link the graph has, and influential citations", async () => {
    const labels = await app.page.locator(".legend-kinds label").allTextContents();
    expect(labels.map((l) => l.replace(/\d+$/, ""))).toEqual([
      "Later version",
      "Named in the text",
      "Cited",
      "Only influential citations",
    ]);
  });

  it("hides links of a kind and keeps a link that has another kind shown; papers stay", async () => {
    const { page } = app;
    const papers = (await shownPapers(page)).length;
    const mentionsOnly = await edge(page, "arxiv:2203.02155", "arxiv:2005.14165");
    const mentionsAndCites = await edge(page, "arxiv:1810.04805", "arxiv:1706.03762");
    await page.getByRole("checkbox", { name: /Named in the text/ }).uncheck();
    expect(await edgeHidden(page, mentionsOnly)).toBe(true);
    expect(await edgeHidden(page, mentionsAndCites)).toBe(false);
    expect((await shownPapers(page)).length).toBe(papers);
    expect(new URL(page.url()).searchParams.get("hideLinks")).toBe("mentions");
    await page.getByRole("checkbox", { name: /Named in the text/ }).check();
    expect(await edgeHidden(page, mentionsOnly)).toBe(false);
  });

  it("keeps only influential citations when asked, and disables that while citations are off", async () => {
    const { page } = app;
    const influential = await edge(page, "arxiv:2203.15556", "arxiv:2005.14165");
    const ordinary = await edge(page, "arxiv:2106.09685", "arxiv:2005.14165");
    await page.getByRole("checkbox", { name: /Only influential citations/ }).check();
    expect(await edgeHidden(page, influential)).toBe(false);
    expect(await edgeHidden(page, ordinary)).toBe(true);
    expect(new URL(page.url()).searchParams.get("influential")).toBe("1");
    await page.getByRole("checkbox", { name: /^Cited/ }).uncheck();
    expect(await page.getByRole("checkbox", { name: /Only influential citations/ }).isDisabled()).toBe(true);
    expect(await edgeHidden(page, influential)).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
