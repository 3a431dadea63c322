// Camera moves: animated from the node's display data (framed-graph coordinates), instantaneous
// under prefers-reduced-motion. When the panel covers part of the map, the node is centred in the
// part that stays visible.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

export const CAMERA_DURATION_MS = 450;
/**
 * The "no animation" duration. Sigma's animate() divides by the duration (0 gives NaN states), and
 * going through animate() rather than setState() cancels any running animation (a wheel zoom),
 * which would otherwise overwrite the new state; 1 ms lands on the next frame.
 */
export const INSTANT_MS = 1;
/** Clicking a paper zooms in at least this far, so its neighbourhood is readable. */
export const FOCUS_MAX_RATIO = 0.6;
export const ZOOM_FACTOR = 1.6;
/** Margin around the visible nodes when fitting them, as a share of their extent. */
export const FIT_MARGIN = 1.15;
export const FIT_MIN_RATIO = 0.08;
/** Share of the viewport the arrow keys pan by. */
export const KEY_PAN_SHARE = 0.15;

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * The part of the map (in map-relative pixels) not covered by an overlay: a side panel on the right
 * leaves the left part, a bottom sheet leaves the top part. Overlays elsewhere are ignored.
 */
export function uncoveredArea(map: Rect, overlay: Rect | null): Rect {
  const full = { left: 0, top: 0, width: map.width, height: map.height };
  if (!overlay || overlay.width === 0 || overlay.height === 0) return full;
  const left = overlay.left - map.left;
  const top = overlay.top - map.top;
  // A side panel reaches the map's right edge; it may cover more than half of the map when the
  // list view narrows the map.
  if (left > 0 && left < map.width && left + overlay.width >= map.width - 1) return { ...full, width: left };
  if (top > map.height / 3 && top < map.height) return { ...full, height: top };
  return full;
}

export function moveCamera(renderer: Sigma, target: Partial<CameraState>): void {
  const duration = prefersReducedMotion() ? INSTANT_MS : CAMERA_DURATION_MS;
  void renderer.getCamera().animate(target, { duration, easing: "quadraticInOut" });
}

/** Centres `node` in the uncovered part of the map, zooming in if the view is far out. */
export function focusCameraOn(renderer: Sigma, node: string, area: Rect): void {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  const camera = renderer.getCamera();
  const state = { ...camera.getState(), x: data.x, y: data.y, ratio: Math.min(camera.ratio, FOCUS_MAX_RATIO) };
  const { width, height } = renderer.getDimensions();
  // With the camera on the node, the node sits at the viewport centre c; to show it at p instead,
  // the camera must look at the framed-graph point under 2c − p (the mapping is affine).
  const p = { x: area.left + area.width / 2, y: area.top + area.height / 2 };
  const shifted = renderer.viewportToFramedGraph({ x: width - p.x, y: height - p.y }, { cameraState: state });
  moveCamera(renderer, { x: shifted.x, y: shifted.y, ratio: state.ratio });
}

/** The box around the nodes' display positions (min > max when none is drawn). */
function displayBounds(renderer: Sigma, nodes: Iterable<string>) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const d = renderer.getNodeDisplayData(node);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  return { minX, minY, maxX, maxY };
}

/** Frames the given nodes (all visible ones for "fit all"); the whole graph is ratio 1 at (0.5, 0.5). */
export function fitCameraTo(renderer: Sigma, nodes: Iterable<string>, everything: boolean): void {
  if (everything) return moveCamera(renderer, { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  const { minX, minY, maxX, maxY } = displayBounds(renderer, nodes);
  if (minX > maxX) return moveCamera(renderer, { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  const ratio = Math.min(1, Math.max(FIT_MIN_RATIO, Math.max(maxX - minX, maxY - minY) * FIT_MARGIN));
  moveCamera(renderer, { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 });
}

export function zoomBy(renderer: Sigma, factor: number): void {
  const camera = renderer.getCamera();
  const duration = prefersReducedMotion() ? INSTANT_MS : CAMERA_DURATION_MS / 2;
  if (factor > 1) void camera.animatedZoom({ factor, duration });
  else void camera.animatedUnzoom({ factor: 1 / factor, duration });
}

/** Pans by a share of the viewport, in screen directions (dx, dy in −1..1). */
export function panBy(renderer: Sigma, dx: number, dy: number): void {
  const { width, height } = renderer.getDimensions();
  const state = renderer.getCamera().getState();
  const target = renderer.viewportToFramedGraph({
    x: width / 2 + dx * width * KEY_PAN_SHARE,
    y: height / 2 + dy * height * KEY_PAN_SHARE,
  });
  moveCamera(renderer, { ...state, x: target.x, y: target.y });
}

/**
 * Frames the given nodes inside `area` (map-relative pixels), the part of the map that floating
 * boxes leave free, rather than the whole canvas. Same margins as fitCameraTo.
 */
export function fitCameraInto(renderer: Sigma, nodes: Iterable<string>, area: Rect): void {
  const { minX, minY, maxX, maxY } = displayBounds(renderer, nodes);
  if (minX > maxX || area.width <= 0 || area.height <= 0)
    return moveCamera(renderer, { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  const { width, height } = renderer.getDimensions();
  const unit: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  // Pixels per framed-graph unit at ratio 1, in each direction (the y axis points up).
  const o = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: unit });
  const ex = renderer.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: unit });
  const ey = renderer.framedGraphToViewport({ x: 0, y: 1 }, { cameraState: unit });
  const sx = Math.abs(ex.x - o.x);
  const sy = Math.abs(ey.y - o.y);
  const ratio = Math.max(
    FIT_MIN_RATIO,
    (Math.max(((maxX - minX) * sx) / area.width, ((maxY - minY) * sy) / area.height) || FIT_MIN_RATIO) * FIT_MARGIN,
  );
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  // As in focusCameraOn: to show the centre at p, look at the point under 2c − p.
  const p = { x: area.left + area.width / 2, y: area.top + area.height / 2 };
  const shifted = renderer.viewportToFramedGraph(
    { x: width - p.x, y: height - p.y },
    { cameraState: { ...unit, x: centre.x, y: centre.y, ratio } },
  );
  moveCamera(renderer, { x: shifted.x, y: shifted.y, ratio, angle: 0 });
}

/**
 * The part of the map (map-relative pixels) that the floating boxes leave free: right of a tall
 * box docked on the left (the open legend), left of the side panel. Short boxes (the year filter,
 * the zoom buttons) are ignored: they cover corners, not a side.
 */
export function freeArea(map: Rect, boxes: Rect[], padding: number): Rect {
  let left = 0;
  let right = map.width;
  for (const box of boxes) {
    if (box.width === 0 || box.height < map.height / 3) continue;
    const l = box.left - map.left;
    const r = l + box.width;
    if (l <= map.width * 0.1 && r < map.width / 2) left = Math.max(left, r);
    else if (r >= map.width * 0.9 && l > map.width / 2) right = Math.min(right, l);
  }
  return {
    left: left + padding,
    top: padding,
    width: Math.max(0, right - left - 2 * padding),
    height: Math.max(0, map.height - 2 * padding),
  };
}
