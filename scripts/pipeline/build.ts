// Runs the stages in order over texts already read: parse → resolve (→ search) → merge → enrich →
// link → assemble → layout → serialise. No file system here (the CLI reads and writes). The
// stages read online data only from `knowledge` (the cache); the optional `online` sources, wired
// by the CLI, fetch what it lacks, so an offline build over the same cache gives the same graph.
import { createHash } from "node:crypto";

import { GRAPH_FORMAT, GRAPH_VERSION, type GraphFile, type GraphHeader } from "../../src/model";
import { assemble } from "./assemble";
import { type CitationFileResult, type CitationInput, parseCitationFile } from "./citation-file";
import { type CitationResolution, flagBackwards, resolveCitations } from "./citation-links";
import { citedOutside } from "./cited-outside";
import { enrich, recordRequests } from "./enrich";
import { type Knowledge, type OnlineSources, addKnowledge, emptyKnowledge } from "./knowledge";
import { type LayoutOptions, layout } from "./layout";
import { link, sortByPair } from "./link";
import { merge } from "./merge";
import { parse } from "./parse";
import { type ListCounts, countList, renderReport } from "./report";
import { resolve } from "./resolve";
import { resolveBySearch, titleQueries } from "./search";
import { slug } from "./sections";
import {
  SUGGEST_DEFAULTS,
  type SuggestOptions,
  type SuggestResult,
  checkSuggestOptions,
  citedRecordsWanted,
  suggest,
} from "./suggest";
import { addSuggestions, placeSuggestions } from "./suggest-graph";
import type { Issue, Lineage, Paper, ParsedList } from "./types";

export interface ListInput {
  /** File name as shown in messages (`ai-canon.md`). */
  file: string;
  text: string;
}

/** What the online sources added, for the report: citation links, problems, notes. */
export interface EnrichResult {
  sources: string[];
  citations: Lineage[];
  failures: Issue[];
  notes: string[];
}

export interface BuildOptions {
  layout: Partial<LayoutOptions>;
  /** What online sources told earlier builds (the cache); absent for a cold offline build. */
  knowledge?: Knowledge;
  /** Online builds only: fetches what `knowledge` lacks. Left out, the build never touches the network. */
  online?: OnlineSources;
  /** Parsers for inputs that are not markdown (BibTeX, CSL-JSON), by file extension. */
  parsers?: Record<string, (input: ListInput, list: string) => ParsedList>;
  /** Citation files (`data/citations/*.tsv`): pairs "the reference list of A contains B". */
  citations?: CitationInput[];
  /** Which papers outside the lists become suggestions (threshold, how many at most). */
  suggest?: Partial<SuggestOptions>;
}

/** What the citation files held: every pair read, and how each met the map. */
export interface CitationsResult {
  files: Array<{ file: string } & CitationFileResult>;
  resolution: CitationResolution;
}

type ListParser = (input: ListInput, list: string) => ParsedList;

function extensionOf(file: string): string {
  return /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
}

const BIBLIOGRAPHY_EXTENSIONS = ["bib", "bibtex", "json"];

/**
 * Bibliographies are read by citation-js; everything else is markdown. citation-js is imported only
 * when an input is a bibliography: loading it adds ~60 ms to the start of every build.
 */
async function defaultParsers(inputs: ListInput[]): Promise<Record<string, ListParser>> {
  if (!inputs.some((input) => BIBLIOGRAPHY_EXTENSIONS.includes(extensionOf(input.file)))) return {};
  const { parseBibtex, parseCslJson } = await import("./parse-bibliography");
  const bibtex: ListParser = (input, list) => parseBibtex(input.text, { list, file: input.file });
  return { bib: bibtex, bibtex, json: (input, list) => parseCslJson(input.text, { list, file: input.file }) };
}

export type Stage = "parse" | "resolve" | "merge" | "enrich" | "link" | "assemble" | "layout" | "serialise";

export interface BuildResult {
  file: GraphFile;
  report: string;
  counts: ListCounts[];
  timings: Record<Stage, number>;
  /** Present when the build went online or had a cache to read. */
  enrichment?: EnrichResult;
  citations: CitationsResult;
  suggestions: SuggestionsResult;
}

