import { describe, expect, it } from "vitest";

import { type Box, freeRectangles, isFree } from "../../../src/map/free-space";

const VIEW = { width: 1000, height: 700 };
const area = (b: Box) => (b.right - b.left) * (b.bottom - b.top);

describe("freeRectangles", () => {
  it("is the whole map when nothing floats over it", () => {
    expect(freeRectangles(VIEW, [])).toEqual([{ left: 0, top: 0, right: 1000, bottom: 700 }]);
  });

  it("leaves the part beside a side panel and the strips around a corner box", () => {
    const panel = { left: 600, top: 0, right: 1000, bottom: 700 };
    const legend = { left: 10, top: 10, right: 300, bottom: 400 };
    const rects = freeRectangles(VIEW, [panel, legend]);
    expect(rects).toContainEqual({ left: 300, top: 0, right: 600, bottom: 700 });
    expect(rects).toContainEqual({ left: 0, top: 400, right: 600, bottom: 700 });
    for (const r of rects) {
      expect(r.right).toBeLessThanOrEqual(600);
      expect(isFree((r.left + r.right) / 2, (r.top + r.bottom) / 2, [panel, legend])).toBe(true);
    }
  });

  it("lists only maximal rectangles: none inside another", () => {
    const boxes = [
      { left: 10, top: 10, right: 300, bottom: 400 },
      { left: 10, top: 520, right: 400, bottom: 690 },
      { left: 940, top: 560, right: 990, bottom: 690 },
    ];
    const rects = freeRectangles(VIEW, boxes);
    for (const a of rects)
      for (const b of rects)
        if (a !== b)
          expect(a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom).toBe(false);
    // Between the year filter (to 400) and the zoom buttons (from 940), the full height.
    expect(Math.max(...rects.map(area))).toBe(540 * 700);
  });

  it("clips boxes that reach past the map", () => {
    expect(freeRectangles(VIEW, [{ left: -50, top: -50, right: 1050, bottom: 100 }])).toEqual([
      { left: 0, top: 100, right: 1000, bottom: 700 },
    ]);
  });
});
