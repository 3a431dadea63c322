import { describe, expect, it } from "vitest";

import { MIN_GAP } from "../../../src/timeline/constants";
import {
  MAX_YEAR_STRETCH,
  MONTHS,
  TARGET_LANES,
  computeYearScale,
  dateX,
  narrowestYear,
  yearStart,
} from "../../../src/timeline/scale";

describe("computeYearScale", () => {
  it("gives a quiet year 12 units, one a month", () => {
    const scale = computeYearScale(2017, 2019, [[{ year: 2017, month: 6 }, { year: 2019 }]]);
    expect(scale.starts).toEqual([0, 12, 24, 36]);
    expect(dateX(scale, 2018, 6)).toBe(18);
  });

  it("widens a crowded year until its busiest band needs at most TARGET_LANES lanes", () => {
    // 38 papers in seven months of 2023, as one section of the real lists has them.
    const crowded = Array.from({ length: 38 }, (_, i) => ({ year: 2023, month: (i % 7) + 1 }));
    const scale = computeYearScale(2022, 2023, [crowded, [{ year: 2022, month: 1 }]]);
    const width = yearStart(scale, 2024) - yearStart(scale, 2023);
    expect(width).toBeCloseTo((38 * MIN_GAP) / (TARGET_LANES * (7 / MONTHS)), 6);
    expect(yearStart(scale, 2023)).toBe(12);
    expect(narrowestYear(scale)).toBe(12);
  });

  it("never stretches a year more than MAX_YEAR_STRETCH times", () => {
    const flood = Array.from({ length: 5000 }, () => ({ year: 2020, month: 3 }));
    const scale = computeYearScale(2020, 2020, [flood]);
    expect(scale.starts[1]).toBe(MONTHS * MAX_YEAR_STRETCH);
  });

  it("clamps years outside the axis to its ends", () => {
    const scale = computeYearScale(2017, 2018, []);
    expect(yearStart(scale, 2000)).toBe(0);
    expect(yearStart(scale, 2030)).toBe(24);
  });
});
