// Vite serves the app and the graph file the build wrote (data/graph.json, or $GRAPH_FILE) at
// ./graph.json, its details beside it at ./graph.details.ndjson (src/model/compact.ts), and copies
// both into dist/ so the built app works from any static file server.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

// The details file beside the graph file (src/model/compact.ts: detailsPathFor).
const detailsPathFor = (path: string) => `${path.replace(/\.json$/, "")}.details.ndjson`;

const GRAPH_URL_PATH = "/graph.json";

function graphFilePlugin(): Plugin {
  const file = resolve(process.env.GRAPH_FILE ?? "data/graph.json");
  // URL path → file on disk, and its content type.
  const served = new Map([
    [GRAPH_URL_PATH, { path: file, type: "application/json" }],
    [detailsPathFor(GRAPH_URL_PATH), { path: detailsPathFor(file), type: "application/x-ndjson" }],
  ]);
  return {
    name: "graph-file",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const entry = served.get(req.url?.split("?")[0] ?? "");
        if (!entry) return next();
        if (!existsSync(entry.path)) {
          res.statusCode = 404;
          res.end(`No graph file at ${entry.path}: run npm run build:data`);
          return;
        }
        res.setHeader("Content-Type", entry.type);
        res.setHeader("Cache-Control", "no-cache");
        createReadStream(entry.path).pipe(res);
      });
    },
    generateBundle() {
      if (!existsSync(file)) {
        this.warn(`No graph file at ${file}: the built app will show "graph file missing" until one is copied in.`);
        return;
      }
      for (const [url, { path }] of served)
        if (existsSync(path)) this.emitFile({ type: "asset", fileName: url.slice(1), source: readFileSync(path) });
    },
  };
}

/**
 * The dev server injects CSS as <style> elements (for hot reload), which index.html's CSP forbids;
 * in dev only, allow inline styles. The built app keeps the strict policy (CSS is a file there).
 */
function devCspPlugin(): Plugin {
  return {
    name: "dev-csp",
    apply: "serve",
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  base: "./",
  plugins: [graphFilePlugin(), devCspPlugin()],
  // citation-js 0.8 imports node-fetch, which cannot be bundled for a browser: the browser's fetch
  // stands in (src/cite/native-fetch.ts).
  resolve: { alias: { "node-fetch": fileURLToPath(new URL("./src/cite/native-fetch.ts", import.meta.url)) } },
  build: {
    target: "es2022",
    sourcemap: true,
    // citation-js (with its CSL styles) is one ~760 KB chunk (175 KB gzipped), loaded only when Cite or Export is first
    // used; the first load stays small (`npm run bench` checks its gzipped size against a budget).
    chunkSizeWarningLimit: 800,
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Polls wait for the page, not for a deadline: CI's two cores also run the unit tests.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
