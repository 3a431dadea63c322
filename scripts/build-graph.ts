// The build CLI: reads the reading lists, runs the pipeline, writes the graph the app loads and
// a human-readable report. Flags, progress and exit codes live here; the stages are pure.
// Exit codes: 0 built, 1 bad input or failed build (nothing written), 2 bad usage.
import { resolve as resolvePath } from "node:path";
import { parseArgs } from "node:util";

import { writeGraphFiles } from "./graph-files";
import { type BuildOptions, buildGraph } from "./pipeline/build";
import { ListError } from "./pipeline/errors";
import type { SuggestOptions } from "./pipeline/suggest";
import { writeFileAtomic } from "./sources/atomic";
import { loadCache } from "./sources/cache";
import { readCitationFiles } from "./sources/citations";
import { InputError, listFiles, readList } from "./sources/lists";
import { ONLINE_ENV, createOnlineSetup } from "./sources/online-config";
import { Progress } from "./sources/progress";

const DEFAULT_CITATIONS = "data/citations";

const USAGE = `Usage: npm run build:data -- [options]

Builds the paper graph from reading lists.

Options:
  --input FILE...   lists to read (default: every .md, .bib and .json file in --lists)
  --lists DIR       folder of lists (default: data/lists)
  --citations DIR   folder of citation files, .tsv or .csv pairs of citing and cited
                    papers (default: data/citations; see the README for the format)
  --out FILE        graph file to write (default: data/graph.json); its details go
                    beside it (data/graph.details.ndjson)
  --report FILE     build report to write (default: data/build-report.md)
  --seed TEXT       layout seed (default: ai-reading-graph); same seed, same bytes
  --min-cited-by N  a paper outside the lists is suggested when at least N papers of
                    the lists cite it (default: 2)
  --max-suggestions N
                    keep at most the top N suggestions (default: 100; 0 for none)
  --offline         use only what the cache holds; never touch the network (the default)
  --online          also fetch what the cache lacks: arXiv metadata and title search,
                    Semantic Scholar records and citations, OpenAlex references as a fallback
  --refresh         with --online: fetch again what the cache already has
  --no-openalex     with --online: skip the OpenAlex fallback
  --cache DIR       the cache of online answers (default: data/cache)
  --quiet           print nothing but errors
  -h, --help        show this help

Environment (online builds):
${Object.entries(ONLINE_ENV)
  .map(([name, what]) => `  ${name.padEnd(26)}${what}`)
  .join("\n")}`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: "string", multiple: true },
        lists: { type: "string", default: "data/lists" },
        citations: { type: "string" },
        out: { type: "string", default: "data/graph.json" },
        report: { type: "string", default: "data/build-report.md" },
        seed: { type: "string" },
        "min-cited-by": { type: "string" },
        "max-suggestions": { type: "string" },
        online: { type: "boolean", default: false },
        offline: { type: "boolean", default: false },
        refresh: { type: "boolean", default: false },
        "no-openalex": { type: "boolean", default: false },
        cache: { type: "string", default: "data/cache" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`build: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // `--input a.md b.md`: files after --input arrive as positionals.
  const inputPaths = [...(values.input ?? []), ...(values.input ? positionals : [])];
  if (!values.input && positionals.length > 0) {
    console.error(`build: unexpected argument "${positionals[0]}"\n\n${USAGE}`);
    return 2;
  }
  const say = (text: string) => {
    if (!values.quiet) console.log(text);
  };
  if (values.online && values.offline) {
    console.error(`build: --online and --offline contradict each other\n\n${USAGE}`);
    return 2;
  }
  if (values.refresh && !values.online) {
    console.error(`build: --refresh needs --online (an offline build never fetches)\n\n${USAGE}`);
    return 2;
  }

  const suggest: Partial<SuggestOptions> = {};
  for (const [flag, field, least] of [
    ["min-cited-by", "minCitedBy", 1],
    ["max-suggestions", "max", 0],
  ] as const) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || value < least) {
      console.error(`build: --${flag} takes a whole number of at least ${least}, not "${text}"\n\n${USAGE}`);
      return 2;
    }
    suggest[field] = value;
  }

  const started = performance.now();
  const paths = inputPaths.length > 0 ? inputPaths : listFiles(values.lists);
  if (paths.length === 0) throw new InputError(`${values.lists}: no lists found (.md, .bib or .json files)`);
  const inputs = paths.map(readList);
  say(`Reading ${inputs.length} list${inputs.length === 1 ? "" : "s"}: ${inputs.map((i) => i.file).join(", ")}`);

  const citationInputs = readCitationFiles(values.citations ?? DEFAULT_CITATIONS, values.citations !== undefined);
  if (citationInputs.length)
    say(
      `Citations: ${citationInputs.length} file${citationInputs.length === 1 ? "" : "s"}: ${citationInputs.map((c) => c.file).join(", ")}`,
    );

  const cacheDir = resolvePath(values.cache);
  const cache = loadCache(cacheDir);
  for (const problem of cache.problems) console.error(`build: cache: ${problem}`);
  if (cache.files > 0) say(`Cache: ${cache.files} answers read from ${values.cache}`);
  const progress = new Progress(process.stderr, process.stderr.isTTY === true && !values.quiet);
  const online = values.online
    ? createOnlineSetup({
        env: process.env,
        cacheDir,
        refresh: values.refresh,
        openalex: !values["no-openalex"],
        progress,
      })
    : undefined;

  const options: Partial<BuildOptions> = {
    layout: values.seed ? { seed: values.seed } : {},
    knowledge: cache.knowledge,
    citations: citationInputs,
    suggest,
    ...(online ? { online: online.sources } : {}),
  };
  const result = await buildGraph(inputs, options).finally(() => progress.finish());

  const out = resolvePath(values.out);
  const report = resolvePath(values.report);
  const written = writeGraphFiles(out, result.file);
  writeFileAtomic(report, result.report);

  const { header } = result.file;
  for (const c of result.counts)
    say(
      `  ${c.file}: ${c.entries} entries → ${c.papers} papers (${c.byUrl} arXiv by URL, ${c.byTitle} by title, ${c.bySearch} by search, ${c.hosted} off arXiv), ` +
        `${c.resources} resources, ${c.unresolved} unresolved, ${c.duplicates} duplicates merged, ${c.shared} also in an earlier list`,
    );
  say(
    `Graph: ${header.counts.papers} papers (${header.counts.undated} undated), ${header.counts.sections} sections, ` +
      `${header.counts.lineageEdges} lineage edges`,
  );
  if (citationInputs.length) {
    const { files, resolution } = result.citations;
    const malformed = files.reduce((n, f) => n + f.issues.length, 0);
    const backwards = result.file.graph.edges.filter(
      (e) => e.attributes?.kind === "lineage" && e.attributes.backwards,
    ).length;
    say(
      `Citations: ${resolution.drawn.length + resolution.offMap.length + malformed} rows: ${resolution.drawn.length} drawn as cites links ` +
        `(${backwards} of a later paper, marked), ${resolution.offMap.length} naming a paper not on the map, ${malformed} malformed` +
        `${resolution.offMap.length + malformed ? ` (listed in ${values.report})` : ""}`,
    );
  }
  const suggested = result.suggestions;
  say(
    suggested.hadReferences
      ? `Suggestions: ${suggested.suggestions.length} paper${suggested.suggestions.length === 1 ? "" : "s"} outside the lists, each cited by at least ${suggested.options.minCitedBy} papers of them (${suggested.eligible} qualify)`
      : "Suggestions: none (papers the lists cite but do not hold need an online build: npm run build:data -- --online)",
  );
  if (header.counts.papers === 0) say("Warning: no papers found in the lists; the map will be empty.");
  if (online) {
    const c = progress.counts;
    const failed = result.enrichment?.failures.length ?? 0;
    say(
      `Online: ${online.http.requests} requests (${online.http.retries} retries), ${c.cacheHits} cache hits, ` +
        `${online.cache.writes} answers cached in ${values.cache}, ${failed} failures${failed ? ` (listed in ${values.report})` : ""}`,
    );
  }
  if (result.enrichment) say(`Sources: ${result.enrichment.sources.join(", ") || "none"}`);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  say(
    `Wrote ${values.out} (${mb(written.coreBytes)}, its details beside it ${mb(written.detailsBytes)}) and ${values.report} in ${seconds} s`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InputError || error instanceof ListError) console.error(`build: ${error.message}`);
    else
      console.error(
        `build failed: ${(error as Error)?.message ?? String(error)}${process.env.DEBUG ? `\n${(error as Error).stack}` : ""}`,
      );
    process.exit(1);
  },
);
