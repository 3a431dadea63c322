// The legend's switch for sections as regions (../regions): soft areas under each section's
// papers on the map, tinted bands on the timeline. In the link as regions=0 when off.
import { type AppState, type Store, setShowRegions } from "../state";
import { el } from "../ui/dom";

export function createRegionsToggle(store: Store): { element: HTMLElement; destroy(): void } {
  const input = el("input", { attrs: { type: "checkbox", id: "show-regions" } });
  const element = el("p", { className: "legend-regions" }, [
    el("label", { className: "kind-toggle", attrs: { for: "show-regions" } }, [
      input,
      el("span", { className: "swatch region", attrs: { "aria-hidden": "true" } }),
      el("span", { text: "Sections as regions" }),
    ]),
  ]);
  input.addEventListener("change", () => store.dispatch(setShowRegions(input.checked)));
  const render = (state: AppState) => (input.checked = state.showRegions);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.showRegions !== previous.showRegions) render(state);
  });
  render(store.get());
  return { element, destroy: unsubscribe };
}
