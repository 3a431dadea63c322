// What the map keeps bright for "Show lineage" and for a path, on the synthetic graph, and that
// the reducers draw the lineage's paper and a path's ends like the selection.
import { describe, expect, it } from "vitest";

import { filterTableOf } from "../../../src/filters/table";
import { computeVisibility } from "../../../src/filters/visibility";
import { createLineageSelectors } from "../../../src/lineage/selectors";
import { computeAppearance } from "../../../src/map/appearance";
import { assignSectionColors } from "../../../src/map/palette";
import { FADED_NODE_COLOR, createNodeReducer } from "../../../src/map/reducers";
import { state, syntheticGraph } from "../helpers-app";

const { file, graph, index } = syntheticGraph();
const GPT4 = "arxiv:2303.08774";
const GPT3 = "arxiv:2005.14165";
const GPT2 = "title:gpt-2";
const TRANSFORMER = "arxiv:1706.03762";
const SPARKS = "arxiv:2303.12712";
const INSTRUCTGPT = "arxiv:2203.02155";

describe("the lineage highlight", () => {
  it("keeps a paper, all its ancestors and descendants, and the links between them", () => {
    const select = createLineageSelectors(graph);
    const focus = select.highlight(state({ lineage: GPT4 }))!;
    expect([...focus.nodes].sort()).toEqual(
      [GPT4, SPARKS, GPT3, GPT2, TRANSFORMER, "arxiv:1409.0473", "arxiv:1409.3215"].sort(),
    );
    expect([...focus.edges].map((e) => graph.extremities(e).join(" > ")).sort()).toEqual(
      [
        `${GPT4} > ${GPT3}`,
        `${SPARKS} > ${GPT4}`,
        `${GPT3} > ${GPT2}`,
        `${GPT2} > ${TRANSFORMER}`,
        `${TRANSFORMER} > arxiv:1409.0473`,
        `${TRANSFORMER} > arxiv:1409.3215`,
      ].sort(),
    );
    expect([...focus.marked!]).toEqual([GPT4]);
  });

  it("keeps a path's papers and links, and marks its two ends", () => {
    const select = createLineageSelectors(graph);
    const focus = select.highlight(state({ path: { from: INSTRUCTGPT, to: TRANSFORMER } }))!;
    expect([...focus.nodes]).toEqual([INSTRUCTGPT, GPT3, GPT2, TRANSFORMER]);
    expect(focus.edges.size).toBe(3);
    expect([...focus.marked!].sort()).toEqual([INSTRUCTGPT, TRANSFORMER].sort());
  });

  it("keeps just the two ends when no lineage connects them", () => {
    const select = createLineageSelectors(graph);
    const focus = select.highlight(state({ path: { from: GPT4, to: "arxiv:2006.11239" } }))!;
    expect([...focus.nodes]).toEqual([GPT4, "arxiv:2006.11239"]);
    expect(focus.edges.size).toBe(0);
  });

  it("is computed once: the same object while the lineage state is the same", () => {
    const select = createLineageSelectors(graph);
    const a = select.highlight(state({ lineage: GPT4 }));
    expect(select.highlight(state({ lineage: GPT4, selected: GPT3 }))).toBe(a);
    // Hovering a paper outside the lineage changes nothing either.
    expect(select.highlight(state({ lineage: GPT4, hovered: "arxiv:2006.11239" }))).toBe(a);
    const hovered = select.highlight(state({ lineage: GPT4, hovered: GPT3 }));
    expect(hovered?.marked).toEqual(new Set([GPT4, GPT3]));
    expect(select.highlight(state({ lineage: GPT4, hovered: GPT3 }))).toBe(hovered);
  });

  it("is null when nothing is highlighted, or the lineage names no paper", () => {
    const select = createLineageSelectors(graph);
    expect(select.highlight(state())).toBeNull();
    expect(select.highlight(state({ lineage: "section:agi-papers/AGI-Papers" }))).toBeNull();
  });

  it("draws the marked papers highlighted and fades the rest", () => {
    const select = createLineageSelectors(graph);
    const appearance = computeAppearance(graph, index, assignSectionColors(file.header.topSections));
    const s = state({ lineage: GPT4 });
    const view = { visibility: computeVisibility(graph, index, s), focus: select.highlight(s), selected: null };
    const reduce = createNodeReducer(appearance, filterTableOf(graph, index), () => view);
    expect(reduce(GPT4, { ...graph.getNodeAttributes(GPT4) })).toMatchObject({ highlighted: true, forceLabel: true });
    expect(reduce(GPT3, { ...graph.getNodeAttributes(GPT3) }).highlighted).toBe(false);
    expect(reduce("arxiv:2006.11239", { ...graph.getNodeAttributes("arxiv:2006.11239") }).color).toBe(FADED_NODE_COLOR);
  });
});
