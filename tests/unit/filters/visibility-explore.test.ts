// The section and link-kind filters, combined with the year filter in one Visibility.
import { describe, expect, it } from "vitest";

import { computeVisibility, createVisibilitySelector, hiddenByLayout } from "../../../src/filters/visibility";
import { buildSectionTree } from "../../../src/sections";
import { setHiddenSections, setLinkKindShown } from "../../../src/state";
import { state, syntheticGraph, syntheticOnlineGraph } from "../helpers-app";

const { graph, index, file } = syntheticGraph();
const tree = buildSectionTree(graph, file.header.topSections);
const TOTAL = index.papers.length;

const DEEP_DIVE = "section:ai-canon/Tech deep dive";
const REFERENCE = `${DEEP_DIVE}/Reference and commentary`;
const BEFORE = "section:agi-papers/before 2023";
const TRANSFORMER = "arxiv:1706.03762"; // listed in Reference and commentary and in before 2023
const SEQ2SEQ = "arxiv:1409.3215"; // listed in Reference and commentary only

describe("the section filter", () => {
  it("hides papers listed only in sections that are off, and their hubs", () => {
    const v = computeVisibility(graph, index, state({ hiddenSections: [DEEP_DIVE, REFERENCE] }), tree);
    expect(v.hidden.has(SEQ2SEQ)).toBe(true);
    expect(v.hidden.has(DEEP_DIVE)).toBe(true);
    expect(v.hidden.has(REFERENCE)).toBe(true);
    expect(v.shownPapers).toBe(TOTAL - 3); // Bahdanau, Seq2seq, Word2vec
  });

  it("keeps a paper listed in two sections while one of them is on", () => {
    const v = computeVisibility(graph, index, state({ hiddenSections: [DEEP_DIVE, REFERENCE] }), tree);
    expect(v.hidden.has(TRANSFORMER)).toBe(false);
    const both = computeVisibility(graph, index, state({ hiddenSections: [DEEP_DIVE, REFERENCE, BEFORE] }), tree);
    expect(both.hidden.has(TRANSFORMER)).toBe(true);
  });

  it("combines with the year range: shown papers pass both", () => {
    const s = state({ hiddenSections: [BEFORE], yearRange: { from: 2017, to: 2017 }, showUndated: false });
    const v = computeVisibility(graph, index, s, tree);
    const shown = index.papers.filter((p) => !v.hidden.has(p));
    const expected = index.papers.filter((p) => {
      const a = graph.getNodeAttributes(p);
      return a.kind === "paper" && a.year === 2017 && a.sections.some((ref) => ref.id !== BEFORE);
    });
    expect(shown).toContain(TRANSFORMER);
    expect(shown).toEqual(expected);
    expect(v.shownPapers).toBe(expected.length);
  });

  it("keeps a parent hub while a sub-section that is on has papers shown", () => {
    const v = computeVisibility(graph, index, state({ hiddenSections: [DEEP_DIVE] }), tree);
    expect(v.hidden.has(DEEP_DIVE)).toBe(false);
    expect(v.hidden.has(REFERENCE)).toBe(false);
  });

  it("is recomputed by the selector when the sections change, not for a kind of link", () => {
    const select = createVisibilitySelector(graph, index, tree);
    const s = state();
    const first = select(s);
    const withSections = setHiddenSections([BEFORE])(s);
    const sections = select(withSections);
    expect(sections.hidden).not.toBe(first.hidden);
    const links = select(setLinkKindShown("mentions", false)(withSections));
    expect(links.hidden).toBe(sections.hidden);
    expect(links.hiddenEdges).not.toBe(sections.hiddenEdges);
  });
});

describe("the link-kind filter", () => {
  const online = syntheticOnlineGraph();
  const link = (from: string, to: string) => online.graph.edge(`arxiv:${from}`, `arxiv:${to}`)!;

  it("hides links none of whose kinds is shown, and never a paper", () => {
    const v = computeVisibility(online.graph, online.index, state({ hiddenLinkKinds: ["mentions"] }));
    expect(v.hiddenEdges!.has(link("2203.02155", "2005.14165"))).toBe(true); // mentions only
    expect(v.hiddenEdges!.has(link("1810.04805", "1706.03762"))).toBe(false); // mentions + cites
    expect(v.hiddenEdges!.has(link("2303.08774", "2005.14165"))).toBe(false); // version
    expect(v.shownPapers).toBe(online.index.papers.length);
  });

  it("keeps only influential citations when asked", () => {
    const v = computeVisibility(
      online.graph,
      online.index,
      state({ hiddenLinkKinds: ["version", "mentions"], influentialOnly: true }),
    );
    expect(v.hiddenEdges!.has(link("2203.15556", "2005.14165"))).toBe(false); // influential
    expect(v.hiddenEdges!.has(link("2106.09685", "2005.14165"))).toBe(true); // not influential
  });

  it("lists exactly the links it hides, and counts them", () => {
    const v = computeVisibility(online.graph, online.index, state({ hiddenLinkKinds: ["mentions", "version"] }));
    const b = computeVisibility(online.graph, online.index, state({ hiddenLinkKinds: ["cites"] }));
    // With mentions and versions off, exactly the links that are not citations go.
    const notCitations = online.graph.filterEdges((_e, a) => a.kind === "lineage" && !a.kinds.includes("cites"));
    expect(notCitations.length).toBeGreaterThan(0);
    expect([...v.hiddenEdges!].sort()).toEqual(notCitations.sort());
    expect(v.hiddenEdges!.size).toBe([...v.hiddenEdges!].length);
    expect([...b.hiddenEdges!].sort()).toEqual(
      [
        link("2005.14165", "1810.04805"),
        link("2203.15556", "2005.14165"),
        link("2106.09685", "2005.14165"),
        link("2201.11903", "2005.14165"),
      ].sort(),
    );
    expect(b.hiddenEdges!.size).toBe(4);
  });
});

describe("the timeline's bands", () => {
  it("stand for the sections there: no hub is drawn, every paper stays and the count is the map's", () => {
    const map = computeVisibility(graph, index, state(), tree);
    const timeline = computeVisibility(graph, index, state({ view: "timeline" }), tree);
    for (const section of index.sections) expect(timeline.hidden.has(section)).toBe(true);
    expect(index.papers.filter((p) => timeline.hidden.has(p))).toEqual([]);
    expect(timeline.shownPapers).toBe(map.shownPapers);
  });

  it("calls a hub on the timeline hidden by the layout, not by a filter", () => {
    expect(hiddenByLayout(graph, DEEP_DIVE, state({ view: "timeline" }))).toBe(true);
    expect(hiddenByLayout(graph, DEEP_DIVE, state())).toBe(false);
    expect(hiddenByLayout(graph, TRANSFORMER, state({ view: "timeline" }))).toBe(false);
  });
});
