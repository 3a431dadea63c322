// The filter table (what the GPU programs read) against the filters' rules applied node by node,
// the way the map answered before the table: same hidden nodes, same counts, for many filter states.
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";

import { UNDATED, filterTableOf } from "../../../src/filters/table";
import { dateMonth, isPaperTimeShown } from "../../../src/filters/utils";
import { computeVisibility } from "../../../src/filters/visibility";
import { LINK_FILTER_KINDS, type LinkFilterKind, isLinkShown, linkClassKey } from "../../../src/link-kinds/utils";
import type { GraphIndex, PaperGraph } from "../../../src/load";
import { isPaper, isSuggestion } from "../../../src/model";
import { type SectionTree, buildSectionTree, isHiddenBySections, liveSections } from "../../../src/sections";
import type { AppState } from "../../../src/state";
import { state, syntheticGraph, syntheticOnlineGraph } from "../helpers-app";

/** The rules of src/filters/visibility.ts, evaluated for every node (no table, no shortcuts). */
function referenceHidden(graph: PaperGraph, index: GraphIndex, s: AppState, tree: SectionTree): Set<string> {
  const hidden = new Set<string>();
  const off = new Set(s.hiddenSections);
  const shownListings = [];
  for (const paper of index.papers) {
    const attrs = graph.getNodeAttributes(paper);
    if (!isPaper(attrs)) continue;
    if (isPaperTimeShown(attrs, s) && !isHiddenBySections(attrs.sections, off)) shownListings.push(attrs.sections);
    else hidden.add(paper);
  }
  for (const suggestion of index.suggestions) {
    const attrs = graph.getNodeAttributes(suggestion);
    if (!s.showSuggestions || !isSuggestion(attrs) || !isPaperTimeShown(attrs, s)) hidden.add(suggestion);
  }
  const alive = liveSections(tree, shownListings, off);
  for (const section of index.sections) if (!alive.has(section)) hidden.add(section);
  return hidden;
}

function randomState(rng: () => number, index: GraphIndex, tree: SectionTree): AppState {
  const span = index.years!;
  const year = () => span.min - 1 + Math.floor(rng() * (span.max - span.min + 3));
  const from = rng() < 0.3 ? null : year();
  const to = rng() < 0.3 ? null : year();
  return state({
    yearRange: { from, to },
    showUndated: rng() < 0.5,
    playhead: rng() < 0.3 ? year() * 12 + Math.floor(rng() * 12) : null,
    hiddenSections: tree.ordered.filter(() => rng() < 0.3),
    showSuggestions: rng() < 0.5,
  });
}

describe("the filter table", () => {
  const { graph, index, file } = syntheticGraph();
  const tree = buildSectionTree(graph, file.header.topSections);

  it("hides exactly what the rules hide, node by node, and counts alike, over many filter states", () => {
    const rng = seedrandom("filter-table");
    for (let run = 0; run < 200; run++) {
      const s = randomState(rng, index, tree);
      const v = computeVisibility(graph, index, s, tree);
      const expected = referenceHidden(graph, index, s, tree);
      const actual = graph.filterNodes((node) => v.hidden.has(node));
      expect(actual.sort(), JSON.stringify(s)).toEqual([...expected].sort());
      expect(v.hidden.size).toBe(expected.size);
      expect([...v.hidden].sort()).toEqual([...expected].sort());
      expect(v.shownPapers).toBe(index.papers.filter((p) => !expected.has(p)).length);
    }
  });

  it("gives every paper its month and undated papers their own mark", () => {
    const table = filterTableOf(graph, index);
    for (const paper of index.papers) {
      const attrs = graph.getNodeAttributes(paper);
      const month = isPaper(attrs) ? dateMonth(attrs) : undefined;
      expect(table.nodeTime[table.nodeIndex.get(paper)!]).toBe(month ?? UNDATED);
    }
  });

  it("puts papers with the same listings in one group, and no two listings in one", () => {
    const table = filterTableOf(graph, index);
    const byGroup = new Map<number, string>();
    for (const paper of index.papers) {
      const attrs = graph.getNodeAttributes(paper);
      const listings = isPaper(attrs) ? attrs.sections.map((r) => r.id).join("|") : "";
      const group = table.nodeGroup[table.nodeIndex.get(paper)!]!;
      expect(byGroup.get(group) ?? listings).toBe(listings);
      byGroup.set(group, listings);
    }
  });
});

describe("link classes", () => {
  it("share isLinkShown's answer under every link filter", () => {
    const { graph } = syntheticOnlineGraph();
    const filters: { kinds: Set<LinkFilterKind>; influentialOnly: boolean }[] = [];
    for (let mask = 0; mask < 1 << LINK_FILTER_KINDS.length; mask++)
      for (const influentialOnly of [false, true])
        filters.push({ kinds: new Set(LINK_FILTER_KINDS.filter((_k, i) => mask & (1 << i))), influentialOnly });
    const answers = new Map<string, string>();
    graph.forEachEdge((_edge, attrs) => {
      if (attrs.kind !== "lineage") return;
      const answer = filters.map((f) => (isLinkShown(attrs, f.kinds, f.influentialOnly) ? "1" : "0")).join("");
      const key = linkClassKey(attrs);
      expect(answers.get(key) ?? answer).toBe(answer);
      answers.set(key, answer);
    });
    expect(answers.size).toBeGreaterThan(2);
  });
});
