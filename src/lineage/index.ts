// The lineage features, mounted by the shell: the panel parts (./panel.ts), the bar over the map
// (./bar.ts), the camera bringing a new highlight into view clear of the app's boxes, and the keyboard: Escape first stops
// a path pick; with the panel closed, it clears a highlight (the panel's own Escape closes it).
import type { Visibility } from "../filters/types";
import type { FrameOptions } from "../map/framing";
import type { PanelExtension } from "../panel";
import type { AppState, Store } from "../state";
import { cancelPathPicking, clearHighlight } from "./actions";
import { renderBar } from "./bar";
import { lineagePanelExtension } from "./panel";
import type { LineageSelectors } from "./selectors";

export { createLineageSelectors } from "./selectors";
export type { LineageSelectors } from "./selectors";

export interface LineageContext {
  store: Store;
  selectors: LineageSelectors;
  selectVisibility: (state: AppState) => Visibility;
  /** Frames nodes clear of the app's boxes (the map's camera, ../map/framing.ts). */
  frame(nodes: Iterable<string>, options?: FrameOptions): void;
  mapElement: HTMLElement;
  bar: HTMLElement;
}

export function mountLineage(ctx: LineageContext): { panel: PanelExtension; destroy(): void } {
  const { store, selectors, mapElement } = ctx;

  // When its papers are all in view already, clear of the boxes, the camera stays put. After the
  // panel and the bar have rendered, so the camera knows what they cover.
  const bringIntoView = () =>
    requestAnimationFrame(() => {
      const focus = selectors.highlight(store.get());
      if (focus) ctx.frame(focus.nodes, { keepIfInView: true });
    });

  // At start-up the map frames a highlight the link carries (../map: home); here only changes.
  const sync = (state: AppState, previous: AppState | null) => {
    mapElement.classList.toggle("picking-path", state.pickingPathFrom !== null);
    renderBar(ctx.bar, state, selectors, store);
    if (previous !== null && selectors.highlightChanged(state, previous)) bringIntoView();
  };
  const unsubscribe = store.subscribe((state, previous, meta) => {
    if (!selectors.highlightChanged(state, previous) && state.pickingPathFrom === previous.pickingPathFrom) return;
    // Back/Forward to an entry with its own camera: that camera wins (../map/camera-sync.ts).
    sync(state, meta.history === "none" && state.camera !== null ? null : previous);
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
