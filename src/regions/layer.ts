// Drawing the regions with sigma: a canvas under the edges for the soft fills, one between the
// nodes and the labels for the names. Per frame only the hulls' corners are projected (a few
// hundred points, see npm run bench) and traced grown by a margin in pixels, so a region looks
// the same at every zoom; the hulls themselves come from ./model.ts, computed on filter changes.
// Sub-sections show once zoomed in. The names are placed before the papers' labels, which then
// keep clear of them (../map/labels.ts: the frame's blockers).
import type { MapRenderer } from "../map";
import { type LabelBox, labelBox } from "../map/label-layout";
import { LABEL_FONT } from "../map/labels";
import { type Point, spanAt, traceGrown } from "./geometry";
import type { RegionShape } from "./model";

/** Sub-section regions show below this camera ratio (zoomed in). */
export const SUBSECTION_RATIO = 0.5;
/** How far a region reaches beyond its outermost papers, in pixels. */
export const REGION_MARGIN_PX = { 1: 22, 2: 11 } as const;
const FILL_ALPHA = { 1: 0.09, 2: 0.07 } as const;
const STROKE_ALPHA = { 1: 0.35, 2: 0.5 } as const;
const NAME_SIZE = { 1: 13, 2: 11 } as const;
const NAME_WEIGHT = "700";
const HALO = "rgba(255, 255, 255, 0.9)";

export interface RegionLayer {
  /** The names' boxes in this frame (map pixels), for the papers' labels to avoid. */
  nameBoxes(): LabelBox[];
  /** Whether this section's name is drawn in this frame (its hub then needs no label). */
  named(section: string): boolean;
  /** The regions drawn in this frame: hulls in graph coordinates, the name's box (for tests). */
  drawn(): { section: string; depth: 1 | 2; hulls: Point[][]; name: LabelBox | null }[];
  destroy(): void;
}

interface Projected {
  shape: RegionShape;
  hulls: Point[][];
  name: { x: number; y: number; width: number; box: LabelBox } | null;
}

function rgba(hex: string, alpha: number): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return `rgba(122, 127, 135, ${alpha})`;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/** The section's colour, darkened for text on a pale fill. */
function ink(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return "#3b4250";
  const dark = (h: string) => Math.round(parseInt(h, 16) * 0.62);
  return `rgb(${dark(m[1]!)}, ${dark(m[2]!)}, ${dark(m[3]!)})`;
}

function sized(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const context = canvas.getContext("2d");
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

/** Pixels the name's search steps down the region by. */
const NAME_STEP_PX = 4;

/**
 * Where a region's name goes, once per region: the highest line across its largest part (grown by
 * `margin`) wide enough for the name, centred on it; null when no line is.
 */
function nameSpot(hull: readonly Point[], width: number, size: number, margin: number) {
  if (!hull.length) return null;
  const top = Math.min(...hull.map((p) => p[1]));
  const bottom = Math.max(...hull.map((p) => p[1]));
  for (let y = top - margin + size; y <= bottom + margin; y += NAME_STEP_PX) {
    // The text's band [y − size, y] must fit inside the grown hull at both its edges.
    const spans = [spanAt(hull, Math.min(Math.max(y - size, top), bottom)), spanAt(hull, Math.min(y, bottom))];
    if (spans.some((s) => s === null)) continue;
    const left = Math.max(spans[0]![0], spans[1]![0]) - margin / 2;
    const right = Math.min(spans[0]![1], spans[1]![1]) + margin / 2;
    if (right - left >= width + 8) return { x: (left + right) / 2 - width / 2, y: y + 2 };
  }
  return null;
}

/** `shapes` gives the regions to draw now, or null when none are (switched off, timeline). */
export function createRegionLayer(renderer: MapRenderer, shapes: () => readonly RegionShape[] | null): RegionLayer {
  const fills = renderer.createCanvas("regions", { beforeLayer: "edges" });
  const names = renderer.createCanvas("regionNames", { beforeLayer: "labels" });
  for (const canvas of [fills, names]) canvas.style.pointerEvents = "none";
  const measure = document.createElement("canvas").getContext("2d");
  let frame = 0;
  let projectedFor = -1;
  let projected: Projected[] = [];

  const project = (): Projected[] => {
    if (projectedFor === frame) return projected;
    projectedFor = frame;
    const list = shapes();
    if (!list?.length) return (projected = []);
    const ratio = renderer.getCamera().ratio;
    const taken: LabelBox[] = [];
    projected = [];
    for (const shape of list) {
      if (shape.depth === 2 && ratio > SUBSECTION_RATIO) continue;
      const hulls = shape.hulls.map((hull) =>
        hull.map(([x, y]) => {
          const p = renderer.graphToViewport({ x, y });
          return [p.x, p.y] as Point;
        }),
      );
      let name: Projected["name"] = null;
      if (measure) {
        const size = NAME_SIZE[shape.depth];
        measure.font = `${NAME_WEIGHT} ${size}px ${LABEL_FONT}`;
        const width = measure.measureText(shape.label).width;
        const spot = nameSpot(hulls[0]!, width, size, REGION_MARGIN_PX[shape.depth]);
        if (spot) {
          const box = labelBox(spot.x, spot.y, width, size);
          if (!taken.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2)) {
            taken.push(box);
            name = { x: spot.x, y: spot.y, width, box };
          }
        }
      }
      projected.push({ shape, hulls, name });
    }
    return projected;
  };

  const draw = () => {
    const { width, height } = renderer.getDimensions();
    const fill = sized(fills, width, height);
    const text = sized(names, width, height);
    fill?.clearRect(0, 0, width, height);
    text?.clearRect(0, 0, width, height);
    if (!fill || !text) return;
    for (const { shape, hulls, name } of project()) {
      const margin = REGION_MARGIN_PX[shape.depth];
      fill.beginPath();
      for (const hull of hulls) traceGrown(fill, hull, margin);
      fill.fillStyle = rgba(shape.color, FILL_ALPHA[shape.depth]);
      fill.fill();
      fill.lineWidth = shape.depth === 1 ? 1.25 : 1;
      fill.setLineDash(shape.depth === 1 ? [] : [4, 3]);
      fill.strokeStyle = rgba(shape.color, STROKE_ALPHA[shape.depth]);
      fill.stroke();
      if (!name) continue;
      text.font = `${NAME_WEIGHT} ${NAME_SIZE[shape.depth]}px ${LABEL_FONT}`;
      text.lineJoin = "round";
      text.lineWidth = 4;
      text.strokeStyle = HALO;
      text.strokeText(shape.label, name.x, name.y);
      text.fillStyle = ink(shape.color);
      text.fillText(shape.label, name.x, name.y);
    }
  };

  const onBefore = () => frame++;
  renderer.on("beforeRender", onBefore);
  renderer.on("afterRender", draw);
  return {
    nameBoxes: () => project().flatMap((p) => (p.name ? [p.name.box] : [])),
    named: (section) => project().some((p) => p.name !== null && p.shape.section === section),
    drawn: () =>
      project().map((p) => ({
        section: p.shape.section,
        depth: p.shape.depth,
        hulls: p.shape.hulls,
        name: p.name?.box ?? null,
      })),
    destroy() {
      renderer.off("beforeRender", onBefore);
      renderer.off("afterRender", draw);
      renderer.killLayer("regions");
      renderer.killLayer("regionNames");
    },
  };
}
