import { describe, expect, it } from "vitest";

import {
  countInWindow,
  describeRange,
  handlesFromRange,
  isPaperTimeShown,
  isPaperYearShown,
  isYearInRange,
  monthIndex,
  rangeFromHandles,
  timeWindow,
  yearHistogram,
  yearHistogramInSections,
  yearHistogramShown,
} from "../../../src/filters/utils";

const span = { min: 2013, max: 2023 };

describe("isYearInRange", () => {
  it("includes both bounds", () => {
    expect(isYearInRange(2017, { from: 2017, to: 2017 })).toBe(true);
  });

  it("treats null as no bound", () => {
    expect(isYearInRange(1900, { from: null, to: null })).toBe(true);
  });

  it("treats 0 as a real bound, unlike a falsy check would", () => {
    expect(isYearInRange(5, { from: null, to: 0 })).toBe(false);
    expect(isYearInRange(0, { from: 0, to: 0 })).toBe(true);
  });
});

describe("isPaperYearShown", () => {
  it("shows undated papers only when asked", () => {
    expect(isPaperYearShown(undefined, { from: 2020, to: 2020 }, true)).toBe(true);
    expect(isPaperYearShown(undefined, { from: null, to: null }, false)).toBe(false);
  });
});

describe("yearHistogram", () => {
  it("counts papers per year over the whole span, zeros and undated left out", () => {
    expect(yearHistogram([2013, 2015, 2015, undefined, 2016], { min: 2013, max: 2016 })).toEqual([
      { year: 2013, count: 1 },
      { year: 2014, count: 0 },
      { year: 2015, count: 2 },
      { year: 2016, count: 1 },
    ]);
  });
});

describe("yearHistogramInSections", () => {
  const ref = (id: string) => ({ id, list: "l.md", path: [id] });
  const papers = [
    { year: 2014, sections: [ref("a")] },
    { year: 2014, sections: [ref("b")] },
    { year: 2015, sections: [ref("a"), ref("b")] },
    { year: undefined, sections: [ref("a")] },
  ];
  const bins = (hidden: string[]) =>
    yearHistogramInSections(papers, new Set(hidden), { min: 2014, max: 2015 }).map((b) => b.count);

  it("counts every paper while no section is switched off", () => {
    expect(bins([])).toEqual([2, 1]);
  });

  it("leaves out papers whose every section is switched off, keeps those listed elsewhere too", () => {
    expect(bins(["a"])).toEqual([1, 1]);
    expect(bins(["a", "b"])).toEqual([0, 0]);
  });
});

describe("rangeFromHandles", () => {
  it("turns handles at the ends into no bound", () => {
    expect(rangeFromHandles(2013, 2023, span)).toEqual({ from: null, to: null });
  });

  it("keeps inner handles as bounds, ordered even if they cross", () => {
    expect(rangeFromHandles(2020, 2016, span)).toEqual({ from: 2016, to: 2020 });
  });
});

describe("handlesFromRange", () => {
  it("puts unbounded sides at the ends and clamps bounds outside the span", () => {
    expect(handlesFromRange({ from: null, to: null }, span)).toEqual([2013, 2023]);
    expect(handlesFromRange({ from: 0, to: 3000 }, span)).toEqual([2013, 2023]);
    expect(handlesFromRange({ from: 2015, to: 2018 }, span)).toEqual([2015, 2018]);
  });
});

describe("describeRange", () => {
  it.each([
    [{ from: 2017, to: 2020 }, "2017–2020"],
    [{ from: 2017, to: 2017 }, "2017"],
    [{ from: 2017, to: null }, "from 2017"],
    [{ from: null, to: 2020 }, "up to 2020"],
    [{ from: null, to: null }, "all years"],
  ])("describes %j as %s", (range, text) => {
    expect(describeRange(range)).toBe(text);
  });
});

