// The legend makes way for the panel on a mid-sized screen: when the panel opens and the map
// between the open legend and the panel would be narrower than MIN_FREE_MAP_PX, the legend folds
// to its title (the camera then has room to show a paper and its lineage); it opens again when
// the panel closes, unless the user folded or opened it meanwhile, which is theirs to keep.
import type { Store } from "../state";

export const MIN_FREE_MAP_PX = 480;

export interface AutoFoldContext {
  store: Store;
  map: HTMLElement;
  panel: HTMLElement;
}

export function autoFoldLegend(details: HTMLDetailsElement, ctx: AutoFoldContext): () => void {
  let foldedByUs = false;
  let ours = false;
  const onToggle = () => {
    // A toggle we did not cause is the user's: from now on the legend stays as they leave it.
    if (!ours) foldedByUs = false;
    ours = false;
  };
  const set = (open: boolean) => {
    if (details.open === open) return;
    ours = true;
    details.open = open;
  };
  const sync = () => {
    const panelOpen = !ctx.panel.hidden;
    if (panelOpen && details.open) {
      const map = ctx.map.getBoundingClientRect();
      const panel = ctx.panel.getBoundingClientRect();
      const legend = details.getBoundingClientRect();
      // Only a side panel narrows the map (a bottom sheet leaves its width).
      const side = panel.left > map.left && panel.top <= map.top + 1;
      const free = (side ? panel.left : map.right) - Math.max(map.left, legend.right);
      if (side && free < MIN_FREE_MAP_PX) {
        set(false);
        foldedByUs = true;
      }
    } else if (!panelOpen && foldedByUs) {
      set(true);
      foldedByUs = false;
    }
  };
  details.addEventListener("toggle", onToggle);
  const unsubscribe = ctx.store.subscribe((state, previous) => {
    if ((state.selected === null) !== (previous.selected === null)) sync();
  });
  sync();
  return () => {
    unsubscribe();
    details.removeEventListener("toggle", onToggle);
  };
}
