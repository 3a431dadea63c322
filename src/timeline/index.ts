// The layout switch: the force map (positions from the build) or the timeline (./layout.ts).
// Switching animates every node from where it is to where it goes (~400 ms, eased; instant under
// prefers-reduced-motion or on very large graphs) while the camera frames the whole picture, then
// fits what the filters show. Filters, search, selection and the keyboard read the renderer's
// display data, so they work the same in both layouts. See ./buffer.ts for why the timeline is
// drawn from a copy of the graph.
import type { Visibility } from "../filters";
import type { GraphIndex, PaperGraph } from "../load";
import type { MapRenderer } from "../map";
import { fitCameraInto, freeArea, moveCamera, prefersReducedMotion } from "../map/camera";
import type { SectionTree } from "../sections";
import { type AppState, type Store, type ViewMode, setView } from "../state";
import { type TimelineAxis, createTimelineAxis } from "./axis";
import { type LayoutBuffer, createLayoutBuffer } from "./buffer";
import { type TimelineLayout, computeTimelineLayout } from "./layout";
import "./timeline.css";

export const TRANSITION_MS = 400;
/** Above this many nodes a full refresh per frame is too slow to animate; the switch is instant. */
export const ANIMATE_MAX_NODES = 20_000;
/** Space kept between the framed timeline and the map's edges or floating boxes, in pixels. */
export const FIT_PADDING = 16;

export interface TimelineContext {
  renderer: MapRenderer;
  graph: PaperGraph;
  index: GraphIndex;
  tree: SectionTree;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  /** Frames what the filters show (the map's ⤢). */
  fitAll(): void;
  /** Floating boxes that may cover a side of the map (the legend, the panel). */
  overlays(): HTMLElement[];
  buttons: { map: HTMLButtonElement; timeline: HTMLButtonElement };
}

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function mountTimeline(ctx: TimelineContext): () => void {
  const { renderer, graph, store, buttons } = ctx;
  let layout: TimelineLayout | null = null;
  let buffer: LayoutBuffer | null = null;
  let axis: TimelineAxis | null = null;
  let frame: number | null = null;

  const prepare = (): LayoutBuffer => {
    if (!buffer) {
      layout = computeTimelineLayout(graph, ctx.index, ctx.tree);
      buffer = createLayoutBuffer(graph, layout.positions);
      axis = createTimelineAxis(renderer, layout);
    }
    return buffer;
  };

  const rectOf = (e: Element) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  /** The timeline is wide: frame it beside the open legend, not under it. The map fits as ⤢ does. */
  const fit = (view: ViewMode) => {
    if (view === "map") return ctx.fitAll();
    const hidden = ctx.selectVisibility(store.get()).hidden;
    const area = freeArea(
      rectOf(renderer.getContainer()),
      ctx
        .overlays()
        .filter((e) => !e.hidden)
        .map(rectOf),
      FIT_PADDING,
    );
    fitCameraInto(
      renderer,
      graph.filterNodes((node) => !hidden.has(node)),
      area,
    );
  };

  /** Puts every node where `view` has it and draws that, with one full refresh. */
  const land = (view: ViewMode, b: LayoutBuffer) => {
    frame = null;
    b.write(b.current, view === "timeline" ? b.timeline : b.map, 1);
    const target = view === "timeline" ? b.graph : graph;
    if (renderer.getGraph() !== target) renderer.setGraph(target);
    else renderer.refresh();
    axis?.show(view === "timeline");
  };

  const show = (view: ViewMode, animate: boolean) => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    if (view === "map" && !buffer) return;
    const b = prepare();
    axis?.show(false);
    const instant = !animate || prefersReducedMotion() || graph.order > ANIMATE_MAX_NODES;
    if (instant) {
      land(view, b);
      if (animate) fit(view);
      return;
    }
    if (renderer.getGraph() !== b.graph) {
      // Start from the map: the copy takes the map's positions, then the renderer draws the copy.
      b.write(b.map, b.map, 1);
      renderer.setGraph(b.graph);
    }
    const target = view === "timeline" ? b.timeline : b.map;
    const from = Float64Array.from(b.current);
    const start = performance.now();
    moveCamera(renderer, { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / TRANSITION_MS);
      if (t >= 1) {
        land(view, b);
        fit(view);
        return;
      }
      b.write(from, target, easeInOut(t));
      renderer.refresh({ schedule: true });
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  };

  const sync = (view: ViewMode) => {
    buttons.map.setAttribute("aria-pressed", String(view === "map"));
    buttons.timeline.setAttribute("aria-pressed", String(view === "timeline"));
  };
  const onMap = () => store.dispatch(setView("map"));
  const onTimeline = () => store.dispatch(setView("timeline"));
  buttons.map.addEventListener("click", onMap);
  buttons.timeline.addEventListener("click", onTimeline);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    sync(state.view);
    show(state.view, true);
  });
  sync(store.get().view);
  if (store.get().view === "timeline") {
    show("timeline", false);
    // After the first frame, when the floating boxes have their size.
    if (store.get().selected === null) requestAnimationFrame(() => fit("timeline"));
  }

  return () => {
    unsubscribe();
    if (frame !== null) cancelAnimationFrame(frame);
    buttons.map.removeEventListener("click", onMap);
    buttons.timeline.removeEventListener("click", onTimeline);
    axis?.destroy();
  };
}