/** The papers outside the lists that the lists cite, and those suggested. */
export interface SuggestionsResult extends SuggestResult {
  /** References no source gave an ID for: they cannot be counted. */
  unidentified: number;
  /** Whether any source could name papers outside the lists (Semantic Scholar's references, citation files). */
  hadReferences: boolean;
}

export function listName(file: string): string {
  return slug(file.replace(/\.[^.]+$/, ""));
}

/** One link per pair of papers: a citation and a name link between the same two papers carry both kinds of evidence. */
function mergeLineage(named: Lineage[], cited: Lineage[]): Lineage[] {
  const byPair = new Map(named.map((l) => [`${l.from}\u0000${l.to}`, { ...l, evidence: [...l.evidence] }]));
  for (const citation of cited) {
    const key = `${citation.from}\u0000${citation.to}`;
    const existing = byPair.get(key);
    if (existing) existing.evidence.push(...citation.evidence);
    else byPair.set(key, { ...citation, evidence: [...citation.evidence] });
  }
  return sortByPair([...byPair.values()]);
}

function dataAsOf(papers: Paper[]): string | null {
  let newest: string | null = null;
  for (const p of papers) {
    if (p.year === undefined) continue;
    const stamp = p.month ? `${p.year}-${String(p.month).padStart(2, "0")}` : `${p.year}`;
    if (!newest || stamp > newest) newest = stamp;
  }
  return newest;
}

