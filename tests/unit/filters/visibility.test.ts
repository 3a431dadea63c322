import { describe, expect, it } from "vitest";

import { computeVisibility, createVisibilitySelector } from "../../../src/filters/visibility";
import { buildGraphIndex } from "../../../src/load";
import { setYearRange } from "../../../src/state";
import { state, syntheticGraph } from "../helpers-app";

const { graph, index } = syntheticGraph();
const TOTAL = index.papers.length;

describe("computeVisibility", () => {
  it("shows everything with no filter, except hubs that list no paper", () => {
    const v = computeVisibility(graph, index, state());
    expect(v.shownPapers).toBe(TOTAL);
    expect(v.totalPapers).toBe(TOTAL);
    expect(v.hidden.size).toBe(0);
  });

  it("hides papers outside the year range and keeps undated ones when asked", () => {
    const v = computeVisibility(graph, index, state({ yearRange: { from: 2023, to: 2023 } }));
    const shown = index.papers.filter((p) => !v.hidden.has(p));
    for (const p of shown) {
      const year =
        graph.getNodeAttribute(p, "kind") === "paper" ? (graph.getNodeAttributes(p) as { year?: number }).year : 0;
      expect(year === undefined || year === 2023).toBe(true);
    }
    expect(v.shownPapers).toBe(shown.length);
    expect(shown).toContain("title:undated-survey");
    expect(shown).toContain("arxiv:2302.13971"); // LLaMA, 2023
    expect(shown).not.toContain("arxiv:1706.03762"); // Transformer, 2017
  });

  it("hides undated papers when the toggle is off", () => {
    const v = computeVisibility(graph, index, state({ showUndated: false }));
    expect(v.shownPapers).toBe(TOTAL - index.undatedCount);
    expect(v.hidden.has("title:undated-notes")).toBe(true);
  });

  it("hides a section hub whose papers are all hidden, and keeps its parent while another child has papers", () => {
    // 2013–2014: only Word2vec, Seq2seq, Bahdanau attention, all in Tech deep dive › Reference and commentary.
    const v = computeVisibility(graph, index, state({ yearRange: { from: 2013, to: 2014 }, showUndated: false }));
    expect(v.shownPapers).toBe(3);
    expect(v.hidden.has("section:ai-canon/Tech deep dive")).toBe(false);
    expect(v.hidden.has("section:ai-canon/Tech deep dive/Reference and commentary")).toBe(false);
    expect(v.hidden.has("section:ai-canon/Landmark research results")).toBe(true);
    expect(v.hidden.has("section:agi-papers/AGI-Papers")).toBe(true);
  });
});

describe("createVisibilitySelector", () => {
  it("returns the same result while the filters are unchanged", () => {
    const select = createVisibilitySelector(graph, index);
    const s = state();
    const first = select(s);
    expect(select({ ...s, selected: "arxiv:1706.03762", hovered: "x" })).toBe(first);
    expect(select(setYearRange({ from: 2020, to: null })(s))).not.toBe(first);
  });
});

describe("suggestions (papers the lists cite but do not hold)", () => {
  // A suggestion node added to the synthetic graph: 2015, cited by two of its papers.
  const withSuggestion = () => {
    const { graph, index } = syntheticGraph();
    graph.addNode("suggestion:s2:abc", {
      kind: "suggestion",
      label: "Adam",
      title: "Adam: A Method for Stochastic Optimization",
      year: 2015,
      citedBy: ["arxiv:1706.03762", "arxiv:2302.13971"],
      sections: [],
      topSection: index.sections[0]!,
      rank: 1,
      x: 0,
      y: 0,
      size: 1,
    });
    return { graph, index: buildGraphIndex(graph) };
  };

  it("are indexed apart from papers and sections, and never counted as papers", () => {
    const { index } = withSuggestion();
    expect(index.suggestions).toEqual(["suggestion:s2:abc"]);
    expect(index.papers).not.toContain("suggestion:s2:abc");
    expect(index.sections).not.toContain("suggestion:s2:abc");
  });

  it("are hidden unless asked for, and then pass the year filter like papers", () => {
    const { graph, index } = withSuggestion();
    expect(computeVisibility(graph, index, state()).hidden.has("suggestion:s2:abc")).toBe(true);
    const shown = computeVisibility(graph, index, state({ showSuggestions: true }));
    expect(shown.hidden.has("suggestion:s2:abc")).toBe(false);
    expect(shown.shownPapers).toBe(TOTAL);
    const filtered = state({ showSuggestions: true, yearRange: { from: 2016, to: null } });
    expect(computeVisibility(graph, index, filtered).hidden.has("suggestion:s2:abc")).toBe(true);
  });
});
