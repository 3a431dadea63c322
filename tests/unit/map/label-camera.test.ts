import { describe, expect, it } from "vitest";

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

describe("LabelCollisions with the app's boxes", () => {
  const legend = { x1: 0, y1: 0, x2: 100, y2: 200 };

  it("refuses a label that runs under a box, though no other label is there", () => {
    const c = new LabelCollisions();
    c.reset(new Map(), [legend], { width: 800, height: 600 });
    expect(c.place({ x1: 90, y1: 50, x2: 150, y2: 62 })).toBe(false);
    expect(c.place({ x1: 110, y1: 50, x2: 170, y2: 62 })).toBe(true);
  });

  it("refuses a label cut by the edge of the map", () => {
    const c = new LabelCollisions();
    c.reset(new Map(), [], { width: 800, height: 600 });
    expect(c.place({ x1: 760, y1: 50, x2: 820, y2: 62 })).toBe(false);
    expect(c.place({ x1: 700, y1: 595, x2: 760, y2: 607 })).toBe(false);
    expect(c.place({ x1: 700, y1: 50, x2: 760, y2: 62 })).toBe(true);
  });

  it("does not reserve a landmark label that is under a box, so it can take the other side", () => {
    const c = new LabelCollisions();
    c.reset(new Map([["hub", { x1: 50, y1: 50, x2: 150, y2: 65 }]]), [legend], { width: 800, height: 600 });
    expect(c.isReserved("hub")).toBe(false);
  });

  it("keeps other labels off a claimed box (the selection's card) whatever it overlaps", () => {
    const c = new LabelCollisions();
    c.reset(new Map(), [legend], null);
    c.claim({ x1: 90, y1: 50, x2: 150, y2: 62 });
    expect(c.place({ x1: 120, y1: 55, x2: 180, y2: 67 })).toBe(false);
  });
});
