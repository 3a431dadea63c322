// Bringing a highlight into view: if any of its shown papers is outside the part of the map the
// panel leaves visible, the camera frames them all there (animated, instant under reduced motion,
// through ../map/camera.ts); when they are all in view already, the camera stays put.
import type { MapRenderer } from "../map";
import { FIT_MARGIN, FIT_MIN_RATIO, type Rect, moveCamera } from "../map/camera";

/** Pixels kept clear around the highlight's papers when checking they are in view. */
export const IN_VIEW_MARGIN = 24;

export function frameNodes(renderer: MapRenderer, nodes: Iterable<string>, area: Rect): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let allInView = true;
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
    const p = renderer.framedGraphToViewport(data);
    if (
      p.x < area.left + IN_VIEW_MARGIN ||
      p.x > area.left + area.width - IN_VIEW_MARGIN ||
      p.y < area.top + IN_VIEW_MARGIN ||
      p.y > area.top + area.height - IN_VIEW_MARGIN
    )
      allInView = false;
  }
  if (minX > maxX || allInView) return;
  const { width, height } = renderer.getDimensions();
  // The extent must fit the uncovered area, a share of the whole viewport the ratio refers to.
  const share = Math.max(width / Math.max(area.width, 1), height / Math.max(area.height, 1));
  const ratio = Math.min(1, Math.max(FIT_MIN_RATIO, Math.max(maxX - minX, maxY - minY) * FIT_MARGIN * share));
  const camera = { ...renderer.getCamera().getState(), x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
  // Centre the extent in the area rather than the viewport (as ../map/camera.ts focusCameraOn does).
  const p = { x: area.left + area.width / 2, y: area.top + area.height / 2 };
  const shifted = renderer.viewportToFramedGraph({ x: width - p.x, y: height - p.y }, { cameraState: camera });
  moveCamera(renderer, { x: shifted.x, y: shifted.y, ratio });
}
