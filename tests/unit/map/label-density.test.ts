import { describe, expect, it } from "vitest";

import { LABEL_DENSITY, SMALL_MAP_NODES, labelDensityFor } from "../../../src/map/label-density";

describe("labelDensityFor", () => {
  it("lets a small map label every node there is room for, however small it is drawn", () => {
    const small = labelDensityFor(14);
    expect(small.labelRenderedSizeThreshold).toBe(0);
    expect(small.labelDensity).toBeGreaterThan(LABEL_DENSITY);
  });

  it("keeps the usual density on a map of the real lists' size and beyond", () => {
    expect(labelDensityFor(SMALL_MAP_NODES + 1).labelDensity).toBe(LABEL_DENSITY);
    expect(labelDensityFor(100_000).labelRenderedSizeThreshold).toBeGreaterThan(0);
  });
});
