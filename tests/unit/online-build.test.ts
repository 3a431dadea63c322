// End to end: the real CLI (a child process) builds a synthetic list online against a local
// server speaking the arXiv, Semantic Scholar and OpenAlex formats, then offline from the cache
// it filled. Nothing here can reach the internet: the base URLs point at 127.0.0.1.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readGraphFiles } from "../../scripts/graph-files";
import { loadCache } from "../../scripts/sources/cache";
import type { GraphFile, LineageEdgeAttributes, PaperAttributes } from "../../src/model";
import { type SyntheticApis, syntheticApis, syntheticEnv } from "../fixtures/online/synthetic-api";
import { SYNTHETIC_PAPERS, syntheticFaults } from "../fixtures/online/synthetic-papers";
import { type LocalServer, startServer } from "./helpers/local-server";

const ROOT = resolve(__dirname, "../..");
const LIST = join(ROOT, "tests/fixtures/online/synthetic-list.md");
const DENY = join(ROOT, "tests/fixtures/online/deny-network.mjs");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string>, preload: string[] = []): ChildProcess {
  return spawn(process.execPath, [...preload, "--import", "tsx", "scripts/build-graph.ts", "--input", LIST, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function finish(child: ChildProcess): Promise<Run> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on("close", (code) => done({ code, stdout, stderr })));
}

const build = (args: string[], env: Record<string, string> = {}, preload: string[] = []) =>
  finish(start(args, env, preload));

function readGraph(path: string) {
  const file: GraphFile = readGraphFiles(path);
  const node = (key: string) => file.graph.nodes.find((n) => n.key === key)?.attributes as PaperAttributes;
  const edge = (key: string) => file.graph.edges.find((e) => e.key === key)?.attributes as LineageEdgeAttributes;
  return { file, node, edge };
}

// Each test runs the build CLI once or twice (tsx start-up included): on a busy 2-core machine that
// passes vitest's 5 s default, so these get more time. Nothing here asserts a duration.
describe("online build against a local server", { timeout: 30_000 }, () => {
  let server: LocalServer;
  let apis: SyntheticApis;
  let dir: string;
  const paths = (name: string) => ["--out", join(dir, `${name}.json`), "--report", join(dir, `${name}.md`)];

  beforeAll(async () => {
    apis = syntheticApis(SYNTHETIC_PAPERS, syntheticFaults());
    server = await startServer((req, res) => apis.handle(req, res));
    dir = mkdtempSync(join(tmpdir(), "online-build-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes cites edges, authors and abstracts, and lists every failure in the report", async () => {
    const run = await build(
      ["--online", "--cache", join(dir, "cache"), ...paths("online")],
      syntheticEnv(server.origin),
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { file, node, edge } = readGraph(join(dir, "online.json"));

    expect(file.header.sources).toEqual(["arxiv", "semantic-scholar", "openalex"]);
    const alpha = node("arxiv:2101.00001");
    expect(alpha.title).toBe("Alpha: A Synthetic Base Model");
    expect(alpha.authors).toEqual(["Ada Example", "Ben Sample"]);
    expect(alpha.abstract).toBe("We present Alpha, a synthetic base model made up for tests.");
    expect(alpha.provenance).toEqual({
      title: "arxiv",
      date: "arxiv",
      authors: "arxiv",
      abstract: "arxiv",
      doi: "arxiv",
    });
    expect(alpha.summaries).toEqual([{ list: "synthetic-list", text: "the curator's note on Alpha.", line: 7 }]);
    expect([alpha.citationCount, alpha.tldr, alpha.doi]).toEqual([
      1200,
      "A made-up base model.",
      "10.5555/synthetic.alpha",
    ]);

    const beta = edge("l:arxiv:2102.00002>arxiv:2101.00001");
    expect(beta.kinds).toContain("cites");
    expect(beta.influential).toBe(true);
    expect(beta.evidence.find((e) => e.kind === "cites")).toEqual({
      kind: "cites",
      text: "cites it (an influential citation; intents: methodology, background)",
      source: "Semantic Scholar",
      influential: true,
      intents: ["methodology", "background"],
    });
    // Gamma (hosted elsewhere) and Delta (no link) were found by title and joined the graph by arXiv ID.
    expect(edge("l:arxiv:2103.00003>arxiv:2101.00001").kinds).toEqual(["cites"]);
    expect(node("arxiv:2104.00004").authors).toEqual(["Eve Filler"]);
    // Zeta's detailed references failed: its citation still comes from the batch record, without influence.
    expect(edge("l:arxiv:2106.00006>arxiv:2101.00001").evidence).toEqual([
      { kind: "cites", text: "cites it", source: "Semantic Scholar" },
    ]);
    expect(edge("l:arxiv:2108.00008>arxiv:2101.00001").evidence).toEqual([
      { kind: "cites", text: "cites it", source: "OpenAlex" },
    ]);
    expect(node("title:iota-a-workshop-paper").authors).toBeUndefined();

    const report = readFileSync(join(dir, "online.md"), "utf8");
    const problems = report.split("## Online enrichment problems")[1]!.split("\n## ")[0]!;
    const lines = problems.trim().split("\n").slice(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `- arXiv 2106.00006 "Zeta: Troubled References": Semantic Scholar: HTTP 503 (gave up after 3 attempts)`,
    );
    // Node words a dropped connection as "terminated" or "other side closed", depending on timing.
    expect(lines[1]).toMatch(
      /^- arXiv 2107\.00007 "Eta: Cut-Short References": Semantic Scholar: the response was cut short \(.+\) \(gave up after 3 attempts\)$/,
    );
    expect(report).toContain(`arXiv does not know arXiv 2105.99999 "Epsilon: An ID arXiv Does Not Know"`);
    expect(report).toContain(`Semantic Scholar's best match is "Iota Functions in Workshop Scheduling"`);
    expect(run.stdout).toMatch(/Online: \d+ requests \(4 retries\), 0 cache hits, \d+ answers cached/);
  });

  it("rebuilds the same bytes offline from the cache, without opening a single connection", async () => {
    const denied = join(dir, "denied.log");
    const run = await build(["--cache", join(dir, "cache"), ...paths("offline")], { DENIED_LOG: denied }, [
      "--import",
      DENY,
    ]);
    expect(run.code).toBe(0);
    expect(existsSync(denied)).toBe(false);
    expect(readFileSync(join(dir, "offline.json"))).toEqual(readFileSync(join(dir, "online.json")));
    expect(readFileSync(join(dir, "offline.details.ndjson"))).toEqual(readFileSync(join(dir, "online.details.ndjson")));
  });

  it("asks again only for what failed, then makes no request at all", async () => {
    apis.faults.length = 0;
    const before = server.requests.length;
    const retry = await build(
      ["--online", "--cache", join(dir, "cache"), ...paths("retry")],
      syntheticEnv(server.origin),
    );
    expect(retry.code).toBe(0);
    expect(server.requests.slice(before).map((r) => r.url.pathname)).toEqual([
      "/s2/paper/ARXIV%3A2106.00006/references",
      "/s2/paper/ARXIV%3A2107.00007/references",
    ]);
    expect(readGraph(join(dir, "retry.json")).edge("l:arxiv:2106.00006>arxiv:2101.00001").influential).toBe(true);

    const again = server.requests.length;
    const second = await build(
      ["--online", "--cache", join(dir, "cache"), ...paths("second")],
      syntheticEnv(server.origin),
    );
    expect(second.code).toBe(0);
    expect(server.requests.length).toBe(again);
    expect(readFileSync(join(dir, "second.json"))).toEqual(readFileSync(join(dir, "retry.json")));
    expect(readFileSync(join(dir, "second.details.ndjson"))).toEqual(readFileSync(join(dir, "retry.details.ndjson")));
  });

  it("keeps a valid cache when killed mid-run, and the next run asks only for the rest", async () => {
    const cache = join(dir, "killed-cache");
    apis.faults.push({ match: "/paper/batch", kind: "hang" });
    const child = start(["--online", "--cache", cache, ...paths("killed")], syntheticEnv(server.origin));
    const ended = finish(child);
    // Killed while Semantic Scholar's batch hangs: title searches and all 8 arXiv answers are in by then.
    const arxivFolder = join(cache, "arxiv");
    const arxivAnswers = () =>
      existsSync(arxivFolder) ? readdirSync(arxivFolder).filter((n) => n.endsWith(".json")) : [];
    for (let i = 0; i < 400 && arxivAnswers().length < 8; i += 1) await new Promise((r) => setTimeout(r, 25));
    expect(arxivAnswers()).toHaveLength(8);
    child.kill("SIGKILL");
    await ended;

    // Every answer file is whole: a write cut by the kill can only leave a `.tmp` beside it, which is ignored.
    const loaded = loadCache(cache);
    expect(loaded.problems).toEqual([]);
    expect(loaded.knowledge.arxiv.size).toBeGreaterThan(0);
    const files = readdirSync(cache, { recursive: true }).map(String);
    expect(files.filter((n) => n.endsWith(".json")).length).toBe(loaded.files);

    apis.faults.length = 0;
    const before = server.requests.length;
    const resumed = await build(["--online", "--cache", cache, ...paths("resumed")], syntheticEnv(server.origin));
    expect(resumed.code).toBe(0);
    const asked = server.requests.slice(before).map((r) => r.url.pathname);
    expect(asked).not.toContain("/s2/paper/search/match");
    expect(asked).not.toContain("/arxiv/query");
    expect(readFileSync(join(dir, "resumed.json"))).toEqual(readFileSync(join(dir, "second.json")));
    expect(readFileSync(join(dir, "resumed.details.ndjson"))).toEqual(readFileSync(join(dir, "second.details.ndjson")));
  });
});
