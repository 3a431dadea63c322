import { polygonHull } from "d3-polygon";
import { describe, expect, it } from "vitest";

import {
  type Point,
  clusterPoints,
  hullOf,
  hullOfSorted,
  lexicographicOrder,
  spanAt,
  traceGrown,
  typicalSpacing,
} from "../../../src/regions/geometry";

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

/** Single linkage the slow way: every pair compared, clusters numbered in order of first point. */
function clustersByEveryPair(points: readonly Point[], distance: number): number[] {
  const cluster = points.map((_, i) => i);
  const merge = (from: number, to: number) => cluster.forEach((c, k) => (cluster[k] = c === from ? to : c));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i]!, points[j]!];
      if ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 <= distance * distance && cluster[i] !== cluster[j])
        merge(cluster[j]!, cluster[i]!);
    }
  const ids = new Map<number, number>();
  return cluster.map((c) => ids.get(c) ?? (ids.set(c, ids.size), ids.size - 1));
}

describe("clusterPoints against every pair compared (synthetic points, seeded)", () => {
  // A small linear congruential generator, so each run checks the same point sets.
  const random = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;

  it("agrees on dense blobs, sparse scatter and points on cell borders", () => {
    for (let trial = 0; trial < 30; trial++) {
      const next = random(trial + 1);
      const points: Point[] = [];
      const blobs = 1 + Math.floor(next() * 4);
      for (let b = 0; b < blobs; b++) {
        const [cx, cy, spread] = [next() * 40 - 20, next() * 40 - 20, 0.2 + next() * 4];
        for (let k = 0; k < 40; k++) points.push([cx + (next() - 0.5) * spread, cy + (next() - 0.5) * spread]);
      }
      for (let k = 0; k < 40; k++) points.push([next() * 60 - 30, next() * 60 - 30]);
      // Exactly `distance` apart, along a row and a diagonal: a link, since closer than or equal.
      points.push([100, 100], [101.5, 100], [100 + 1.5 / Math.SQRT2, 100 + 1.5 / Math.SQRT2]);
      const distance = 0.5 + trial * 0.1;
      expect(clusterPoints(points, distance), `trial ${trial}`).toEqual(clustersByEveryPair(points, distance));
    }
  });

  it("joins points exactly the distance apart and keeps apart ones just over it", () => {
    expect(
      clusterPoints(
        [
          [0, 0],
          [3, 4],
          [6.0001, 8],
        ],
        5,
      ),
    ).toEqual([0, 0, 1]);
  });
});

describe("hullOfSorted against d3-polygon's polygonHull (synthetic points, seeded)", () => {
  const random = (seed: number) => () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;

  it("gives the same polygon, from the same point in the same order, for 200 point sets with repeats and lines", () => {
    let compared = 0;
    for (let trial = 0; trial < 200; trial++) {
      const next = random(trial + 7);
      const n = 3 + Math.floor(next() * 60);
      // A coarse grid makes repeated points and points on one line common; some sets are one line.
      const grid = 1 + Math.floor(next() * 8);
      const line = trial % 10 === 0;
      const points: Point[] = Array.from({ length: n }, () => {
        const x = Math.floor(next() * grid);
        return [x, line ? 2 * x : Math.floor(next() * grid)];
      });
      const expected = polygonHull(points)!;
      // The hull's own input: the points in the order a region keeps them (sorted once, stably).
      const actual = hullOfSorted([...points].sort(lexicographicOrder));
      expect(actual).toHaveLength(expected.length);
      actual.forEach((p, i) => expect(p).toBe(expected[i]));
      compared += expected.length;
      // A subset of the sorted points, as a filter change leaves them.
      const sorted = [...points].sort(lexicographicOrder);
      const kept = sorted.map((_, i) => i).filter(() => next() < 0.6);
      if (kept.length < 3) continue;
      const subset = { indexes: Int32Array.from([...kept, -1]), count: kept.length };
      const fromSubset = hullOfSorted(sorted, subset);
      const expectedSubset = polygonHull(kept.map((i) => sorted[i]!))!;
      expect(fromSubset).toHaveLength(expectedSubset.length);
      fromSubset.forEach((p, i) => expect(p).toBe(expectedSubset[i]));
    }
    expect(compared).toBeGreaterThan(600);
  });

  it("drops what is inside and answers one or two points as hullOf does", () => {
    const square: Point[] = [
      [0, 0],
      [0, 4],
      [1, 3],
      [2, 2],
      [4, 0],
      [4, 4],
    ];
    expect(hullOfSorted(square)).toEqual([
      [4, 4],
      [4, 0],
      [0, 0],
      [0, 4],
    ]);
    expect(hullOfSorted([[1, 1]])).toEqual([[1, 1]]);
  });
});
