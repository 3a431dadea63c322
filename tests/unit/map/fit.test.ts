import { describe, expect, it } from "vitest";

import {
  type FitItem,
  type Projection,
  bestRectangle,
  cameraFor,
  compactItems,
  fitRatio,
  project,
} from "../../../src/map/fit";

// A synthetic projection like sigma's for a 1000×800 map: 800 px per unit at ratio 1, y up;
// node radii grow as the ratio falls, as sigma's default size scaling (1/√ratio) does.
const PROJECTION: Projection = {
  sx: 800,
  sy: -800,
  view: { width: 1000, height: 800 },
  radius: (size, ratio) => size / Math.sqrt(ratio),
};
const LIMITS = { minRatio: 0.01, maxRatio: 3 };
const FULL = { left: 0, top: 0, right: 1000, bottom: 800 };

function drawnExtent(items: FitItem[], ratio: number, camera = cameraFor(items, PROJECTION, FULL, ratio)) {
  const points = items.map((i) => ({ ...project(i, PROJECTION, camera), r: PROJECTION.radius(i.size, ratio), i }));
  return {
    left: Math.min(...points.map((p) => p.x - p.r)),
    right: Math.max(...points.map((p) => p.x + p.r + (p.i.label ? 3 + p.i.label.width : 0))),
    top: Math.min(...points.map((p) => p.y - p.r)),
    bottom: Math.max(...points.map((p) => p.y + p.r)),
  };
}

describe("fitRatio", () => {
  it("zooms until the nodes' rings, not just their centres, fill the rectangle", () => {
    const items = [
      { x: 0, y: 0, size: 10 },
      { x: 1, y: 0, size: 10 },
    ];
    const ratio = fitRatio(items, PROJECTION, FULL, LIMITS);
    const e = drawnExtent(items, ratio);
    expect(e.right - e.left).toBeCloseTo(1000, 0);
    expect(ratio).toBeGreaterThan(0.8); // centres alone would allow 0.8
  });

  it("makes room for a label that must show", () => {
    const plain = [
      { x: 0, y: 0, size: 5 },
      { x: 1, y: 0, size: 5 },
    ];
    const labelled = [plain[0]!, { ...plain[1]!, label: { width: 200, height: 15 } }];
    expect(fitRatio(labelled, PROJECTION, FULL, LIMITS)).toBeGreaterThan(fitRatio(plain, PROJECTION, FULL, LIMITS));
    const e = drawnExtent(labelled, fitRatio(labelled, PROJECTION, FULL, LIMITS));
    expect(e.right - e.left).toBeLessThanOrEqual(1000 + 0.5);
  });

  it("stays within the limits: a single node does not fill the screen", () => {
    expect(fitRatio([{ x: 0.5, y: 0.5, size: 4 }], PROJECTION, FULL, { minRatio: 0.08, maxRatio: 3 })).toBe(0.08);
  });
});

describe("cameraFor", () => {
  it("centres the items in the rectangle, not the map", () => {
    const items = [
      { x: 0.2, y: 0.3, size: 4 },
      { x: 0.4, y: 0.6, size: 4 },
    ];
    const rect = { left: 300, top: 0, right: 700, bottom: 500 };
    const ratio = fitRatio(items, PROJECTION, rect, LIMITS);
    const camera = cameraFor(items, PROJECTION, rect, ratio);
    const e = drawnExtent(items, ratio, camera);
    expect((e.left + e.right) / 2).toBeCloseTo(500, 3);
    expect((e.top + e.bottom) / 2).toBeCloseTo(250, 3);
    expect(e.left).toBeGreaterThanOrEqual(300 - 1e-6);
    expect(e.bottom).toBeLessThanOrEqual(500 + 1e-6);
  });
});

describe("bestRectangle", () => {
  it("picks the free rectangle that shows a wide set largest", () => {
    const items = [
      { x: 0, y: 0, size: 3 },
      { x: 3, y: 0.5, size: 3 },
    ];
    const tall = { left: 0, top: 0, right: 300, bottom: 800 };
    const wide = { left: 0, top: 500, right: 1000, bottom: 800 };
    expect(bestRectangle(items, PROJECTION, [tall, wide], LIMITS)?.rect).toEqual(wide);
  });
});

describe("compactItems", () => {
  it("keeps labelled items and stands the rest in by their box's corners, at the largest size", () => {
    const items = [
      { x: 0, y: 1, size: 2 },
      { x: 3, y: -1, size: 6 },
      { x: 1, y: 0, size: 4, label: { width: 50, height: 12 } },
    ];
    expect(compactItems(items)).toEqual([items[2], { x: 0, y: -1, size: 6 }, { x: 3, y: 1, size: 6 }]);
  });
});
