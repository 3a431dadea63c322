import { describe, expect, it } from "vitest";

import { CLOSE_BELOW, PEEK_SHARE, draggedShare, restingState } from "../../../src/sheet/utils";

describe("restingState", () => {
  it("closes a sheet let go low, opens it fully when let go high, else half way", () => {
    expect(restingState(CLOSE_BELOW / 2)).toBe("closed");
    expect(restingState(PEEK_SHARE)).toBe("peek");
    expect(restingState(0.7)).toBe("peek");
    expect(restingState(0.8)).toBe("full");
  });
});

describe("draggedShare", () => {
  it("grows as the pointer moves up and stays between 0 and the full height", () => {
    expect(draggedShare(0.45, 500, 400, 1000)).toBeCloseTo(0.55);
    expect(draggedShare(0.45, 500, -2000, 1000)).toBe(1);
    expect(draggedShare(0.45, 500, 2000, 1000)).toBe(0);
    expect(draggedShare(0.45, 500, 400, 0)).toBe(0.45);
  });
});
