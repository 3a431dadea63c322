// Sections as regions of the map. Once at load, each top-level section and each of its
// sub-sections gets its papers' positions split into clusters (./geometry.ts): the papers a
// section holds together, a stray paper listed elsewhere on the map apart. On a filter change
// (never per frame) each cluster's region is the hull of its papers still shown, so a region
// follows the papers the filters leave; a cluster with fewer than MIN_REGION_PAPERS shown is not
// drawn. Memoised on the Visibility object, which the filters replace on every change. A change
// reads the filters by table row and takes each hull over points sorted once here: at 50,000
// papers (104,561 points in 43 sections) that is the difference between ~40 ms and a few.
import { filterTableOf } from "../filters/table";
import type { Visibility } from "../filters/types";
import { isHiddenAt } from "../filters/visibility";
import type { GraphIndex, PaperGraph } from "../load";
import { isSection } from "../model";
import type { SectionTree } from "../sections";
import {
  type Point,
  type Subset,
  clusterPoints,
  hullOfSorted,
  lexicographicOrder,
  topOf,
  typicalSpacing,
} from "./geometry";

/** Papers closer than this many typical spacings (through a chain) share a region. */
export const CLUSTER_SPACINGS = 1.8;
/**
 * A cluster's region covers its core: papers at most this many times the median distance from
 * its centre. A chain of single papers reaching across the map would otherwise stretch the hull
 * over other sections' papers.
 */
export const CORE_SPREAD = 2;
/** A cluster needs this many papers shown to be drawn. */
export const MIN_REGION_PAPERS = 3;

export interface RegionSpec {
  section: string;
  label: string;
  /** 1: a top-level section; 2: one of its sub-sections (drawn when zoomed in). */
  depth: 1 | 2;
  color: string;
  /**
   * Each cluster's papers, their positions (graph coordinates) and their rows in the filter table
   * (-1: none, never hidden), in the same order: by x, then y, the order its hull is taken in.
   */
  clusters: { papers: string[]; points: Point[]; rows: Int32Array }[];
}

export interface RegionShape {
  section: string;
  label: string;
  depth: 1 | 2;
  color: string;
  /** One hull per drawn cluster, graph coordinates; the largest first. */
  hulls: Point[][];
  /** Where the name goes: the top of the largest hull (graph coordinates). */
  anchor: Point;
}

export interface RegionModel {
  specs: readonly RegionSpec[];
  /** The regions for what the filters show (the same array while the Visibility is the same). */
  shapes(visibility: Visibility): readonly RegionShape[];
}

/** The sections that get a region: every top-level one and the sections right under them. */
function regionSections(tree: SectionTree): { id: string; depth: 1 | 2 }[] {
  const out: { id: string; depth: 1 | 2 }[] = [];
  for (const root of tree.roots) {
    out.push({ id: root, depth: 1 });
    for (const child of tree.children(root)) out.push({ id: child, depth: 2 });
  }
  return out;
}

export function buildRegionModel(
  graph: PaperGraph,
  index: GraphIndex,
  tree: SectionTree,
  colors: Map<string, string>,
  fallbackColor: string,
): RegionModel {
  const position = (key: string): Point => {
    const a = graph.getNodeAttributes(key);
    return [a.x, a.y];
  };
  const distance = CLUSTER_SPACINGS * typicalSpacing(index.papers.map(position));
  const table = filterTableOf(graph, index);
  const specs: RegionSpec[] = [];
  for (const { id, depth } of regionSections(tree)) {
    if (!graph.hasNode(id)) continue;
    const attrs = graph.getNodeAttributes(id);
    if (!isSection(attrs)) continue;
    const papers = (index.sectionPapers.get(id) ?? []).filter((p) => graph.getNodeAttribute(p, "kind") === "paper");
    if (papers.length < MIN_REGION_PAPERS) continue;
    const points = papers.map(position);
    const ids = clusterPoints(points, distance);
    const clusters: { papers: string[]; points: Point[] }[] = [];
    ids.forEach((c, i) => {
      const cluster = (clusters[c] ??= { papers: [], points: [] });
      cluster.papers.push(papers[i]!);
      cluster.points.push(points[i]!);
    });
    const big = clusters
      .map(core)
      .filter((c) => c.papers.length >= MIN_REGION_PAPERS)
      .map(sortedByPosition)
      .map((c) => ({ ...c, rows: Int32Array.from(c.papers, (p) => table.nodeIndex.get(p) ?? -1) }));
    if (!big.length) continue;
    const root = tree.root(id) ?? id;
    specs.push({ section: id, label: attrs.label, depth, color: colors.get(root) ?? fallbackColor, clusters: big });
  }

  let lastHidden: ReadonlySet<string> | null = null;
  let last: RegionShape[] = [];
  const shown: Subset = {
    indexes: new Int32Array(Math.max(0, ...specs.flatMap((s) => s.clusters.map((c) => c.rows.length)))),
    count: 0,
  };
  return {
    specs,
    shapes(visibility) {
      if (visibility.hidden === lastHidden) return last;
      lastHidden = visibility.hidden;
      const { groups } = visibility;
      last = [];
      for (const spec of specs) {
        const hulls: Point[][] = [];
        for (const { points, rows } of spec.clusters) {
          shown.count = 0;
          for (let i = 0; i < rows.length; i++) {
            const row = rows[i]!;
            if (row < 0 || !isHiddenAt(table, groups, row)) shown.indexes[shown.count++] = i;
          }
          if (shown.count >= MIN_REGION_PAPERS) hulls.push(hullOfSorted(points, shown));
        }
        if (!hulls.length) continue;
        hulls.sort((a, b) => area(b) - area(a));
        // Graph y points up: the top of a hull is its largest y.
        const top = topOf(hulls[0]!.map(([x, y]) => [x, -y] as Point));
        last.push({ ...spec, hulls, anchor: [top[0], -top[1]] });
      }
      return last;
    },
  };
}

/** The cluster without its far outliers (see CORE_SPREAD). */
function core(cluster: { papers: string[]; points: Point[] }): { papers: string[]; points: Point[] } {
  const n = cluster.points.length;
  const cx = cluster.points.reduce((s, p) => s + p[0], 0) / n;
  const cy = cluster.points.reduce((s, p) => s + p[1], 0) / n;
  const distances = cluster.points.map(([x, y]) => Math.hypot(x - cx, y - cy));
  const median = [...distances].sort((a, b) => a - b)[Math.floor(n / 2)] ?? 0;
  const keep = distances.map((d) => d <= CORE_SPREAD * median || median === 0);
  return {
    papers: cluster.papers.filter((_, i) => keep[i]),
    points: cluster.points.filter((_, i) => keep[i]),
  };
}

/** The cluster with its papers in the hull's order (by x, then y), so no filter change sorts them. */
function sortedByPosition(cluster: { papers: string[]; points: Point[] }): { papers: string[]; points: Point[] } {
  const order = cluster.points.map((_, i) => i).sort((a, b) => lexicographicOrder(cluster.points[a]!, cluster.points[b]!));
  return { papers: order.map((i) => cluster.papers[i]!), points: order.map((i) => cluster.points[i]!) };
}

function area(polygon: readonly Point[]): number {
  let a = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % polygon.length]!;
    a += x1 * y2 - x2 * y1;
  }
  return Math.abs(a) / 2;
}
