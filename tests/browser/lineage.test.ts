// Lineage in a real browser, on the synthetic graph: "Show lineage" highlights a paper's ancestors
// and descendants and lists them by year; two papers show the lineage path between them (picked by
// clicking the map, or by typing a title, with Escape to stop); the reading order copies as
// markdown and names the link it ignores to break a cycle.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { LINK_LOOKS, linkLookKind } from "../../src/link-kinds/looks";
import { FADED_NODE_COLOR } from "../../src/map/reducers";
import type { LineageEdgeAttributes } from "../../src/model";
import { buildGraphFile } from "../fixtures/synthetic-graph";
import { SYNTHETIC_SPEC } from "../fixtures/synthetic-spec";
import { bringNodeIntoView, openApp, openBrowser, waitOutDoubleClick } from "./helpers";
import { GRAPHS_DIR } from "./paths";

const GPT4 = "arxiv:2303.08774";
const GPT3 = "arxiv:2005.14165";
const INSTRUCTGPT = "arxiv:2203.02155";
const TRANSFORMER = "arxiv:1706.03762";
const DDPM = "arxiv:2006.11239";
const synthetic = { graph: "synthetic" };

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
  // The synthetic graph with a cycle: GPT-2 (2019) is also said to build on GPT-3 (2020).
  const cyclic = { ...SYNTHETIC_SPEC, lineage: [...SYNTHETIC_SPEC.lineage] };
  cyclic.lineage.push({ from: "gpt-2", to: "2005.14165", kind: "mentions", text: 'names "GPT-3" in its summary' });
  writeFileSync(join(GRAPHS_DIR, "cyclic.json"), JSON.stringify(buildGraphFile(cyclic)));
});
afterAll(async () => {
  await browser?.close();
});

const state = (page: Page) => page.evaluate(() => window.__readingGraph!.store.get());
const listed = (page: Page, selector: string, nth = 0) =>
  page.locator(selector).nth(nth).locator(".node-link-label").allTextContents();
const nodeColor = (page: Page, key: string) =>
  page.evaluate((k) => window.__readingGraph!.renderer.getNodeDisplayData(k)?.color, key);

