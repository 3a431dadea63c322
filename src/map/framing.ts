// Bringing nodes into view clear of the app's boxes: the one camera path for "fit all", a new
// selection and its lineage neighbours, a lineage or path, and the timeline. The nodes are framed
// in the free rectangle (./free-space.ts) that shows them largest, counting radii and the labels
// they must show (./fit.ts); when they are all in view and clear already, the camera stays put.
import { MAX_CAMERA_RATIO } from "./camera-limits";
import {
  type CameraTarget,
  type FitItem,
  type Projection,
  bestRectangle,
  cameraFor,
  compactItems,
  project,
} from "./fit";
import { type Box, boxHeight, boxWidth, freeRectangles, isFree, shrink } from "./free-space";
import type { MapRenderer } from "./index";
import { labelFont, labelStyle } from "./labels";

/** Space kept between framed nodes and the map's edges or a box. */
export const FRAME_PADDING = 14;
/** The closest a fit zooms in (a single node would otherwise fill the screen). */
export const FIT_MIN_RATIO = 0.08;
/** A label wider than this share of the free width is not fitted (it may show on the left, or not). */
export const FIT_LABEL_MAX_SHARE = 0.45;

export interface FrameOptions {
  /** Nodes whose label the frame must keep on screen (landmarks, the selection). */
  labelled?: (key: string) => boolean;
  /** Never zoom in closer than this ratio, though the nodes would fit (keeps some context). */
  noCloserThan?: number;
  /**
   * Never zoom out farther than this, though the nodes would not all fit (keeps them readable:
   * the timeline on a phone); the right end and the top of what does not fit are shown.
   */
  noFartherThan?: number;
  /** Leave the camera where it is when every node is already in view, clear of the boxes. */
  keepIfInView?: boolean;
  instant?: boolean;
}

/** Sigma's projection, read at ratio 1 so ./fit.ts can work in plain numbers. */
export function projectionOf(renderer: MapRenderer): Projection {
  const unit = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const o = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: unit });
  const ex = renderer.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: unit });
  const ey = renderer.framedGraphToViewport({ x: 0, y: 1 }, { cameraState: unit });
  const { width, height } = renderer.getDimensions();
  return {
    sx: ex.x - o.x || 1,
    sy: ey.y - o.y || -1,
    view: { width, height },
    radius: (size, ratio) => renderer.scaleSize(size, ratio),
  };
}

let measuring: CanvasRenderingContext2D | null | undefined;
function labelWidth(text: string, data: Record<string, unknown>): { width: number; height: number } | undefined {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return undefined;
  const style = labelStyle(data);
  measuring.font = labelFont(style);
  return { width: measuring.measureText(text).width, height: style.size };
}

/** The shown nodes among `nodes`, as fit items. */
export function fitItems(renderer: MapRenderer, nodes: Iterable<string>, options: FrameOptions, maxLabel: number) {
  const items: (FitItem & { key: string })[] = [];
  for (const key of nodes) {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.hidden) continue;
    const item: FitItem & { key: string } = { key, x: data.x, y: data.y, size: data.size };
    if (data.label && options.labelled?.(key)) {
      const label = labelWidth(data.label, data as unknown as Record<string, unknown>);
      if (label && label.width <= maxLabel) item.label = label;
    }
    items.push(item);
  }
  return items;
}

/** The free rectangles of the map, padded; the whole map when the boxes leave nothing. */
export function framingRectangles(view: { width: number; height: number }, boxes: readonly Box[]): Box[] {
  const rects = freeRectangles(view, boxes)
    .map((r) => shrink(r, FRAME_PADDING))
    .filter((r) => boxWidth(r) > 0 && boxHeight(r) > 0);
  return rects.length ? rects : [shrink({ left: 0, top: 0, right: view.width, bottom: view.height }, FRAME_PADDING)];
}

/** Whether every item is on screen (inside the padded view) and under none of the boxes. */
export function allInView(
  items: readonly FitItem[],
  projection: Projection,
  camera: CameraTarget,
  boxes: readonly Box[],
): boolean {
  const view = shrink({ left: 0, top: 0, right: projection.view.width, bottom: projection.view.height }, FRAME_PADDING);
  return items.every((item) => {
    const p = project(item, projection, camera);
    const r = projection.radius(item.size, camera.ratio);
    if (p.x - r < view.left || p.x + r > view.right || p.y - r < view.top || p.y + r > view.bottom) return false;
    return [
      [p.x, p.y],
      [p.x - r, p.y],
      [p.x + r, p.y],
      [p.x, p.y - r],
      [p.x, p.y + r],
    ].every(([x, y]) => isFree(x!, y!, boxes));
  });
}

/** The camera that frames `nodes` clear of `boxes`, or null when none of them is shown. */
export function framingCamera(
  renderer: MapRenderer,
  nodes: Iterable<string>,
  boxes: readonly Box[],
  options: FrameOptions = {},
): CameraTarget | null {
  const projection = projectionOf(renderer);
  const rects = framingRectangles(projection.view, boxes);
  const widest = Math.max(...rects.map(boxWidth));
  const items = fitItems(renderer, nodes, options, widest * FIT_LABEL_MAX_SHARE);
  if (!items.length) return null;
  const state = renderer.getCamera().getState();
  const current = { x: state.x, y: state.y, ratio: state.ratio };
  if (options.keepIfInView && (options.noCloserThan === undefined || current.ratio <= options.noCloserThan)) {
    if (allInView(items, projection, current, boxes)) return current;
  }
  const compact = compactItems(items);
  const best = bestRectangle(compact, projection, rects, { minRatio: FIT_MIN_RATIO, maxRatio: MAX_CAMERA_RATIO });
  if (!best) return null;
  const ratio = Math.min(
    Math.max(best.ratio, Math.min(options.noCloserThan ?? best.ratio, MAX_CAMERA_RATIO)),
    options.noFartherThan ?? MAX_CAMERA_RATIO,
  );
  return cameraFor(compact, projection, best.rect, ratio);
}
