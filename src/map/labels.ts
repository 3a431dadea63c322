// Canvas label drawing: a white halo behind every label keeps text readable over edges and other
// nodes; section hubs get bold, larger labels; a label that would overlap another, leave the
// screen or run under one of the app's boxes goes left of its node, or is skipped
// (./label-layout.ts). Canvas text is never parsed as HTML.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

import { LABEL_MARGIN, type LabelBox, LabelCollisions, labelBox } from "./label-layout";

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

/** What labels keep clear of, read once per frame: the app's boxes and the map's size. */
export interface LabelFrame {
  blockers(): LabelBox[];
  view(): { width: number; height: number };
  /** Nodes named otherwise in this frame (a section by its region's name): no label of their own. */
  named?(key: string): boolean;
  /**
   * The filters' answer: sigma asks for the hover card of the hovered and highlighted nodes whatever
   * the filters (they hide nodes on the GPU, ./filter-programs.ts), so a hidden one gets none.
   */
  isShown?(key: string): boolean;
}

type Side = "right" | "left";
/** Where a highlighted node's label goes, and its text (shortened when no side has room for it). */
interface Placement {
  side: Side;
  text: string;
  width: number;
}

const ELLIPSIS = "…";
/** A label shortened to fewer characters than this is not worth drawing. */
const MIN_SHOWN_CHARS = 5;

/**
 * The longest start of `text`, with an ellipsis, whose width `fits` accepts; null when not even a
 * few characters fit. A bisection on the length: a handful of measureText calls.
 */
export function shortened(
  context: CanvasRenderingContext2D,
  text: string,
  fits: (width: number) => boolean,
): { text: string; width: number } | null {
  let lo = MIN_SHOWN_CHARS;
  let hi = text.length - 1;
  let best: { text: string; width: number } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = `${text.slice(0, mid).trimEnd()}${ELLIPSIS}`;
    const width = context.measureText(candidate).width;
    if (fits(width)) {
      best = { text: candidate, width };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
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
export function createLabelDrawers(reserve: () => Map<string, LabelBox>, frame?: LabelFrame): LabelDrawers {
  const collisions = new LabelCollisions();
  let frameStarted = false;
  let drawn = new Map<string, LabelBox>();
  /** Where each highlighted node's label went this frame, for its card (drawHover). */
  let placements = new Map<string, Placement>();
  let blockers: LabelBox[] = [];
  let view: { width: number; height: number } | null = null;

  const beginFrame = () => {
    blockers = frame?.blockers() ?? [];
    view = frame?.view() ?? null;
    collisions.reset(reserve(), blockers, view);
    drawn = new Map();
    placements = new Map();
    frameStarted = false;
  };
  const leftOf = (data: LabelData, width: number) => data.x - data.size - LABEL_GAP - width;
  const rightOf = (data: LabelData) => data.x + data.size + LABEL_GAP;
  /**
   * Where a label clear of the boxes and the screen's edges goes: right first, else left, else
   * shortened on the side with more room; `test` says whether a box is acceptable.
   */
  const placeLabel = (
    context: CanvasRenderingContext2D,
    data: LabelData,
    style: { size: number },
    width: number,
    test: (box: LabelBox) => boolean,
  ): Placement | null => {
    const y = data.y + style.size / 3;
    const label = data.label ?? "";
    if (test(labelBox(rightOf(data), y, width, style.size))) return { side: "right", text: label, width };
    if (test(labelBox(leftOf(data, width), y, width, style.size))) return { side: "left", text: label, width };
    const right = shortened(context, label, (w) => test(labelBox(rightOf(data), y, w, style.size)));
    const left = shortened(context, label, (w) => test(labelBox(leftOf(data, w), y, w, style.size)));
    if (right && (!left || right.width >= left.width)) return { side: "right", ...right };
    return left ? { side: "left", ...left } : null;
  };
  const boxOf = (data: LabelData, style: { size: number }, p: Placement) =>
    labelBox(p.side === "right" ? rightOf(data) : leftOf(data, p.width), data.y + style.size / 3, p.width, style.size);

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
    if (frameStarted) beginFrame();
    if (!data.highlighted && frame?.named?.(data.key)) return;
    const width = context.measureText(data.label).width;
    if (data.highlighted) {
      // The selected node's label is drawn in its card by drawHover, clear of the boxes; drawing
      // it here too would show it twice. Keep its place so others avoid it.
      // No room on either side, even shortened: the card shows the node alone.
      const placement = placeLabel(context, data, style, width, (box) => collisions.isClear(box)) ?? {
        side: "right",
        text: "",
        width: 0,
      };
      placements.set(data.key, placement);
      if (!placement.text) return;
      const box = boxOf(data, style, placement);
      collisions.claim(box);
      drawn.set(data.key, box);
      return;
    }
    if (collisions.isReserved(data.key)) {
      drawn.set(data.key, labelBox(right, y, width, style.size));
      return drawText(context, data.label, right, y);
    }
    // A label that must show (a landmark, the focus) is shortened rather than dropped.
    const fits = (box: LabelBox) => collisions.fits(box);
    let placement: Placement | null = null;
    if (data.forceLabel) placement = placeLabel(context, data, style, width, fits);
    else if (fits(labelBox(right, y, width, style.size))) placement = { side: "right", text: data.label, width };
    else if (fits(labelBox(leftOf(data, width), y, width, style.size)))
      placement = { side: "left", text: data.label, width };
    if (!placement) return;
    const box = boxOf(data, style, placement);
    collisions.place(box);
    drawn.set(data.key, box);
    drawText(context, placement.text, placement.side === "right" ? rightOf(data) : box.x1 + LABEL_MARGIN, y);
  };

  /** A white card around the hovered node and its label, so it stands out from any neighbours. */
  const drawHover: NodeHoverDrawingFunction = (context, data) => {
    if (frame?.isShown && !frame.isShown(data.key)) return;
    const style = labelStyle(data);
    context.font = labelFont(style);
    const textWidth = data.label ? context.measureText(data.label).width : 0;
    const radius = data.size + HOVER_PADDING;
    const boxHeight = Math.max(style.size + 2 * HOVER_PADDING, 2 * radius);
    const key = (data as { key?: string }).key;
    const placement: Placement = (key !== undefined && placements.get(key)) ||
      (textWidth ? placeLabel(context, data, style, textWidth, (box) => collisions.isClear(box)) : null) || {
        side: "right",
        text: data.label ?? "",
        width: textWidth,
      };
    const cardWidth = placement.width ? 2 * radius + LABEL_GAP + placement.width + HOVER_PADDING : 2 * radius;
    const left = placement.side === "right" ? data.x - radius : data.x + radius - cardWidth;
    context.save();
    context.fillStyle = "#ffffff";
    context.shadowColor = HOVER_SHADOW;
    context.shadowBlur = HOVER_SHADOW_BLUR;
    context.beginPath();
    context.roundRect(left, data.y - boxHeight / 2, cardWidth, boxHeight, boxHeight / 2);
    context.fill();
    context.restore();
    if (!placement.text) return;
    const x = placement.side === "right" ? rightOf(data) : leftOf(data, placement.width);
    drawText(context, placement.text, x, data.y + style.size / 3);
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