describe("isPaperTimeShown", () => {
  const at = (playhead: number | null) => ({ yearRange: { from: null, to: null }, showUndated: true, playhead });

  it("counts months from the year's January when a paper has no month", () => {
    expect(monthIndex(2017, 6)).toBe(2017 * 12 + 5);
    expect(monthIndex(2017)).toBe(monthIndex(2017, 1));
  });

  it("shows a paper up to and including the playhead's month, and hides undated papers during playback", () => {
    const june2017 = monthIndex(2017, 6);
    expect(isPaperTimeShown({ year: 2017, month: 6 }, at(june2017))).toBe(true);
    expect(isPaperTimeShown({ year: 2017, month: 7 }, at(june2017))).toBe(false);
    expect(isPaperTimeShown({ year: 2017 }, at(june2017))).toBe(true);
    expect(isPaperTimeShown({}, at(june2017))).toBe(false);
    expect(isPaperTimeShown({}, at(null))).toBe(true);
  });

  it("applies the year range on top of the playhead", () => {
    const state = { yearRange: { from: 2018, to: null }, showUndated: true, playhead: monthIndex(2020, 1) };
    expect(isPaperTimeShown({ year: 2017, month: 3 }, state)).toBe(false);
    expect(isPaperTimeShown({ year: 2019, month: 3 }, state)).toBe(true);
  });
});

describe("timeWindow", () => {
  it("turns the year range into months from the first January to the last December", () => {
    expect(timeWindow({ yearRange: { from: 2018, to: 2020 }, showUndated: true, playhead: null })).toEqual({
      from: monthIndex(2018, 1),
      to: monthIndex(2020, 12),
      undated: true,
    });
  });

  it("is unbounded on a side with no year, and a bound of 0 is still a bound", () => {
    const w = timeWindow({ yearRange: { from: 0, to: null }, showUndated: false, playhead: null });
    expect(w).toEqual({ from: 0, to: Infinity, undated: false });
    expect(timeWindow({ yearRange: { from: null, to: null }, showUndated: true, playhead: null }).from).toBe(-Infinity);
  });

  it("ends at the playhead when it comes first, and keeps undated papers out during playback", () => {
    const w = timeWindow({ yearRange: { from: null, to: 2022 }, showUndated: true, playhead: monthIndex(2020, 3) });
    expect(w).toEqual({ from: -Infinity, to: monthIndex(2020, 3), undated: false });
  });
});

describe("countInWindow", () => {
  const months = Float64Array.from([
    monthIndex(2017, 6),
    monthIndex(2018, 1),
    monthIndex(2018, 12),
    monthIndex(2020, 5),
  ]);

  it("counts the months inside the window, bounds included, and the undated when they are shown", () => {
    const w = { from: monthIndex(2018, 1), to: monthIndex(2018, 12), undated: true };
    expect(countInWindow(months, 3, w)).toBe(2 + 3);
    expect(countInWindow(months, 3, { ...w, undated: false })).toBe(2);
  });

  it("counts nothing in an empty or reversed window, and everything in an unbounded one", () => {
    expect(countInWindow(months, 0, { from: monthIndex(2019, 1), to: monthIndex(2018, 1), undated: false })).toBe(0);
    expect(countInWindow(months, 1, { from: -Infinity, to: Infinity, undated: true })).toBe(5);
  });
});

describe("yearHistogramShown", () => {
  it("fills only up to the playhead: later months of its year and later years stay empty", () => {
    const papers = [
      { year: 2019, month: 2, sections: [] },
      { year: 2019, month: 9, sections: [] },
      { year: 2020, month: 1, sections: [] },
      { year: 2019, sections: [] }, // a year alone counts from January
    ];
    const span = { min: 2019, max: 2020 };
    expect(yearHistogramShown(papers, new Set(), monthIndex(2019, 6), span).map((b) => b.count)).toEqual([2, 0]);
    expect(yearHistogramShown(papers, new Set(), null, span).map((b) => b.count)).toEqual([3, 1]);
  });
});
