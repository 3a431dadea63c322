// The legend's Suggestions block: one switch to draw the papers the lists cite but do not hold (off
// by default, in the URL as `suggestions=1`) and a button to their ranked view. A map built without
// online data has none, and the block says in one line how to get them instead of showing nothing.
import type { GraphIndex } from "../load";
import { type Store, setShowSuggestions, setSuggestionsOpen } from "../state";
import { el } from "../ui/dom";
import { ONLINE_BUILD_COMMAND } from "./utils";

export function createSuggestionsLegend(index: GraphIndex, store: Store): { element: HTMLElement; destroy(): void } {
  const count = index.suggestions.length;
  if (count === 0) {
    const element = el("div", { className: "legend-part suggestions-legend" }, [
      el("p", { className: "suggestions-offline muted" }, [
        "Suggestions (papers these lists cite but do not hold) need an online build: ",
        el("code", { text: ONLINE_BUILD_COMMAND }),
      ]),
    ]);
    return { element, destroy: () => {} };
  }
  const box = el("input", { attrs: { type: "checkbox", id: "suggestions-toggle" } });
  const open = el("button", {
    className: "link-button",
    text: "Suggested reading",
    attrs: { type: "button", id: "suggestions-open", "aria-controls": "suggestions-view", "aria-expanded": "false" },
  });
  const element = el("div", { className: "legend-part suggestions-legend" }, [
    el("label", { className: "suggestions-row" }, [
      box,
      el("span", { className: "swatch suggestion key", attrs: { "aria-hidden": "true" } }),
      ` Suggestions: ${count} paper${count === 1 ? "" : "s"} the lists cite but do not hold`,
    ]),
    open,
  ]);
  const sync = () => {
    const state = store.get();
    box.checked = state.showSuggestions;
    open.setAttribute("aria-expanded", String(state.suggestionsOpen));
  };
  box.addEventListener("change", () => store.dispatch(setShowSuggestions(box.checked)));
  open.addEventListener("click", () =>
    store.dispatch(setSuggestionsOpen(!store.get().suggestionsOpen), { history: "none" }),
  );
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.showSuggestions !== previous.showSuggestions || state.suggestionsOpen !== previous.suggestionsOpen)
      sync();
  });
  sync();
  return { element, destroy: unsubscribe };
}
