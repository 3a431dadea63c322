import { describe, expect, it } from "vitest";

import { buildLineageGraphs } from "../../../src/lineage/graph";
import { readingOrder } from "../../../src/reading-order/order";
import { tinyGraph } from "../lineage/tiny-graph";

const order = (graph: ReturnType<typeof tinyGraph>, target: string) =>
  readingOrder(graph, buildLineageGraphs(graph), target);
const keys = (o: ReturnType<typeof order>) => o.items.map((i) => i.key);

describe("reading order", () => {
  it("puts every paper after the papers it builds on, the target last", () => {
    const graph = tinyGraph(
      [
        { key: "A", year: 2014 },
        { key: "B", year: 2016 },
        { key: "C", year: 2018 },
        { key: "D", year: 2017 },
        { key: "E", year: 2020 },
      ],
      ["B>A", "C>B", "D>B", "E>D", "E>C"],
    );
    const o = order(graph, "E");
    expect(o.items).toEqual([
      { key: "A", after: [] },
      { key: "B", after: [0] },
      { key: "D", after: [1] },
      { key: "C", after: [1] },
      { key: "E", after: [2, 3] },
    ]);
    expect(o.ignored).toEqual([]);
  });

  it("breaks ties by date, so independent strands read as one timeline", () => {
    // T builds on X (2020) and on Z (2015), which builds on Y (2014).
    const graph = tinyGraph(
      [
        { key: "T", year: 2022 },
        { key: "X", year: 2020 },
        { key: "Y", year: 2014 },
        { key: "Z", year: 2015 },
      ],
      ["T>X", "T>Z", "Z>Y"],
    );
    expect(keys(order(graph, "T"))).toEqual(["Y", "Z", "X", "T"]);
  });

  it("breaks ties of the same month by title, then puts undated papers last", () => {
    const graph = tinyGraph(
      [
        { key: "T", year: 2022 },
        { key: "b", year: 2019, month: 5, title: "Beta" },
        { key: "a", year: 2019, month: 5, title: "alpha" },
        { key: "u", title: "Undated" },
        { key: "m", year: 2019, month: 4, title: "Zeta" },
      ],
      ["T>b", "T>a", "T>u", "T>m"],
    );
    expect(keys(order(graph, "T"))).toEqual(["m", "a", "b", "u", "T"]);
  });

  it("is just the paper when it builds on nothing", () => {
    const graph = tinyGraph([{ key: "A", year: 2014 }], []);
    expect(order(graph, "A")).toEqual({ target: "A", items: [{ key: "A", after: [] }], ignored: [] });
  });

  it("leaves out what builds on the target: only ancestors are listed", () => {
    const graph = tinyGraph(
      [
        { key: "A", year: 2014 },
        { key: "B", year: 2016 },
        { key: "C", year: 2018 },
      ],
      ["B>A", "C>B"],
    );
    expect(keys(order(graph, "B"))).toEqual(["A", "B"]);
  });

  it("ignores a link from an older paper to a newer one to break a two-paper cycle, and says so", () => {
    // P (2019) and Q (2021) name each other; the target T builds on Q.
    const graph = tinyGraph(
      [
        { key: "P", year: 2019 },
        { key: "Q", year: 2021 },
        { key: "T", year: 2022 },
      ],
      ["P>Q", "Q>P", "T>Q"],
    );
    const o = order(graph, "T");
    expect(keys(o)).toEqual(["P", "Q", "T"]);
    expect(o.ignored).toEqual([{ edge: "P>Q", source: "P", target: "Q", reason: "older-builds-on-newer" }]);
  });

  it("ignores the link with the weakest evidence when the papers are of the same month", () => {
    // A cites B (influential); B only mentions A: the mention goes.
    const graph = tinyGraph(
      [
        { key: "A", year: 2020, month: 3 },
        { key: "B", year: 2020, month: 3 },
        { key: "T", year: 2021 },
      ],
      [{ link: "A>B", kinds: ["cites"], influential: true }, { link: "B>A" }, "T>A"],
    );
    const o = order(graph, "T");
    expect(o.ignored).toEqual([{ edge: "B>A", source: "B", target: "A", reason: "weakest-evidence" }]);
    expect(keys(o)).toEqual(["B", "A", "T"]);
  });

  it("keeps the target last when an ancestor also builds on it", () => {
    const graph = tinyGraph(
      [
        { key: "T", year: 2020 },
        { key: "A", year: 2021 },
      ],
      ["T>A", "A>T"],
    );
    const o = order(graph, "T");
    expect(keys(o)).toEqual(["A", "T"]);
    expect(o.ignored).toEqual([{ edge: "A>T", source: "A", target: "T", reason: "target-last" }]);
  });

  it("terminates on a long cycle and on cycles inside cycles, dropping one link each", () => {
    // A ring of 40 papers of the same year, all with a chord back to the first: T builds on the first.
    const n = 40;
    const ring = Array.from({ length: n }, (_, i) => ({ key: `R${String(i).padStart(2, "0")}`, year: 2020 }));
    const links = ring.map((p, i) => `${p.key}>${ring[(i + 1) % n]!.key}`);
    for (let i = 2; i < n; i += 7) links.push(`${ring[i]!.key}>${ring[0]!.key}`);
    const graph = tinyGraph([...ring, { key: "T", year: 2021 }], [...links, "T>R00"]);
    const o = order(graph, "T");
    expect(o.items).toHaveLength(n + 1);
    expect(o.items.at(-1)?.key).toBe("T");
    expect(o.ignored.length).toBeGreaterThan(0);
    // Every kept link points backwards in the list.
    o.items.forEach((item, i) => item.after.forEach((j) => expect(j).toBeLessThan(i)));
    // Same input, same answer.
    expect(order(graph, "T")).toEqual(o);
  });

  it("breaks a three-paper cycle at the weaker of two equally anachronistic links", () => {
    // A (2018) builds on B (2019), B on C (2020), C on A. A → B and B → C both have an older paper
    // building on a newer one, by the same 12 months; of the two, B → C has the weaker evidence.
    const graph = tinyGraph(
      [
        { key: "A", year: 2018 },
        { key: "B", year: 2019 },
        { key: "C", year: 2020 },
        { key: "T", year: 2021 },
      ],
      [{ link: "A>B", kinds: ["version"] }, "B>C", "C>A", "T>C"],
    );
    const o = order(graph, "T");
    expect(o.ignored).toEqual([{ edge: "B>C", source: "B", target: "C", reason: "older-builds-on-newer" }]);
    expect(keys(o)).toEqual(["B", "A", "C", "T"]);
  });
});
