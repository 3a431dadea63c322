// Sigma settings for the map: programs per kind (circles for papers, ringed hubs for sections,
// arrows for lineage, cheap 1-px lines for section edges), label density and the camera's limits.
import { createNodeBorderProgram } from "@sigma/node-border";
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";

import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../model";
import { EDGE_TYPE, NODE_TYPE } from "./appearance";
import { INSTANT_MS } from "./camera";
import { hidesEdgesOnMove } from "./focus-source";
import { LABEL_FONT, LABEL_SIZE, LABEL_WEIGHT, type LabelDrawers } from "./labels";

/** Hubs: a ring in the section's colour around a white centre, unlike the filled paper discs. */
export const HUB_RING_SHARE = 0.38;
export const HUB_FILL_COLOR = "#ffffff";
/** Suggestions: a thin grey ring around a pale fill, never the filled disc of a listed paper. */
export const SUGGESTION_RING_SHARE = 0.2;
export const SUGGESTION_RING_COLOR = "#7d8694";
/**
 * Sigma shows the largest LABEL_DENSITY labels per grid cell of LABEL_GRID_CELL pixels (more as you
 * zoom in); ./label-layout.ts then drops any that would overlap, so density can be generous.
 */
export const LABEL_GRID_CELL = 100;
export const LABEL_DENSITY = 2;
/** Nodes drawn smaller than this (px) get no label unless forced. */
export const LABEL_SIZE_THRESHOLD = 6;
export const MIN_CAMERA_RATIO = 0.03;
export const MAX_CAMERA_RATIO = 3;
export const STAGE_PADDING = 36;

type MapSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Sigma's own wheel and double-click zooms and its drag inertia, without motion when asked. */
function motionSettings(reducedMotion: boolean): Partial<MapSettings> {
  return reducedMotion
    ? { zoomDuration: INSTANT_MS, doubleClickZoomingDuration: INSTANT_MS, inertiaDuration: INSTANT_MS, inertiaRatio: 0 }
    : {};
}

export function mapSettings(labels: LabelDrawers, reducedMotion: boolean, edgeCount = 0): Partial<MapSettings> {
  const HubProgram = createNodeBorderProgram({
    borders: [
      { size: { value: HUB_RING_SHARE }, color: { attribute: "color" } },
      { size: { fill: true }, color: { value: HUB_FILL_COLOR } },
    ],
    drawLabel: labels.drawLabel,
    drawHover: labels.drawHover,
  });
  const SuggestionProgram = createNodeBorderProgram({
    borders: [
      { size: { value: SUGGESTION_RING_SHARE }, color: { value: SUGGESTION_RING_COLOR } },
      { size: { fill: true }, color: { attribute: "color" } },
    ],
    drawLabel: labels.drawLabel,
    drawHover: labels.drawHover,
  });
  return {
    zIndex: true,
    hideEdgesOnMove: hidesEdgesOnMove(edgeCount),
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    labelDensity: LABEL_DENSITY,
    labelGridCellSize: LABEL_GRID_CELL,
    labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD,
    defaultDrawNodeLabel: labels.drawLabel,
    defaultDrawNodeHover: labels.drawHover,
    defaultNodeType: NODE_TYPE.paper,
    defaultEdgeType: EDGE_TYPE.section,
    nodeProgramClasses: {
      [NODE_TYPE.paper]: NodeCircleProgram,
      [NODE_TYPE.hub]: HubProgram,
      [NODE_TYPE.suggestion]: SuggestionProgram,
    },
    edgeProgramClasses: { [EDGE_TYPE.lineage]: EdgeArrowProgram, [EDGE_TYPE.section]: EdgeLineProgram },
    minCameraRatio: MIN_CAMERA_RATIO,
    maxCameraRatio: MAX_CAMERA_RATIO,
    stagePadding: STAGE_PADDING,
    ...motionSettings(reducedMotion),
  } as Partial<MapSettings>;
}
