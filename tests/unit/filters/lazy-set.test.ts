import { describe, expect, it } from "vitest";

import { LazyKeySet } from "../../../src/filters/lazy-set";

describe("LazyKeySet", () => {
  const even = (key: string) => Number(key) % 2 === 0;

  it("answers has and size without listing its members", () => {
    let listed = 0;
    const set = new LazyKeySet(even, 2, () => {
      listed++;
      return ["1", "2", "3", "4"];
    });
    expect(set.has("2")).toBe(true);
    expect(set.has("3")).toBe(false);
    expect(set.size).toBe(2);
    expect(listed).toBe(0);
  });

  it("lists the candidates that pass, once, when iterated", () => {
    let listed = 0;
    const set = new LazyKeySet(even, 2, () => {
      listed++;
      return ["1", "2", "3", "4"];
    });
    expect([...set]).toEqual(["2", "4"]);
    const seen: string[] = [];
    set.forEach((value) => seen.push(value));
    expect(seen).toEqual(["2", "4"]);
    expect([...set.keys()]).toEqual(["2", "4"]);
    expect(listed).toBe(1);
  });
});
