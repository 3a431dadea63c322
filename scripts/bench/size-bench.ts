// Size benchmarks: the production bundle's JavaScript gzipped — what the first page load fetches
// (index.html's module script and its modulepreloads) and each lazily loaded chunk — and the
// graph file (the compact core the first frame needs) gzipped per 1,000 papers, and its details.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

import { detailsPathFor } from "../../src/model/compact";
import { round } from "./stats";

export interface SizeBenchResult {
  firstLoadJsKb: number;
  firstLoadJsGzipKb: number;
  firstLoadFiles: string[];
  cssGzipKb: number;
  lazyChunks: Array<{ file: string; kb: number; gzipKb: number }>;
  /** The graph file (the first frame's core) and its details, raw and gzipped. */
  graphs: Array<{
    name: string;
    papers: number;
    mb: number;
    gzipMb: number;
    gzipKbPer1000Papers: number;
    detailsMb: number;
    detailsGzipMb: number;
  }>;
}

const kb = (bytes: number) => round(bytes / 1024, 1);
const gz = (data: Buffer) => gzipSync(data, { level: 6 }).length;

export function benchSize(options: { work: string; graphs: Array<{ name: string; file: string }> }): SizeBenchResult {
  const dist = resolve(options.work, "dist");
  if (!existsSync(join(dist, "index.html")))
    execFileSync(
      process.execPath,
      ["node_modules/vite/bin/vite.js", "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"],
      {
        stdio: "inherit",
      },
    );
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const firstLoad = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const assets = readdirSync(join(dist, "assets"));
  const js = assets.filter((f) => f.endsWith(".js"));
  const css = assets.filter((f) => f.endsWith(".css"));
  const read = (file: string) => readFileSync(join(dist, file));
  const firstLoadBytes = firstLoad.map(read);
  const lazy = js.map((f) => `assets/${f}`).filter((f) => !firstLoad.includes(f));

  const graphs = options.graphs
    .filter((g) => existsSync(g.file))
    .map((g) => {
      const data = readFileSync(g.file);
      const papers = (JSON.parse(data.toString("utf8")) as { header: { counts: { papers: number } } }).header.counts
        .papers;
      const zipped = gz(data);
      // The details stream in after the first frame (src/model/compact.ts).
      const detailsPath = detailsPathFor(g.file);
      const details = existsSync(detailsPath) ? readFileSync(detailsPath) : Buffer.alloc(0);
      return {
        name: g.name,
        papers,
        mb: round(data.length / 1024 / 1024),
        gzipMb: round(zipped / 1024 / 1024),
        gzipKbPer1000Papers: round(zipped / 1024 / (papers / 1000), 1),
        detailsMb: round(details.length / 1024 / 1024),
        detailsGzipMb: round(gz(details) / 1024 / 1024),
      };
    });

  return {
    firstLoadJsKb: kb(firstLoadBytes.reduce((sum, b) => sum + b.length, 0)),
    firstLoadJsGzipKb: kb(firstLoadBytes.reduce((sum, b) => sum + gz(b), 0)),
    firstLoadFiles: firstLoad,
    cssGzipKb: kb(css.reduce((sum, f) => sum + gz(read(`assets/${f}`)), 0)),
    lazyChunks: lazy.map((file) => ({ file, kb: kb(read(file).length), gzipKb: kb(gz(read(file))) })),
    graphs,
  };
}