describe("show lineage", () => {
  it("highlights every ancestor and descendant, fades the rest, and lists them by year", async () => {
    const { page, problems } = await openApp(browser, { ...synthetic, search: `?selected=${GPT4}` });
    await page.getByRole("button", { name: "Show lineage" }).click();
    expect(await page.getByRole("button", { name: "Show lineage" }).getAttribute("aria-pressed")).toBe("true");
    expect((await state(page)).lineage).toBe(GPT4);
    expect(new URL(page.url()).search).toBe(`?selected=${GPT4}&lineage=${GPT4}`);

    const section = page.locator(".lineage-section");
    expect(await section.locator("h4").allTextContents()).toEqual(["GPT-4 builds on (5)", "Built on by (1)"]);
    expect(await listed(page, ".lineage-section .relatives")).toEqual([
      "Bahdanau attention",
      "Seq2seq",
      "Transformer",
      "GPT-2",
      "GPT-3",
    ]);
    expect(await listed(page, ".lineage-section .relatives", 1)).toEqual(["Sparks of AGI"]);
    expect(await section.locator(".relative-via").first().textContent()).toBe(" through Transformer");

    expect(await nodeColor(page, TRANSFORMER)).not.toBe(FADED_NODE_COLOR);
    expect(await nodeColor(page, DDPM)).toBe(FADED_NODE_COLOR);
    expect(await page.locator("#lineage-bar").textContent()).toContain(
      "Lineage of GPT-4: builds on 5 papers, built on by 1 paper.",
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps the highlight while the panel shows an ancestor, and Escape clears it once the panel is closed", async () => {
    const { page } = await openApp(browser, { ...synthetic, search: `?selected=${GPT4}&lineage=${GPT4}` });
    await page
      .locator(".lineage-section")
      .getByRole("button", { name: /^GPT-3/ })
      .click();
    expect(await state(page)).toMatchObject({ selected: GPT3, lineage: GPT4 });
    expect(await page.locator(".lineage-context").textContent()).toContain("The map shows the lineage of GPT-4");
    await page.keyboard.press("Escape");
    expect(await state(page)).toMatchObject({ selected: null, lineage: GPT4 });
    await expect.poll(() => page.locator("#lineage-bar").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await state(page)).toMatchObject({ selected: null, lineage: null });
    expect(await page.locator("#lineage-bar").isVisible()).toBe(false);
    await page.close();
  });
});

describe("the path between two papers", () => {
  it("is picked by clicking a second paper on the map, and drawn and listed step by step", async () => {
    const { page, problems } = await openApp(browser, { ...synthetic, search: `?selected=${INSTRUCTGPT}` });
    await page.getByRole("button", { name: "Find path to…" }).click();
    expect((await state(page)).pickingPathFrom).toBe(INSTRUCTGPT);
    await expect.poll(() => page.locator("#lineage-bar").textContent()).toContain("Click a paper");
    await waitOutDoubleClick(page);
    const point = await bringNodeIntoView(page, TRANSFORMER);
    await page.mouse.click(point.x, point.y);

    expect(await state(page)).toMatchObject({
      selected: INSTRUCTGPT,
      path: { from: INSTRUCTGPT, to: TRANSFORMER },
      pickingPathFrom: null,
    });
    expect(new URL(page.url()).search).toBe(`?selected=${INSTRUCTGPT}&pathfrom=${INSTRUCTGPT}&pathto=${TRANSFORMER}`);
    const section = page.locator(".path-section");
    expect(await section.locator(".path-summary").textContent()).toBe(
      "InstructGPT builds on Transformer through 2 papers.",
    );
    expect(await listed(page, ".path-section .path-steps")).toEqual(["InstructGPT", "GPT-3", "GPT-2", "Transformer"]);
    expect(await section.locator(".path-arrow").allTextContents()).toEqual([
      "↓ builds on",
      "↓ builds on",
      "↓ builds on",
    ]);

    // The path's links keep their kind's hue, opaque (a citation blue, a name grey…).
    const edge = await page.evaluate(
      ([a, b]) => {
        const { graph, renderer } = window.__readingGraph!;
        const key = graph.edge(a, b)!;
        return { color: renderer.getEdgeDisplayData(key)?.color, attrs: graph.getEdgeAttributes(key) };
      },
      [INSTRUCTGPT, GPT3],
    );
    expect(edge.color).toBe(LINK_LOOKS[linkLookKind(edge.attrs as LineageEdgeAttributes)].focusColor);
    expect(await nodeColor(page, DDPM)).toBe(FADED_NODE_COLOR);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("can be picked with the keyboard by title, and Escape stops picking without closing the panel", async () => {
    const { page } = await openApp(browser, { ...synthetic, search: `?selected=${GPT4}` });
    await page.getByRole("button", { name: "Find path to…" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("path-to-input");
    await page.keyboard.press("Escape");
    expect(await state(page)).toMatchObject({ selected: GPT4, pickingPathFrom: null });

    await page.getByRole("button", { name: "Find path to…" }).click();
    await page.keyboard.type("DDPM (2020)");
    await page.keyboard.press("Enter");
    expect((await state(page)).path).toEqual({ from: GPT4, to: DDPM });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("path-summary");
    expect(await page.locator(".path-summary").textContent()).toBe(
      "No lineage links GPT-4 and DDPM, even through other papers.",
    );

    // A name typed as one would type it in the search box: lower case, the full title.
    await page.getByRole("button", { name: "Find path to…" }).click();
    await page.keyboard.type("language models are few-shot learners");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state(page)).path).toEqual({ from: GPT4, to: GPT3 });
    await page.close();
  });

  it("tags the papers the filters hide in the panel's Built on by list, and untags them when shown", async () => {
    const { page } = await openApp(browser, { ...synthetic, search: `?selected=${GPT3}&to=2020` });
    const item = page.locator(".lineage-list > li", { has: page.locator(`[data-node="${INSTRUCTGPT}"]`) });
    await expect.poll(() => item.locator(".filtered-tag").textContent()).toBe("hidden by the filter");
    await page.getByRole("textbox", { name: "To year" }).fill("2023");
    await page.getByRole("textbox", { name: "To year" }).press("Enter");
    await expect.poll(() => item.locator(".filtered-tag").count()).toBe(0);
    await page.close();
  });

  it("are not offered for a paper with no lineage link, which says so up front", async () => {
    const { page } = await openApp(browser, { ...synthetic, search: "?selected=title:alphafold" });
    await expect
      .poll(() => page.locator(".no-lineage").textContent())
      .toBe("AlphaFold has no lineage link to another paper in the lists: no lineage, path or reading order to show.");
    for (const name of ["Show lineage", "Find path to…", "What to read first"])
      expect(await page.getByRole("button", { name }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Cite", exact: true }).count()).toBe(1);
    await page.close();
  });

  it("says honestly when two papers only share an ancestor", async () => {
    const { page } = await openApp(browser, {
      ...synthetic,
      search: `?selected=${GPT4}&pathfrom=${GPT4}&pathto=${INSTRUCTGPT}`,
    });
    expect(await page.locator(".path-summary").textContent()).toBe(
      "GPT-4 and InstructGPT are connected through 1 paper, but neither builds on the other: they share ancestors or descendants.",
    );
    expect(await page.locator(".path-section .path-arrow").allTextContents()).toEqual([
      "↓ builds on",
      "↓ is built on by",
    ]);
    await page.close();
  });

  it("is made by shift-clicking a second paper on the map", async () => {
    const { page } = await openApp(browser, { ...synthetic, search: `?selected=${GPT4}` });
    await waitOutDoubleClick(page);
    const point = await bringNodeIntoView(page, GPT3);
    await page.keyboard.down("Shift");
    await page.mouse.click(point.x, point.y);
    await page.keyboard.up("Shift");
    expect(await state(page)).toMatchObject({ selected: GPT4, path: { from: GPT4, to: GPT3 } });
    await page.close();
  });
});

describe("what to read first", () => {
  it("lists the ancestors in reading order, the paper last, and copies them as markdown", async () => {
    const { page, problems } = await openApp(browser, {
      ...synthetic,
      search: `?selected=${GPT4}`,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await page.getByRole("button", { name: "What to read first" }).click();
    expect(await listed(page, ".reading-list")).toEqual([
      "Bahdanau attention",
      "Seq2seq",
      "Transformer",
      "GPT-2",
      "GPT-3",
      "GPT-4",
    ]);
    await page.getByRole("button", { name: "Copy as markdown" }).click();
    await expect
      .poll(() => page.locator(".reading-order .copy-status").textContent())
      .toBe("The reading list copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        "1. [Neural Machine Translation by Jointly Learning to Align and Translate](https://arxiv.org/abs/1409.0473) (2014)",
        "2. [Sequence to Sequence Learning with Neural Networks](https://arxiv.org/abs/1409.3215) (2014)",
        "3. [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)",
        "4. [Language Models are Unsupervised Multitask Learners](https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf) (2019)",
        "5. [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) (2020)",
        "6. [GPT-4 Technical Report](https://arxiv.org/abs/2303.08774) (2023)",
        "",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("breaks a cycle in the data and names the link it ignored", async () => {
    const { page } = await openApp(browser, { graph: "cyclic", search: `?selected=${GPT4}` });
    expect(await listed(page, ".reading-list")).toEqual([
      "Bahdanau attention",
      "Seq2seq",
      "Transformer",
      "GPT-2",
      "GPT-3",
      "GPT-4",
    ]);
    expect(await page.locator(".cycle-note li").allTextContents()).toEqual([
      "GPT-2 is said to build on GPT-3, a later paper, closing a cycle: ignored.",
    ]);
    await page.close();
  });
});
