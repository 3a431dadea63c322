// Sigma settings for the map: programs per kind (circles for papers, ringed hubs for sections,
// arrows for lineage, cheap 1-px lines for section edges), each wrapped to apply the filters on the
// GPU (./filter-programs.ts) and, with `plain`, drawn without instancing (./software-webgl.ts), label density and the camera's limits. Labels are drawn by the map's
// own layer (./label-layer.ts), so sigma's label pass is off.
import { createNodeBorderProgram } from "@sigma/node-border";
import {
  EdgeLineProgram,
  NodeCircleProgram,
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";

import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../model";
import { EDGE_TYPE, NODE_TYPE } from "./appearance";
import { INSTANT_MS } from "./camera";
import { MAX_CAMERA_RATIO, MIN_CAMERA_RATIO } from "./camera-limits";
import { type FilterSource, filteredEdgeProgram, filteredNodeProgram } from "./filter-programs";
import { hidesEdgesOnMove } from "./focus-source";
import { labelDensityFor } from "./label-density";
import { LABEL_FONT, LABEL_SIZE, LABEL_WEIGHT, type LabelDrawers } from "./labels";

/** Hubs: a ring in the section's colour around a white centre, unlike the filled paper discs. */
export const HUB_RING_SHARE = 0.38;
export const HUB_FILL_COLOR = "#ffffff";
/** Suggestions: a thin grey ring around a pale fill, never the filled disc of a listed paper. */
export const SUGGESTION_RING_SHARE = 0.2;
export const SUGGESTION_RING_COLOR = "#7d8694";
export { MAX_CAMERA_RATIO, MIN_CAMERA_RATIO };
export const STAGE_PADDING = 36;

type MapSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Sigma's own wheel and double-click zooms and its drag inertia, without motion when asked. */
function motionSettings(reducedMotion: boolean): Partial<MapSettings> {
  return reducedMotion
    ? { zoomDuration: INSTANT_MS, doubleClickZoomingDuration: INSTANT_MS, inertiaDuration: INSTANT_MS, inertiaRatio: 0 }
    : {};
}

export function mapSettings(
  labels: LabelDrawers,
  filter: FilterSource,
  reducedMotion: boolean,
  edgeCount = 0,
  nodeCount = Infinity,
  plain = false,
): Partial<MapSettings> {
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
  // Sigma's arrow is a compound of a clamped line and a head; each part is filtered.
  const ArrowProgram = createEdgeCompoundProgram([
    filteredEdgeProgram(createEdgeClampedProgram(), filter, plain),
    filteredEdgeProgram(createEdgeArrowHeadProgram(), filter, plain),
  ]);
  return {
    zIndex: true,
    renderLabels: false,
    hideEdgesOnMove: hidesEdgesOnMove(edgeCount),
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    // More labels on small maps (./label-density.ts); ./label-layout.ts drops any that overlap.
    ...labelDensityFor(nodeCount),
    defaultDrawNodeLabel: labels.drawLabel,
    defaultDrawNodeHover: labels.drawHover,
    defaultNodeType: NODE_TYPE.paper,
    defaultEdgeType: EDGE_TYPE.section,
    nodeProgramClasses: {
      [NODE_TYPE.paper]: filteredNodeProgram(NodeCircleProgram, filter, plain),
      [NODE_TYPE.hub]: filteredNodeProgram(HubProgram, filter, plain),
      [NODE_TYPE.suggestion]: filteredNodeProgram(SuggestionProgram, filter, plain),
    },
    edgeProgramClasses: {
      [EDGE_TYPE.lineage]: ArrowProgram,
      [EDGE_TYPE.section]: filteredEdgeProgram(EdgeLineProgram, filter, plain),
    },
    minCameraRatio: MIN_CAMERA_RATIO,
    maxCameraRatio: MAX_CAMERA_RATIO,
    stagePadding: STAGE_PADDING,
    ...motionSettings(reducedMotion),
  } as Partial<MapSettings>;
}
