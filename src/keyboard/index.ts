// Keyboard navigation along lineage on the focused map (see ./lineage.ts for the moves) and the
// hint that explains it. Each move selects the paper (the camera follows, the panel shows it) and
// is announced in a polite live region; focus stays on the map. Shift+arrows still pan; with no
// paper selected the arrows pan as before.
import type { Visibility } from "../filters";
import type { PaperGraph } from "../load";
import { type AppState, type Store, stepLineage } from "../state";
import "./keyboard.css";
import { type LineageKey, describeMove, lineageMove, shownNeighbours } from "./lineage";

const LINEAGE_KEYS = new Set<string>(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

export interface LineageKeysContext {
  graph: PaperGraph;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  announce(message: string): void;
  /** The map element: focus returns there after a move (the panel takes it when it opens). */
  map: () => HTMLElement;
}

/** The map's key handler for lineage moves; returns true when it handled the key. */
export function createLineageKeys(ctx: LineageKeysContext): (event: KeyboardEvent) => boolean {
  return (event) => {
    if (!LINEAGE_KEYS.has(event.key) || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
    const state = ctx.store.get();
    const visibility = ctx.selectVisibility(state);
    const result = lineageMove(ctx.graph, state, visibility, event.key as LineageKey);
    if (result === null) return false;
    if (result.kind === "none") ctx.announce(result.message);
    else {
      ctx.store.dispatch(stepLineage(result.node, result.step));
      ctx.map().focus({ preventScroll: true });
      ctx.announce(describeMove(ctx.graph, result, visibility));
    }
    return true;
  };
}

export interface KeyHintContext {
  graph: PaperGraph;
  store: Store;
  selectVisibility: (state: AppState) => Visibility;
  map: HTMLElement;
}

/** Shows what the arrow keys do while the map has focus and a paper is selected. */
export function mountKeyHint(hint: HTMLElement, ctx: KeyHintContext): () => void {
  const { graph, store, map } = ctx;
  const render = () => {
    const state = store.get();
    const key = state.selected;
    const paper = key !== null && graph.hasNode(key) && graph.getNodeAttribute(key, "kind") === "paper";
    hint.hidden = !paper || document.activeElement !== map;
    if (hint.hidden || key === null) return;
    const n = shownNeighbours(graph, key, ctx.selectVisibility(state));
    hint.textContent = `↑ builds on (${n.buildsOn.length}) · ↓ built on by (${n.builtOnBy.length}) · ← → others · Shift pans`;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state !== previous) render();
  });
  map.addEventListener("focus", render);
  map.addEventListener("blur", render);
  render();
  return () => {
    unsubscribe();
    map.removeEventListener("focus", render);
    map.removeEventListener("blur", render);
    hint.hidden = true;
  };
}
