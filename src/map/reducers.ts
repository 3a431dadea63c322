// Sigma reducers: the static look (./appearance.ts) with the UI state layered on top. They only
// read the current MapView; nothing about hover, selection or filters is written into the graph.
// Filters are not applied here: the reducers give each node and edge its filter values
// (../filters/table.ts) and the GPU programs hide what the filters hide (./filter-programs.ts), so a
// filter change needs no reducer pass. Each reducer returns a new object of one shape for every
// node (every edge): the same keys in the same order, all set, so sigma's defaults add none. Writing
// the look into the copy of each item's attributes sigma hands over made as many hidden classes as
// there are attribute sets, each grown key by key: at 50,000 papers sigma's constructor then took
// 5.3–6.4 s in some page loads and 1.4–1.6 s in others (V8's inline caches and GC losing out);
// one shape took 1.5–2.6 s in every load measured.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

import { ALWAYS_GROUP, type FilterTable, NO_TIME } from "../filters/table";
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
    const look = appearance.nodes.get(node);
    const i = filter.nodeIndex.get(node);
    const attrs = data as unknown as Record<string, unknown>;
    // One shape for every node: the same keys in the same order, all set, so sigma's defaults add
    // none and the display data of a large map share one hidden class (see the header).
    const res: NodeData = {
      x: data.x,
      y: data.y,
      size: look?.size ?? data.size,
      color: look?.color ?? (attrs.color as string | undefined) ?? "",
      label: data.label ?? null,
      type: look?.type ?? "",
      zIndex: look?.zIndex ?? 0,
      forceLabel: look?.forceLabel ?? false,
      hidden: false,
      highlighted: false,
      kind: data.kind,
      depth: attrs.depth,
      filterTime: i === undefined ? NO_TIME : filter.nodeTime[i]!,
      filterGroup: i === undefined ? ALWAYS_GROUP : filter.nodeGroup[i]!,
    };
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
    const look = appearance.edges.get(edge);
    const attrs = data as unknown as Record<string, unknown>;
    // One shape for every edge, as for nodes.
    const res: EdgeData = {
      size: look?.size ?? (attrs.size as number | undefined) ?? 0,
      color: look?.color ?? "",
      label: "",
      type: look?.type ?? "",
      zIndex: look?.zIndex ?? 0,
      hidden: false,
      forceLabel: false,
      kind: data.kind,
      filterGroup: filter.edgeGroup.get(edge) ?? ALWAYS_GROUP,
    };
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
