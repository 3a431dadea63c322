// The map: sigma on the imported graph, with reducers reading a MapView derived from the store.
// A filter change is one redraw: the GPU programs read the new filter (./filter-programs.ts) and
// the label layer follows it in the same frame (./label-layer.ts). Hover and selection changes
// refresh everything once. Never rebuilds the graph, never runs a layout.
import Sigma from "sigma";

import { filterTableOf } from "../filters/table";
import type { Visibility } from "../filters/types";
import type { GraphIndex, PaperGraph } from "../load";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../model";
import { type AppState, type Store, hoverNode } from "../state";
import type { Appearance } from "./appearance";
import { FOCUS_MAX_RATIO, ZOOM_FACTOR, moveCamera, prefersReducedMotion, zoomBy } from "./camera";
import { bindMapEvents } from "./events";
import type { FilterSource } from "./filter-programs";
import { type Focus, computeFocus } from "./focus";
import { focusOf, focusOptions, hoverFades as hoverFadesFor } from "./focus-source";
import { type FrameOptions, framingCamera } from "./framing";
import { type LabelLayer, attachLabelLayer } from "./label-layer";
import type { LabelBox } from "./label-layout";
import { type LabelDrawers, createLabelDrawers } from "./labels";
import type { Obstacles } from "./obstacles";
import { type MapView, createEdgeReducer, createNodeReducer } from "./reducers";
import { type Presenter, presentFrames, presentModeFor } from "./present";
import { mapSettings } from "./settings";
import { pageDrawMode, softwareWebGL } from "./software-webgl";

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
  /** How frames reach the screen: straight, or drawn off screen first on software WebGL (./present.ts). */
  frames: Presenter;
  /** Labels drawn in the last frame (for tests). */
  drawnLabels(): ReadonlyMap<string, LabelBox>;
  /** Whether the map hides a node now: the filter its GPU programs draw with (for tests). */
  hides(node: string): boolean;
  /** Whether the map hides an edge now: by its kind of link, or with one of its ends (for tests). */
  hidesEdge(edge: string): boolean;
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
  /**
   * Gives a second renderer of this view (the PNG export) the map's labels, starting a new label
   * layout; detach it when done.
   */
  attachLabels(renderer: MapRenderer): LabelLayer;
  destroy(): void;
}

/** The boxes of the landmark labels in the current frame, placed before any other label. */
function landmarkBoxes(
  renderer: MapRenderer,
  labels: LabelDrawers,
  keys: string[],
  named: (key: string) => boolean,
  isShown: (node: string) => boolean,
): () => Map<string, LabelBox> {
  const context = document.createElement("canvas").getContext("2d");
  return () => {
    const reserved = new Map<string, LabelBox>();
    if (!context) return reserved;
    for (const key of keys) {
      if (named(key) || !isShown(key)) continue;
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden || !data.label) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      const box = labels.measure(context, { ...data, x, y, size: renderer.scaleSize(data.size) });
      if (box) reserved.set(key, box);
    }
    return reserved;
  };
}

/** The nodes whose label the reducers may force: landmarks, the focus, the selection. */
function* forcedCandidates(view: MapView, landmarks: readonly string[]): Iterable<string> {
  yield* landmarks;
  if (view.focus) {
    yield* view.focus.nodes;
    if (view.focus.marked) yield* view.focus.marked;
  }
  if (view.selected !== null) yield view.selected;
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
  const table = filterTableOf(graph, index);
  const filter: FilterSource = () => view.visibility.groups;
  const isShown = (node: string) => !view.visibility.hidden.has(node);
  let reserve: () => Map<string, LabelBox> = () => new Map();
  let dimensions = () => ({ width: container.clientWidth, height: container.clientHeight });
  const labels = createLabelDrawers(() => reserve(), {
    isShown,
    blockers: () => [
      ...options.obstacles().map((b) => ({ x1: b.left, y1: b.top, x2: b.right, y2: b.bottom })),
      ...(options.labelBlockers?.() ?? []),
    ],
    view: () => dimensions(),
    named: (key) => options.labelNamed?.(key) ?? false,
  });
  const renderer: MapRenderer = new Sigma(graph, container, {
    ...mapSettings(labels, filter, prefersReducedMotion(), graph.size, graph.order, pageDrawMode() === "plain"),
    nodeReducer: createNodeReducer(appearance, table, () => view),
    edgeReducer: createEdgeReducer(appearance, table, () => view),
  });
  // After the constructor's frame, which is drawn straight: nothing is on screen to keep yet.
  const frames = presentFrames(
    renderer,
    presentModeFor(softwareWebGL(), graph.order + graph.size, window.location.search),
  );

  const landmarks = [...appearance.nodes].filter(([, look]) => look.forceLabel).map(([key]) => key);
  const named = (key: string) => options.labelNamed?.(key) ?? false;
  reserve = landmarkBoxes(renderer, labels, landmarks, named, isShown);
  dimensions = () => renderer.getDimensions();
  const attachLabels = (target: MapRenderer) => {
    labels.startFrame();
    return attachLabelLayer(target, {
      drawLabel: labels.drawLabel,
      sizeOf: (node) => appearance.nodes.get(node)?.size ?? 0,
      isShown,
      forced: () => forcedCandidates(view, landmarks),
    });
  };
  renderer.on("beforeRender", labels.startFrame);
  // The constructor drew the first frame before the label layer existed: its labels are drawn
  // now, a pass over the labels' 2D canvas only (the graph is not drawn twice).
  const labelLayer = attachLabels(renderer);
  labelLayer.draw();

  /** A filter change: the programs read the new filter at the next frame; nothing else is redone. */
  const showFilter = (state: AppState, next: Visibility) => {
    view = { ...view, visibility: next };
    renderer.scheduleRender();
    // Sigma keeps a hovered node until the pointer moves; the focus must not stay on a hidden one.
    if (state.hovered !== null && next.hidden.has(state.hovered))
      queueMicrotask(() => store.dispatch(hoverNode(null), { history: "none" }));
  };

  const isLandmark = (key: string) => appearance.nodes.get(key)?.forceLabel === true;
  const frame = (nodes: Iterable<string>, frameOptions: FrameOptions = {}) => {
    // Only what the filters show: they hide nodes on the GPU, not in sigma's display data.
    const shown = [...nodes].filter(isShown);
    const target = framingCamera(renderer, shown, options.obstacles(), frameOptions);
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
    } else if (visibility !== view.visibility) showFilter(state, visibility);
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
    frames,
    drawnLabels: () => labels.drawn(),
    hides: (node) => !isShown(node),
    hidesEdge: (edge) =>
      view.visibility.hiddenEdges?.has(edge) === true || graph.extremities(edge).some((node) => !isShown(node)),
    fitAll,
    centre: centreOn,
    frame,
    home,
    zoomIn: () => zoomBy(renderer, ZOOM_FACTOR),
    zoomOut: () => zoomBy(renderer, 1 / ZOOM_FACTOR),
    attachLabels,
    destroy() {
      labelLayer.detach();
      resizeObserver.disconnect();
      unsubscribe();
      unbindEvents();
      frames.detach();
      renderer.kill();
    },
  };
}
