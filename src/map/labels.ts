// Canvas label drawing: a white halo behind every label keeps text readable over edges and other
// nodes; section hubs get bold, larger labels; overlapping labels are skipped (./label-layout.ts).
// Canvas text is never parsed as HTML.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

import { type LabelBox, LabelCollisions, labelBox } from "./label-layout";

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const LABEL_COLOR = "#1d2330";
export const LABEL_SIZE = 12;
export const LABEL_WEIGHT = "500";
export const HUB_TOP_LABEL_SIZE = 15;
export const HUB_SUB_LABEL_SIZE = 13;
const HUB_LABEL_WEIGHT = "700";
const HALO_COLOR = "rgba(255, 255, 255, 0.92)";
const HALO_WIDTH = 4;
export const LABEL_GAP = 3;
const HOVER_PADDING = 3;
const HOVER_SHADOW = "rgba(15, 23, 42, 0.35)";
const HOVER_SHADOW_BLUR = 8;

type LabelData = Parameters<NodeLabelDrawingFunction>[1];

/** Font size and weight for a node: hubs (kind "section") are bigger and bold. */
export function labelStyle(data: Record<string, unknown>): { size: number; weight: string } {
  if (data.kind !== "section") return { size: LABEL_SIZE, weight: LABEL_WEIGHT };
  return {
    size: typeof data.depth === "number" && data.depth <= 1 ? HUB_TOP_LABEL_SIZE : HUB_SUB_LABEL_SIZE,
    weight: HUB_LABEL_WEIGHT,
  };
}

export function labelFont(style: { size: number; weight: string }): string {
  return `${style.weight} ${style.size}px ${LABEL_FONT}`;
}

function drawText(context: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  context.lineJoin = "round";
  context.lineWidth = HALO_WIDTH;
  context.strokeStyle = HALO_COLOR;
  context.strokeText(text, x, y);
  context.fillStyle = LABEL_COLOR;
  context.fillText(text, x, y);
}

export interface LabelDrawers {
  /** Call before each frame (sigma's beforeRender): the next label drawn starts a new layout. */
  startFrame(): void;
  /** The labels drawn in the current frame and where: for tests (no two may overlap). */
  drawn(): ReadonlyMap<string, LabelBox>;
  drawLabel: NodeLabelDrawingFunction;
  drawHover: NodeHoverDrawingFunction;
  /** The box a label takes on screen, for reserving landmark labels before a frame. */
  measure(context: CanvasRenderingContext2D, data: LabelData): LabelBox | null;
}

/**
 * `reserve` gives the landmark labels' boxes for the frame. It is called lazily, at the frame's
 * first label: by then sigma has processed the graph and set the camera matrix, which is not yet
 * true when beforeRender fires.
 */
export function createLabelDrawers(reserve: () => Map<string, LabelBox>): LabelDrawers {
  const collisions = new LabelCollisions();
  let frameStarted = false;
  let drawn = new Map<string, LabelBox>();

  const measure = (context: CanvasRenderingContext2D, data: LabelData): LabelBox | null => {
    if (!data.label) return null;
    const style = labelStyle(data);
    context.font = labelFont(style);
    const x = data.x + data.size + LABEL_GAP;
    const y = data.y + style.size / 3;
    return labelBox(x, y, context.measureText(data.label).width, style.size);
  };

  /** Right of the node, or left of it when the right side is taken; skipped when both are. */
  const drawLabel: NodeLabelDrawingFunction = (context, data) => {
    if (!data.label) return;
    const style = labelStyle(data);
    context.font = labelFont(style);
    const y = data.y + style.size / 3;
    const right = data.x + data.size + LABEL_GAP;
    if (frameStarted) {
      collisions.reset(reserve());
      drawn = new Map();
      frameStarted = false;
    }
    const width = context.measureText(data.label).width;
    if (data.highlighted) {
      // The selected node's label is drawn in its card by drawHover; drawing it here too would
      // show it twice when the right side is taken and this one moves left. Keep its place.
      const box = labelBox(right, y, width, style.size);
      collisions.place(box);
      drawn.set(data.key, box);
      return;
    }
    if (collisions.isReserved(data.key)) {
      drawn.set(data.key, labelBox(right, y, width, style.size));
      return drawText(context, data.label, right, y);
    }
    const left = data.x - data.size - LABEL_GAP - width;
    // The left side only when the label stays on screen there.
    for (const x of left >= 0 ? [right, left] : [right]) {
      const box = labelBox(x, y, width, style.size);
      if (!collisions.place(box)) continue;
      drawn.set(data.key, box);
      return drawText(context, data.label, x, y);
    }
  };

  /** A white card around the hovered node and its label, so it stands out from any neighbours. */
  const drawHover: NodeHoverDrawingFunction = (context, data) => {
    const style = labelStyle(data);
    context.font = labelFont(style);
    const textWidth = data.label ? context.measureText(data.label).width : 0;
    const radius = data.size + HOVER_PADDING;
    const boxHeight = Math.max(style.size + 2 * HOVER_PADDING, 2 * radius);
    const width = textWidth ? 2 * radius + LABEL_GAP + textWidth + HOVER_PADDING : 2 * radius;
    context.save();
    context.fillStyle = "#ffffff";
    context.shadowColor = HOVER_SHADOW;
    context.shadowBlur = HOVER_SHADOW_BLUR;
    context.beginPath();
    context.roundRect(data.x - radius, data.y - boxHeight / 2, width, boxHeight, boxHeight / 2);
    context.fill();
    context.restore();
    if (data.label) drawText(context, data.label, data.x + data.size + LABEL_GAP, data.y + style.size / 3);
  };

  return {
    startFrame: () => {
      frameStarted = true;
    },
    drawn: () => drawn,
    drawLabel,
    drawHover,
    measure,
  };
}
