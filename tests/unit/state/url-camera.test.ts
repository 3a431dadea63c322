import { describe, expect, it } from "vitest";

import { MAX_CAMERA_RATIO } from "../../../src/map/camera-limits";
import {
  INITIAL_STATE,
  parseUrlState,
  restoreUrlState,
  roundCamera,
  sameCamera,
  serializeUrlState,
  setCamera,
  setView,
} from "../../../src/state";

const known = (key: string) => key === "arxiv:1706.03762";

describe("the camera in a link", () => {
  it("reads camera=x,y,zoom", () => {
    expect(parseUrlState("?camera=0.4321,0.5678,0.45", known)).toMatchObject({
      state: {
        selected: null,
        yearRange: { from: null, to: null },
        showUndated: true,
        camera: { x: 0.4321, y: 0.5678, ratio: 0.45 },
      },
      notices: [],
      adjusted: false,
    });
  });

  it("writes a placed camera rounded, after the rest of the link, and round-trips", () => {
    const state = {
      ...INITIAL_STATE,
      selected: "arxiv:1706.03762",
      camera: { x: 0.123456, y: -0.5, ratio: 0.3141592 },
    };
    const search = serializeUrlState(state);
    expect(search).toBe("?selected=arxiv:1706.03762&camera=0.1235,-0.5,0.3142");
    expect(parseUrlState(search, known).state.camera).toEqual({ x: 0.1235, y: -0.5, ratio: 0.3142 });
  });

  it("writes nothing while the app chooses the view", () => {
    expect(serializeUrlState(INITIAL_STATE)).toBe("");
  });

  it.each([
    ["0.5,0.5", "is not"],
    ["a,b,c", "is not"],
    ["0.5,0.5,1,2", "is not"],
    ["0.5,0.5,0", "zoomed beyond"],
    [`0.5,0.5,${MAX_CAMERA_RATIO * 2}`, "zoomed beyond"],
    ["400,0.5,1", "off the map"],
  ])("drops camera=%s with a notice that it %s…", (raw, words) => {
    const parsed = parseUrlState(`?camera=${raw}`, known);
    expect(parsed.state.camera).toBeUndefined();
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toContain(raw);
    expect(parsed.notices[0]).toContain(words);
  });
});

describe("camera actions", () => {
  it("keeps the same state for a camera equal once rounded", () => {
    const placed = setCamera({ x: 0.1, y: 0.2, ratio: 0.5 })(INITIAL_STATE);
    expect(setCamera({ x: 0.100001, y: 0.2, ratio: 0.50001 })(placed)).toBe(placed);
    expect(sameCamera(roundCamera({ x: 0.1, y: 0.2, ratio: 0.5 }), { x: 0.100004, y: 0.2, ratio: 0.5 })).toBe(true);
  });

  it("restores a link without a camera as 'the app frames the view'", () => {
    const placed = setCamera({ x: 0.1, y: 0.2, ratio: 0.5 })(INITIAL_STATE);
    expect(
      restoreUrlState({ selected: null, yearRange: { from: null, to: null }, showUndated: true })(placed).camera,
    ).toBeNull();
  });

  it("forgets a placed camera when the layout changes: it means nothing in the other one", () => {
    const placed = setCamera({ x: 0.1, y: 0.2, ratio: 0.5 })(INITIAL_STATE);
    expect(setView("timeline")(placed).camera).toBeNull();
  });
});

describe("regions in a link", () => {
  it("are on by default and written only when off", () => {
    expect(parseUrlState("", known).state.showRegions).toBeUndefined();
    expect(serializeUrlState({ ...INITIAL_STATE, showRegions: false })).toBe("?regions=0");
    expect(parseUrlState("?regions=0", known).state.showRegions).toBe(false);
    expect(restoreUrlState(parseUrlState("?regions=0", known).state)(INITIAL_STATE).showRegions).toBe(false);
  });

  it("drop a value that is not 0 or 1, with a notice", () => {
    const parsed = parseUrlState("?regions=maybe", known);
    expect(parsed.state.showRegions).toBeUndefined();
    expect(parsed.notices[0]).toContain("maybe");
  });
});
