// A tiny static file server on 127.0.0.1 for the browser tests and the screenshot script: serves a
// built dist/ and, at any `graph.json`, a graph file of the caller's choice. A path starting with
// `/g/NAME/` serves the same app with the graph `NAME.json` from `graphsDir`, so each test can
// load its own graph (the app fetches `./graph.json` relative to the page), and its details
// (`NAME.details.ndjson`) at `./graph.details.ndjson`. `mounts` serve other
// built pages beside the app (the bench's bare-sigma page at `/bare/`), with the same graph slots.
import { createReadStream, existsSync, statSync } from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

import { detailsPathFor } from "../src/model/compact";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".ndjson": "application/x-ndjson; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};
const GRAPH_SLOT = /^\/g\/([A-Za-z0-9_-]+)(\/.*)$/;

export interface StaticServerOptions {
  /** The built app (vite build's outDir). */
  root: string;
  /** The graph served at /graph.json. */
  defaultGraph: string;
  /** Where `/g/NAME/graph.json` finds NAME.json. */
  graphsDir: string;
  /** Path prefixes (`/bare/`) served from other folders instead of `root`. */
  mounts?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, dir]) => ({ prefix, dir: resolve(dir) }));
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    let graph = resolve(options.defaultGraph);
    const slot = GRAPH_SLOT.exec(path);
    if (slot?.[1] && slot[2]) {
      graph = join(resolve(options.graphsDir), `${slot[1]}.json`);
      path = slot[2];
    }
    let file: string;
    let root = resolve(options.root);
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    if (mount) {
      root = mount.dir;
      path = `/${path.slice(mount.prefix.length)}`;
    }
    if (path.endsWith("/graph.json")) file = graph;
    else if (path.endsWith(`/${detailsPathFor("graph.json")}`)) file = detailsPathFor(graph);
    else {
      file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end("forbidden");
        return;
      }
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
