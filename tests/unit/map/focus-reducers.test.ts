import { describe, expect, it } from "vitest";

import { NO_TIME, filterTableOf } from "../../../src/filters/table";
import { computeVisibility } from "../../../src/filters/visibility";
import { LINK_LOOKS, linkLookKind } from "../../../src/link-kinds/looks";
import { Z, computeAppearance } from "../../../src/map/appearance";
import { computeFocus } from "../../../src/map/focus";
import { assignSectionColors } from "../../../src/map/palette";
import {
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  type MapView,
  createEdgeReducer,
  createNodeReducer,
} from "../../../src/map/reducers";
import type { LineageEdgeAttributes } from "../../../src/model";
import { state, syntheticGraph } from "../helpers-app";

const { file, graph, index } = syntheticGraph();
const look = computeAppearance(graph, index, assignSectionColors(file.header.topSections));
const table = filterTableOf(graph, index);
const LLAMA = "arxiv:2302.13971";
const LLAMA2 = "arxiv:2307.09288";
const CHINCHILLA = "arxiv:2203.15556";
const TRANSFORMER = "arxiv:1706.03762";

describe("computeFocus", () => {
  it("keeps a paper and the papers it builds on and that build on it", () => {
    const focus = computeFocus(graph, index, LLAMA)!;
    expect([...focus.nodes].sort()).toEqual([CHINCHILLA, LLAMA, LLAMA2].sort());
    expect(focus.edges.size).toBe(2);
  });

  it("adds the paper's sections for a selection", () => {
    const focus = computeFocus(graph, index, LLAMA, { withSections: true })!;
    expect(focus.nodes.has("section:ai-canon/Landmark research results/Large language models/New models")).toBe(true);
    expect(focus.nodes.has("section:agi-papers/AGI-Papers")).toBe(true);
  });

  it("keeps a section and everything listed under it", () => {
    const focus = computeFocus(graph, index, "section:ai-canon/Landmark research results/Large language models")!;
    expect(focus.nodes.has(LLAMA)).toBe(true);
    expect(focus.nodes.has("section:ai-canon/Landmark research results/Large language models/New models")).toBe(true);
    expect(focus.nodes.has("arxiv:2006.11239")).toBe(false); // DDPM: image generation
  });

  it("is null for no node or an unknown one", () => {
    expect(computeFocus(graph, index, null)).toBeNull();
    expect(computeFocus(graph, index, "nope")).toBeNull();
  });
});

function view(patch: Partial<MapView> = {}): MapView {
  return { visibility: computeVisibility(graph, index, state()), focus: null, selected: null, ...patch };
}

describe("the node reducer", () => {
  it("gives the static look with nothing focused", () => {
    const reduce = createNodeReducer(look, table, () => view());
    const data = reduce(TRANSFORMER, { ...graph.getNodeAttributes(TRANSFORMER) });
    expect(data).toMatchObject({ color: look.nodes.get(TRANSFORMER)!.color, size: look.nodes.get(TRANSFORMER)!.size });
    expect(data.hidden).toBe(false);
  });

  it("gives each node its filter values and leaves hiding to the GPU programs", () => {
    const v = view({ visibility: computeVisibility(graph, index, state({ yearRange: { from: 2020, to: null } })) });
    const reduce = createNodeReducer(look, table, () => v);
    const transformer = reduce(TRANSFORMER, { ...graph.getNodeAttributes(TRANSFORMER) });
    expect(v.visibility.hidden.has(TRANSFORMER)).toBe(true);
    expect(transformer.hidden).toBe(false);
    // June 2017 as a month index (year × 12 + month − 1), and the group of its listings.
    expect(transformer).toMatchObject({ filterTime: 2017 * 12 + 5 });
    const i = table.nodeIndex.get(TRANSFORMER)!;
    expect((transformer as { filterGroup?: number }).filterGroup).toBe(table.nodeGroup[i]);
    const hub = "section:ai-canon/Tech deep dive";
    expect(reduce(hub, { ...graph.getNodeAttributes(hub) })).toMatchObject({ filterTime: NO_TIME });
  });

  it("fades and unlabels what is outside the focus, and labels what is in it", () => {
    const v = view({ focus: computeFocus(graph, index, LLAMA) });
    const reduce = createNodeReducer(look, table, () => v);
    expect(reduce(TRANSFORMER, { ...graph.getNodeAttributes(TRANSFORMER) })).toMatchObject({
      color: FADED_NODE_COLOR,
      label: "",
    });
    expect(reduce(CHINCHILLA, { ...graph.getNodeAttributes(CHINCHILLA) })).toMatchObject({
      forceLabel: true,
      zIndex: Z.focused,
    });
  });

  it("highlights the selected node", () => {
    const v = view({ focus: computeFocus(graph, index, LLAMA), selected: LLAMA });
    const reduce = createNodeReducer(look, table, () => v);
    expect(reduce(LLAMA, { ...graph.getNodeAttributes(LLAMA) })).toMatchObject({ highlighted: true, forceLabel: true });
  });

  it("leaves the graph's own attributes untouched", () => {
    const attrs = graph.getNodeAttributes(LLAMA);
    const reduce = createNodeReducer(look, table, () => view({ focus: computeFocus(graph, index, TRANSFORMER) }));
    reduce(LLAMA, { ...attrs });
    expect(graph.getNodeAttributes(LLAMA)).toEqual(attrs);
  });
});

describe("the edge reducer", () => {
  it("draws the focused paper's lineage edges in their kind's hue, opaque, and fades the others", () => {
    const v = view({ focus: computeFocus(graph, index, LLAMA) });
    const reduce = createEdgeReducer(look, table, () => v);
    const own = graph.edge(LLAMA, CHINCHILLA)!;
    const other = graph.edge("arxiv:2303.08774", "arxiv:2005.14165")!;
    const ownAttrs = graph.getEdgeAttributes(own) as LineageEdgeAttributes;
    const ownLook = LINK_LOOKS[linkLookKind(ownAttrs)];
    expect(reduce(own, { ...ownAttrs }).color).toBe(ownLook.focusColor);
    expect(ownLook.focusColor).not.toBe(ownLook.color);
    expect(reduce(other, { ...graph.getEdgeAttributes(other) }).color).toBe(FADED_EDGE_COLOR);
  });

  it("keeps the kinds of link apart around a selected paper: each kind's focus colour is its own", () => {
    const colours = Object.values(LINK_LOOKS).map((l) => l.focusColor);
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of colours) expect(c).toMatch(/^rgb\(/);
  });
});

describe("the edge reducer, for section edges", () => {
  it("hides section edges outside the focus and keeps those inside", () => {
    const v = view({ focus: computeFocus(graph, index, LLAMA, { withSections: true }) });
    const reduce = createEdgeReducer(look, table, () => v);
    const own = graph.findEdge(LLAMA, (_e, a) => a.kind === "member")!;
    const other = graph.findEdge(TRANSFORMER, (_e, a) => a.kind === "member")!;
    expect(reduce(own, { ...graph.getEdgeAttributes(own) }).hidden).toBe(false);
    expect(reduce(other, { ...graph.getEdgeAttributes(other) }).hidden).toBe(true);
  });
});
