import { describe, expect, it } from "vitest";

import { uncoveredArea } from "../../../src/map/camera";
import { LABEL_MARGIN, LabelCollisions, labelBox, overlaps } from "../../../src/map/label-layout";

describe("overlaps", () => {
  it("is true for boxes that share area and false for boxes that only touch", () => {
    expect(overlaps({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 5, y1: 5, x2: 15, y2: 15 })).toBe(true);
    expect(overlaps({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 0, x2: 20, y2: 10 })).toBe(false);
  });
});

describe("labelBox", () => {
  it("spans the text from above the baseline to just below it, with a margin", () => {
    expect(labelBox(100, 50, 40, 10)).toEqual({
      x1: 100 - LABEL_MARGIN,
      y1: 40 - LABEL_MARGIN,
      x2: 140 + LABEL_MARGIN,
      y2: 53 + LABEL_MARGIN,
    });
  });
});

describe("LabelCollisions", () => {
  it("refuses a label that would overlap one already placed", () => {
    const c = new LabelCollisions();
    c.reset(new Map());
    expect(c.place({ x1: 0, y1: 0, x2: 10, y2: 10 })).toBe(true);
    expect(c.place({ x1: 5, y1: 5, x2: 15, y2: 15 })).toBe(false);
    expect(c.place({ x1: 20, y1: 0, x2: 30, y2: 10 })).toBe(true);
  });

  it("does not reserve a label that overlaps an earlier reserved one", () => {
    const c = new LabelCollisions();
    c.reset(
      new Map([
        ["a", { x1: 0, y1: 0, x2: 10, y2: 10 }],
        ["b", { x1: 5, y1: 5, x2: 15, y2: 15 }],
      ]),
    );
    expect(c.isReserved("a")).toBe(true);
    expect(c.isReserved("b")).toBe(false);
  });

  it("places reserved labels first and forgets the previous frame on reset", () => {
    const c = new LabelCollisions();
    c.reset(new Map([["hub", { x1: 0, y1: 0, x2: 10, y2: 10 }]]));
    expect(c.isReserved("hub")).toBe(true);
    expect(c.place({ x1: 5, y1: 5, x2: 15, y2: 15 })).toBe(false);
    c.reset(new Map());
    expect(c.isReserved("hub")).toBe(false);
    expect(c.place({ x1: 5, y1: 5, x2: 15, y2: 15 })).toBe(true);
  });
});

describe("uncoveredArea", () => {
  const map = { left: 0, top: 40, width: 1200, height: 800 };

  it("is the whole map without an overlay", () => {
    expect(uncoveredArea(map, null)).toEqual({ left: 0, top: 0, width: 1200, height: 800 });
  });

  it("is the part left of a side panel", () => {
    expect(uncoveredArea(map, { left: 800, top: 40, width: 400, height: 800 })).toEqual({
      left: 0,
      top: 0,
      width: 800,
      height: 800,
    });
  });

  it("is the part left of a side panel that covers more than half of a narrowed map", () => {
    expect(
      uncoveredArea({ left: 480, top: 40, width: 800, height: 800 }, { left: 880, top: 40, width: 400, height: 800 }),
    ).toEqual({
      left: 0,
      top: 0,
      width: 400,
      height: 800,
    });
  });

  it("is the part above a bottom sheet", () => {
    expect(uncoveredArea(map, { left: 0, top: 440, width: 1200, height: 400 })).toEqual({
      left: 0,
      top: 0,
      width: 1200,
      height: 400,
    });
  });
});
