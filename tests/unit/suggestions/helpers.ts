// Builds a list in memory against the local test server, the way the CLI wires an online build
// (real clients, a cache in a temporary folder), so each test can read the graph, the report and
// the cache it filled. Nothing here reaches past 127.0.0.1.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { type BuildResult, buildGraph } from "../../../scripts/pipeline/build";
import type { SuggestOptions } from "../../../scripts/pipeline/suggest";
import { ArxivClient } from "../../../scripts/sources/arxiv";
import { CacheWriter, loadCache } from "../../../scripts/sources/cache";
import { HttpClient } from "../../../scripts/sources/http";
import { createOnline } from "../../../scripts/sources/online";
import { Progress } from "../../../scripts/sources/progress";
import { SemanticScholarClient } from "../../../scripts/sources/semantic-scholar";
import type { NodeAttributes, SuggestionAttributes } from "../../../src/model";
import type { LocalServer } from "../helpers/local-server";
import { fakeClock } from "../helpers/local-server";

export const ROOT = resolve(__dirname, "../../..");
export const SUGGESTION_LIST = readFileSync(join(ROOT, "tests/fixtures/online/suggestion-list.md"), "utf8");

export interface BuildSetup {
  server?: LocalServer;
  cache: string;
  suggest?: Partial<SuggestOptions>;
  citations?: string;
  /** References per page asked of the references endpoint (the recorded GAN pages hold 100). */
  pageSize?: number;
}

export async function buildAgainst(list: string, setup: BuildSetup): Promise<BuildResult> {
  const clock = fakeClock();
  const progress = new Progress(null);
  const http = new HttpClient({ now: clock.now, sleep: clock.sleep, random: () => 0, retries: 0 });
  const online = setup.server
    ? createOnline({
        arxiv: new ArxivClient(http, { url: `${setup.server.origin}/arxiv/query` }),
        s2: new SemanticScholarClient(http, {
          url: `${setup.server.origin}/s2`,
          ...(setup.pageSize ? { pageSize: setup.pageSize } : {}),
        }),
        cache: new CacheWriter(setup.cache),
        refresh: false,
        progress,
      })
    : undefined;
  return buildGraph([{ file: "suggestion-list.md", text: list }], {
    layout: { iterations: 100 },
    knowledge: loadCache(setup.cache).knowledge,
    ...(online ? { online } : {}),
    ...(setup.suggest ? { suggest: setup.suggest } : {}),
    ...(setup.citations ? { citations: [{ file: "citations/extra.tsv", text: setup.citations }] } : {}),
  });
}

type Node = { key: string; attributes?: NodeAttributes };

export function suggestionsOf(result: BuildResult): Array<{ key: string } & SuggestionAttributes> {
  return (result.file.graph.nodes as Node[])
    .filter((n) => n.attributes?.kind === "suggestion")
    .map((n) => ({ key: n.key, ...(n.attributes as SuggestionAttributes) }))
    .sort((a, b) => a.rank - b.rank);
}

/** The report's *Suggested reading* section, without its heading. */
export function suggestionReport(result: BuildResult): string {
  return result.report.split("## Suggested reading")[1]!.split("\n## ")[0]!;
}
