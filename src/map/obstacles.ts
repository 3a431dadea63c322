// The app's floating boxes over the map, as map-pixel boxes: what the camera keeps papers out of
// and what labels are never drawn under. The shell names the elements once (./free-space.ts does
// the geometry); a box that is hidden, folded away or of no size does not count.
import type { Box } from "./free-space";

export type Obstacles = () => Box[];

/**
 * Calls `onChange` when one of the boxes appears, goes or changes size (a panel opening, the
 * legend unfolding, the key hint showing), so labels are laid out again clear of it. Watch once
 * every box is mounted.
 */
export function watchObstacles(elements: () => Iterable<HTMLElement | null>, onChange: () => void): () => void {
  const observer = new ResizeObserver(onChange);
  for (const element of elements()) if (element) observer.observe(element);
  return () => observer.disconnect();
}

/** A box's breathing room: a node drawn right at a box's edge reads as under it. */
export const OBSTACLE_MARGIN = 4;

function shown(element: HTMLElement): boolean {
  if (element.hidden || !element.isConnected) return false;
  return element.getClientRects().length > 0;
}

/**
 * The boxes of `elements` that are shown, relative to the map and clipped to it. Read once per
 * frame or per camera move, never per node.
 */
export function createObstacles(map: HTMLElement, elements: () => Iterable<HTMLElement | null>): Obstacles {
  return () => {
    const frame = map.getBoundingClientRect();
    const boxes: Box[] = [];
    for (const element of elements()) {
      if (!element || !shown(element)) continue;
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const box = {
        left: Math.max(0, r.left - frame.left - OBSTACLE_MARGIN),
        top: Math.max(0, r.top - frame.top - OBSTACLE_MARGIN),
        right: Math.min(frame.width, r.right - frame.left + OBSTACLE_MARGIN),
        bottom: Math.min(frame.height, r.bottom - frame.top + OBSTACLE_MARGIN),
      };
      if (box.right > box.left && box.bottom > box.top) boxes.push(box);
    }
    return boxes;
  };
}