export async function buildGraph(inputs: ListInput[], options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const timings = {} as Record<Stage, number>;
  const time = <T>(stage: Stage, work: () => T): T => {
    const start = performance.now();
    const result = work();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    return result;
  };

  checkSuggestOptions({ ...SUGGEST_DEFAULTS, ...options.suggest });
  const names = new Set<string>();
  const parsers = { ...(await defaultParsers(inputs)), ...options.parsers };
  const lists = time("parse", () =>
    inputs.map((input) => {
      let name = listName(input.file);
      while (names.has(name)) name = `${name}-2`;
      names.add(name);
      const custom = parsers[extensionOf(input.file)];
      return custom ? custom(input, name) : parse(input.text, { list: name, file: input.file });
    }),
  );
  // Citation files are read before anything slow, so a file that cannot be used stops the build at once.
  const citationFiles = time("parse", () =>
    (options.citations ?? []).map((input) => ({ file: input.file, ...parseCitationFile(input) })),
  );
  const entries = lists.flatMap((l) => l.entries);
  const { entries: offline, ambiguities } = time("resolve", () => resolve(entries));

  let knowledge = options.knowledge ?? emptyKnowledge();
  const failures: Issue[] = [];
  const fetch = async (work: () => Promise<{ knowledge: Partial<Knowledge>; failures: Issue[] }>) => {
    const start = performance.now();
    const step = await work();
    knowledge = addKnowledge(knowledge, step.knowledge);
    failures.push(...step.failures);
    timings.enrich = (timings.enrich ?? 0) + performance.now() - start;
  };
  const online = options.online;
  if (online) await fetch(() => online.searchTitles(titleQueries(offline), knowledge));
  const search = time("resolve", () => resolveBySearch(offline, knowledge));
  const resolved = search.entries;
  const { papers: merged, duplicates, shared } = time("merge", () => merge(resolved));
  const requests = recordRequests(merged, search.s2Ids);
  if (online) await fetch(() => online.fetchRecords(requests, knowledge));
  const enriched = time("enrich", () => enrich(merged, knowledge, requests));
  const papers = enriched.papers;
  const usedKnowledge = online !== undefined || Object.values(knowledge).some((m: Map<string, unknown>) => m.size > 0);
  const enrichment: EnrichResult | undefined = usedKnowledge
    ? {
        sources: enriched.sources,
        citations: enriched.citations,
        failures,
        notes: [...search.found.map((f) => `found by title search: ${f}`), ...search.rejected, ...enriched.notes],
      }
    : undefined;

  const files = Object.fromEntries(lists.map((l) => [l.list, l.file]));
  const { lineage: named, ambiguousNames } = time("link", () => link(papers, { files }));
  const fromFiles = time("link", () =>
    resolveCitations(
      citationFiles.flatMap((f) => f.pairs),
      papers,
    ),
  );
  const lineage = time("link", () =>
    flagBackwards(mergeLineage(named, [...fromFiles.lineage, ...(enrichment?.citations ?? [])]), papers),
  );
  const citations: CitationsResult = { files: citationFiles, resolution: fromFiles };
  // Papers outside the lists that the lists cite: their records are fetched (online) for the
  // candidates the ranking needs, then the candidates are counted again, as a record can join two IDs.
  const outsideOf = () => citedOutside(papers, requests, knowledge, fromFiles.offMap);
  const firstLook = time("link", outsideOf);
  const wanted = citedRecordsWanted(firstLook.candidates, { ...SUGGEST_DEFAULTS, ...options.suggest });
  if (online && wanted.size > 0) await fetch(() => online.fetchCited([...wanted.keys()], knowledge, wanted));
  const outside = wanted.size > 0 ? time("link", outsideOf) : firstLook;
  const { graph, topSections } = time("assemble", () =>
    assemble(
      papers,
      lineage,
      lists.flatMap((l) => l.sections),
    ),
  );
  time("layout", () => layout(graph, options.layout ?? {}));
  const suggested = time("link", () =>
    suggest(
      outside.candidates,
      papers,
      knowledge,
      topSections.map((t) => t.id),
      options.suggest,
    ),
  );
  time("layout", () => {
    addSuggestions(graph, suggested.suggestions, papers);
    placeSuggestions(graph, options.layout ?? {});
  });
  const suggestions: SuggestionsResult = {
    ...suggested,
    unidentified: outside.unidentified,
    hadReferences: outside.candidates.length > 0 || requests.some((r) => knowledge.s2.get(r.s2Key)?.references),
  };

  const counts = lists.map((l) => countList(l, resolved, duplicates.get(l.list) ?? 0, shared.get(l.list) ?? 0));
  const years = papers.flatMap((p) => (p.year === undefined ? [] : [p.year]));
  const file = time("serialise", (): GraphFile => {
    const digest = createHash("sha256");
    for (const input of [...inputs, ...(options.citations ?? [])])
      digest.update(input.file).update("\u0000").update(input.text).update("\u0000");
    const sectionCount = graph.filterNodes((_, a) => a.kind === "section").length;
    const header: GraphHeader = {
      format: GRAPH_FORMAT,
      version: GRAPH_VERSION,
      dataAsOf: dataAsOf(papers),
      inputsDigest: digest.digest("hex"),
      lists: counts.map((c) => ({
        name: c.list,
        file: c.file,
        entries: c.entries,
        papers: c.papers,
        resources: c.resources,
      })),
      counts: {
        papers: papers.length,
        sections: sectionCount,
        lineageEdges: lineage.length,
        sectionEdges: graph.filterEdges((_, a) => a.kind === "member" || a.kind === "subsection").length,
        undated: papers.filter((p) => p.year === undefined).length,
        suggestions: graph.filterNodes((_, a) => a.kind === "suggestion").length,
      },
      years: years.length
        ? years.reduce((r, y) => ({ min: Math.min(r.min, y), max: Math.max(r.max, y) }), {
            min: years[0]!,
            max: years[0]!,
          })
        : null,
      topSections,
      sources: enrichment?.sources ?? [],
    };
    const serialised = graph.export();
    return {
      header,
      graph: { options: serialised.options, attributes: {}, nodes: serialised.nodes, edges: serialised.edges },
    };
  });

  const report = renderReport({
    lists,
    counts,
    resolved,
    ambiguities,
    papers,
    lineage,
    ambiguousNames,
    sections: file.header.counts.sections,
    citations,
    suggestions,
    ...(enrichment ? { enrichment } : {}),
  });
  return { file, report, counts, timings, citations, suggestions, ...(enrichment ? { enrichment } : {}) };
}
