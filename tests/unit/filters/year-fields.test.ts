import { describe, expect, it } from "vitest";

import { readYearFields } from "../../../src/filters/year-fields";

const span = { min: 2013, max: 2023 };

describe("readYearFields", () => {
  it("takes two years inside the data as typed, saying nothing", () => {
    expect(readYearFields("2017", "2020", span)).toEqual({ handles: [2017, 2020], message: "" });
  });

  it("treats an empty field as the end of the data", () => {
    expect(readYearFields("", "2020", span)).toEqual({ handles: [2013, 2020], message: "" });
  });

  it("clamps a year outside the data, and says so", () => {
    expect(readYearFields("1999", "2030", span)).toEqual({
      handles: [2013, 2023],
      message: "No paper is older than 2013, so From is 2013. No paper is newer than 2023, so To is 2023.",
    });
  });

  it("puts back what is not a year, and says so", () => {
    expect(readYearFields("20x1", "2020", span)).toEqual({
      handles: null,
      message: "“20x1” is not a year, so From was put back.",
    });
  });

  it("swaps To before From, and says so", () => {
    expect(readYearFields("2021", "2015", span)).toEqual({
      handles: [2015, 2021],
      message: "From (2021) was after To (2015), so the two were swapped.",
    });
  });
});
