// The part of the map the app's own floating boxes (legend, year filter, panel, zoom buttons, key
// hint, lineage bar) leave free. The boxes sit in corners and along sides, so what is left is not
// one rectangle: this lists the maximal empty rectangles, and the camera frames what it must show
// in the one that shows it largest. Pure geometry in map pixels, no DOM, testable in Node.

/** A box in map pixels (origin at the map's top left). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function boxWidth(box: Box): number {
  return box.right - box.left;
}

export function boxHeight(box: Box): number {
  return box.bottom - box.top;
}

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function containsPoint(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/** Whether a box lies wholly inside another. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom
  );
}

/** Smaller by `margin` on every side (never inverted). */
export function shrink(box: Box, margin: number): Box {
  const w = Math.max(0, boxWidth(box) - 2 * margin) / 2;
  const h = Math.max(0, boxHeight(box) - 2 * margin) / 2;
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  return { left: cx - w, top: cy - h, right: cx + w, bottom: cy + h };
}

/**
 * Every maximal rectangle of `view` that overlaps none of `boxes`. Candidate edges are the view's
 * and the boxes' edges; with the handful of boxes an app has (under ten) the O(e⁴·b) search costs
 * microseconds. Rectangles contained in another are dropped.
 */
export function freeRectangles(view: { width: number; height: number }, boxes: readonly Box[]): Box[] {
  const clipped = boxes
    .map((b) => ({
      left: Math.max(0, b.left),
      top: Math.max(0, b.top),
      right: Math.min(view.width, b.right),
      bottom: Math.min(view.height, b.bottom),
    }))
    .filter((b) => b.right > b.left && b.bottom > b.top);
  const xs = [...new Set([0, view.width, ...clipped.flatMap((b) => [b.left, b.right])])].sort((a, b) => a - b);
  const ys = [...new Set([0, view.height, ...clipped.flatMap((b) => [b.top, b.bottom])])].sort((a, b) => a - b);
  const free = (rect: Box) => !clipped.some((b) => intersects(rect, b));
  const found: Box[] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      for (let k = 0; k < ys.length; k++)
        for (let l = k + 1; l < ys.length; l++) {
          const rect = { left: xs[i]!, right: xs[j]!, top: ys[k]!, bottom: ys[l]! };
          if (!free(rect)) continue;
          // Maximal: no side can move out to the next candidate edge and stay free.
          const grown = [
            i > 0 && free({ ...rect, left: xs[i - 1]! }),
            j < xs.length - 1 && free({ ...rect, right: xs[j + 1]! }),
            k > 0 && free({ ...rect, top: ys[k - 1]! }),
            l < ys.length - 1 && free({ ...rect, bottom: ys[l + 1]! }),
          ];
          if (!grown.some(Boolean)) found.push(rect);
        }
  return found;
}

/** Whether a point of the map is covered by none of the boxes. */
export function isFree(x: number, y: number, boxes: readonly Box[]): boolean {
  return !boxes.some((b) => containsPoint(b, x, y));
}
