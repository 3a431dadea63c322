import { describe, expect, it } from "vitest";

import { memoized } from "../../../scripts/pipeline/memo";

describe("memoized", () => {
  it("answers as the function does, calling it once per distinct input", () => {
    const calls: string[] = [];
    const upper = memoized((text) => {
      calls.push(text);
      return text.toUpperCase();
    });
    expect([upper("a"), upper("b"), upper("a"), upper("")]).toEqual(["A", "B", "A", ""]);
    expect(upper("")).toBe("");
    expect(calls).toEqual(["a", "b", ""]);
  });

  it("starts over past its limit, and still answers right", () => {
    const calls: string[] = [];
    const twice = memoized((text) => {
      calls.push(text);
      return text + text;
    }, 2);
    expect([twice("a"), twice("b"), twice("c"), twice("a")]).toEqual(["aa", "bb", "cc", "aa"]);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
