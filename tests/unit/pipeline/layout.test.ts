import { describe, expect, it } from "vitest";

import { assemble } from "../../../scripts/pipeline/assemble";
import {
  LAYOUT_DEFAULTS,
  autoIterations,
  checkLayoutOptions,
  layout,
  layoutBudget,
} from "../../../scripts/pipeline/layout";
import { link } from "../../../scripts/pipeline/link";
import { papersFrom } from "./helpers";

function smallGraph() {
  const { papers } = papersFrom(
    "## A\n- [BERT: Pre-training](https://arxiv.org/abs/1810.04805)\n- [SciBERT: Text](https://arxiv.org/abs/1903.10676)\n## B\n- [T5: Transfer](https://arxiv.org/abs/1910.10683)",
  );
  return assemble(papers, link(papers).lineage, []).graph;
}

const positions = (graph: ReturnType<typeof smallGraph>) => graph.mapNodes((node, a) => [node, a.x, a.y]);

describe("layout", () => {
  it("gives the same positions for the same seed", () => {
    const a = smallGraph();
    const b = smallGraph();
    layout(a);
    layout(b);
    expect(positions(a)).toEqual(positions(b));
  });

  it("gives other positions for another seed", () => {
    const a = smallGraph();
    const b = smallGraph();
    layout(a);
    layout(b, { seed: "another" });
    expect(positions(a)).not.toEqual(positions(b));
  });

  it("rounds coordinates to the chosen precision", () => {
    const graph = smallGraph();
    layout(graph, { precision: 1 });
    graph.forEachNode((_node, a) => {
      expect(Math.round(a.x * 10) / 10).toBe(a.x);
      expect(Number.isFinite(a.y)).toBe(true);
    });
  });

  it("runs fewer iterations as the graph grows", () => {
    expect([500, 3_000, 10_000, 50_000, 100_000].map(autoIterations)).toEqual([600, 300, 150, 80, 20]);
  });

  it("coarsens Barnes-Hut and skips noverlap as the graph grows, leaving small graphs as they were", () => {
    expect(layoutBudget(242)).toEqual({ iterations: 600, theta: 0.5, noverlapIterations: 120, gridSize: 20 });
    expect([500, 3_000, 10_000, 50_000, 100_000].map((n) => layoutBudget(n).theta)).toEqual([0.5, 0.8, 1.2, 1.2, 1.8]);
    expect([10_000, 20_000, 20_001, 100_000].map((n) => layoutBudget(n).noverlapIterations)).toEqual([20, 20, 0, 0]);
  });

  it("takes full-speed steps past 60k nodes only, and ForceAtlas2's own slow-down below", () => {
    expect([242, 10_000, 60_000, 60_001, 100_000].map((n) => layoutBudget(n).slowDown)).toEqual([
      undefined,
      undefined,
      undefined,
      1,
      1,
    ]);
  });

  it("leaves the seeded random start as it is when asked for no iterations", () => {
    const graph = smallGraph();
    const again = smallGraph();
    layout(graph, { iterations: 0 });
    layout(again, { iterations: 0 });
    expect(positions(graph)).toEqual(positions(again));
    expect(new Set(positions(graph).map(([, x]) => x)).size).toBe(graph.order);
  });

  it.each([
    [{ seed: "" }, "layout: invalid `seed`. Expecting a non-empty string."],
    [{ iterations: -1 }, 'layout: invalid `iterations`. Expecting a non-negative integer or "auto".'],
    [{ iterations: 1.5 }, 'layout: invalid `iterations`. Expecting a non-negative integer or "auto".'],
    [{ precision: 9 }, "layout: invalid `precision`. Expecting an integer from 0 to 6."],
  ])("throws when %o", (options, message) => {
    expect(() => checkLayoutOptions({ ...LAYOUT_DEFAULTS, ...options })).toThrow(message);
  });
});

describe("assemble", () => {
  it("colours a paper by the top section of its most specific listing, not of its first", () => {
    // Listed first in a flat list, then deep in a curated one: the deep listing says more about it.
    const { papers } = papersFrom(
      "# Flat\n- [BERT: Pre-training](https://arxiv.org/abs/1810.04805)",
      "# Landmarks\n## Language\n### Encoders\n- [BERT: Pre-training](https://arxiv.org/abs/1810.04805)",
    );
    const { graph } = assemble(papers, [], []);
    expect(graph.getNodeAttribute("arxiv:1810.04805", "topSection")).toBe("section:list-1/landmarks");
  });

  it("links papers to their section and sections to their parents, with hubs sized by depth", () => {
    const { papers } = papersFrom("# Top\n## Sub\n- [BERT: Pre-training](https://arxiv.org/abs/1810.04805)");
    const { graph, topSections } = assemble(papers, [], []);
    expect(topSections).toEqual([{ id: "section:list-0/top", label: "Top", list: "list-0" }]);
    expect(graph.mapEdges((edge, a, source, target) => [a.kind, source, target])).toEqual([
      ["subsection", "section:list-0/top/sub", "section:list-0/top"],
      ["member", "arxiv:1810.04805", "section:list-0/top/sub"],
    ]);
    expect(graph.getNodeAttributes("section:list-0/top")).toMatchObject({
      kind: "section",
      depth: 1,
      size: 14,
      paperCount: 1,
    });
    expect(graph.getNodeAttributes("arxiv:1810.04805")).toMatchObject({
      kind: "paper",
      label: "BERT",
      topSection: "section:list-0/top",
    });
  });
});
