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
import { FOCUS_MAX_RATIO, ZOOM_FACTOR, moveCamera, prefersReducedMotion, zoomBy } from "./camera";
import { bindMapEvents } from "./events";
import { type Focus, computeFocus } from "./focus";
import { focusOf, focusOptions, hoverFades as hoverFadesFor } from "./focus-source";
import { type FrameOptions, framingCamera } from "./framing";
import type { LabelBox } from "./label-layout";
import { type LabelDrawers, createLabelDrawers } from "./labels";
import type { Obstacles } from "./obstacles";
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
  /** The app's boxes over the map: the camera keeps what it frames clear of them, labels too. */
  obstacles: Obstacles;
  /** A highlight that takes over from the selection's focus when set (lineage, path: ../lineage). */
  highlight?: {
    select(state: AppState): Focus | null;
    changed(a: AppState, b: AppState): boolean;
  };
  /** Handles a key on the map before the camera keys (lineage moves); returns true when it did. */
  onKey?: (event: KeyboardEvent) => boolean;
  /** What "fit all" must respect in the current layout (the timeline's readable zoom). */
  fitOptions?: () => FrameOptions;
  /** More boxes labels keep clear of in a frame (the regions' names), beside the app's boxes. */
  labelBlockers?: () => LabelBox[];
  /** Nodes named otherwise in the frame (a section by its region's name), so not labelled again. */
  labelNamed?: (key: string) => boolean;
}

export interface MapHandle {
  renderer: MapRenderer;
  /** Labels drawn in the last frame (for tests). */
  drawnLabels(): ReadonlyMap<string, LabelBox>;
  /** Frames every node shown, clear of the app's boxes (⤢); options as `frame` takes them. */
  fitAll(options?: FrameOptions): void;
  /** Flies the camera to a node (as a new selection does). */
  centre(node: string): void;
  /** Frames these nodes clear of the app's boxes (see ./framing.ts); an automatic move. */
  frame(nodes: Iterable<string>, options?: FrameOptions): void;
  /**
   * The view the app chooses for the current state, instantly: the highlight, else the selection
   * and its lineage, else everything shown. For start-up and for going back to a link's view.
   */
  home(options?: { instant?: boolean }): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Starts a new label layout, for a second renderer about to draw this view (the PNG export). */
  startLabelFrame(): void;
  destroy(): void;
}

/** The boxes of the landmark labels in the current frame, placed before any other label. */
function landmarkBoxes(
  renderer: MapRenderer,
  labels: LabelDrawers,
  keys: string[],
  named: (key: string) => boolean,
): () => Map<string, LabelBox> {
  const context = document.createElement("canvas").getContext("2d");
  return () => {
    const reserved = new Map<string, LabelBox>();
    if (!context) return reserved;
    for (const key of keys) {
      if (named(key)) continue;
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
  let dimensions = () => ({ width: container.clientWidth, height: container.clientHeight });
  const labels = createLabelDrawers(() => reserve(), {
    blockers: () => [
      ...options.obstacles().map((b) => ({ x1: b.left, y1: b.top, x2: b.right, y2: b.bottom })),
      ...(options.labelBlockers?.() ?? []),
    ],
    view: () => dimensions(),
    named: (key) => options.labelNamed?.(key) ?? false,
  });
  const renderer: MapRenderer = new Sigma(graph, container, {
    ...mapSettings(labels, prefersReducedMotion(), graph.size, graph.order),
    nodeReducer: createNodeReducer(appearance, () => view),
    edgeReducer: createEdgeReducer(appearance, () => view),
  });

  const landmarks = [...appearance.nodes].filter(([, look]) => look.forceLabel).map(([key]) => key);
  reserve = landmarkBoxes(renderer, labels, landmarks, (key) => options.labelNamed?.(key) ?? false);
  dimensions = () => renderer.getDimensions();
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

  const isLandmark = (key: string) => appearance.nodes.get(key)?.forceLabel === true;
  const frame = (nodes: Iterable<string>, frameOptions: FrameOptions = {}) => {
    const target = framingCamera(renderer, nodes, options.obstacles(), frameOptions);
    if (target) moveCamera(renderer, target, { instant: frameOptions.instant, automatic: true });
  };
  /** A paper (or section) and what stays bright with it: its lineage neighbours, a section's papers. */
  const focusNodes = (node: string) => {
    const focus = computeFocus(graph, index, node);
    return focus ? focus.nodes : [node];
  };
  const focusOn = (node: string, instant = false) =>
    frame(focusNodes(node), {
      labelled: (key) => key === node,
      noCloserThan: Math.min(renderer.getCamera().ratio, FOCUS_MAX_RATIO),
      keepIfInView: true,
      instant,
    });
  const centreOn = (node: string) => {
    // After the panel has rendered, so the camera knows which part of the map it covers.
    requestAnimationFrame(() => focusOn(node));
  };

  const unsubscribe = store.subscribe((state, previous, meta) => {
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
    // Back/Forward to an entry with its own camera: that camera wins (./camera-sync.ts).
    const restoring = meta.history === "none" && state.camera !== null;
    if (state.selected !== null && state.selected !== previous.selected && !restoring) centreOn(state.selected);
  });

  const fitAll = (fitOptions: FrameOptions = {}) => {
    const hidden = view.visibility.hidden;
    frame(
      graph.filterNodes((node) => !hidden.has(node)),
      { labelled: isLandmark, ...options.fitOptions?.(), ...fitOptions },
    );
  };
  const home = ({ instant = true } = {}) => {
    const state = store.get();
    const lit = highlight?.select(state);
    // A camera the link carries is the view; otherwise the app frames what the state asks for.
    if (state.camera) moveCamera(renderer, state.camera, { instant });
    else if (lit) frame(lit.nodes, { instant });
    else if (state.selected !== null && graph.hasNode(state.selected)) focusOn(state.selected, instant);
    else fitAll({ instant });
  };
  const unbindEvents = bindMapEvents(renderer, store, container, () => fitAll(), options.onKey);

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

  return {
    renderer,
    drawnLabels: () => labels.drawn(),
    fitAll,
    centre: centreOn,
    frame,
    home,
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
