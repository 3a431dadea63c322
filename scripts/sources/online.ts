// The online half of the build: given what the build needs (titles to look up, papers to
// describe) and what the cache already knows, fetch only the rest, write each answer to the
// cache the moment it arrives, and report per paper what could not be fetched. A failed request
// never replaces what the cache holds, and a source that forgets a paper it once knew (a
// negative answer over a positive one) does not either.
import { citingInGraph, withoutReferences } from "../pipeline/enrich";
import {
  type Knowledge,
  type KnowledgeSource,
  type OnlineSources,
  type OnlineStep,
  type RecordRequest,
  type TitleQuery,
  addKnowledge,
  emptyKnowledge,
} from "../pipeline/knowledge";
import { sameTitle } from "../pipeline/search";
import type { Issue } from "../pipeline/types";
import type { ArxivClient } from "./arxiv";
import type { CacheWriter } from "./cache";
import { HttpFailure } from "./http";
import type { OpenAlexClient } from "./openalex";
import { Progress } from "./progress";
import type { SemanticScholarClient } from "./semantic-scholar";

export interface OnlineDeps {
  arxiv: ArxivClient;
  s2: SemanticScholarClient;
  /** Left out to skip the OpenAlex fallback. */
  openalex?: OpenAlexClient;
  cache: CacheWriter;
  /** Refetch what the cache already has (its entries stay until an answer replaces them). */
  refresh: boolean;
  progress?: Progress;
}

const NAMES = {
  arxiv: "arXiv API",
  s2: "Semantic Scholar",
  openalex: "OpenAlex",
  s2Cited: "Semantic Scholar",
} as const;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function message(error: unknown): string {
  if (error instanceof HttpFailure) return error.message;
  throw error; // a bug, not a fault of the network: let it surface
}

class Step {
  readonly added: Knowledge = emptyKnowledge();
  readonly failures: Issue[] = [];

  constructor(
    private readonly deps: OnlineDeps,
    private readonly progress: Progress,
  ) {}

  /** Keys this step must fetch: those the cache lacks, or all with --refresh. The rest are cache hits. */
  missing<T>(keys: T[], has: (key: T) => boolean): T[] {
    if (this.deps.refresh) return keys;
    const missing = keys.filter((key) => !has(key));
    for (let i = missing.length; i < keys.length; i += 1) this.progress.advance();
    this.progress.hit(keys.length - missing.length);
    return missing;
  }

  /** Stores an answer unless it is negative and the cache already has a positive one. */
  store<K extends KnowledgeSource>(source: K, key: string, value: unknown, known: Knowledge): void {
    const previous = (known[source] as Map<string, unknown>).get(key);
    if (value === null && previous !== null && previous !== undefined) return;
    this.deps.cache.write(source, key, value);
    (this.added[source] as Map<string, unknown>).set(key, value);
  }

  /**
   * Fetches, in batches, the records the cache lacks; each answer is stored as it arrives, and a
   * batch that fails is a failure for each of its papers.
   */
  async fetchInBatches(
    source: keyof typeof NAMES,
    requests: RecordRequest[],
    keyOf: (request: RecordRequest) => string,
    client: { options: { batchSize: number }; fetchBatch(keys: string[]): Promise<Map<string, unknown>> },
    known: Knowledge,
  ): Promise<void> {
    const missing = this.missing(requests, (r) => known[source].has(keyOf(r)));
    for (const batch of chunks(missing, client.options.batchSize)) {
      try {
        const records = await client.fetchBatch(batch.map(keyOf));
        for (const [key, record] of records) this.store(source, key, record, known);
      } catch (error) {
        for (const r of batch) this.fail(r.label, source, error);
      }
      for (let i = 0; i < batch.length; i += 1) this.progress.advance();
    }
  }

  fail(at: string, source: keyof typeof NAMES, error: unknown): void {
    this.failures.push({ file: at, line: 0, message: `${NAMES[source]}: ${message(error)}` });
    this.progress.fail();
  }

  result(): OnlineStep {
    return { knowledge: this.added, failures: this.failures };
  }
}

