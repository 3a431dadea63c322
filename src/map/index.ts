// The map: sigma on the imported graph, with reducers reading a MapView derived from the store.
// Filter changes refresh only the nodes whose visibility changed (and their edges); hover and
// selection changes refresh everything once. Never rebuilds the graph, never runs a layout.
import Sigma from "sigma";

import type { Visibility } from "../filters/types";
import { linkVisibilityChanges, visibilityChanges } from "../filters/visibility";
import type { GraphIndex, PaperGraph } from "../load";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../model";
import type { AppState, Store } from "../state";
import type { Appearance } from "./appearance";
import {
  type Rect,
  ZOOM_FACTOR,
  fitCameraTo,
  focusCameraOn,
  prefersReducedMotion,
  uncoveredArea,
  zoomBy,
} from "./camera";
import { bindMapEvents } from "./events";
import { type Focus, computeFocus } from "./focus";
import { focusOf, focusOptions, hoverFades as hoverFadesFor } from "./focus-source";
import type { LabelBox } from "./label-layout";
import { type LabelDrawers, createLabelDrawers } from "./labels";
import { type MapView, createEdgeReducer, createNodeReducer } from "./reducers";
import { mapSettings } from "./settings";

/**
 * After a burst of partial refreshes (dragging the slider) one full refresh rebuilds sigma's label
 * grid, so labels freed by hidden nodes come back. Partial refreshes skip that indexation.
 */
export const LABEL_GRID_SETTLE_MS = 250;

export type MapRenderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface MapOptions {
  container: HTMLElement;
  graph: PaperGraph;
  index: GraphIndex;
  appearance: Appearance;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  /** The element that may cover part of the map (the panel), for centring the camera. */
  overlay: () => HTMLElement | null;
  /** A highlight that takes over from the selection's focus when set (lineage, path: ../lineage). */
  highlight?: {
    select(state: AppState): Focus | null;
    changed(a: AppState, b: AppState): boolean;
  };
  /** Handles a key on the map before the camera keys (lineage moves); returns true when it did. */
  onKey?: (event: KeyboardEvent) => boolean;
}

export interface MapHandle {
  renderer: MapRenderer;
  /** Labels drawn in the last frame (for tests). */
  drawnLabels(): ReadonlyMap<string, LabelBox>;
  fitAll(): void;
  /** Flies the camera to a node (as a new selection does). */
  centre(node: string): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Starts a new label layout, for a second renderer about to draw this view (the PNG export). */
  startLabelFrame(): void;
  destroy(): void;
}

function rectOf(element: Element): Rect {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** The boxes of the landmark labels in the current frame, placed before any other label. */
function landmarkBoxes(renderer: MapRenderer, labels: LabelDrawers, keys: string[]): () => Map<string, LabelBox> {
  const context = document.createElement("canvas").getContext("2d");
  return () => {
    const reserved = new Map<string, LabelBox>();
    if (!context) return reserved;
    for (const key of keys) {
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden || !data.label) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      const box = labels.measure(context, { ...data, x, y, size: renderer.scaleSize(data.size) });
      if (box) reserved.set(key, box);
    }
    return reserved;
  };
}

export function createMap(options: MapOptions): MapHandle {
  const { container, graph, index, appearance, store, selectVisibility, highlight } = options;
  const hoverFades = hoverFadesFor(graph.order);
  const focusFor = (state: AppState) =>
    highlight?.select(state) ?? computeFocus(graph, index, focusOf(state, hoverFades), focusOptions(state, hoverFades));
  const initial = store.get();
  let view: MapView = {
    visibility: selectVisibility(initial),
    focus: focusFor(initial),
    selected: initial.selected,
    timeline: initial.view === "timeline",
  };
  let reserve: () => Map<string, LabelBox> = () => new Map();
  const labels = createLabelDrawers(() => reserve());
  const renderer: MapRenderer = new Sigma(graph, container, {
    ...mapSettings(labels, prefersReducedMotion(), graph.size),
    nodeReducer: createNodeReducer(appearance, () => view),
    edgeReducer: createEdgeReducer(appearance, () => view),
  });

  const landmarks = [...appearance.nodes].filter(([, look]) => look.forceLabel).map(([key]) => key);
  reserve = landmarkBoxes(renderer, labels, landmarks);
  renderer.on("beforeRender", labels.startFrame);
  // The constructor's first frame ran before the landmarks were known: draw again, but without
  // re-indexing the graph (a full refresh here cost seconds on 50k-node graphs).
  renderer.scheduleRender();

  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshVisibility = (next: Visibility) => {
    const changed = visibilityChanges(view.visibility, next);
    const edges = new Set<string>(linkVisibilityChanges(view.visibility, next));
    view = { ...view, visibility: next };
    if (!changed.length && !edges.size) return;
    for (const node of changed) graph.forEachEdge(node, (edge) => edges.add(edge));
    renderer.refresh({ partialGraph: { nodes: changed, edges: [...edges] }, skipIndexation: true });
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => renderer.refresh(), LABEL_GRID_SETTLE_MS);
  };

  const centreOn = (node: string) => {
    // After the panel has rendered, so the camera knows how much of the map it covers.
    requestAnimationFrame(() => {
      const overlay = options.overlay();
      focusCameraOn(renderer, node, uncoveredArea(rectOf(container), overlay ? rectOf(overlay) : null));
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const visibility = selectVisibility(state);
    const focusChanged =
      (hoverFades && state.hovered !== previous.hovered) ||
      state.selected !== previous.selected ||
      highlight?.changed(state, previous) === true;
    // The layout switch (../timeline) redraws; the reducers only need to know which layout it is.
    if (state.view !== previous.view) view = { ...view, timeline: state.view === "timeline" };
    if (focusChanged) {
      view = {
        visibility,
        focus: focusFor(state),
        selected: state.selected,
        timeline: state.view === "timeline",
      };
      renderer.refresh();
    } else if (visibility !== view.visibility) refreshVisibility(visibility);
    if (state.selected !== null && state.selected !== previous.selected) centreOn(state.selected);
  });

  const fitAll = () => {
    const hidden = view.visibility.hidden;
    fitCameraTo(
      renderer,
      graph.filterNodes((node) => !hidden.has(node)),
      hidden.size === 0,
    );
  };
  const unbindEvents = bindMapEvents(renderer, store, container, fitAll, options.onKey);

  // Sigma only listens to window resizes; the container also changes size with the layout. A
  // refresh (not just resize(), which clears the canvases) redraws and re-grids the labels.
  // It reports the size it starts with too: only a real change is worth a full refresh.
  let size = { width: container.clientWidth, height: container.clientHeight };
  const resizeObserver = new ResizeObserver(() => {
    const next = { width: container.clientWidth, height: container.clientHeight };
    if (next.width === size.width && next.height === size.height) return;
    size = next;
    renderer.scheduleRefresh();
  });
  resizeObserver.observe(container);

  if (initial.selected !== null) centreOn(initial.selected);

  return {
    renderer,
    drawnLabels: () => labels.drawn(),
    fitAll,
    centre: centreOn,
    zoomIn: () => zoomBy(renderer, ZOOM_FACTOR),
    zoomOut: () => zoomBy(renderer, 1 / ZOOM_FACTOR),
    startLabelFrame: labels.startFrame,
    destroy() {
      clearTimeout(settleTimer);
      resizeObserver.disconnect();
      unsubscribe();
      unbindEvents();
      renderer.kill();
    },
  };
}
