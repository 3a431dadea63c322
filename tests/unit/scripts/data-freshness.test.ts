import { describe, expect, it } from "vitest";

import { staleReason } from "../../../scripts/data-freshness";
import { GRAPH_FORMAT, GRAPH_VERSION } from "../../../src/model";

const header = { format: GRAPH_FORMAT, version: GRAPH_VERSION };
const lists = [
  { path: "data/lists/a.md", mtime: 100 },
  { path: "data/lists/b.md", mtime: 200 },
];

describe("staleReason", () => {
  it("is null when the graph is newer than every list and of this version", () => {
    expect(staleReason({ graphPath: "g.json", graphMtime: 300, header, lists })).toBeNull();
  });

  it("asks for a build when the graph is missing", () => {
    expect(staleReason({ graphPath: "g.json", graphMtime: null, header: undefined, lists })).toBe("g.json is missing");
  });

  it("names the lists that are newer than the graph", () => {
    expect(staleReason({ graphPath: "g.json", graphMtime: 150, header, lists })).toBe(
      "data/lists/b.md is newer than g.json",
    );
  });

  it("rebuilds a graph of another version", () => {
    expect(staleReason({ graphPath: "g.json", graphMtime: 300, header: { ...header, version: 0 }, lists })).toBe(
      `g.json has version 0; this app reads version ${GRAPH_VERSION}`,
    );
  });

  it("rebuilds a file that is not a graph or not JSON", () => {
    expect(staleReason({ graphPath: "g.json", graphMtime: 300, header: undefined, lists })).toBe(
      "g.json is not a readable graph file",
    );
    expect(staleReason({ graphPath: "g.json", graphMtime: 300, header: { format: "x", version: 1 }, lists })).toBe(
      `g.json is not an ${GRAPH_FORMAT} file`,
    );
  });

  it("rebuilds a compact graph file whose details file is missing", () => {
    const compact = { ...header, details: { id: "0", nodes: 1, links: 0 } };
    expect(staleReason({ graphPath: "g.json", graphMtime: 300, header: compact, detailsPresent: false, lists })).toBe(
      "the details file beside g.json is missing",
    );
    expect(
      staleReason({ graphPath: "g.json", graphMtime: 300, header: compact, detailsPresent: true, lists }),
    ).toBeNull();
  });
});
