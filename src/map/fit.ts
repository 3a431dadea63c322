// Framing a set of nodes in a rectangle of the map, counting what is drawn in pixels: a node's
// radius (which sigma scales with the zoom) and its label, when it must show one. A fit that only
// counted positions would leave a hub's ring or label hanging over the edge, which small maps
// (a dozen papers) and long landmark labels made visible. Pure: sigma's projection comes in as
// numbers, so this is tested in Node.
import type { Box } from "./free-space";

export interface FitItem {
  /** Framed-graph position (sigma's display data x, y). */
  x: number;
  y: number;
  /** The node's size in sigma's units; its radius on screen depends on the zoom. */
  size: number;
  /** A label drawn right of the node, in pixels (its width and font size). */
  label?: { width: number; height: number };
}

export interface Projection {
  /** Signed pixels per framed-graph unit at ratio 1 (sigma's y axis points up, so sy < 0). */
  sx: number;
  sy: number;
  /** The map's size in pixels; the camera looks at its centre. */
  view: { width: number; height: number };
  /** The radius in pixels of a node of this size at this ratio (sigma's scaleSize). */
  radius(size: number, ratio: number): number;
}

export interface FitLimits {
  minRatio: number;
  maxRatio: number;
}

export interface CameraTarget {
  x: number;
  y: number;
  ratio: number;
}

/** Pixels between a node and its label, as ./labels.ts draws it. */
export const FIT_LABEL_GAP = 3;
const SEARCH_STEPS = 40;

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * The same extents from fewer items: the labelled ones as they are, the rest as two corners of
 * their box with the largest size among them (a few pixels generous at worst). Fitting 100k
 * nodes then costs one pass, not one per bisection step.
 */
export function compactItems(items: readonly FitItem[]): FitItem[] {
  const kept: FitItem[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let size = 0;
  for (const item of items) {
    if (item.label) {
      kept.push(item);
      continue;
    }
    minX = Math.min(minX, item.x);
    maxX = Math.max(maxX, item.x);
    minY = Math.min(minY, item.y);
    maxY = Math.max(maxY, item.y);
    size = Math.max(size, item.size);
  }
  if (minX <= maxX) kept.push({ x: minX, y: minY, size }, { x: maxX, y: maxY, size });
  return kept;
}

/** The items' pixel extent at a ratio, relative to the framed-graph origin. */
function extentAt(items: readonly FitItem[], projection: Projection, ratio: number): Extent {
  const kx = projection.sx / ratio;
  const ky = projection.sy / ratio;
  const e: Extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const item of items) {
    const r = projection.radius(item.size, ratio);
    const x = item.x * kx;
    const y = item.y * ky;
    const right = item.label ? r + FIT_LABEL_GAP + item.label.width : r;
    const half = item.label ? Math.max(r, item.label.height / 2 + 2) : r;
    e.minX = Math.min(e.minX, x - r);
    e.maxX = Math.max(e.maxX, x + right);
    e.minY = Math.min(e.minY, y - half);
    e.maxY = Math.max(e.maxY, y + half);
  }
  return e;
}

function fitsIn(e: Extent, rect: Box): boolean {
  return e.maxX - e.minX <= rect.right - rect.left && e.maxY - e.minY <= rect.bottom - rect.top;
}

/**
 * The smallest ratio (the closest zoom) at which every item fits in `rect`, within the limits; the
 * largest ratio allowed when nothing fits. Extents grow as the ratio falls, so a bisection on the
 * ratio's logarithm finds it.
 */
export function fitRatio(items: readonly FitItem[], projection: Projection, rect: Box, limits: FitLimits): number {
  if (!items.length) return limits.maxRatio;
  if (fitsIn(extentAt(items, projection, limits.minRatio), rect)) return limits.minRatio;
  if (!fitsIn(extentAt(items, projection, limits.maxRatio), rect)) return limits.maxRatio;
  let lo = Math.log(limits.minRatio);
  let hi = Math.log(limits.maxRatio);
  for (let i = 0; i < SEARCH_STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (fitsIn(extentAt(items, projection, Math.exp(mid)), rect)) hi = mid;
    else lo = mid;
  }
  return Math.exp(hi);
}

/**
 * The camera that shows the items' extent, at `ratio`, centred in `rect`; an extent too big for
 * the rectangle (a ratio capped to keep things readable) shows its right end and its top.
 */
export function cameraFor(items: readonly FitItem[], projection: Projection, rect: Box, ratio: number): CameraTarget {
  const e = extentAt(items, projection, ratio);
  // A point p is drawn at view centre + (p − camera)·s/ratio on each axis: place the extent's
  // chosen point (its middle, or its right end / top when it overflows) at the rectangle's.
  const centre = { x: projection.view.width / 2, y: projection.view.height / 2 };
  const wide = e.maxX - e.minX > rect.right - rect.left;
  const tall = e.maxY - e.minY > rect.bottom - rect.top;
  const from = { x: wide ? e.maxX : (e.minX + e.maxX) / 2, y: tall ? e.minY : (e.minY + e.maxY) / 2 };
  const to = { x: wide ? rect.right : (rect.left + rect.right) / 2, y: tall ? rect.top : (rect.top + rect.bottom) / 2 };
  return {
    x: ((centre.x + from.x - to.x) * ratio) / projection.sx,
    y: ((centre.y + from.y - to.y) * ratio) / projection.sy,
    ratio,
  };
}

/** Where an item is drawn (its centre, in map pixels) under a camera. */
export function project(item: { x: number; y: number }, projection: Projection, camera: CameraTarget) {
  return {
    x: projection.view.width / 2 + ((item.x - camera.x) * projection.sx) / camera.ratio,
    y: projection.view.height / 2 + ((item.y - camera.y) * projection.sy) / camera.ratio,
  };
}

/**
 * Of the free rectangles, the one that shows the items largest (the smallest fitting ratio; the
 * larger area on a tie), with that ratio. Null when there is no free rectangle.
 */
export function bestRectangle(
  items: readonly FitItem[],
  projection: Projection,
  rects: readonly Box[],
  limits: FitLimits,
): { rect: Box; ratio: number } | null {
  let best: { rect: Box; ratio: number; area: number } | null = null;
  for (const rect of rects) {
    const w = rect.right - rect.left;
    const h = rect.bottom - rect.top;
    if (w <= 0 || h <= 0) continue;
    const ratio = fitRatio(items, projection, rect, limits);
    const area = w * h;
    if (
      !best ||
      ratio < best.ratio * (1 - 1e-9) ||
      (Math.abs(ratio - best.ratio) <= best.ratio * 1e-9 && area > best.area)
    )
      best = { rect, ratio, area };
  }
  return best && { rect: best.rect, ratio: best.ratio };
}
