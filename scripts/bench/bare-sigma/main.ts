// The benchmark's baseline (`npm run bench`): the same graph file as the app, turned into a
// graphology graph (a compact file through the schema's decoder, src/model/decode.ts, unvalidated;
// a whole file through Graph.import), then `new Sigma(graph, container)` with sigma's defaults and
// nothing else — no reducers, no custom programs, no UI, no details. The bench sizes the container like the app's map (?w=&h=)
// and reads the same performance marks as in the app; `window.__bare` lets it filter by year the
// way a sigma user would (a node reducer and a full refresh).
import Graph from "graphology";
import Sigma from "sigma";

import { type CoreFile, decodeCore } from "../../../src/model";

interface BareHooks {
  renderer: Sigma;
  graph: Graph;
}

declare global {
  interface Window {
    __bare?: BareHooks;
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const container = document.getElementById("map")!;
  if (params.has("w")) container.style.width = `${params.get("w")}px`;
  if (params.has("h")) container.style.height = `${params.get("h")}px`;
  const response = await fetch("./graph.json", { cache: "no-cache" });
  const text = await response.text();
  performance.mark("graph-fetched");
  const data = JSON.parse(text) as { graph?: Parameters<Graph["import"]>[0] & { options?: object } };
  performance.mark("graph-parsed");
  const serialised = data.graph ?? decodeCore(data as unknown as CoreFile<never>).graph;
  performance.mark("graph-decoded");
  performance.mark("graph-loaded");
  const graph = new Graph(serialised.options);
  graph.import(serialised as Parameters<Graph["import"]>[0]);
  performance.mark("graph-imported");
  const renderer = new Sigma(graph, container);
  performance.mark("map-created");
  requestAnimationFrame(() => performance.mark("map-first-frame"));
  window.__bare = { renderer, graph };
}

void start();
