// The lineage features, mounted by the shell: the panel parts (./panel.ts), the bar over the map
// (./bar.ts), the camera bringing a new highlight into view, and the keyboard: Escape first stops
// a path pick; with the panel closed, it clears a highlight (the panel's own Escape closes it).
import type { Visibility } from "../filters/types";
import type { MapRenderer } from "../map";
import { type Rect, uncoveredArea } from "../map/camera";
import type { PanelExtension } from "../panel";
import type { AppState, Store } from "../state";
import { cancelPathPicking, clearHighlight } from "./actions";
import { renderBar } from "./bar";
import { frameNodes } from "./camera";
import { lineagePanelExtension } from "./panel";
import type { LineageSelectors } from "./selectors";

export { createLineageSelectors } from "./selectors";
export type { LineageSelectors } from "./selectors";

export interface LineageContext {
  store: Store;
  selectors: LineageSelectors;
  selectVisibility: (state: AppState) => Visibility;
  renderer: MapRenderer;
  mapElement: HTMLElement;
  bar: HTMLElement;
  overlay: () => HTMLElement | null;
}

function rectOf(element: Element): Rect {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

export function mountLineage(ctx: LineageContext): { panel: PanelExtension; destroy(): void } {
  const { store, selectors, mapElement } = ctx;

  const bringIntoView = () => {
    // After the panel has rendered, so the camera knows how much of the map it covers.
    requestAnimationFrame(() => {
      const focus = selectors.highlight(store.get());
      if (!focus) return;
      const overlay = ctx.overlay();
      const map = rectOf(mapElement);
      frameNodes(ctx.renderer, focus.nodes, uncoveredArea(map, overlay ? rectOf(overlay) : null));
    });
  };

  const sync = (state: AppState, previous: AppState | null) => {
    mapElement.classList.toggle("picking-path", state.pickingPathFrom !== null);
    renderBar(ctx.bar, state, selectors, store);
    if (previous === null ? selectors.highlight(state) !== null : selectors.highlightChanged(state, previous))
      bringIntoView();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (selectors.highlightChanged(state, previous) || state.pickingPathFrom !== previous.pickingPathFrom)
      sync(state, previous);
  });
  sync(store.get(), null);

  // Capture phase: a pick in progress takes Escape before the panel would close on it.
  const onKeyCapture = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || store.get().pickingPathFrom === null) return;
    event.preventDefault();
    event.stopPropagation();
    store.dispatch(cancelPathPicking());
  };
  const onKey = (event: KeyboardEvent) => {
    const state = store.get();
    if (event.key !== "Escape" || event.defaultPrevented || state.selected !== null) return;
    if (state.lineage === null && state.path === null) return;
    event.preventDefault();
    store.dispatch(clearHighlight());
  };
  document.addEventListener("keydown", onKeyCapture, true);
  document.addEventListener("keydown", onKey);

  return {
    panel: lineagePanelExtension({ store, selectors, selectVisibility: ctx.selectVisibility }),
    destroy() {
      unsubscribe();
      document.removeEventListener("keydown", onKeyCapture, true);
      document.removeEventListener("keydown", onKey);
      ctx.bar.hidden = true;
    },
  };
}
