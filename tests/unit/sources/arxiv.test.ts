import { readFileSync } from "node:fs";
import { join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { ArxivClient, parseArxivFeed } from "../../../scripts/sources/arxiv";
import { BodyError, HttpClient } from "../../../scripts/sources/http";
import { atomEntry, atomError, atomFeed } from "../../fixtures/online/synthetic-api";
import { ALPHA, BETA } from "../../fixtures/online/synthetic-papers";
import { type Handler, type LocalServer, fakeClock, send, startServer } from "../helpers/local-server";

const FIXTURE = readFileSync(join(__dirname, "../../fixtures/online/arxiv-id-list.synthetic.xml"), "utf8");

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function arxivAt(handler: Handler) {
  server = await startServer(handler);
  const clock = fakeClock();
  const http = new HttpClient({ now: clock.now, sleep: clock.sleep, random: () => 0, retries: 1 });
  return { client: new ArxivClient(http, { url: `${server.origin}/api/query` }), clock, server };
}

describe("parseArxivFeed", () => {
  it("reads ID, version, title, authors, abstract, date and DOI from an Atom entry", () => {
    expect(parseArxivFeed(FIXTURE).entries).toEqual([
      {
        id: "2101.00001",
        version: 3,
        title: "Alpha: A Synthetic Base Model for Tests & Checks",
        authors: ["Ada Example", "Ben Sample"],
        abstract: "We present Alpha, a synthetic base model made up for tests.",
        published: "2021-01-04T18:00:00Z",
        doi: "10.5555/synthetic.alpha",
      },
      {
        id: "hep-th/9901001",
        version: 1,
        title: "An Old-Style Synthetic Paper",
        authors: ["Cy Placeholder"],
        abstract: "Made up.",
        published: "1999-01-01T00:00:00Z",
      },
    ]);
  });

  it("reads an error entry and the ID it names", () => {
    expect(parseArxivFeed(atomError("2101.1"))).toEqual({
      entries: [],
      errors: [{ message: "incorrect id format for 2101.1", id: "2101.1" }],
    });
  });

  it("reads an empty feed as no entries", () => {
    expect(parseArxivFeed(atomFeed([]))).toEqual({ entries: [], errors: [] });
  });

  it("throws BodyError for a feed cut short", () => {
    expect(() => parseArxivFeed(FIXTURE.slice(0, 900))).toThrow(BodyError);
  });

  it("throws BodyError for HTML", () => {
    expect(() => parseArxivFeed("<html><body>Rate exceeded.</body></html>")).toThrow(
      "arXiv sent XML that is not an Atom feed",
    );
  });
});

describe("ArxivClient.fetchBatch", () => {
  it("asks for the batch in one id_list query with max_results set to its size", async () => {
    const { client, server } = await arxivAt((_, res) => send(res, 200, atomFeed([atomEntry(ALPHA), atomEntry(BETA)])));
    const records = await client.fetchBatch(["2101.00001", "2102.00002"]);
    expect(server.requests.map((r) => r.url.search)).toEqual(["?id_list=2101.00001%2C2102.00002&max_results=2"]);
    expect(records.get("2102.00002")).toMatchObject({ title: "Beta: Building on Alpha", authors: ["Cy Placeholder"] });
  });

  it("maps an ID arXiv does not know (absent from the feed) to null", async () => {
    const { client } = await arxivAt((_, res) => send(res, 200, atomFeed([atomEntry(ALPHA)])));
    const records = await client.fetchBatch(["2101.00001", "2105.99999"]);
    expect(records.get("2105.99999")).toBeNull();
    expect(records.get("2101.00001")?.id).toBe("2101.00001");
  });

  it("maps an ID arXiv rejects as malformed to null and asks again for the rest", async () => {
    const { client, server } = await arxivAt((req, res) =>
      req.url.searchParams.get("id_list")!.includes("2101.1")
        ? send(res, 400, atomError("2101.1"))
        : send(res, 200, atomFeed([atomEntry(ALPHA)])),
    );
    const records = await client.fetchBatch(["2101.00001", "2101.1"]);
    expect([...records]).toEqual([
      ["2101.1", null],
      ["2101.00001", expect.objectContaining({ id: "2101.00001" })],
    ]);
    expect(server.requests).toHaveLength(2);
  });

  it("waits three seconds between requests, as arXiv asks", async () => {
    const { client, clock } = await arxivAt((_, res) => send(res, 200, atomFeed([])));
    await client.fetchBatch(["2101.00001"]);
    await client.fetchBatch(["2102.00002"]);
    expect(clock.sleeps).toEqual([3000]);
  });
});

describe("ArxivClient.searchTitle", () => {
  it("queries the title's words as a phrase and returns the candidates", async () => {
    const { client, server } = await arxivAt((_, res) => send(res, 200, atomFeed([atomEntry(ALPHA)])));
    expect(await client.searchTitle("Alpha: a Synthetic Base-Model")).toEqual([
      { id: "2101.00001", title: "Alpha: A Synthetic Base Model" },
    ]);
    expect(server.requests[0]!.url.searchParams.get("search_query")).toBe('ti:"alpha a synthetic base model"');
    expect(server.requests[0]!.url.searchParams.get("max_results")).toBe("5");
  });
});

describe("ArxivClient options", () => {
  it("throws when the URL is not absolute", () => {
    expect(() => new ArxivClient(new HttpClient(), { url: "export.arxiv.org" })).toThrow(
      'arxiv: invalid `url` "export.arxiv.org". Expecting an absolute URL such as https://export.arxiv.org/api/query.',
    );
  });

  it("throws when the batch size is out of range", () => {
    expect(() => new ArxivClient(new HttpClient(), { batchSize: 0 })).toThrow(
      "arxiv: invalid `batchSize`. Expecting an integer from 1 to 2000.",
    );
  });
});
