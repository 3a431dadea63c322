// Region geometry, pure: where a section's papers cluster on the map (single-linkage clusters,
// so a section spread over two corners gets two regions and a stray paper none), the convex hull
// of each cluster (d3-polygon), and the outline of a hull grown by a margin with round corners,
// as a canvas draws it.
import { polygonHull } from "d3-polygon";

export type Point = [number, number];

/** The spacing points would have if spread evenly over their bounding box. */
export function typicalSpacing(points: readonly Point[]): number {
  if (points.length < 2) return 1;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const area = Math.max(maxX - minX, 1e-9) * Math.max(maxY - minY, 1e-9);
  return Math.sqrt(area / points.length);
}

/**
 * Single-linkage clusters: two points closer than `distance` share a cluster, and so does a chain
 * of them. The points go into a grid of cells whose diagonal is `distance`, so the points of one
 * cell are all linked; a union-find then joins cells: each cell is compared with the cells up to
 * two away (the farthest a link can reach), pair by pair only until one link is found, and not at
 * all once the two are in one cluster. O(n) for points spread as a map spreads them, however many
 * share a dense spot. Returns each point's cluster, numbered from 0 in order of first point.
 */
export function clusterPoints(points: readonly Point[], distance: number): number[] {
  const n = points.length;
  if (n === 0) return [];
  const side = distance / Math.SQRT2;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
  }
  // Cell keys are numbers: a row of `columns` cells, with room for the neighbours' offsets.
  const columns = Math.floor((maxX - minX) / side) + 5;
  const cellOfPoint = new Int32Array(n);
  const indexOfKey = new Map<number, number>();
  const keys: number[] = [];
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = points[i]!;
    const key = (Math.floor((y - minY) / side) + 2) * columns + Math.floor((x - minX) / side) + 2;
    let cell = indexOfKey.get(key);
    if (cell === undefined) {
      indexOfKey.set(key, (cell = keys.length));
      keys.push(key);
      members.push([]);
    }
    members[cell]!.push(i);
    cellOfPoint[i] = cell;
  }
  const parent = Int32Array.from(keys, (_, cell) => cell);
  const find = (cell: number): number => {
    let root = cell;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[cell] !== root) [cell, parent[cell]] = [parent[cell]!, root];
    return root;
  };
  const d2 = distance * distance;
  const linked = (a: number[], b: number[]) => {
    for (const i of a) {
      const [x, y] = points[i]!;
      for (const j of b) {
        const [px, py] = points[j]!;
        if ((px - x) ** 2 + (py - y) ** 2 <= d2) return true;
      }
    }
    return false;
  };
  for (let cell = 0; cell < keys.length; cell++) {
    // Half of the 5 × 5 neighbourhood: each pair of cells is looked at once.
    for (let dy = 0; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) {
        if (dy === 0 && dx <= 0) continue;
        const near = indexOfKey.get(keys[cell]! + dy * columns + dx);
        if (near === undefined) continue;
        const a = find(cell);
        const b = find(near);
        if (a !== b && linked(members[cell]!, members[near]!)) parent[a] = b;
      }
  }
  const ids = new Map<number, number>();
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const root = find(cellOfPoint[i]!);
    let id = ids.get(root);
    if (id === undefined) ids.set(root, (id = ids.size));
    out[i] = id;
  }
  return out;
}

