// "Find path to…" reads a typed name as the search box does, not only the exact "Name (Year)" option.
import { describe, expect, it } from "vitest";

import { pickPaper } from "../../../src/lineage/pick-paper";
import { buildSearchDocuments } from "../../../src/search/documents";
import { createSearchEngine } from "../../../src/search/engine";
import { syntheticGraph } from "../helpers-app";

const { graph } = syntheticGraph();
const engine = createSearchEngine(buildSearchDocuments(graph));
const FROM = "arxiv:2303.08774"; // GPT-4
const pick = (typed: string, exact?: Map<string, string>) => pickPaper(graph, engine, typed, FROM, exact);

describe("pickPaper", () => {
  it.each([
    ["a short name", "GPT-3", "arxiv:2005.14165"],
    ["a short name in lower case, with its year", "bert (2018)", "arxiv:1810.04805"],
    ["the full title", "Language Models are Few-Shot Learners", "arxiv:2005.14165"],
    ["a title with a typo", "atention is all you need", "arxiv:1706.03762"],
    ["an arXiv ID", "1706.03762", "arxiv:1706.03762"],
  ])("finds the paper from %s (%s)", (_what, typed, key) => {
    expect(pick(typed)).toBe(key);
  });

  it("takes the exact option of the list first", () => {
    expect(pick("BERT (2018)", new Map([["BERT (2018)", "arxiv:1512.03385"]]))).toBe("arxiv:1512.03385");
  });

  it("never picks the paper the path starts from, nor a section", () => {
    expect(pick("GPT-4")).not.toBe(FROM);
    expect(pick("GPT-4")?.startsWith("section:")).not.toBe(true);
  });

  it("finds nothing for a name no paper has", () => {
    expect(pick("zzqx wholly unknown")).toBeNull();
    expect(pick("   ")).toBeNull();
  });
});
