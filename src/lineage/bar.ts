// The bar over the map that says what the map highlights and offers the way out: while picking a
// path's other end, how to pick it and Cancel; with a lineage or a path shown, a one-line summary
// and Clear. It is the only sign of a highlight once the panel is closed.
import type { AppState, Store } from "../state";
import { el } from "../ui/dom";
import { cancelPathPicking, clearHighlight } from "./actions";
import { describePath } from "./path-panel";
import type { LineageSelectors } from "./selectors";
import { nameOf } from "./utils";

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", { className: "bar-button", text, attrs: { type: "button", "aria-label": label } });
  b.addEventListener("click", onClick);
  return b;
}

const count = (n: number) => (n === 0 ? "none" : `${n} paper${n === 1 ? "" : "s"}`);

export function renderBar(bar: HTMLElement, state: AppState, selectors: LineageSelectors, store: Store): void {
  const { graph } = selectors;
  let content: (string | HTMLElement)[] | null = null;
  if (state.pickingPathFrom !== null && selectors.isPaper(state.pickingPathFrom)) {
    content = [
      el("span", {
        text: `Click a paper to see how it is linked to ${nameOf(graph, state.pickingPathFrom)} (Esc cancels).`,
      }),
      button("Cancel", "Cancel finding a path", () => store.dispatch(cancelPathPicking())),
    ];
  } else if (state.path) {
    const { from, to } = state.path;
    content = [
      el("span", { text: `Path: ${describePath(graph, from, to, selectors.path(from, to))}` }),
      button("Clear", "Clear the path", () => store.dispatch(clearHighlight())),
    ];
  } else if (state.lineage !== null && selectors.isPaper(state.lineage)) {
    const { ancestors, descendants } = selectors.relatives(state.lineage);
    content = [
      el("span", {
        text: `Lineage of ${nameOf(graph, state.lineage)}: builds on ${count(ancestors.length)}, built on by ${count(descendants.length)}.`,
      }),
      button("Clear", "Clear the lineage", () => store.dispatch(clearHighlight())),
    ];
  }
  bar.hidden = content === null;
  bar.replaceChildren(...(content ?? []));
}