/** The convex hull; one or two points (or points on a line) come back as they are, deduplicated. */
export function hullOf(points: readonly Point[]): Point[] {
  const hull = points.length >= 3 ? polygonHull(points as Point[]) : null;
  if (hull) return hull;
  const seen = new Set<string>();
  return points.filter(([x, y]) => {
    const key = `${x},${y}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** d3-polygon's order for its hull: by x, then y. Sorting with it is stable, as Array.sort is. */
export function lexicographicOrder(a: Point, b: Point): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** Which of a region's points a hull is taken of: `indexes[0..count)`, in the points' order. */
export interface Subset {
  indexes: Int32Array;
  count: number;
}

/**
 * The upper hull of the subset's points (lexicographic order), y read as `sign` × y: positions
 * in the subset, into `out`; returns how many.
 */
function upperHull(points: readonly Point[], subset: Subset, sign: 1 | -1, out: Int32Array): number {
  const { indexes, count } = subset;
  let size = 0;
  for (let k = 0; k < count; k++) {
    const c = points[indexes[k]!]!;
    while (size > 1) {
      const a = points[indexes[out[size - 2]!]!]!;
      const b = points[indexes[out[size - 1]!]!]!;
      if ((b[0] - a[0]) * sign * (c[1] - a[1]) - sign * (b[1] - a[1]) * (c[0] - a[0]) > 0) break;
      size--;
    }
    out[size++] = k;
  }
  return size;
}

/**
 * The convex hull of points already in lexicographic order (or of a subset of them): the same
 * polygon, from the same point and in the same order, as d3-polygon's polygonHull, which sorts its
 * input on every call. A region's hull is taken again at every filter change from its papers
 * still shown, a subset of its points sorted once at load, so the sort is the part worth keeping out.
 */
export function hullOfSorted(points: readonly Point[], subset?: Subset): Point[] {
  const all = subset ?? { indexes: Int32Array.from(points, (_, i) => i), count: points.length };
  const { indexes, count } = all;
  if (count < 3) return hullOf(Array.from(indexes.subarray(0, count), (i) => points[i]!));
  const upper = new Int32Array(count);
  const lower = new Int32Array(count);
  const u = upperHull(points, all, 1, upper);
  const l = upperHull(points, all, -1, lower);
  const skipLeft = lower[0] === upper[0] ? 1 : 0;
  const skipRight = lower[l - 1] === upper[u - 1] ? 1 : 0;
  const hull: Point[] = [];
  for (let i = u - 1; i >= 0; i--) hull.push(points[indexes[upper[i]!]!]!);
  for (let i = skipLeft; i < l - skipRight; i++) hull.push(points[indexes[lower[i]!]!]!);
  return hull;
}

/** The highest point of a hull on screen (smallest y), with its x: where a region's name goes. */
export function topOf(points: readonly Point[]): Point {
  let best = points[0] ?? [0, 0];
  for (const p of points) if (p[1] < best[1]) best = p;
  return best;
}

/** Where a horizontal line at `y` crosses a convex polygon: its left and right ends, or null. */
export function spanAt(polygon: readonly Point[], y: number): [number, number] | null {
  let left = Infinity;
  let right = -Infinity;
  const n = polygon.length;
  for (let i = 0; i < n; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % n]!;
    if (y < Math.min(y1, y2) || y > Math.max(y1, y2)) continue;
    const x = y1 === y2 ? Math.min(x1, x2) : x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
    const x2b = y1 === y2 ? Math.max(x1, x2) : x;
    left = Math.min(left, x);
    right = Math.max(right, x2b);
  }
  return left <= right ? [left, right] : null;
}

interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number, counterclockwise?: boolean): void;
  closePath(): void;
}

/**
 * Traces a convex polygon grown by `margin` (its Minkowski sum with a disc): each side moved out,
 * each corner a circular arc. One point is a disc, two a capsule. Screen coordinates.
 */
export function traceGrown(sink: PathSink, polygon: readonly Point[], margin: number): void {
  if (polygon.length === 0) return;
  if (polygon.length === 1) {
    const [x, y] = polygon[0]!;
    sink.moveTo(x + margin, y);
    sink.arc(x, y, margin, 0, 2 * Math.PI);
    sink.closePath();
    return;
  }
  // Orientation decides which side of each edge is outside.
  let area = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % polygon.length]!;
    area += x1 * y2 - x2 * y1;
  }
  const sign = area >= 0 ? 1 : -1;
  const n = polygon.length;
  const normalAngle = (i: number) => {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % n]!;
    // Outward normal of the edge i → i+1 (for two points, each side of the capsule in turn).
    return Math.atan2(-(x2 - x1) * sign, (y2 - y1) * sign);
  };
  for (let i = 0; i < n; i++) {
    const [x, y] = polygon[i]!;
    const from = normalAngle((i - 1 + n) % n);
    let to = normalAngle(i);
    // Sweep the exterior angle, never the long way round (a capsule's ends sweep exactly π).
    if (sign > 0) while (to < from) to += 2 * Math.PI;
    else while (to > from) to -= 2 * Math.PI;
    if (i === 0) sink.moveTo(x + margin * Math.cos(from), y + margin * Math.sin(from));
    sink.arc(x, y, margin, from, to, sign < 0);
  }
  sink.closePath();
}
