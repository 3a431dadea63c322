// Arrow keys along lineage, on the synthetic fixture: GPT-3 builds on GPT-2 and is built on by
// InstructGPT (2022) and GPT-4 (2023).
import { describe, expect, it } from "vitest";

import { computeVisibility } from "../../../src/filters/visibility";
import { describeMove, lineageMove, shownNeighbours } from "../../../src/keyboard/lineage";
import { type AppState, stepLineage } from "../../../src/state";
import { state, syntheticGraph } from "../helpers-app";

const { graph, index } = syntheticGraph();
const GPT2 = "title:gpt-2";
const GPT3 = "arxiv:2005.14165";
const GPT4 = "arxiv:2303.08774";
const INSTRUCT = "arxiv:2203.02155";
const visible = (s: AppState) => computeVisibility(graph, index, s);
const move = (s: AppState, key: "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight") =>
  lineageMove(graph, s, visible(s), key);

describe("shownNeighbours", () => {
  it("lists the papers it builds on and those built on it, oldest first", () => {
    expect(shownNeighbours(graph, GPT3, visible(state()))).toEqual({ buildsOn: [GPT2], builtOnBy: [INSTRUCT, GPT4] });
  });

  it("leaves out papers and links the filters hide", () => {
    const years = state({ yearRange: { from: null, to: 2022 } });
    expect(shownNeighbours(graph, GPT3, visible(years)).builtOnBy).toEqual([INSTRUCT]);
    const noVersions = state({ hiddenLinkKinds: ["version"] });
    expect(shownNeighbours(graph, GPT3, visible(noVersions))).toEqual({ buildsOn: [], builtOnBy: [INSTRUCT] });
  });
});

describe("lineageMove", () => {
  it("is not a lineage move without a selected paper (the arrows pan)", () => {
    expect(move(state(), "ArrowUp")).toBeNull();
    expect(move(state({ selected: "section:agi-papers/AGI-Papers" }), "ArrowUp")).toBeNull();
  });

  it("goes up to a paper it builds on and down to one built on it", () => {
    expect(move(state({ selected: GPT3 }), "ArrowUp")).toEqual({
      kind: "move",
      node: GPT2,
      step: { origin: GPT3, direction: "buildsOn" },
      position: 1,
      of: 1,
    });
    expect(move(state({ selected: GPT3 }), "ArrowDown")).toMatchObject({ node: INSTRUCT, position: 1, of: 2 });
  });

  it("moves between the papers of the last step with left and right, wrapping around", () => {
    const down = stepLineage(INSTRUCT, { origin: GPT3, direction: "builtOnBy" })(state());
    expect(move(down, "ArrowRight")).toMatchObject({ node: GPT4, position: 2, of: 2 });
    const right = stepLineage(GPT4, { origin: GPT3, direction: "builtOnBy" })(down);
    expect(move(right, "ArrowRight")).toMatchObject({ node: INSTRUCT, position: 1 });
    expect(move(right, "ArrowLeft")).toMatchObject({ node: INSTRUCT, position: 1 });
  });

  it("with no step to follow, left and right go through all its neighbours", () => {
    expect(move(state({ selected: GPT3 }), "ArrowRight")).toMatchObject({
      node: GPT2,
      step: { origin: GPT3, direction: "all" },
      of: 3,
    });
    expect(move(state({ selected: GPT3 }), "ArrowLeft")).toMatchObject({ node: GPT4, position: 3 });
  });

  it("ignores a step the selection has since left", () => {
    const stale = { ...state({ selected: GPT4 }), lineageStep: { origin: GPT2, direction: "builtOnBy" as const } };
    expect(move(stale, "ArrowRight")).toMatchObject({ step: { origin: GPT4, direction: "all" } });
  });

  it("says so when there is nowhere to go", () => {
    const result = move(state({ selected: GPT2, hiddenLinkKinds: ["mentions"] }), "ArrowUp");
    expect(result).toEqual({ kind: "none", message: "GPT-2 builds on no paper shown on the map." });
  });
});

describe("describeMove", () => {
  it("names the paper, its place among the others and its own links", () => {
    const s = state({ selected: GPT3 });
    const result = move(s, "ArrowDown");
    if (result?.kind !== "move") throw new Error("expected a move");
    expect(describeMove(graph, result, visible(s))).toBe(
      "InstructGPT, 2022: 1 of 2 papers that build on GPT-3. It builds on 2 and is built on by 0.",
    );
  });

  it("agrees its verb with the only paper of a step", () => {
    const s = state({ selected: GPT2 });
    const result = move(s, "ArrowDown");
    if (result?.kind !== "move") throw new Error("expected a move");
    expect(describeMove(graph, result, visible(s))).toMatch(/: the only paper that builds on GPT-2\./);
  });
});
