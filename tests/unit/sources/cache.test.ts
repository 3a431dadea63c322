import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { CacheWriter, cacheFileName, loadCache } from "../../../scripts/sources/cache";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cache-test-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FIXED = () => new Date("2024-05-01T12:00:00Z");
const ALPHA = {
  id: "2101.00001",
  title: "Alpha",
  authors: ["Ada Example"],
  abstract: "Made up.",
  published: "2021-01-04T18:00:00Z",
};

describe("cacheFileName", () => {
  it("names an arXiv record by its ID", () => {
    expect(cacheFileName("arxiv", "2106.09685")).toBe("2106.09685.json");
  });

  it("keeps old-style IDs readable without a slash", () => {
    expect(cacheFileName("arxiv", "hep-th/9901001")).toBe("hep-th-9901001.json");
  });

  it("names a Semantic Scholar record by its batch key", () => {
    expect(cacheFileName("s2", "ARXIV:2106.09685")).toBe("arxiv-2106.09685.json");
  });

  it("adds a hash to a title, whose readable part may be cut short", () => {
    expect(cacheFileName("s2Match", "kosmos 2 grounding multimodal large language models to the world")).toMatch(
      /^kosmos-2-grounding-multimodal-large-language-models-to-the-world-[0-9a-f]{10}\.json$/,
    );
  });
});

describe("CacheWriter and loadCache", () => {
  it("reads back what was written, positive and negative answers alike", () => {
    const writer = new CacheWriter(dir, FIXED);
    writer.write("arxiv", "2101.00001", ALPHA);
    writer.write("arxiv", "2105.99999", null);
    writer.write("arxivSearch", "delta", []);
    const { knowledge, files, problems } = loadCache(dir);
    expect(problems).toEqual([]);
    expect(files).toBe(3);
    expect([...knowledge.arxiv]).toEqual([
      ["2101.00001", ALPHA],
      ["2105.99999", null],
    ]);
    expect(knowledge.arxivSearch.get("delta")).toEqual([]);
  });

  it("writes human-readable JSON that records when the answer was fetched", () => {
    new CacheWriter(dir, FIXED).write("arxiv", "2105.99999", null);
    expect(JSON.parse(readFileSync(join(dir, "arxiv/2105.99999.json"), "utf8"))).toEqual({
      format: 1,
      source: "arxiv",
      key: "2105.99999",
      fetchedAt: "2024-05-01T12:00:00.000Z",
      found: false,
    });
  });

  it("leaves no temporary file behind", () => {
    new CacheWriter(dir, FIXED).write("arxiv", "2101.00001", ALPHA);
    expect(readdirSync(join(dir, "arxiv"))).toEqual(["2101.00001.json"]);
  });

  it("reads a missing cache folder as an empty cache", () => {
    expect(loadCache(join(dir, "none")).files).toBe(0);
  });

  it("reports and ignores a file cut short, a record of the wrong shape, a misplaced key and another format", () => {
    new CacheWriter(dir, FIXED).write("arxiv", "2101.00001", ALPHA);
    const folder = join(dir, "arxiv");
    writeFileSync(join(folder, "2102.00002.json"), '{"format": 1, "key": "2102.0');
    writeFileSync(
      join(folder, "2103.00003.json"),
      JSON.stringify({ format: 1, key: "2103.00003", found: true, record: { id: 3 } }),
    );
    writeFileSync(join(folder, "2104.00004.json"), JSON.stringify({ format: 1, key: "2109.00009", found: false }));
    writeFileSync(join(folder, "2105.00005.json"), JSON.stringify({ format: 0, key: "2105.00005", found: false }));
    const { knowledge, problems } = loadCache(dir);
    expect([...knowledge.arxiv.keys()]).toEqual(["2101.00001"]);
    expect(problems.map((p) => p.replace(`${folder}/`, ""))).toEqual([
      expect.stringMatching(/^2102\.00002\.json: not valid JSON \(.+\); ignored, and refetched by an online build$/),
      "2103.00003.json: the record is not in the expected shape; ignored",
      '2104.00004.json: holds the key "2109.00009", which belongs in 2109.00009.json; ignored',
      "2105.00005.json: cache format 0, expected 1; ignored",
    ]);
  });

  it("ignores files that are not JSON, such as a temporary file a killed run left", () => {
    mkdirSync(join(dir, "arxiv"), { recursive: true });
    writeFileSync(join(dir, "arxiv", "2101.00001.json.123.456.tmp"), '{"format": 1, "ke');
    expect(loadCache(dir)).toMatchObject({ files: 0, problems: [] });
  });
});
