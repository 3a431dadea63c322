import { describe, expect, it } from "vitest";

import { type Point, clusterPoints, hullOf, spanAt, traceGrown, typicalSpacing } from "../../../src/regions/geometry";

describe("clusterPoints", () => {
  it("puts points within the distance, directly or through a chain, in one cluster", () => {
    const points: Point[] = [
      [0, 0],
      [1, 0],
      [2, 0], // chained to the first through the second
      [10, 10],
      [10.5, 10],
      [30, 30], // alone
    ];
    expect(clusterPoints(points, 1.2)).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it("finds neighbours across grid cells, on both sides of zero", () => {
    expect(
      clusterPoints(
        [
          [-0.1, -0.1],
          [0.1, 0.1],
        ],
        1,
      ),
    ).toEqual([0, 0]);
  });
});

describe("hullOf", () => {
  it("keeps a hull's corners and drops the points inside", () => {
    const hull = hullOf([
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [2, 2],
      [1, 3],
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual([2, 2]);
  });

  it("returns one or two points as they are, without duplicates", () => {
    expect(hullOf([[1, 1]])).toEqual([[1, 1]]);
    expect(
      hullOf([
        [1, 1],
        [1, 1],
        [2, 2],
      ]),
    ).toHaveLength(2);
  });
});

describe("typicalSpacing", () => {
  it("is the side of the square each point would have if spread evenly", () => {
    expect(
      typicalSpacing([
        [0, 0],
        [10, 10],
        [0, 10],
        [10, 0],
      ]),
    ).toBeCloseTo(5, 6);
  });
});

describe("spanAt", () => {
  it("gives where a line crosses a convex polygon", () => {
    const square: Point[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    expect(spanAt(square, 5)).toEqual([0, 10]);
    expect(spanAt(square, 20)).toBeNull();
  });
});

describe("traceGrown", () => {
  /** Records the path; the arcs' end points tell how far the outline reaches. */
  function outline(polygon: Point[], margin: number) {
    const points: Point[] = [];
    const sink = {
      moveTo: (x: number, y: number) => points.push([x, y]),
      lineTo: (x: number, y: number) => points.push([x, y]),
      arc: (x: number, y: number, r: number, start: number, end: number) => {
        const steps = 16;
        for (let i = 0; i <= steps; i++) {
          const a = start + ((end - start) * i) / steps;
          points.push([x + r * Math.cos(a), y + r * Math.sin(a)]);
        }
      },
      closePath: () => {},
    };
    traceGrown(sink, polygon, margin);
    return points;
  }

  it("grows a polygon by the margin on every side, whichever way it turns", () => {
    for (const square of [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
      [
        [0, 0],
        [0, 10],
        [10, 10],
        [10, 0],
      ],
    ] as Point[][]) {
      const points = outline(square, 3);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      expect(Math.min(...xs)).toBeCloseTo(-3, 6);
      expect(Math.max(...xs)).toBeCloseTo(13, 6);
      expect(Math.min(...ys)).toBeCloseTo(-3, 6);
      expect(Math.max(...ys)).toBeCloseTo(13, 6);
      // Never inside the square: the corners are rounded outwards.
      for (const [x, y] of points) expect(x < 0 || x > 10 || y < 0 || y > 10).toBe(true);
    }
  });

  it("draws one point as a disc and two as a capsule", () => {
    const disc = outline([[5, 5]], 2);
    for (const [x, y] of disc) expect(Math.hypot(x - 5, y - 5)).toBeCloseTo(2, 6);
    const capsule = outline(
      [
        [0, 0],
        [10, 0],
      ],
      2,
    );
    expect(Math.min(...capsule.map((p) => p[0]))).toBeCloseTo(-2, 6);
    expect(Math.max(...capsule.map((p) => p[0]))).toBeCloseTo(12, 6);
    expect(Math.max(...capsule.map((p) => Math.abs(p[1])))).toBeCloseTo(2, 6);
  });
});
