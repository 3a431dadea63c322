// Loading a compact graph file: the core at once, the details streamed into the same graph after.
import { describe, expect, it } from "vitest";

import { importGraph, loadGraphDetails, loadGraphFile } from "../../../src/load";
import type { PaperAttributes } from "../../../src/model";
import { encodeGraph } from "../../../src/model/encode";
import { buildLargeGraphFile } from "../../fixtures/large-graph";
import { syntheticFile } from "../helpers-app";

/** A server with the core at graph.json and the details beside it, streamed in small pieces. */
function serve(files: Record<string, string>): typeof fetch {
  return (async (url: string | URL) => {
    const body = files[String(url)];
    if (body === undefined) return new Response("not found", { status: 404 });
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Pieces that cut lines and characters in two, as a network does.
        for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
        controller.close();
      },
    });
    return new Response(stream, { status: 200 });
  }) as typeof fetch;
}

async function loaded(files: Record<string, string>) {
  const fetchImpl = serve(files);
  const result = await loadGraphFile("./graph.json", fetchImpl);
  if (!result.ok || !result.details) throw new Error("expected a compact file");
  const imported = importGraph(result.file);
  if (!imported.ok) throw new Error(imported.error.detail);
  return { graph: imported.graph, details: result.details, fetchImpl };
}

describe("a compact graph file", () => {
  const file = syntheticFile();
  const { core, details } = encodeGraph(file);
  const TRANSFORMER = "arxiv:1706.03762";

  it("gives the map its core at once, and says where the details are", async () => {
    const { graph, details: pending } = await loaded({ "./graph.json": JSON.stringify(core) });
    expect(pending.url).toBe("./graph.details.ndjson");
    const attrs = graph.getNodeAttributes(TRANSFORMER) as PaperAttributes;
    expect(attrs.year).toBe(2017);
    expect(attrs.title).toBeUndefined();
  });

  it("merges the details into the same attribute objects, with no graph event", async () => {
    const {
      graph,
      details: pending,
      fetchImpl,
    } = await loaded({
      "./graph.json": JSON.stringify(core),
      "./graph.details.ndjson": details,
    });
    const before = graph.getNodeAttributes(TRANSFORMER);
    let events = 0;
    graph.on("nodeAttributesUpdated", () => events++);
    expect(await loadGraphDetails(graph, pending, fetchImpl)).toEqual({ ok: true });
    const after = graph.getNodeAttributes(TRANSFORMER) as PaperAttributes;
    expect(after).toBe(before);
    const original = file.graph.nodes.find((n) => n.key === TRANSFORMER)!.attributes as PaperAttributes;
    expect(after.title).toBe(original.title);
    expect(events).toBe(0);
    const link = graph.findEdge((_e, a) => a.kind === "lineage")!;
    expect((graph.getEdgeAttributes(link) as { evidence: { text: string }[] }).evidence[0]!.text).toEqual(
      expect.any(String),
    );
  });

  it("streams a large file in many lines, each merged in turn", async () => {
    const large = encodeGraph(buildLargeGraphFile(3000));
    expect(large.details.split("\n").length).toBeGreaterThan(8);
    const {
      graph,
      details: pending,
      fetchImpl,
    } = await loaded({
      "./graph.json": JSON.stringify(large.core),
      "./graph.details.ndjson": large.details,
    });
    expect(await loadGraphDetails(graph, pending, fetchImpl)).toEqual({ ok: true });
    let titled = 0;
    graph.forEachNode((_n, a) => {
      if (a.kind === "paper" && typeof a.title === "string") titled++;
    });
    expect(titled).toBe(3000);
  });

  it("says so, and how to fix it, when the details are missing, from another build or cut short", async () => {
    const other = encodeGraph(buildLargeGraphFile(40)).details;
    const cases: [string | undefined, RegExp][] = [
      [undefined, /answered 404/],
      [other, /does not go with the graph file: it comes from another build/],
      [details.slice(0, Math.floor(details.length / 2)), /malformed line|incomplete/],
    ];
    for (const [text, message] of cases) {
      const files: Record<string, string> = { "./graph.json": JSON.stringify(core) };
      if (text !== undefined) files["./graph.details.ndjson"] = text;
      const { graph, details: pending, fetchImpl } = await loaded(files);
      const outcome = await loadGraphDetails(graph, pending, fetchImpl);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.error.detail).toMatch(message);
      expect(outcome.error.detail).toContain("npm run build:data");
    }
  });
});
