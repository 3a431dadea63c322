// The build CLI end to end: real files in a temporary folder, the real process, its exit code,
// its messages and what it leaves on disk.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { beforeAll, describe, expect, it } from "vitest";

import { readGraphFiles } from "../../scripts/graph-files";
import { validateGraphFile } from "../../src/model";

const run = promisify(execFile);
const root = new URL("../..", import.meta.url).pathname;
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "scripts/build-graph.ts");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "build-cli-"));
});

async function build(...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("build CLI", () => {
  it("builds a graph and a report from a list given with --input", async () => {
    const input = write(
      "good.md",
      "# Models\n- [BERT: Pre-training](https://arxiv.org/abs/1810.04805)\n- [SciBERT: A Model](https://arxiv.org/abs/1903.10676)\n",
    );
    const result = await build("--input", input, "--out", "good.json", "--report", "good-report.md");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("good.md: 2 entries → 2 papers");
    // The compact core and its details beside it, read back as one valid graph.
    const graph = validateGraphFile(readGraphFiles(join(dir, "good.json")));
    expect(graph.ok && graph.file.header.counts).toMatchObject({ papers: 2, lineageEdges: 1 });
    expect(existsSync(join(dir, "good.details.ndjson"))).toBe(true);
    expect(readFileSync(join(dir, "good-report.md"), "utf8")).toContain(
      "**SciBERT (SciBERT: A Model)** builds on **BERT (BERT: Pre-training)**",
    );
  }, 30_000);

  it("writes the same bytes twice", async () => {
    const input = write(
      "same.md",
      "- [BERT](https://arxiv.org/abs/1810.04805)\n- [T5](https://arxiv.org/abs/1910.10683)\n",
    );
    await build("--input", input, "--out", "a.json", "--report", "a.md", "--quiet");
    await build("--input", input, "--out", "b.json", "--report", "b.md", "--quiet");
    expect(readFileSync(join(dir, "a.json"))).toEqual(readFileSync(join(dir, "b.json")));
    expect(readFileSync(join(dir, "a.details.ndjson"))).toEqual(readFileSync(join(dir, "b.details.ndjson")));
  }, 30_000);

  it("refuses a binary file, naming it and the line, and writes nothing", async () => {
    const input = write("binary.md", Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x42, 0x00, 0x01]));
    const result = await build("--input", input, "--out", "binary.json");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `build: ${input}:2: not a text file (NUL byte); a reading list must be UTF-8 text`,
    );
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(join(dir, "binary.json"))).toBe(false);
  }, 30_000);

  it("refuses text that is not UTF-8", async () => {
    const input = write("latin1.md", Buffer.from("line one\ncaf\xe9\n", "latin1"));
    const result = await build("--input", input, "--out", "latin1.json");
    expect(result.stderr.trim()).toBe(`build: ${input}:2: not valid UTF-8; save the list as UTF-8 text`);
  }, 30_000);

  it("says which input is missing", async () => {
    const result = await build("--input", "nowhere.md");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("build: nowhere.md: cannot read the list (no such file)");
  }, 30_000);

  it("reports bad entries in the report instead of failing", async () => {
    const input = write(
      "bad.md",
      [
        "- [Evil](javascript:alert(1))",
        "- [Empty link]()",
        `- [${"x".repeat(100_000)}](https://example.com/long)`,
        "- <script>alert(1)</script> [HTML &amp; entities](https://arxiv.org/abs/1706.03762)",
        "> an unterminated block quote that runs on",
        "and on",
      ].join("\n"),
    );
    const result = await build("--input", input, "--out", "bad.json", "--report", "bad-report.md");
    expect(result.code).toBe(0);
    const report = readFileSync(join(dir, "bad-report.md"), "utf8");
    expect(report).toContain('`bad.md:1`: link "javascript:alert(1)" is not http(s); not kept');
    expect(report).toContain('`bad.md:2`: empty link "[Empty link]()"');
    expect(report).toContain("`bad.md:3`: title is 100000 characters long; cut to 300");
    expect(report).not.toContain("<script>");
    const graph = JSON.stringify(readGraphFiles(join(dir, "bad.json")));
    expect(graph).not.toContain("javascript:");
    expect(graph).toContain("HTML & entities");
  }, 30_000);

  it("reports an empty list and still writes an empty graph", async () => {
    const input = write("empty.md", "");
    const result = await build("--input", input, "--out", "empty.json", "--report", "empty-report.md");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Warning: no papers found in the lists; the map will be empty.");
    expect(readFileSync(join(dir, "empty-report.md"), "utf8")).toContain("- `empty.md`: the list is empty");
  }, 30_000);

  it("rejects an unknown flag with the usage", async () => {
    const result = await build("--frobnicate");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npm run build:data -- [options]");
  }, 30_000);

  it("leaves no temporary files behind", () => {
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("build CLI with bibliographies", () => {
  it("stops on malformed BibTeX with the file, line and entry, and writes nothing", async () => {
    const input = write("broken.bib", "@article{good, title={A}}\n\n@article{broken title={B}}\n");
    const result = await build("--input", input, "--out", "broken.json");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'build: broken.bib:3: malformed BibTeX in entry "broken": expected "comma", got "label"',
    );
    expect(existsSync(join(dir, "broken.json"))).toBe(false);
  }, 30_000);
});

describe("build CLI with citation files", () => {
  const list =
    "# Models\n- [BERT: Pre-training](https://arxiv.org/abs/1810.04805)\n- [LLaMA: Open Models](https://arxiv.org/abs/2302.13971)\n";

  it("draws the pairs of --citations DIR and says how every row went", async () => {
    const input = write("cite-list.md", list);
    mkdirSync(join(dir, "cites"), { recursive: true });
    write("cites/refs.tsv", "citing\tcited\n2302.13971\t1810.04805\n2302.13971\t1706.03762\n2302.13971\n");
    const result = await build("--input", input, "--citations", "cites", "--out", "cite.json", "--report", "cite.md");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Citations: 3 rows: 1 drawn as cites links (0 of a later paper, marked), 1 naming a paper not on the map, 1 malformed (listed in cite.md)",
    );
    const report = readFileSync(join(dir, "cite.md"), "utf8");
    expect(report).toContain("- `cites/refs.tsv:4`: row has no cited paper; expecting 2 columns");
    expect(report).toContain("- `cites/refs.tsv:3`: LLaMA → arXiv 1706.03762: the cited paper is not on the map");
  }, 30_000);

  it("stops on a citation file that is not text, naming it, and writes nothing", async () => {
    const input = write("cite-list-2.md", list);
    mkdirSync(join(dir, "binary-cites"), { recursive: true });
    write("binary-cites/refs.tsv", Buffer.from([0x63, 0x0a, 0x00]));
    const result = await build("--input", input, "--citations", "binary-cites", "--out", "nocite.json");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "build: binary-cites/refs.tsv:2: not a text file (NUL byte); a citation file must be UTF-8 text",
    );
    expect(existsSync(join(dir, "nocite.json"))).toBe(false);
  }, 30_000);

  it("stops on a citation file without citing and cited columns, and on a missing folder", async () => {
    const input = write("cite-list-3.md", list);
    mkdirSync(join(dir, "headless"), { recursive: true });
    write("headless/refs.csv", "2302.13971,1810.04805\n");
    const headless = await build("--input", input, "--citations", "headless", "--out", "headless.json");
    expect(headless.code).toBe(1);
    expect(headless.stderr).toContain("build: headless/refs.csv:1: the first row must name the columns");
    expect(existsSync(join(dir, "headless.json"))).toBe(false);
    const missing = await build("--input", input, "--citations", "nowhere", "--out", "missing.json");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("build: nowhere: no such folder of citation files (--citations DIR)");
  }, 30_000);
});
