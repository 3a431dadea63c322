import { describe, expect, it } from "vitest";

import { displacement, linkCloseness, medianPairDistance } from "../../../scripts/pipeline/layout-quality";

const square = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
];

describe("displacement", () => {
  it("is zero for the same layout moved, turned, mirrored and scaled", () => {
    const turned = square.map(({ x, y }) => ({ x: 3 * -y + 100, y: 3 * x - 7 }));
    const mirrored = square.map(({ x, y }) => ({ x: -x, y }));
    expect(displacement(turned, square).median).toBeCloseTo(0, 9);
    expect(displacement(mirrored, square).p90).toBeCloseTo(0, 9);
  });

  it("measures what is left after alignment, in units of the reference's RMS radius", () => {
    // Two nodes swapped: no turn or scale brings them back, each is one side of the square away.
    const swapped = [square[1]!, square[0]!, square[2]!, square[3]!];
    const result = displacement(swapped, square);
    expect(result.p90).toBeGreaterThan(0.5);
    expect(result.median).toBeLessThanOrEqual(result.p90);
  });

  it("refuses layouts of different nodes", () => {
    expect(() => displacement(square.slice(1), square)).toThrow("displacement: the layouts have different nodes");
  });
});

describe("linkCloseness", () => {
  it("is below 1 when linked nodes sit closer than random pairs", () => {
    // Two tight clusters far apart, links inside each cluster.
    const points = [
      ...Array.from({ length: 50 }, (_, i) => ({ x: i % 5, y: Math.floor(i / 5) })),
      ...Array.from({ length: 50 }, (_, i) => ({ x: 1000 + (i % 5), y: Math.floor(i / 5) })),
    ];
    const inside = Array.from({ length: 49 }, (_, i) => [i, i + 1] as const);
    const across = Array.from({ length: 50 }, (_, i) => [i, 50 + i] as const);
    expect(linkCloseness(points, inside)).toBeLessThan(0.1);
    expect(linkCloseness(points, across)).toBeGreaterThan(1);
  });

  it("samples random pairs from a seed, so the same layout gives the same figure", () => {
    const points = Array.from({ length: 300 }, (_, i) => ({ x: (i * 37) % 101, y: (i * 53) % 97 }));
    expect(medianPairDistance(points)).toBe(medianPairDistance(points));
    expect(Number.isNaN(linkCloseness(points, []))).toBe(true);
  });
});
