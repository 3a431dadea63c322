import { describe, expect, it } from "vitest";

import {
  HIDE_EDGES_ON_MOVE_ABOVE,
  HOVER_FADE_MAX_NODES,
  focusOf,
  focusOptions,
  hidesEdgesOnMove,
  hoverFades,
} from "../../../src/map/focus-source";
import { INITIAL_STATE } from "../../../src/state";

const state = { ...INITIAL_STATE, hovered: "arxiv:2", selected: "arxiv:1" };

describe("focus on large maps", () => {
  it("focuses the hovered paper on a map of ordinary size", () => {
    expect(focusOf(state, hoverFades(5_000))).toBe("arxiv:2");
    expect(focusOptions(state, true)).toEqual({ withSections: false });
  });

  it("keeps the selection's focus while hovering on a map too large to refresh per hover", () => {
    expect(hoverFades(HOVER_FADE_MAX_NODES + 1)).toBe(false);
    expect(focusOf(state, false)).toBe("arxiv:1");
    expect(focusOptions(state, false)).toEqual({ withSections: true });
  });

  it("hides edges while the camera moves only above the edge threshold", () => {
    expect(hidesEdgesOnMove(HIDE_EDGES_ON_MOVE_ABOVE)).toBe(false);
    expect(hidesEdgesOnMove(HIDE_EDGES_ON_MOVE_ABOVE + 1)).toBe(true);
  });
});
