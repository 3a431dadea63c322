// How good a layout is, in figures a bench can compare between layout budgets. Pure, so the
// bench and the tests compute the same numbers.
// - Displacement against a reference (a long run from the same start): how far each node is from
//   where the reference put it, once the two layouts are aligned (ForceAtlas2's result is defined
//   only up to translation, rotation, reflection and scale), as a fraction of the reference's
//   RMS radius. A layout that has converged has a small displacement.
// - Closeness of linked nodes: the median distance between the ends of a kind of edge over the
//   median distance between two nodes drawn at random; below 1, the layout shows the links.

export interface Point {
  x: number;
  y: number;
}

export interface Displacement {
  /** Median displacement ÷ the reference's RMS radius. */
  median: number;
  /** 90th percentile, same unit. */
  p90: number;
}

function quantile(sorted: Float64Array | number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[at]!;
}

function centred(points: readonly Point[]): { xs: Float64Array; ys: Float64Array } {
  const n = points.length;
  let cx = 0;
  let cy = 0;
  for (const p of points) {
    cx += p.x;
    cy += p.y;
  }
  cx /= n;
  cy /= n;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  points.forEach((p, i) => {
    xs[i] = p.x - cx;
    ys[i] = p.y - cy;
  });
  return { xs, ys };
}

/**
 * Displacement of `layout` from `reference` (the same nodes, in the same order) after the best
 * similarity transform of `layout` onto `reference` (least squares; reflection allowed).
 */
export function displacement(layout: readonly Point[], reference: readonly Point[]): Displacement {
  if (layout.length !== reference.length) throw new Error("displacement: the layouts have different nodes");
  const n = layout.length;
  if (n === 0) return { median: 0, p90: 0 };
  const a = centred(layout);
  const r = centred(reference);
  let radius = 0;
  for (let i = 0; i < n; i++) radius += r.xs[i]! ** 2 + r.ys[i]! ** 2;
  radius = Math.sqrt(radius / n);
  let best: Float64Array | null = null;
  let bestSum = Infinity;
  for (const flip of [1, -1]) {
    // Optimal rotation and scale of (ax, flip·ay) onto r, in closed form for two dimensions.
    let dot = 0;
    let cross = 0;
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const ax = a.xs[i]!;
      const ay = flip * a.ys[i]!;
      dot += ax * r.xs[i]! + ay * r.ys[i]!;
      cross += ax * r.ys[i]! - ay * r.xs[i]!;
      norm += ax * ax + ay * ay;
    }
    const angle = Math.atan2(cross, dot);
    const scale = norm > 0 ? Math.hypot(dot, cross) / norm : 0;
    const cos = Math.cos(angle) * scale;
    const sin = Math.sin(angle) * scale;
    const distances = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const ax = a.xs[i]!;
      const ay = flip * a.ys[i]!;
      const d = Math.hypot(cos * ax - sin * ay - r.xs[i]!, sin * ax + cos * ay - r.ys[i]!);
      distances[i] = d;
      sum += d * d;
    }
    if (sum < bestSum) {
      bestSum = sum;
      best = distances;
    }
  }
  const sorted = best!.sort();
  const unit = radius > 0 ? radius : 1;
  return { median: quantile(sorted, 0.5) / unit, p90: quantile(sorted, 0.9) / unit };
}

/** A small seeded generator (mulberry32), so sampled figures are the same from run to run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median distance between two nodes drawn at random (`samples` pairs, seeded). */
export function medianPairDistance(points: readonly Point[], samples = 20_000, seed = 1): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const next = generator(seed);
  const distances = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    const i = Math.floor(next() * n);
    let j = Math.floor(next() * (n - 1));
    if (j >= i) j++;
    distances[s] = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y);
  }
  return quantile(distances.sort(), 0.5);
}

/** Median distance between the ends of `pairs` ÷ the median distance of random pairs. */
export function linkCloseness(points: readonly Point[], pairs: ReadonlyArray<readonly [number, number]>): number {
  if (pairs.length === 0) return Number.NaN;
  const distances = Float64Array.from(pairs, ([i, j]) =>
    Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
  );
  return quantile(distances.sort(), 0.5) / medianPairDistance(points);
}
