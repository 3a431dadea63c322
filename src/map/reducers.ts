// Sigma reducers: the static look (./appearance.ts) with the UI state layered on top. They only
// read the current MapView; nothing about hover, selection or filters is written into the graph.
// Filters are not applied here: the reducers give each node and edge its filter values
// (../filters/table.ts) and the GPU programs hide what the filters hide (./filter-programs.ts), so a
// filter change needs no reducer pass. Sigma hands each reducer its own shallow copy of the
// attributes; the reducers write into it rather than copying it again.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

import { ALWAYS_GROUP, type FilterTable } from "../filters/table";
import type { Visibility } from "../filters/types";
import type { EdgeAttributes, NodeAttributes } from "../model";
import { type Appearance, Z } from "./appearance";
import type { EdgeFilterData, NodeFilterData } from "./filter-programs";
import type { Focus } from "./focus";

export const FADED_NODE_COLOR = "#e3e6ea";
/** Opaque: translucent edges blend to near-white over the background and read as white lines. */
export const FADED_EDGE_COLOR = "#e6e9ee";
export const FOCUSED_LINEAGE_EDGE_COLOR = "rgba(29, 35, 48, 0.9)";
export const FOCUSED_SECTION_EDGE_COLOR = "rgba(100, 110, 124, 0.6)";
export const FOCUSED_EDGE_EXTRA_SIZE = 0.8;

/** Everything the reducers read, replaced as a whole when the state changes. */
export interface MapView {
  visibility: Visibility;
  focus: Focus | null;
  selected: string | null;
  /** The timeline layout: its bands show the sections, so the lines to section hubs are not drawn. */
  timeline?: boolean;
}

type NodeData = Partial<NodeDisplayData> & NodeFilterData & Record<string, unknown>;
type EdgeData = Partial<EdgeDisplayData> & EdgeFilterData & Record<string, unknown>;

export function createNodeReducer(appearance: Appearance, filter: FilterTable, view: () => MapView) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const res = data as unknown as NodeData;
    const look = appearance.nodes.get(node);
    if (look) {
      res.color = look.color;
      res.size = look.size;
      res.type = look.type;
      res.zIndex = look.zIndex;
      res.forceLabel = look.forceLabel;
    }
    const i = filter.nodeIndex.get(node);
    if (i !== undefined) {
      res.filterTime = filter.nodeTime[i];
      res.filterGroup = filter.nodeGroup[i];
    }
    const { focus, selected } = view();
    if (focus) {
      if (focus.nodes.has(node)) {
        res.forceLabel = true;
        res.zIndex = Z.focused;
      } else {
        res.color = FADED_NODE_COLOR;
        res.label = "";
        res.forceLabel = false;
        res.zIndex = 0;
      }
    }
    if (node === selected || focus?.marked?.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = Z.focused;
    }
    return res;
  };
}

export function createEdgeReducer(appearance: Appearance, filter: FilterTable, view: () => MapView) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const res = data as unknown as EdgeData;
    const look = appearance.edges.get(edge);
    if (look) {
      res.color = look.color;
      res.size = look.size;
      res.type = look.type;
      res.zIndex = look.zIndex;
    }
    res.filterGroup = filter.edgeGroup.get(edge) ?? ALWAYS_GROUP;
    const { focus, timeline } = view();
    if (timeline && data.kind !== "lineage") {
      res.hidden = true;
      return res;
    }
    if (!focus) return res;
    if (focus.edges.has(edge)) {
      // A lineage link keeps its kind's hue (opaque), so a citation, a name and a later version stay
      // apart around the selected paper; other links (sections, a suggestion's references) darken.
      res.color =
        look?.focusColor ?? (data.kind === "lineage" ? FOCUSED_LINEAGE_EDGE_COLOR : FOCUSED_SECTION_EDGE_COLOR);
      res.size = (res.size ?? 1) + FOCUSED_EDGE_EXTRA_SIZE;
      res.zIndex = Z.focused;
    } else if (data.kind === "lineage") {
      res.color = FADED_EDGE_COLOR;
    } else {
      // Section edges fan out from every hub; faded, they still draw a web over the focus.
      res.hidden = true;
    }
    return res;
  };
}
