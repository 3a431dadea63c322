// Test hooks: the browser tests find a paper's screen position through the sigma instance and read
// the store. Exposed on `window.__readingGraph` once the map is up; nothing in the app reads it.
import type { PaperGraph } from "./load";
import type { MapRenderer } from "./map";
import type { LabelBox } from "./map/label-layout";
import type { PresentMode } from "./map/present";
import type { DrawMode } from "./map/software-webgl";
import type { Regions } from "./regions";
import type { Store } from "./state";

export interface ReadingGraphHooks {
  renderer: MapRenderer;
  graph: PaperGraph;
  store: Store;
  /** The labels drawn in the last frame, with their boxes in map pixels. */
  drawnLabels(): ReadonlyMap<string, LabelBox>;
  /** The section regions drawn in the last frame. */
  drawnRegions: Regions["drawn"];
  /** Whether the map hides a node now (its GPU programs draw with this filter). */
  mapHides(node: string): boolean;
  /** Whether the map hides an edge now (by its kind of link, or with an end). */
  mapHidesEdge(edge: string): boolean;
  /** How the map's programs draw: plain on software WebGL, instanced on a GPU (./map/software-webgl.ts). */
  drawMode: DrawMode;
  /** How frames reach the screen: straight, or drawn off screen first (./map/present.ts). */
  presentMode: PresentMode;
  /** Whether a frame is still being drawn off screen (or waits to be): the screen is not up to date. */
  framesBusy(): boolean;
  /** Redraws everything straight to the canvases, so a test can read them back in the same task. */
  drawNow(): void;
  /** Whether the details are in the graph and the features that read them mounted. */
  detailsLoaded(): boolean;
}

declare global {
  interface Window {
    __readingGraph?: ReadingGraphHooks;
  }
}

export function exposeTestHooks(hooks: ReadingGraphHooks): () => void {
  window.__readingGraph = hooks;
  return () => {
    if (window.__readingGraph === hooks) delete window.__readingGraph;
  };
}
