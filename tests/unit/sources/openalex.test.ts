import { afterEach, describe, expect, it } from "vitest";

import { HttpClient } from "../../../scripts/sources/http";
import { OpenAlexClient } from "../../../scripts/sources/openalex";
import { syntheticApis } from "../../fixtures/online/synthetic-api";
import { SYNTHETIC_PAPERS } from "../../fixtures/online/synthetic-papers";
import { type LocalServer, fakeClock, startServer } from "../helpers/local-server";

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function openalexAt(options: { apiKey?: string; mailto?: string } = {}) {
  const apis = syntheticApis(SYNTHETIC_PAPERS);
  server = await startServer((req, res) => apis.handle(req, res));
  const clock = fakeClock();
  const http = new HttpClient({ now: clock.now, sleep: clock.sleep, random: () => 0 });
  return new OpenAlexClient(http, { url: `${server.origin}/openalex`, ...options });
}

describe("OpenAlexClient.fetchBatch", () => {
  it("asks for the works by arXiv DOI in one filter, with the key and mailto", async () => {
    const client = await openalexAt({ apiKey: "synthetic-key", mailto: "curator@example.org" });
    await client.fetchBatch(["2101.00001", "2108.00008"]);
    const params = server!.requests[0]!.url.searchParams;
    expect(params.get("filter")).toBe("doi:10.48550/arxiv.2101.00001|10.48550/arxiv.2108.00008");
    expect(params.get("select")).toBe("id,doi,referenced_works");
    expect([params.get("api_key"), params.get("mailto")]).toEqual(["synthetic-key", "curator@example.org"]);
  });

  it("reads short work IDs and references, and null for a work it does not have", async () => {
    const client = await openalexAt();
    const works = await client.fetchBatch(["2108.00008", "2104.00004"]);
    expect([...works]).toEqual([
      ["2108.00008", { workId: "W108", referencedWorks: ["W101", "W999"] }],
      ["2104.00004", null],
    ]);
  });
});
