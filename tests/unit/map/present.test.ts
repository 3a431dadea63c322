import { describe, expect, it } from "vitest";

import { DEFERRED_FROM_ITEMS, presentModeFor } from "../../../src/map/present";

describe("how frames reach the screen", () => {
  it("are drawn off screen first on software WebGL from DEFERRED_FROM_ITEMS nodes and edges", () => {
    expect(presentModeFor(true, DEFERRED_FROM_ITEMS)).toBe("deferred");
    expect(presentModeFor(true, 100_000)).toBe("deferred");
    expect(presentModeFor(true, DEFERRED_FROM_ITEMS - 1)).toBe("direct");
  });

  it("go straight to the canvases on a GPU, at any size", () => {
    expect(presentModeFor(false, 100_000)).toBe("direct");
    expect(presentModeFor(false, 10)).toBe("direct");
  });

  it("follow ?present= in the address, and ignore a value they do not know", () => {
    expect(presentModeFor(false, 10, "?present=deferred")).toBe("deferred");
    expect(presentModeFor(true, 100_000, "?selected=x&present=direct")).toBe("direct");
    expect(presentModeFor(true, 100_000, "?present=later")).toBe("deferred");
  });
});