export function createOnline(deps: OnlineDeps): OnlineSources {
  const progress = deps.progress ?? new Progress(null);

  async function searchTitles(queries: TitleQuery[], known: Knowledge): Promise<OnlineStep> {
    const step = new Step(deps, progress);
    progress.step("title search (Semantic Scholar)", queries.length);
    for (const query of step.missing(queries, (q) => known.s2Match.has(q.key))) {
      try {
        step.store("s2Match", query.key, await deps.s2.matchTitle(query.title), known);
      } catch (error) {
        step.fail(query.at, "s2", error);
      }
      progress.advance();
    }
    // arXiv is asked only when Semantic Scholar did not place the paper on arXiv.
    const matches = addKnowledge(known, step.added).s2Match;
    const unplaced = queries.filter((q) => {
      const match = matches.get(q.key);
      return !(match?.arxivId && sameTitle(q.title, match.title));
    });
    progress.step("title search (arXiv)", unplaced.length);
    for (const query of step.missing(unplaced, (q) => known.arxivSearch.has(q.key))) {
      try {
        step.store("arxivSearch", query.key, await deps.arxiv.searchTitle(query.title), known);
      } catch (error) {
        step.fail(query.at, "arxiv", error);
      }
      progress.advance();
    }
    return step.result();
  }

  async function fetchArxiv(step: Step, requests: RecordRequest[], known: Knowledge): Promise<void> {
    const wanted = requests.filter((r) => r.arxivId !== undefined);
    await step.fetchInBatches("arxiv", wanted, (r) => r.arxivId!, deps.arxiv, known);
  }

  async function fetchS2(step: Step, requests: RecordRequest[], known: Knowledge): Promise<void> {
    await step.fetchInBatches("s2", requests, (r) => r.s2Key, deps.s2, known);
  }

  async function fetchCitations(step: Step, requests: RecordRequest[], known: Knowledge): Promise<void> {
    // How each paper cites the others (influence, intents): asked only of papers that cite one.
    const citing = citingInGraph(requests, addKnowledge(known, step.added));
    progress.step("Semantic Scholar references", citing.length);
    for (const r of step.missing(citing, (c) => known.s2References.has(c.s2Key))) {
      try {
        step.store("s2References", r.s2Key, await deps.s2.fetchReferences(r.s2Key), known);
      } catch (error) {
        step.fail(r.label, "s2", error);
      }
      progress.advance();
    }
  }

  async function fetchOpenAlex(step: Step, requests: RecordRequest[], known: Knowledge): Promise<void> {
    if (!deps.openalex) return;
    const lacking = withoutReferences(requests, addKnowledge(known, step.added));
    if (lacking.length === 0) return;
    // Every arXiv paper's work is needed, to map the referenced works back to papers of the graph.
    const wanted = requests.filter((r) => r.arxivId !== undefined);
    progress.step("OpenAlex works", wanted.length);
    await step.fetchInBatches("openalex", wanted, (r) => r.arxivId!, deps.openalex, known);
    await findTwins(step, lacking, addKnowledge(known, step.added));
  }

  /** For papers whose arXiv-DOI work lists no references: the journal version, found by title. */
  async function findTwins(step: Step, lacking: RecordRequest[], known: Knowledge): Promise<void> {
    const openalex = deps.openalex!;
    const searched = lacking.filter((r) => {
      const work = known.openalex.get(r.arxivId!);
      return work && work.referencedWorks.length === 0 && (work.twin === undefined || deps.refresh);
    });
    if (searched.length === 0) return;
    progress.step("OpenAlex journal versions", searched.length);
    for (const r of searched) {
      const work = known.openalex.get(r.arxivId!)!;
      const title = known.arxiv.get(r.arxivId!)?.title ?? r.title;
      try {
        step.store("openalex", r.arxivId!, { ...work, twin: await openalex.findTwin(title) }, known);
      } catch (error) {
        step.fail(r.label, "openalex", error);
      }
      progress.advance();
    }
  }

  async function fetchRecords(requests: RecordRequest[], known: Knowledge): Promise<OnlineStep> {
    const step = new Step(deps, progress);
    // Different hosts, different rate limits: arXiv and Semantic Scholar are asked side by side.
    const arxivCount = requests.filter((r) => r.arxivId !== undefined).length;
    progress.step("records (arXiv, Semantic Scholar)", arxivCount + requests.length);
    await Promise.all([fetchArxiv(step, requests, known), fetchS2(step, requests, known)]);
    await fetchCitations(step, requests, known);
    await fetchOpenAlex(step, requests, known);
    return step.result();
  }

  /** Papers outside the lists that suggestions may show: one batch request per 500, only what the cache lacks. */
  async function fetchCited(keys: string[], known: Knowledge, labels: Map<string, string>): Promise<OnlineStep> {
    const step = new Step(deps, progress);
    if (keys.length === 0) return step.result();
    const requests = keys.map((key) => ({ paperKey: key, s2Key: key, label: labels.get(key) ?? key, title: "" }));
    progress.step("papers the lists cite (Semantic Scholar)", requests.length);
    const client = { options: deps.s2.options, fetchBatch: (batch: string[]) => deps.s2.fetchCited(batch) };
    await step.fetchInBatches("s2Cited", requests, (r) => r.s2Key, client, known);
    return step.result();
  }

  return { searchTitles, fetchRecords, fetchCited };
}
