// One build in a fresh process, for the benchmark: prints stage timings, wall time, peak
// memory and the parse stage's floor (markdown-it alone on the same text) as JSON. Usage: tsx scripts/bench/build-once.ts FILE...
import { readFileSync } from "node:fs";
import { basename } from "node:path";

import { encodeGraph } from "../../src/model/encode";
import { buildGraph } from "../pipeline/build";
import { markdown } from "../pipeline/parse-tokens";

async function main() {
  const started = performance.now();
  const inputs = process.argv.slice(2).map((path) => ({ file: basename(path), text: readFileSync(path, "utf8") }));
  const read = performance.now() - started;
  const result = await buildGraph(inputs);
  // What the CLI writes: the compact core and its details (src/model/compact.ts).
  const { core, details } = encodeGraph(result.file);
  const json = JSON.stringify(core);
  const total = performance.now() - started;
  // The parse stage's floor: markdown-it's own time on the same text, after the build (warm).
  const floorStart = performance.now();
  for (const input of inputs) if (input.file.endsWith(".md")) markdown.parse(input.text, {});
  const parseFloor = performance.now() - floorStart;
  process.stdout.write(
    JSON.stringify({
      timings: { read, ...result.timings },
      total,
      floors: { parse: parseFloor },
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      papers: result.file.header.counts.papers,
      nodes: result.file.graph.nodes.length,
      edges: result.file.graph.edges.length,
      graphBytes: Buffer.byteLength(json),
      detailsBytes: Buffer.byteLength(details),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(`bench build failed: ${(error as Error).message}`);
  process.exit(1);
});
