// The layout switch: the force map (positions from the build) or the timeline (./layout.ts).
// Switching animates every node from where it is to where it goes (~400 ms, eased; instant under
// prefers-reduced-motion or on very large graphs) while the camera frames the whole picture, then
// fits what the filters show. Filters, search, selection and the keyboard read the renderer's
// display data, so they work the same in both layouts. See ./buffer.ts for why the timeline is
// drawn from a copy of the graph.
import type { Visibility } from "../filters";
import type { GraphIndex, PaperGraph } from "../load";
import type { MapRenderer } from "../map";
import { moveCamera, prefersReducedMotion } from "../map/camera";
import type { SectionTree } from "../sections";
import { type AppState, type Store, type ViewMode, setView } from "../state";
import { type BandRegions, type TimelineAxis, createTimelineAxis } from "./axis";
import { type LayoutBuffer, createLayoutBuffer } from "./buffer";
import { type BandHeaders, type HeaderContext, createBandHeaders } from "./headers";
import { type TimelineLayout, computeTimelineLayout } from "./layout";
import "./timeline.css";

export const TRANSITION_MS = 400;
/** "Fit all" on the timeline never zooms out so far that a normal year is narrower than this. */
export const MIN_YEAR_PX = 48;
/** A normal year, in timeline units (./scale.ts). */
const YEAR_UNITS = 12;

/**
 * The farthest ratio at which a normal year of the timeline is still MIN_YEAR_PX wide: on a
 * phone the whole timeline would be a thin strip, so ⤢ shows its recent end at a readable size.
 */
export function readableTimelineRatio(renderer: MapRenderer): number {
  const unit = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
  const a = renderer.graphToViewport({ x: 0, y: 0 }, unit).x;
  const b = renderer.graphToViewport({ x: YEAR_UNITS, y: 0 }, unit).x;
  return Math.abs(b - a) / MIN_YEAR_PX;
}
/** Above this many nodes a full refresh per frame is too slow to animate; the switch is instant. */
export const ANIMATE_MAX_NODES = 20_000;

export interface TimelineContext {
  renderer: MapRenderer;
  graph: PaperGraph;
  index: GraphIndex;
  tree: SectionTree;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  /** Frames what the filters show, clear of the app's boxes (the map's ⤢, in either layout). */
  fitAll(): void;
  /** The column for the row headers (over the map's left edge) and what it docks beside. */
  headers: Pick<HeaderContext, "dockBeside" | "rightCover" | "colors"> & { column: HTMLElement };
  buttons: { map: HTMLButtonElement; timeline: HTMLButtonElement };
}

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function mountTimeline(ctx: TimelineContext): () => void {
  const { renderer, graph, store, buttons } = ctx;
  let layout: TimelineLayout | null = null;
  let buffer: LayoutBuffer | null = null;
  let axis: TimelineAxis | null = null;
  let headers: BandHeaders | null = null;
  let frame: number | null = null;
  const { column } = ctx.headers;
  /** Where the year labels may start: right of the row headers. */
  const labelsFrom = () => {
    if (column.hidden) return 0;
    return column.getBoundingClientRect().right - renderer.getContainer().getBoundingClientRect().left;
  };
  const drawHeaders = () => headers?.draw();
  /** Each band's extent over the papers shown, recomputed when the filters change (not per frame). */
  const bandRegions = (l: TimelineLayout): BandRegions => {
    let hiddenFor: ReadonlySet<string> | null = null;
    let extents: ([number, number] | null)[] = [];
    return {
      colors: l.bands.map((b) => (b.section === null ? undefined : ctx.headers.colors.get(b.section))),
      extents() {
        const state = store.get();
        if (!state.showRegions) return null;
        const hidden = ctx.selectVisibility(state).hidden;
        if (hidden === hiddenFor) return extents;
        hiddenFor = hidden;
        extents = l.bands.map(() => null);
        for (const [key, band] of l.bandOf) {
          if (hidden.has(key)) continue;
          const x = l.positions.get(key)!.x;
          const e = extents[band];
          if (e) {
            e[0] = Math.min(e[0], x);
            e[1] = Math.max(e[1], x);
          } else extents[band] = [x, x];
        }
        return extents;
      },
    };
  };

  const prepare = (): LayoutBuffer => {
    if (!buffer) {
      layout = computeTimelineLayout(graph, ctx.index, ctx.tree);
      buffer = createLayoutBuffer(graph, layout.positions);
      headers = createBandHeaders(column, renderer, layout, { graph, store, ...ctx.headers });
      axis = createTimelineAxis(renderer, layout, labelsFrom, bandRegions(layout));
      renderer.on("afterRender", drawHeaders);
    }
    return buffer;
  };

  /**
   * Either layout is framed as ⤢ frames it: what the filters show, clear of the app's boxes; a
   * camera the state carries (Back/Forward to a placed view) wins.
   */
  const fit = () => {
    const camera = store.get().camera;
    if (camera) moveCamera(renderer, camera, { instant: true });
    else ctx.fitAll();
  };

  /** Puts every node where `view` has it and draws that, with one full refresh. */
  const land = (view: ViewMode, b: LayoutBuffer) => {
    frame = null;
    b.write(b.current, view === "timeline" ? b.timeline : b.map, 1);
    const target = view === "timeline" ? b.graph : graph;
    // The headers first: the column is one of the boxes the axis and the camera keep clear of.
    headers?.show(view === "timeline");
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
    headers?.show(false);
    const instant = !animate || prefersReducedMotion() || graph.order > ANIMATE_MAX_NODES;
    if (instant) {
      land(view, b);
      if (animate) fit();
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
        fit();
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
    if (state.showRegions !== previous.showRegions && state.view === "timeline") renderer.scheduleRender();
    if (state.view === previous.view) return;
    sync(state.view);
    show(state.view, true);
  });
  sync(store.get().view);
  // A link to the timeline opens on it; the map then frames it (../map: home).
  if (store.get().view === "timeline") show("timeline", false);

  return () => {
    unsubscribe();
    if (frame !== null) cancelAnimationFrame(frame);
    buttons.map.removeEventListener("click", onMap);
    buttons.timeline.removeEventListener("click", onTimeline);
    renderer.off("afterRender", drawHeaders);
    headers?.destroy();
    axis?.destroy();
  };
}
