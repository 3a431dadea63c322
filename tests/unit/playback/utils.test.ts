import { describe, expect, it } from "vitest";

import { monthIndex } from "../../../src/filters/utils";
import {
  MONTHS_PER_SECOND,
  STEP_MS,
  advance,
  clampToSpan,
  monthLabel,
  monthLongLabel,
  playbackSpan,
} from "../../../src/playback/utils";

const dates = [{ year: 2017, month: 6 }, { year: 2019 }, { year: 2023, month: 3 }, {}];
const ALL = { from: null, to: null };

describe("playbackSpan", () => {
  it("runs from the first dated paper to the last, a paper with a year alone counting from January", () => {
    expect(playbackSpan(dates, ALL)).toEqual({ first: monthIndex(2017, 6), last: monthIndex(2023, 3) });
  });

  it("keeps within the year range", () => {
    expect(playbackSpan(dates, { from: 2018, to: 2020 })).toEqual({ first: monthIndex(2019), last: monthIndex(2019) });
    expect(playbackSpan(dates, { from: 2020, to: 2022 })).toBeNull();
  });
});

describe("advance", () => {
  const span = { first: monthIndex(2017, 1), last: monthIndex(2023, 12) };

  it("moves a month at a time, MONTHS_PER_SECOND a second at 1×, carrying what is not yet a month", () => {
    const start = monthIndex(2018, 1);
    const half = advance(start, 0, 1000 / MONTHS_PER_SECOND / 2, 1, span, false);
    expect(half.playhead).toBe(start);
    const next = advance(half.playhead, half.carry, 1000 / MONTHS_PER_SECOND / 2, 1, span, false);
    expect(next.playhead).toBe(start + 1);
    expect(advance(start, 0, 1000, 1, span, false).playhead).toBe(start + MONTHS_PER_SECOND);
  });

  it("goes faster at a higher speed", () => {
    const start = monthIndex(2018, 1);
    expect(advance(start, 0, 500, 4, span, false).playhead - start).toBe(4 * (MONTHS_PER_SECOND / 2));
  });

  it("steps a year at a time under reduced motion: to December, then December after December", () => {
    const start = monthIndex(2018, 3);
    expect(advance(start, 0, STEP_MS - 1, 1, span, true).playhead).toBe(start);
    const first = advance(start, 0, STEP_MS, 1, span, true);
    expect(first.playhead).toBe(monthIndex(2018, 12));
    expect(advance(first.playhead, 0, STEP_MS, 1, span, true).playhead).toBe(monthIndex(2019, 12));
  });

  it("never passes the last paper", () => {
    expect(advance(span.last - 1, 0, 60_000, 4, span, false).playhead).toBe(span.last);
    expect(advance(span.last - 1, 0, 60_000, 4, span, true).playhead).toBe(span.last);
  });
});

describe("month labels", () => {
  it("read as a month and a year", () => {
    expect(monthLabel(monthIndex(2019, 3))).toBe("Mar 2019");
    expect(monthLongLabel(monthIndex(2019, 12))).toBe("December 2019");
  });

  it("clamp a playhead into a span", () => {
    expect(clampToSpan(5, { first: 10, last: 20 })).toBe(10);
    expect(clampToSpan(25, { first: 10, last: 20 })).toBe(20);
  });
});
