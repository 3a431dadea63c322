// Suggestions from an online build against the local test server (synthetic papers, see
// tests/fixtures/online/suggestion-papers.ts): which papers outside the list are suggested, in
// what order, with what the report says, how a huge reference list is bounded, and what happens
// when the list later adds a suggested paper.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_REFERENCES } from "../../../scripts/pipeline/knowledge";
import { loadCache } from "../../../scripts/sources/cache";
import type { PaperAttributes, ReferenceEdgeAttributes } from "../../../src/model";
import {
  OUTSIDE_FIVE,
  OUTSIDE_FOUR,
  OUTSIDE_ONE,
  OUTSIDE_SIX,
  OUTSIDE_THREE,
  OUTSIDE_TWO,
  SUGGESTION_CITATIONS,
  SUGGESTION_PAPERS,
} from "../../fixtures/online/suggestion-papers";
import { syntheticApis } from "../../fixtures/online/synthetic-api";
import { type LocalServer, startServer } from "../helpers/local-server";
import { SUGGESTION_LIST, buildAgainst, suggestionReport, suggestionsOf } from "./helpers";

const key = (paper: { arxivId?: string }) => `arxiv:${paper.arxivId}`;

describe("suggestions from an online build", { timeout: 30_000 }, () => {
  let server: LocalServer;
  let dir: string;
  const cache = () => join(dir, "cache");

  beforeAll(async () => {
    const apis = syntheticApis(SUGGESTION_PAPERS);
    server = await startServer((req, res) => apis.handle(req, res));
    dir = mkdtempSync(join(tmpdir(), "suggestions-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("suggests the papers outside the list that two of its papers cite: by citing papers, then citations, then title", async () => {
    const result = await buildAgainst(SUGGESTION_LIST, { server, cache: cache(), citations: SUGGESTION_CITATIONS });
    const suggestions = suggestionsOf(result);
    expect(suggestions.map((s) => [s.rank, s.key, s.citedBy.length, s.citationCount])).toEqual([
      [1, key(OUTSIDE_ONE), 4, 100],
      [2, key(OUTSIDE_FOUR), 2, 9000],
      [3, key(OUTSIDE_THREE), 2, 500],
      [4, key(OUTSIDE_TWO), 2, 500],
      [5, "doi:10.5555/synthetic.six", 2, 42],
    ]);
    expect(result.file.header.counts.suggestions).toBe(5);

    const one = suggestions[0]!;
    expect(one.title).toBe("Outside One: The Most Cited Missing Paper");
    expect([one.year, one.month, one.s2Id]).toEqual([2019, 1, OUTSIDE_ONE.s2Id]);
    // Three cite it in Semantic Scholar's records, Ember in the citation file: one count, four papers.
    expect(one.citedBy).toEqual(["arxiv:2201.00001", "arxiv:2201.00002", "arxiv:2201.00003", "arxiv:2202.00005"]);
    expect(one.sections.map((s) => s.path.join(" › "))).toEqual(["Foundations", "Applications"]);
    expect(one.topSection).toBe("section:suggestion-list/foundations");
    const fromFile = result.file.graph.edges.find((e) => e.key === `r:arxiv:2202.00005>${key(OUTSIDE_ONE)}`);
    expect((fromFile!.attributes as ReferenceEdgeAttributes).evidence).toEqual([
      {
        kind: "cites",
        text: "cites it",
        source: "citations/extra.tsv:2",
        detail: "Outside Author 1 et al. 2019. Outside One.",
      },
    ]);

    // A consortium paper keeps its first ten authors and says how many there are.
    expect(suggestions[1]!.authors).toHaveLength(10);
    expect(suggestions[1]!.authorCount).toBe(14);
    // Named by DOI and paperId by one paper, by paperId alone by another: one suggestion, by its DOI.
    expect(suggestions[4]).toMatchObject({ doi: "10.5555/synthetic.six", s2Id: OUTSIDE_SIX.s2Id });
    expect(suggestions[4]!.arxivId).toBeUndefined();
    // A paper of the list that another cites is a lineage link, never a suggestion.
    expect(result.file.graph.edges.some((e) => e.key === "l:arxiv:2201.00002>arxiv:2201.00001")).toBe(true);
  });

  it("lists them in the report with who cites each and from which sections", async () => {
    const result = await buildAgainst(SUGGESTION_LIST, { server, cache: cache(), citations: SUGGESTION_CITATIONS });
    const section = suggestionReport(result);
    expect(result.report).toContain("## Suggested reading (5)");
    expect(section).toContain(
      "1. [Outside One: The Most Cited Missing Paper](https://arxiv.org/abs/1901.00901) (2019) — cited by 4 papers of the lists, 100 citations",
    );
    expect(section).toContain("   - cited by: Anchor, Bridge, Crest, Ember");
    expect(section).toContain("   - from: suggestion-list: Foundations; suggestion-list: Applications");
    expect(section).toContain(
      "5. [Outside Six: A Journal Paper Without arXiv](https://doi.org/10.5555/synthetic.six) (2019)",
    );
    expect(section).toContain("5 papers qualify, 1001 more are cited by fewer");
    expect(section).not.toContain("Outside Five");
  });

  it("never suggests a paper only one paper of the list cites, however often it is cited", async () => {
    const result = await buildAgainst(SUGGESTION_LIST, { server, cache: cache() });
    expect(suggestionsOf(result).map((s) => s.key)).not.toContain(key(OUTSIDE_FIVE));
    // With the threshold at one it is, and ranks below every paper two cite, despite its 99,999 citations
    // (a cap of 300 has the records of all 1,006 candidates fetched, so ties are ranked by citations).
    const loose = await buildAgainst(SUGGESTION_LIST, { server, cache: cache(), suggest: { minCitedBy: 1, max: 300 } });
    const keys = suggestionsOf(loose).map((s) => s.key);
    expect(keys.slice(0, 5)).toEqual([
      key(OUTSIDE_ONE),
      key(OUTSIDE_FOUR),
      key(OUTSIDE_THREE),
      key(OUTSIDE_TWO),
      "doi:10.5555/synthetic.six",
    ]);
    expect(keys[5]).toBe(key(OUTSIDE_FIVE));
  });

  it("takes the threshold and the cap as options", async () => {
    const strict = await buildAgainst(SUGGESTION_LIST, {
      server,
      cache: cache(),
      citations: SUGGESTION_CITATIONS,
      suggest: { minCitedBy: 3 },
    });
    expect(suggestionsOf(strict).map((s) => s.key)).toEqual([key(OUTSIDE_ONE)]);
    const capped = await buildAgainst(SUGGESTION_LIST, { server, cache: cache(), suggest: { max: 2 } });
    expect(suggestionsOf(capped).map((s) => s.rank)).toEqual([1, 2]);
    expect(suggestionReport(capped)).toContain("the top 2 are kept");
    await expect(buildAgainst(SUGGESTION_LIST, { cache: cache(), suggest: { minCitedBy: 0 } })).rejects.toThrow(
      "suggest: invalid `minCitedBy`. Expecting a positive integer.",
    );
  });

  // Of the survey's 1,500 references, the 1,000 kept are counted (1001 = those and Outside Five).
  it("bounds a survey's 1,500 references: 1,000 kept in the cache, and at most `max` suggestions", async () => {
    const fresh = join(dir, "survey-cache");
    await buildAgainst(SUGGESTION_LIST, { server, cache: fresh });
    const record = loadCache(fresh).knowledge.s2.get("ARXIV:2202.00006")!;
    expect(record.references).toHaveLength(MAX_REFERENCES);
    expect(record.referenceTotal).toBe(1_500);
    const file = join(fresh, "semantic-scholar", "arxiv-2202.00006.json");
    // ~100 bytes a kept reference: the largest file of the cache stays near 100 KB.
    expect(statSync(file).size).toBeLessThan(150_000);

    const before = server.requests.length;
    const everything = await buildAgainst(SUGGESTION_LIST, { server, cache: fresh, suggest: { minCitedBy: 1 } });
    const asked = server.requests.slice(before).filter((r) => r.url.pathname === "/s2/paper/batch");
    // Records for at most 4 × 100 candidates: one batch request, not 1,000 papers' worth.
    expect(asked).toHaveLength(1);
    expect((JSON.parse(asked[0]!.body) as { ids: string[] }).ids.length).toBeLessThanOrEqual(400);
    expect(suggestionsOf(everything)).toHaveLength(100);
    expect(JSON.stringify(everything.file).length).toBeLessThan(200_000);
  });

  it("places each suggestion beside the papers that cite it, and moves no paper of the list", async () => {
    const result = await buildAgainst(SUGGESTION_LIST, { server, cache: cache(), citations: SUGGESTION_CITATIONS });
    const none = await buildAgainst(SUGGESTION_LIST, {
      server,
      cache: cache(),
      citations: SUGGESTION_CITATIONS,
      suggest: { max: 0 },
    });
    const at = (r: typeof result) =>
      new Map(r.file.graph.nodes.map((n) => [n.key, [n.attributes!.x, n.attributes!.y] as const]));
    const withSuggestions = at(result);
    for (const [node, position] of at(none)) expect(withSuggestions.get(node)).toEqual(position);

    const papers = result.file.graph.nodes.filter((n) => n.attributes?.kind === "paper").map((n) => n.key);
    const distance = (a: string, b: string) =>
      Math.hypot(...withSuggestions.get(a)!.map((v, i) => v - withSuggestions.get(b)![i]!));
    const spread = Math.max(...papers.flatMap((a) => papers.map((b) => distance(a, b))));
    for (const suggestion of suggestionsOf(result)) {
      const nearest = Math.min(...suggestion.citedBy.map((c) => distance(suggestion.key, c)));
      expect(nearest).toBeLessThan(spread / 2);
    }
  });

  it("rebuilds offline from the cache it filled: the same suggestions, no request", async () => {
    const online = await buildAgainst(SUGGESTION_LIST, { server, cache: cache(), citations: SUGGESTION_CITATIONS });
    const before = server.requests.length;
    const offline = await buildAgainst(SUGGESTION_LIST, { cache: cache(), citations: SUGGESTION_CITATIONS });
    expect(server.requests.length).toBe(before);
    expect(JSON.stringify(offline.file)).toBe(JSON.stringify(online.file));
    expect(readdirSync(join(cache(), "semantic-scholar-cited")).length).toBeGreaterThanOrEqual(5);
  });

  it("makes a suggested paper a listed paper, once, when the list adds it", async () => {
    const added = `${SUGGESTION_LIST}- [Outside One: The Most Cited Missing Paper](https://arxiv.org/abs/1901.00901) (2019)\n`;
    const result = await buildAgainst(added, { server, cache: cache(), citations: SUGGESTION_CITATIONS });
    const nodes = result.file.graph.nodes.filter(
      (n) => n.key === key(OUTSIDE_ONE) || (n.attributes as PaperAttributes).title === OUTSIDE_ONE.title,
    );
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.attributes!.kind).toBe("paper");
    expect(suggestionsOf(result).map((s) => s.key)).toEqual([
      key(OUTSIDE_FOUR),
      key(OUTSIDE_THREE),
      key(OUTSIDE_TWO),
      "doi:10.5555/synthetic.six",
    ]);
    // Its citers now build on it: lineage links, from Semantic Scholar and from the citation file.
    const edge = result.file.graph.edges.find((e) => e.key === `l:arxiv:2202.00005>${key(OUTSIDE_ONE)}`);
    expect(edge?.attributes?.kind).toBe("lineage");
    expect(result.file.graph.edges.some((e) => e.key?.startsWith("r:") && e.target === key(OUTSIDE_ONE))).toBe(false);
  });
});
