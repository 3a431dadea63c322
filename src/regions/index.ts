// Sections as regions, mounted by the shell: the model once at load (./model.ts), the layer
// (./layer.ts), redrawn when the regions are switched on or off. On the timeline the bands are
// the regions (../timeline/axis.ts), so nothing is drawn here then.
import type { Visibility } from "../filters/types";
import type { GraphIndex, PaperGraph } from "../load";
import type { MapRenderer } from "../map";
import type { LabelBox } from "../map/label-layout";
import { UNKNOWN_SECTION_COLOR } from "../map/palette";
import type { SectionTree } from "../sections";
import type { AppState, Store } from "../state";
import { type RegionLayer, createRegionLayer } from "./layer";
import { type RegionModel, buildRegionModel } from "./model";

export interface RegionsContext {
  renderer: MapRenderer;
  graph: PaperGraph;
  index: GraphIndex;
  tree: SectionTree;
  colors: Map<string, string>;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
}

export interface Regions {
  model: RegionModel;
  /** The regions' names drawn in this frame, for the papers' labels to avoid. */
  nameBoxes(): LabelBox[];
  /** Whether a section is named by its region in this frame. */
  named(section: string): boolean;
  /** What was drawn in the last frame (for tests, see ../test-hooks.ts). */
  drawn: RegionLayer["drawn"];
  /**
   * Draws the same regions on another renderer of this graph (the PNG export's copy, which has the
   * map's camera) until the returned function is called.
   */
  attach(copy: MapRenderer): () => void;
  destroy(): void;
}

export function mountRegions(ctx: RegionsContext): Regions {
  const { renderer, graph, store } = ctx;
  const started = performance.now();
  const model = buildRegionModel(graph, ctx.index, ctx.tree, ctx.colors, UNKNOWN_SECTION_COLOR);
  // For `npm run bench` (the regions' cost at load); a measure costs nothing.
  performance.measure("regions-model", { start: started });
  const shapesOn = (target: MapRenderer) => () => {
    const state = store.get();
    // Only over the map's own positions (not the timeline, nor a switch between the two).
    if (!state.showRegions || state.view !== "map" || target.getGraph() !== graph) return null;
    return model.shapes(ctx.selectVisibility(state));
  };
  const layer = createRegionLayer(renderer, shapesOn(renderer));
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.showRegions !== previous.showRegions) renderer.scheduleRender();
  });
  return {
    model,
    nameBoxes: () => layer.nameBoxes(),
    named: (section) => layer.named(section),
    drawn: () => layer.drawn(),
    attach(copy) {
      const other = createRegionLayer(copy, shapesOn(copy));
      return () => other.destroy();
    },
    destroy() {
      unsubscribe();
      layer.destroy();
    },
  };
}
