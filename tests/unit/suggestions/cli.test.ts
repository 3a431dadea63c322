// The build CLI online against the local test server (synthetic APIs, synthetic list): suggestions
// in its summary, in the report and on the map, as a user running `--online` would see them.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { readGraphFiles } from "../../../scripts/graph-files";
import type { GraphFile, SuggestionAttributes } from "../../../src/model";
import { buildSuggestionGraph } from "../../fixtures/online/suggestion-graph";

describe("build-graph.ts --online with suggestions", { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "suggestion-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says how many it suggests, lists them in the report and puts them on the map", async () => {
    const run = await buildSuggestionGraph(join(dir, "g.json"), join(dir, "r.md"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Suggestions: 5 papers outside the lists, each cited by at least 2 papers of them (5 qualify)",
    );
    expect(readFileSync(join(dir, "r.md"), "utf8")).toContain(
      "1. [Outside One: The Most Cited Missing Paper](https://arxiv.org/abs/1901.00901) (2019) — cited by 4 papers",
    );
    const file: GraphFile = readGraphFiles(join(dir, "g.json"));
    const suggestions = file.graph.nodes.filter((n) => n.attributes?.kind === "suggestion");
    expect(suggestions.map((n) => (n.attributes as SuggestionAttributes).rank).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(file.header.counts.suggestions).toBe(5);
  });

  it("takes --min-cited-by and refuses a threshold below one", async () => {
    const strict = await buildSuggestionGraph(join(dir, "s.json"), join(dir, "s.md"), ["--min-cited-by", "3"]);
    expect(strict.stdout).toContain("Suggestions: 1 paper outside the lists, each cited by at least 3");
    const bad = await buildSuggestionGraph(join(dir, "b.json"), join(dir, "b.md"), ["--min-cited-by", "zero"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('build: --min-cited-by takes a whole number of at least 1, not "zero"');
  });
});
